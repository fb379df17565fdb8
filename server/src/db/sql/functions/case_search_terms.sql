CREATE OR REPLACE FUNCTION case_search_terms(p_case_id uuid, p_search tsvector, p_owner uuid, p_visibility text)
 RETURNS tsvector
 LANGUAGE sql
 STABLE
 SET search_path TO 'public', 'pg_temp'
AS $$
        SELECT coalesce(p_search, ''::tsvector) || array_to_tsvector(
          ARRAY['~o' || p_owner, '~v' || p_visibility]
          || ARRAY(SELECT DISTINCT '~s' || s.organisation_id FROM case_shares s WHERE s.case_id = p_case_id))
      $$;
REVOKE ALL ON FUNCTION case_search_terms(p_case_id uuid, p_search tsvector, p_owner uuid, p_visibility text) FROM PUBLIC;
