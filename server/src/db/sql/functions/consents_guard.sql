-- A consent is a record: nothing of it changes but its withdrawal, once.
CREATE OR REPLACE FUNCTION consents_guard()
 RETURNS trigger
 LANGUAGE plpgsql
AS $$
      BEGIN
        IF OLD.withdrawn_at IS NOT NULL THEN
          RAISE EXCEPTION 'a withdrawn consent stays withdrawn' USING ERRCODE = '55000';
        END IF;
        IF (NEW.id, NEW.person_id, NEW.owner_organisation_id, NEW.scope, NEW.organisation_ids, NEW.purpose, NEW.given_on,
            NEW.expires_on, NEW.form, NEW.form_evidence_id, NEW.recorded_at, NEW.migrated)
           IS DISTINCT FROM (OLD.id, OLD.person_id, OLD.owner_organisation_id, OLD.scope, OLD.organisation_ids, OLD.purpose,
            OLD.given_on, OLD.expires_on, OLD.form, OLD.form_evidence_id, OLD.recorded_at, OLD.migrated) THEN
          RAISE EXCEPTION 'a consent is changed only by withdrawing it' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END $$;
