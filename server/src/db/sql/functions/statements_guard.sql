-- The state machine, again in the database: writers revise, only the
-- initiator's ADMIN moves the status, and publication needs the
-- initiator's own signature on the current text and a PUBLICATION consent
-- of every person of every cited case (statement_uncitable_cases).
CREATE OR REPLACE FUNCTION statements_guard()
 RETURNS trigger
 LANGUAGE plpgsql
AS $$
      BEGIN
        IF NEW.initiator_organisation_id <> OLD.initiator_organisation_id OR NEW.slug <> OLD.slug
           OR NEW.created_by_user_id <> OLD.created_by_user_id OR NEW.primary_language <> OLD.primary_language THEN
          RAISE EXCEPTION 'a statement keeps its initiator, slug and primary language' USING ERRCODE = '42501';
        END IF;
        IF NEW.addressees IS DISTINCT FROM OLD.addressees
           OR (NEW.signature_deadline IS DISTINCT FROM OLD.signature_deadline AND NOT (OLD.status = 'DRAFT' AND NEW.status = 'OPEN_FOR_SIGNATURE'))
           OR (NEW.published_at IS DISTINCT FROM OLD.published_at AND NEW.status <> 'PUBLISHED') THEN
          IF app_user_id() IS NOT NULL THEN
            RAISE EXCEPTION 'addressees, deadline and publication date change only with their transition' USING ERRCODE = '42501';
          END IF;
        END IF;
        IF NEW.current_version_number <> OLD.current_version_number THEN
          IF NEW.current_version_number <> OLD.current_version_number + 1 OR OLD.status NOT IN ('DRAFT', 'OPEN_FOR_SIGNATURE')
             OR NEW.status <> OLD.status THEN
            RAISE EXCEPTION 'only a draft or open statement is revised, one version at a time' USING ERRCODE = '42501';
          END IF;
        END IF;
        IF NEW.status <> OLD.status THEN
          IF app_user_id() IS NOT NULL AND NOT (OLD.initiator_organisation_id = ANY(app_admin_org_ids())) THEN
            RAISE EXCEPTION 'only the initiator''s ADMIN changes a statement''s status' USING ERRCODE = '42501';
          END IF;
          IF NOT ((OLD.status = 'DRAFT' AND NEW.status = 'OPEN_FOR_SIGNATURE')
               OR (OLD.status = 'OPEN_FOR_SIGNATURE' AND NEW.status = 'PUBLISHED')
               OR (OLD.status IN ('OPEN_FOR_SIGNATURE', 'PUBLISHED') AND NEW.status = 'WITHDRAWN')) THEN
            RAISE EXCEPTION 'no transition from % to %', OLD.status, NEW.status USING ERRCODE = '42501';
          END IF;
          IF NEW.status = 'PUBLISHED' AND NOT EXISTS (
               SELECT 1 FROM statement_signatures g JOIN statement_versions v
                   ON v.statement_id = g.statement_id AND v.number = NEW.current_version_number
                WHERE g.statement_id = NEW.id AND g.organisation_id = NEW.initiator_organisation_id
                  AND g.content_hash = v.content_hash) THEN
            RAISE EXCEPTION 'publication needs the initiator''s current signature' USING ERRCODE = '42501';
          END IF;
          IF NEW.status = 'PUBLISHED' AND EXISTS (SELECT 1 FROM statement_uncitable_cases(NEW.id)) THEN
            RAISE EXCEPTION 'a cited case has a person without an active PUBLICATION consent' USING ERRCODE = '42501';
          END IF;
        END IF;
        RETURN NEW;
      END $$;
