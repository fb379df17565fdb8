-- Sign-in must read one account before anyone is signed in; nothing else is exposed.
CREATE OR REPLACE FUNCTION app_login_lookup(p_email text)
 RETURNS TABLE(id uuid, password_hash text, totp_enabled boolean, totp_secret text, totp_last_step bigint)
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $$
        SELECT id, password_hash, totp_enabled, totp_secret, totp_last_step FROM users WHERE email = lower(p_email)
      $$;
REVOKE ALL ON FUNCTION app_login_lookup(p_email text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_login_lookup(p_email text) TO @app_role@;
