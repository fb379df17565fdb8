-- Row-level security of case_statistics_changes: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY case_statistics_changes_all ON case_statistics_changes FOR ALL
  USING (true)
  WITH CHECK (true);
