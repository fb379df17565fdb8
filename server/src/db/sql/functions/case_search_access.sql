-- The actor's lexemes: own organisations, shares to them, and COALITION when they belong to one.
CREATE OR REPLACE FUNCTION case_search_access()
 RETURNS tsquery
 LANGUAGE sql
 STABLE
 SET search_path TO 'public', 'pg_temp'
AS $$
        SELECT string_agg(quote_literal(x), ' | ')::tsquery FROM unnest(
          ARRAY(SELECT '~o' || o FROM unnest((SELECT app_org_ids())::uuid[]) o) || ARRAY(SELECT '~s' || o FROM unnest((SELECT app_org_ids())::uuid[]) o)
          || CASE WHEN cardinality((SELECT app_org_ids())::uuid[]) > 0 THEN ARRAY['~vCOALITION'] ELSE '{}'::text[] END) x
      $$;
REVOKE ALL ON FUNCTION case_search_access() FROM PUBLIC;
