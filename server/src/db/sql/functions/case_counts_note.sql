-- One trigger per event: PostgreSQL allows transition tables only on single-event triggers.
CREATE OR REPLACE FUNCTION case_counts_note()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO case_counts (owner_organisation_id, visibility, n)
            SELECT owner_organisation_id, visibility, count(*) FROM new_rows GROUP BY 1, 2;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO case_counts (owner_organisation_id, visibility, n)
            SELECT owner_organisation_id, visibility, -count(*) FROM old_rows GROUP BY 1, 2;
        ELSE
          INSERT INTO case_counts (owner_organisation_id, visibility, n)
            SELECT owner_organisation_id, visibility, sum(d) FROM (
              SELECT owner_organisation_id, visibility, 1 AS d FROM new_rows
              UNION ALL SELECT owner_organisation_id, visibility, -1 FROM old_rows) x
             GROUP BY 1, 2 HAVING sum(d) <> 0;
        END IF;
        RETURN NULL;
      END $$;
