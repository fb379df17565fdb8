-- A password-reset token for the account of an email, if there is one: the row is written here because
-- nobody is signed in yet and the application role writes no token itself. Returns the account's id,
-- email and language (for the message), nothing for an unknown email.
CREATE OR REPLACE FUNCTION app_password_reset_issue(p_email text, p_token_hash text, p_minutes integer)
RETURNS TABLE (user_id uuid, email text, locale text)
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  INSERT INTO password_reset_tokens (user_id, token_hash, expires_at)
  SELECT u.id, p_token_hash, now() + make_interval(mins => p_minutes) FROM users u WHERE u.email = lower(p_email)
  RETURNING password_reset_tokens.user_id,
    (SELECT u.email FROM users u WHERE u.id = password_reset_tokens.user_id),
    (SELECT u.locale FROM users u WHERE u.id = password_reset_tokens.user_id)
$$;
REVOKE ALL ON FUNCTION app_password_reset_issue(text, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_password_reset_issue(text, text, integer) TO @app_role@;
