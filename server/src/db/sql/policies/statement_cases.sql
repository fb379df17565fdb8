-- Row-level security of statement_cases: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY statement_cases_create ON statement_cases FOR INSERT
  WITH CHECK (((EXISTS ( SELECT 1
   FROM statements s
  WHERE ((s.id = statement_cases.statement_id) AND (s.initiator_organisation_id = ANY ((SELECT app_writer_org_ids())::uuid[])) AND (s.status = 'DRAFT')))) AND (EXISTS ( SELECT 1
   FROM cases c
  WHERE (c.id = statement_cases.case_id)))));

CREATE POLICY statement_cases_read ON statement_cases FOR SELECT
  USING ((EXISTS ( SELECT 1
   FROM statements s
  WHERE (s.id = statement_cases.statement_id))));
