-- Row-level security of app_actor_context: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY app_actor_context_own ON app_actor_context FOR SELECT
  USING ((backend_pid = pg_backend_pid()));
