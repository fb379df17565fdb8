-- Row-level security of evidence_files: every policy of the table (applying this file drops the others).
-- A file is listed to whoever reads its case; its bytes are guarded by evidence_blobs.

CREATE POLICY evidence_files_create ON evidence_files FOR INSERT
  WITH CHECK (((uploaded_by_id = (SELECT app_user_id())) AND app_can_write_case(case_id)));

CREATE POLICY evidence_files_read ON evidence_files FOR SELECT
  USING ((EXISTS ( SELECT 1
   FROM cases c
  WHERE (c.id = evidence_files.case_id))));

CREATE POLICY evidence_files_update ON evidence_files FOR UPDATE
  USING (app_can_write_case(case_id))
  WITH CHECK (app_can_write_case(case_id));
