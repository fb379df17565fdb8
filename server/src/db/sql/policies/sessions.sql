-- Row-level security of sessions: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY sessions_own ON sessions FOR ALL
  USING ((user_id = (SELECT app_user_id())))
  WITH CHECK ((user_id = (SELECT app_user_id())));
