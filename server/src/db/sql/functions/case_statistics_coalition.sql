-- Coalition-wide statistics over every included case, whoever owns it (SECURITY DEFINER): exact for
-- the coordinator, the liaison's tables (case_statistics_liaison) for the liaison, refused to others.
-- Text filters are refused here: they must count only readable cases, which the definer cannot see.
CREATE OR REPLACE FUNCTION case_statistics_coalition(p_filter jsonb)
 RETURNS jsonb
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $$
      BEGIN
        IF p_filter->>'search' IS NOT NULL OR p_filter->>'personName' IS NOT NULL OR p_filter->'personTokens' IS NOT NULL THEN
          RAISE EXCEPTION 'a text filter counts only readable cases: count them as the viewer' USING ERRCODE = '42501';
        END IF;
        IF app_is_coordinator() THEN RETURN case_statistics_agg(p_filter, true, 0); END IF;
        IF app_is_liaison() THEN RETURN case_statistics_liaison(p_filter); END IF;
        RAISE EXCEPTION 'coalition statistics are for the coordinator and the liaison' USING ERRCODE = '42501';
      END $$;
REVOKE ALL ON FUNCTION case_statistics_coalition(p_filter jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_statistics_coalition(p_filter jsonb) TO @app_role@;
