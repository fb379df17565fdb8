-- Spends a live password-reset token (once: the row is locked and marked used in one statement) and sets
-- the account's new password; every session of the account ends and every other reset token dies.
-- Returns the account's id, NULL when the token is unknown, used or expired.
CREATE OR REPLACE FUNCTION app_password_reset_consume(p_token_hash text, p_password_hash text)
RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_user uuid;
BEGIN
  UPDATE password_reset_tokens SET used_at = now()
   WHERE token_hash = p_token_hash AND used_at IS NULL AND expires_at > now()
  RETURNING password_reset_tokens.user_id INTO v_user;
  IF v_user IS NULL THEN RETURN NULL; END IF;
  UPDATE users SET password_hash = p_password_hash WHERE id = v_user;
  UPDATE sessions SET revoked_at = now() WHERE sessions.user_id = v_user AND revoked_at IS NULL;
  UPDATE password_reset_tokens SET used_at = now() WHERE password_reset_tokens.user_id = v_user AND used_at IS NULL;
  RETURN v_user;
END $$;
REVOKE ALL ON FUNCTION app_password_reset_consume(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_password_reset_consume(text, text) TO @app_role@;
