-- Notifications about one person's own account, which notify_organisation_members (by role, the actor
-- excepted) cannot send. Each kind names its only possible recipient, so no caller picks whom to notify:
--   NEW_SIGN_IN: the actor, just signed in from a browser not seen before, unless it is the account's only
--   known browser (its first sign-in is no news to its owner) (p_ref unused);
--   INVITATION: the account, if any, with the email of invitation p_ref, which the actor made and which
--   is still open. Returns the recipient (nothing when there is none), for the live notice only: the
--   inviting admin's answer never says whether the address has an account;
--   COALITION_ORGANISATION_LOCKED: every COORDINATOR but the actor and the organisation's own members (they
--   hear ORGANISATION_LOCKED), when the actor locked organisation p_ref in this very transaction: the
--   coordinators watch over every organisation and must learn of a lock its ADMIN decided alone.
-- MEMBER_TOTP_RESET is written by app_reset_member_totp itself. Links and params never hold personal data.
CREATE OR REPLACE FUNCTION notify_account(p_kind text, p_ref uuid)
RETURNS SETOF uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_actor uuid := app_user_id();
BEGIN
  IF v_actor IS NULL THEN
    RAISE EXCEPTION 'notifications are written for an authenticated actor' USING ERRCODE = '42501';
  END IF;
  IF p_kind = 'NEW_SIGN_IN' THEN
    RETURN QUERY
      INSERT INTO notifications (user_id, organisation_id, kind, link)
      SELECT v_actor, NULL, 'NEW_SIGN_IN', '/account'
       WHERE (SELECT count(*) FROM known_browsers k WHERE k.user_id = v_actor) > 1
      RETURNING user_id;
  ELSIF p_kind = 'INVITATION' THEN
    RETURN QUERY
      INSERT INTO notifications (user_id, organisation_id, kind, link)
      SELECT u.id, i.organisation_id, 'INVITATION', '/dashboard'
        FROM invitations i JOIN users u ON u.email = i.email
       WHERE i.id = p_ref AND i.invited_by = v_actor AND i.accepted_at IS NULL AND i.expires_at > now() AND u.id <> v_actor
      RETURNING user_id;
  ELSIF p_kind = 'COALITION_ORGANISATION_LOCKED' THEN
    RETURN QUERY
      INSERT INTO notifications (user_id, organisation_id, kind, link)
      SELECT u.id, o.id, 'COALITION_ORGANISATION_LOCKED', '/admin/organisations'
        FROM organisations o JOIN users u ON 'COORDINATOR' = ANY(u.coalition_roles)
       WHERE o.id = p_ref AND o.locked_by_user_id = v_actor AND o.locked_at = now() AND u.id <> v_actor
         AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = o.id AND m.user_id = u.id)
      RETURNING user_id;
  ELSE
    RAISE EXCEPTION 'notify_account does not send %', p_kind USING ERRCODE = '22023';
  END IF;
END $$;
REVOKE ALL ON FUNCTION notify_account(text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION notify_account(text, uuid) TO @app_role@;
