-- Row-level security of login_attempts: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY login_attempts_any ON login_attempts FOR ALL
  USING (true)
  WITH CHECK (true);
