-- The rollup's answer for this caller and filter, or NULL when there is none or it may be stale.
CREATE OR REPLACE FUNCTION case_statistics_from_rollup(p_filter jsonb, p_scope text)
 RETURNS jsonb
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $$
      DECLARE
        f jsonb := (SELECT coalesce(jsonb_object_agg(k, v), '{}'::jsonb) FROM jsonb_each(p_filter) AS e(k, v)
                     WHERE v <> 'null'::jsonb AND v <> '[]'::jsonb);
        wanted text;
      BEGIN
        IF EXISTS (SELECT 1 FROM case_statistics_changes) THEN RETURN NULL; END IF;
        IF p_scope = 'coalition' AND f = '{}'::jsonb THEN
          -- The same choice as case_statistics_coalition: coordinator unsuppressed, liaison at 5, nobody else.
          IF app_is_coordinator() THEN wanted := 'coalition:0';
          ELSIF app_is_liaison() THEN wanted := 'coalition:5';
          ELSE RETURN NULL; END IF;
        ELSIF p_scope = 'member' AND f - 'ownerOrganisationId' = '{}'::jsonb AND f ? 'ownerOrganisationId'
              AND (f->>'ownerOrganisationId') = ANY(app_org_ids()::text[]) THEN
          wanted := 'org:' || (f->>'ownerOrganisationId');
        ELSE
          RETURN NULL;
        END IF;
        RETURN (SELECT result FROM case_statistics_rollup WHERE key = wanted);
      END $$;
REVOKE ALL ON FUNCTION case_statistics_from_rollup(p_filter jsonb, p_scope text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_statistics_from_rollup(p_filter jsonb, p_scope text) TO @app_role@;
