-- Row-level security of cases: every policy of the table (applying this file drops the others).
-- Who reads and who writes a case is one function each: functions/app_may_read_case.sql and
-- functions/app_may_write_case.sql. Only the owner's writers create a case.

CREATE POLICY cases_read ON cases FOR SELECT
  USING (EXISTS (SELECT FROM app_may_read_case(id, owner_organisation_id, visibility)));

CREATE POLICY cases_create ON cases FOR INSERT
  WITH CHECK (owner_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[]));

CREATE POLICY cases_update ON cases FOR UPDATE
  USING (EXISTS (SELECT FROM app_may_write_case(id, owner_organisation_id, visibility)))
  WITH CHECK (EXISTS (SELECT FROM app_may_write_case(id, owner_organisation_id, visibility)));
