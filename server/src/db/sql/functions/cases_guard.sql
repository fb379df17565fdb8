-- The owner never changes; only the owner's writers change visibility
-- (a WRITE share may edit the content, not who reads it).
CREATE OR REPLACE FUNCTION cases_guard()
 RETURNS trigger
 LANGUAGE plpgsql
AS $$
      BEGIN
        IF NEW.owner_organisation_id <> OLD.owner_organisation_id THEN
          RAISE EXCEPTION 'a case keeps its owner organisation' USING ERRCODE = '42501';
        END IF;
        IF app_user_id() IS NOT NULL AND NEW.visibility <> OLD.visibility
           AND NOT (OLD.owner_organisation_id = ANY(app_writer_org_ids())) THEN
          RAISE EXCEPTION 'only the owner organisation changes a case''s visibility' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END $$;
