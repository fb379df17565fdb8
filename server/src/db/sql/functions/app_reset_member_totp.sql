-- An organisation's ADMIN (or the COORDINATOR) turns TOTP off for one of its members, checked here as
-- well as in the service: the users row is another person's, which no policy lets the actor change.
-- An ADMIN may reset only a member of that organisation who belongs to no other organisation, holds no
-- coalition role and is no ADMIN there; anyone else needs the COORDINATOR; nobody resets their own.
-- Ends the member's sessions and recovery codes and notifies the member (MEMBER_TOTP_RESET), whom no
-- other function may notify on another's behalf. Returns 'ok', 'forbidden', 'not_found' or 'not_enabled'.
CREATE OR REPLACE FUNCTION app_reset_member_totp(p_organisation_id uuid, p_user_id uuid)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_actor uuid := app_user_id();
  v_coordinator boolean := app_is_coordinator();
  v_roles text[];
  v_target users%ROWTYPE;
BEGIN
  IF v_actor IS NULL THEN RETURN 'forbidden'; END IF;
  IF NOT v_coordinator AND NOT (p_organisation_id = ANY (app_admin_org_ids())) THEN RETURN 'forbidden'; END IF;
  -- The member's memberships stay as they are until this transaction ends.
  SELECT m.roles INTO v_roles FROM memberships m WHERE m.organisation_id = p_organisation_id AND m.user_id = p_user_id FOR SHARE;
  IF NOT FOUND THEN RETURN 'not_found'; END IF;
  SELECT * INTO v_target FROM users u WHERE u.id = p_user_id FOR UPDATE;
  IF p_user_id = v_actor THEN RETURN 'forbidden'; END IF;
  IF NOT v_coordinator THEN
    PERFORM 1 FROM memberships m WHERE m.user_id = p_user_id FOR SHARE;
    IF EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = p_user_id AND m.organisation_id <> p_organisation_id)
       OR 'ADMIN' = ANY (v_roles)
       OR cardinality(v_target.coalition_roles) > 0 THEN
      RETURN 'forbidden';
    END IF;
  END IF;
  IF NOT v_target.totp_enabled THEN RETURN 'not_enabled'; END IF;
  UPDATE users SET totp_enabled = false, totp_secret = NULL, totp_last_step = NULL WHERE id = p_user_id;
  DELETE FROM recovery_codes WHERE user_id = p_user_id;
  UPDATE sessions SET revoked_at = now() WHERE user_id = p_user_id AND revoked_at IS NULL;
  INSERT INTO notifications (user_id, organisation_id, kind, link) VALUES (p_user_id, p_organisation_id, 'MEMBER_TOTP_RESET', '/account');
  RETURN 'ok';
END $$;
REVOKE ALL ON FUNCTION app_reset_member_totp(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_reset_member_totp(uuid, uuid) TO @app_role@;
