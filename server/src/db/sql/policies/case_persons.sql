-- Row-level security of case_persons: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY case_persons_create ON case_persons FOR INSERT
  WITH CHECK (app_can_write_case(case_id));

CREATE POLICY case_persons_delete ON case_persons FOR DELETE
  USING (app_can_write_case(case_id));

CREATE POLICY case_persons_read ON case_persons FOR SELECT
  USING ((EXISTS ( SELECT 1
   FROM cases c
  WHERE (c.id = case_persons.case_id))));
