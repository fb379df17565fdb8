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
        -- A few rows per key are as cheap to sum as one; folding them would only make dead tuples.
        IF (SELECT count(*) FROM case_counts) <= 64 THEN RETURN 0; END IF;
        WITH gone AS (DELETE FROM case_counts RETURNING owner_organisation_id, visibility, n),
             kept AS (INSERT INTO case_counts (owner_organisation_id, visibility, n)
                        SELECT owner_organisation_id, visibility, sum(n) FROM gone GROUP BY 1, 2 HAVING sum(n) <> 0)
        SELECT count(*) INTO folded FROM gone;
        RETURN folded;
      END $$;
REVOKE ALL ON FUNCTION case_counts_compact() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_counts_compact() TO @app_role@;
