-- Recomputes the rollup when changes are pending; true when it did. Concurrent callers (several
-- server processes) skip instead of queueing. Returns counts only, so the app role may call it.
CREATE OR REPLACE FUNCTION case_statistics_refresh()
 RETURNS boolean
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $$
      BEGIN
        IF NOT pg_try_advisory_xact_lock(hashtext('case_statistics_refresh')) THEN RETURN false; END IF;
        IF NOT EXISTS (SELECT 1 FROM case_statistics_changes) THEN RETURN false; END IF;
        -- First forget the changes this snapshot sees, then recompute with a later snapshot that sees them too.
        DELETE FROM case_statistics_changes;
        REFRESH MATERIALIZED VIEW CONCURRENTLY case_statistics_rollup;
        RETURN true;
      END $$;
REVOKE ALL ON FUNCTION case_statistics_refresh() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_statistics_refresh() TO @app_role@;
