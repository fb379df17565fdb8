-- Row-level security of evidence_custody: every policy of the table (applying this file drops the others).
-- Read with the file; appended by the actor, as themself and one of their organisations, for a file they
-- read. Never changed: no UPDATE or DELETE grant. The system's own verifications are appended by the owner.

CREATE POLICY evidence_custody_create ON evidence_custody FOR INSERT
  WITH CHECK (((user_id = (SELECT app_user_id())) AND (organisation_id = ANY ((SELECT app_org_ids())::uuid[])) AND (EXISTS ( SELECT 1
   FROM evidence_files e
  WHERE ((e.id = evidence_custody.evidence_id)
    -- The emergency lock: no download or view of a locked organisation's files is recorded, so none completes.
    AND ((evidence_custody.action <> ALL (ARRAY['DOWNLOADED', 'SANITIZED_DOWNLOADED', 'VIEWED'])) OR (NOT (e.organisation_id = ANY ((SELECT organisation_locked_ids())::uuid[])))))))));

CREATE POLICY evidence_custody_read ON evidence_custody FOR SELECT
  USING ((EXISTS ( SELECT 1
   FROM evidence_files e
  WHERE (e.id = evidence_custody.evidence_id))));
