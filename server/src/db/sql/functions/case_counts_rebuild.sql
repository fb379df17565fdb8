-- Recounts from the cases themselves: after a bulk load that skipped triggers (the benchmark's
-- generator). Owner only.
CREATE OR REPLACE FUNCTION case_counts_rebuild()
 RETURNS void
 LANGUAGE plpgsql
 SET search_path TO 'public', 'pg_temp'
AS $$
      BEGIN
        LOCK TABLE case_counts IN EXCLUSIVE MODE;
        DELETE FROM case_counts;
        INSERT INTO case_counts (owner_organisation_id, visibility, n)
          SELECT owner_organisation_id, visibility, count(*) FROM cases GROUP BY 1, 2;
      END $$;
REVOKE ALL ON FUNCTION case_counts_rebuild() FROM PUBLIC;
