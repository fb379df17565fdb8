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
