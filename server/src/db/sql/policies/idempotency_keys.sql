-- Row-level security of idempotency_keys: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY idempotency_keys_own ON idempotency_keys FOR ALL
  USING ((user_id = (SELECT app_user_id())))
  WITH CHECK ((user_id = (SELECT app_user_id())));
