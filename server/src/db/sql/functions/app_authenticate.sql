-- A request's session: the token's session if it is live (not revoked, not expired, not idle longer
-- than p_idle_seconds), then the same as app_act_as for its user, so the transaction acts as that user.
-- On a hot standby (a read replica) nothing can be written: the actor is sealed into a setting
-- (app_standby_seal) and the session is not touched here; the server touches it on the primary.
-- SECURITY DEFINER: sessions are read before anyone acts; nothing but this row is exposed.
-- Dropped first: its result gained the account's email, locale and TOTP state (a changed result type is
-- not replaced in place).
DROP FUNCTION IF EXISTS app_authenticate(text, integer);
CREATE OR REPLACE FUNCTION app_authenticate(p_token_hash text, p_idle_seconds integer)
 RETURNS TABLE (user_id uuid, session_id uuid, display_name text, coalition_roles text[], memberships jsonb, email text, locale text, totp_enabled boolean)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $$
      DECLARE
        s sessions%ROWTYPE;
      BEGIN
        IF p_token_hash IS NULL THEN RETURN; END IF;
        SELECT * INTO s FROM sessions
         WHERE token_hash = p_token_hash AND revoked_at IS NULL AND expires_at > now()
           AND last_seen_at > now() - make_interval(secs => p_idle_seconds);
        IF NOT FOUND THEN RETURN; END IF;
        IF pg_is_in_recovery() THEN
          PERFORM app_standby_seal(s.user_id);
          RETURN QUERY SELECT a.user_id, s.id, a.display_name, a.coalition_roles, a.memberships, a.email, a.locale, a.totp_enabled FROM app_identity(s.user_id) a;
          RETURN;
        END IF;
        PERFORM app_sessions_touch(ARRAY[s.id]);
        RETURN QUERY SELECT a.user_id, s.id, a.display_name, a.coalition_roles, a.memberships, a.email, a.locale, a.totp_enabled FROM app_act_as(s.user_id) a;
      END $$;
REVOKE ALL ON FUNCTION app_authenticate(p_token_hash text, p_idle_seconds integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_authenticate(p_token_hash text, p_idle_seconds integer) TO @app_role@;
