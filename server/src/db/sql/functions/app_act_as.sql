-- Acting as a user from now on in this transaction, or as nobody (NULL). Returns who that is; nothing
-- for nobody or an unknown id. The owner's alone (tests, maintenance, and app_authenticate and
-- app_act_as_granted, which run as the owner): the application role cannot choose whom it acts as.
-- SECURITY DEFINER: the actor must be known before policies admit any row.
-- Dropped first: its result gained the account's email, locale and TOTP state (a changed result type is
-- not replaced in place).
DROP FUNCTION IF EXISTS app_act_as(uuid);
CREATE OR REPLACE FUNCTION app_act_as(p_user_id uuid)
RETURNS TABLE (user_id uuid, session_id uuid, display_name text, coalition_roles text[], memberships jsonb, email text, locale text, totp_enabled boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM app_set_actor(p_user_id);
  RETURN QUERY SELECT * FROM app_identity(p_user_id);
END $$;
REVOKE ALL ON FUNCTION app_act_as(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_act_as(uuid) FROM @app_role@;
