-- The referral state machine, in the database as in the service: PENDING → ACCEPTED | DECLINED (by the
-- receiving organisation's writers) or WITHDRAWN (by the referring one's), ACCEPTED → COMPLETED (by the
-- receiver). Anything else, or a change of what was referred, is refused (SQLSTATE 55000: the service
-- answers CONFLICT). Two accepts at once: the second waits on the row lock and then sees ACCEPTED.
CREATE OR REPLACE FUNCTION referrals_transition()
 RETURNS trigger
 LANGUAGE plpgsql
AS $$
      DECLARE
        v_writer uuid[] := app_writer_org_ids();
      BEGIN
        IF (NEW.id, NEW.case_id, NEW.person_id, NEW.from_organisation_id, NEW.to_organisation_id, NEW.needs, NEW.reason,
            NEW.urgent, NEW.created_at, NEW.created_by_user_id, NEW.made_share)
           IS DISTINCT FROM (OLD.id, OLD.case_id, OLD.person_id, OLD.from_organisation_id, OLD.to_organisation_id, OLD.needs,
            OLD.reason, OLD.urgent, OLD.created_at, OLD.created_by_user_id, OLD.made_share) THEN
          RAISE EXCEPTION 'a referral''s request does not change' USING ERRCODE = '42501';
        END IF;
        IF NEW.status = OLD.status THEN
          -- The acceptance's own follow-up: the receiving case and person, set once.
          IF OLD.status = 'ACCEPTED' AND OLD.linked_case_id IS NULL AND NEW.to_organisation_id = ANY(v_writer)
             AND (NEW.decided_at, NEW.outcome_note) IS NOT DISTINCT FROM (OLD.decided_at, OLD.outcome_note) THEN
            RETURN NEW;
          END IF;
          RAISE EXCEPTION 'referral is already %', OLD.status USING ERRCODE = '55000';
        END IF;
        IF NOT (
             (OLD.status = 'PENDING' AND NEW.status IN ('ACCEPTED', 'DECLINED') AND NEW.to_organisation_id = ANY(v_writer))
          OR (OLD.status = 'PENDING' AND NEW.status = 'WITHDRAWN' AND NEW.from_organisation_id = ANY(v_writer))
          OR (OLD.status = 'ACCEPTED' AND NEW.status = 'COMPLETED' AND NEW.to_organisation_id = ANY(v_writer))) THEN
          RAISE EXCEPTION 'a referral does not go from % to %', OLD.status, NEW.status USING ERRCODE = '55000';
        END IF;
        IF NEW.status IN ('DECLINED', 'COMPLETED') AND coalesce(btrim(NEW.outcome_note), '') = '' THEN
          RAISE EXCEPTION 'a referral is declined or completed with a note' USING ERRCODE = '23514';
        END IF;
        IF OLD.linked_case_id IS DISTINCT FROM NEW.linked_case_id AND OLD.status <> 'PENDING' THEN
          RAISE EXCEPTION 'the receiving case is set once' USING ERRCODE = '55000';
        END IF;
        NEW.decided_at := CASE WHEN NEW.status = 'COMPLETED' THEN OLD.decided_at ELSE now() END;
        RETURN NEW;
      END $$;
