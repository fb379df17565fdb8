-- A link changes only by being confirmed.
CREATE OR REPLACE FUNCTION case_links_guard()
 RETURNS trigger
 LANGUAGE plpgsql
AS $$
      BEGIN
        IF (NEW.id, NEW.case_id, NEW.other_case_id, NEW.case_owner_organisation_id, NEW.other_owner_organisation_id, NEW.referral_id, NEW.created_at)
           IS DISTINCT FROM (OLD.id, OLD.case_id, OLD.other_case_id, OLD.case_owner_organisation_id, OLD.other_owner_organisation_id, OLD.referral_id, OLD.created_at)
           OR (OLD.confirmed AND NOT NEW.confirmed) THEN
          RAISE EXCEPTION 'a case link changes only by being confirmed' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END $$;
