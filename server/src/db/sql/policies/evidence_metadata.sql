-- Row-level security of evidence_metadata: every policy of the table (applying this file drops the others).
-- Capture time, device and GPS position only with the case's personal-data right.

CREATE POLICY evidence_metadata_create ON evidence_metadata FOR INSERT
  WITH CHECK ((EXISTS ( SELECT 1
   FROM evidence_files e
  WHERE ((e.id = evidence_metadata.evidence_id) AND app_can_write_case(e.case_id)))));

CREATE POLICY evidence_metadata_read ON evidence_metadata FOR SELECT
  USING ((EXISTS ( SELECT 1
   FROM evidence_files e
  WHERE ((e.id = evidence_metadata.evidence_id) AND app_may_read_personal_data(e.case_id)))));
