-- Sign-in must read one account before anyone is signed in; nothing else is exposed. The owner's alone:
-- the server calls it on the owner's pool (core/auth/actor-grant.ts), never as the application role,
-- which would otherwise read any account's password hash and TOTP secret.
CREATE OR REPLACE FUNCTION app_login_lookup(p_email text)
 RETURNS TABLE(id uuid, password_hash text, totp_enabled boolean, totp_secret text, totp_last_step bigint)
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $$
        SELECT id, password_hash, totp_enabled, totp_secret, totp_last_step FROM users WHERE email = lower(p_email)
      $$;
REVOKE ALL ON FUNCTION app_login_lookup(p_email text) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_login_lookup(p_email text) FROM @app_role@;
