-- Recounts from the cases themselves, and recopies each share's visibility and keys from its case:
-- after a bulk load that skipped triggers (the benchmark's generator). Owner only.
CREATE OR REPLACE FUNCTION case_counts_rebuild()
 RETURNS void
 LANGUAGE plpgsql
 SET search_path TO 'public', 'pg_temp'
AS $$
      BEGIN
        LOCK TABLE case_counts IN EXCLUSIVE MODE;
        DELETE FROM case_counts;
        INSERT INTO case_counts (owner_organisation_id, visibility, key, n)
          SELECT c.owner_organisation_id, c.visibility, k.key, count(*)
            FROM cases c CROSS JOIN LATERAL unnest(case_count_keys(c.status, c.categories, c.countries, c.incident_date)) k(key)
           GROUP BY 1, 2, 3;
        UPDATE case_shares s SET case_visibility = c.visibility, case_keys = case_count_keys(c.status, c.categories, c.countries, c.incident_date)
          FROM cases c
         WHERE c.id = s.case_id
           AND (s.case_visibility, s.case_keys) IS DISTINCT FROM (c.visibility, case_count_keys(c.status, c.categories, c.countries, c.incident_date));
      END $$;
REVOKE ALL ON FUNCTION case_counts_rebuild() FROM PUBLIC;
