-- Folds the deltas into one row per key. Called by the server now and then; concurrent callers skip.
CREATE OR REPLACE FUNCTION case_counts_compact()
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $$
      DECLARE folded integer;
      BEGIN
        IF NOT pg_try_advisory_xact_lock(hashtext('case_counts_compact')) THEN RETURN 0; END IF;
        -- A few deltas beyond one row per key are as cheap to sum as none; folding them would only make dead tuples.
        IF (SELECT count(*) - count(DISTINCT (owner_organisation_id, visibility, key)) FROM case_counts) <= 64 THEN RETURN 0; END IF;
        WITH gone AS (DELETE FROM case_counts RETURNING owner_organisation_id, visibility, key, n),
             kept AS (INSERT INTO case_counts (owner_organisation_id, visibility, key, n)
                        SELECT owner_organisation_id, visibility, key, sum(n) FROM gone GROUP BY 1, 2, 3 HAVING sum(n) <> 0)
        SELECT count(*) INTO folded FROM gone;
        RETURN folded;
      END $$;
REVOKE ALL ON FUNCTION case_counts_compact() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_counts_compact() TO @app_role@;
