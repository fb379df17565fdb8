-- The emergency lock and the TOTP requirement of an organisation, checked here as well as in the service:
-- locking ends other people's sessions, which no policy lets the actor change, and the columns it sets
-- change nowhere else (organisations_guard).
--   'lock': that organisation's ADMIN or the COORDINATOR; ends every session of every member (the
--           actor's too: they sign in again, with TOTP).
--   'unlock': that organisation's ADMIN, in a live session of theirs (p_session_id) begun with TOTP.
--   'require_totp' / 'allow_password': that organisation's ADMIN, in a session begun with TOTP.
-- Returns the outcome ('ok', 'forbidden', 'not_found', 'totp_required', 'already_locked', 'not_locked')
-- and how many sessions ended.
CREATE OR REPLACE FUNCTION organisation_set_security(p_organisation_id uuid, p_action text, p_session_id uuid)
RETURNS TABLE (outcome text, sessions_ended integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_actor uuid := app_user_id();
  v_admin boolean := p_organisation_id = ANY (app_admin_org_ids());
  v_org organisations%ROWTYPE;
  v_ended integer := 0;
BEGIN
  IF v_actor IS NULL THEN RETURN QUERY SELECT 'forbidden', 0; RETURN; END IF;
  SELECT * INTO v_org FROM organisations o WHERE o.id = p_organisation_id FOR UPDATE;
  IF NOT FOUND THEN RETURN QUERY SELECT 'not_found', 0; RETURN; END IF;
  IF p_action = 'lock' THEN
    IF NOT (v_admin OR app_is_coordinator()) THEN RETURN QUERY SELECT 'forbidden', 0; RETURN; END IF;
    IF v_org.locked_at IS NOT NULL THEN RETURN QUERY SELECT 'already_locked', 0; RETURN; END IF;
    UPDATE organisations SET locked_at = now(), locked_by_user_id = v_actor WHERE id = p_organisation_id;
    UPDATE sessions s SET revoked_at = now()
     WHERE s.revoked_at IS NULL AND s.user_id IN (SELECT m.user_id FROM memberships m WHERE m.organisation_id = p_organisation_id);
    GET DIAGNOSTICS v_ended = ROW_COUNT;
    RETURN QUERY SELECT 'ok', v_ended;
    RETURN;
  END IF;
  IF p_action NOT IN ('unlock', 'require_totp', 'allow_password') OR NOT v_admin THEN
    RETURN QUERY SELECT 'forbidden', 0; RETURN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM sessions s WHERE s.id = p_session_id AND s.user_id = v_actor AND s.totp_verified
                    AND s.revoked_at IS NULL AND s.expires_at > now()) THEN
    RETURN QUERY SELECT 'totp_required', 0; RETURN;
  END IF;
  IF p_action = 'unlock' THEN
    IF v_org.locked_at IS NULL THEN RETURN QUERY SELECT 'not_locked', 0; RETURN; END IF;
    UPDATE organisations SET locked_at = NULL, locked_by_user_id = NULL WHERE id = p_organisation_id;
  ELSE
    UPDATE organisations SET require_totp = (p_action = 'require_totp') WHERE id = p_organisation_id;
  END IF;
  RETURN QUERY SELECT 'ok', 0;
END $$;
REVOKE ALL ON FUNCTION organisation_set_security(uuid, text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION organisation_set_security(uuid, text, uuid) TO @app_role@;
