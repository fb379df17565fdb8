-- Row-level security of password_reset_tokens: every policy of the table (applying this file drops the others).
-- Tokens are issued and spent only by app_password_reset_issue / app_password_reset_consume (SECURITY
-- DEFINER); the application role reads its actor's own rows and writes none.

CREATE POLICY password_reset_tokens_own ON password_reset_tokens FOR SELECT
  USING ((user_id = (SELECT app_user_id())));
