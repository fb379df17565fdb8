-- Each share carries its case's visibility (case_readable_count counts SHARED cases by their shares);
-- taken under a share lock of the case so a concurrent change of visibility is not missed
-- (triggers/case_shares.sql; cases_copy_visibility keeps it current).
CREATE OR REPLACE FUNCTION case_shares_take_visibility()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $$
      BEGIN
        SELECT c.visibility INTO NEW.case_visibility FROM cases c WHERE c.id = NEW.case_id FOR SHARE;
        RETURN NEW;
      END $$;
