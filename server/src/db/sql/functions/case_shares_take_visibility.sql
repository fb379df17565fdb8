-- Each share carries its case's visibility and count keys (case_readable_count_of counts SHARED cases by
-- their shares); taken under a share lock of the case so a concurrent change of the case is not missed
-- (triggers/case_shares.sql; cases_copy_visibility keeps them current).
CREATE OR REPLACE FUNCTION case_shares_take_visibility()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $$
      BEGIN
        SELECT c.visibility, case_count_keys(c.status, c.categories, c.countries, c.incident_date)
          INTO NEW.case_visibility, NEW.case_keys
          FROM cases c WHERE c.id = NEW.case_id FOR SHARE;
        RETURN NEW;
      END $$;
