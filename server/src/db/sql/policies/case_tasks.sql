-- Row-level security of case_tasks: every policy of the table (applying this file drops the others).
-- Read as the case (the subquery on cases runs under cases' own policies); written by whoever may write it.

CREATE POLICY case_tasks_read ON case_tasks FOR SELECT
  USING ((EXISTS (SELECT 1 FROM cases c WHERE c.id = case_tasks.case_id)));

CREATE POLICY case_tasks_insert ON case_tasks FOR INSERT
  WITH CHECK (app_can_write_case(case_id) AND owner_organisation_id = (SELECT c.owner_organisation_id FROM cases c WHERE c.id = case_tasks.case_id));

CREATE POLICY case_tasks_update ON case_tasks FOR UPDATE
  USING (app_can_write_case(case_id))
  WITH CHECK (app_can_write_case(case_id));
