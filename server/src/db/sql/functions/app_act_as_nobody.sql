-- Acts as nobody from now on in this transaction (sign-out, a session just ended): the one change of
-- actor the application role may make on its own, since it gives no right.
CREATE OR REPLACE FUNCTION app_act_as_nobody() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT app_set_actor(NULL)
$$;
REVOKE ALL ON FUNCTION app_act_as_nobody() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_act_as_nobody() TO @app_role@;
