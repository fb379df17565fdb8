-- A case's new visibility and count keys are copied to its shares (see case_shares_take_visibility), in
-- the same statement (triggers/cases.sql).
CREATE OR REPLACE FUNCTION cases_copy_visibility()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $$
      BEGIN
        UPDATE case_shares s SET case_visibility = n.visibility, case_keys = case_count_keys(n.status, n.categories, n.countries, n.incident_date)
          FROM new_rows n JOIN old_rows o ON o.id = n.id
         WHERE s.case_id = n.id
           AND (n.visibility, n.status, n.categories, n.countries, n.incident_date)
               IS DISTINCT FROM (o.visibility, o.status, o.categories, o.countries, o.incident_date);
        RETURN NULL;
      END $$;
