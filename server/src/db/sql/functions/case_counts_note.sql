-- Notes the signed deltas of a statement's rows in case_counts, one row per (owner, visibility, key)
-- touched (case_count_keys); an update that moves no case between keys notes nothing.
-- One trigger per event: PostgreSQL allows transition tables only on single-event triggers.
CREATE OR REPLACE FUNCTION case_counts_note()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO case_counts (owner_organisation_id, visibility, key, n)
            SELECT r.owner_organisation_id, r.visibility, k.key, count(*)
              FROM new_rows r CROSS JOIN LATERAL unnest(case_count_keys(r.status, r.categories, r.countries, r.incident_date)) k(key)
             GROUP BY 1, 2, 3;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO case_counts (owner_organisation_id, visibility, key, n)
            SELECT r.owner_organisation_id, r.visibility, k.key, -count(*)
              FROM old_rows r CROSS JOIN LATERAL unnest(case_count_keys(r.status, r.categories, r.countries, r.incident_date)) k(key)
             GROUP BY 1, 2, 3;
        ELSE
          INSERT INTO case_counts (owner_organisation_id, visibility, key, n)
            SELECT r.owner_organisation_id, r.visibility, k.key, sum(r.d)
              FROM (SELECT n.*, 1 AS d FROM new_rows n UNION ALL SELECT o.*, -1 FROM old_rows o) r
              CROSS JOIN LATERAL unnest(case_count_keys(r.status, r.categories, r.countries, r.incident_date)) k(key)
             GROUP BY 1, 2, 3 HAVING sum(r.d) <> 0;
        END IF;
        RETURN NULL;
      END $$;
