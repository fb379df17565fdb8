-- Acts as the user the owner granted this very transaction (app_grant_actor), and spends the grant.
-- Without one, it fails: the application role cannot name whom it acts as, only take what it was given.
-- Dropped first: its result gained the account's email, locale and TOTP state (a changed result type is
-- not replaced in place).
DROP FUNCTION IF EXISTS app_act_as_granted();
CREATE OR REPLACE FUNCTION app_act_as_granted()
RETURNS TABLE (user_id uuid, session_id uuid, display_name text, coalition_roles text[], memberships jsonb, email text, locale text, totp_enabled boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  granted uuid;
BEGIN
  DELETE FROM app_actor_grants g
   WHERE g.id = (SELECT x.id FROM app_actor_grants x
                  WHERE x.backend_pid = pg_backend_pid() AND x.xact_id = pg_current_xact_id()
                  ORDER BY x.id DESC LIMIT 1)
  RETURNING g.user_id INTO granted;
  IF granted IS NULL THEN
    RAISE EXCEPTION 'no actor was granted to this transaction' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN QUERY SELECT * FROM app_act_as(granted);
END $$;
REVOKE ALL ON FUNCTION app_act_as_granted() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_act_as_granted() TO @app_role@;
