-- Ends leases of one process: the given ones (subscriptions that completed, a socket that closed), or
-- all of them (NULL: the process stops). Needs no actor: a socket's session may have ended meanwhile.
CREATE OR REPLACE FUNCTION subscription_lease_release(p_process uuid, p_leases uuid[]) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  DELETE FROM subscription_leases WHERE process_id = p_process AND (p_leases IS NULL OR id = ANY(p_leases))
$$;
REVOKE ALL ON FUNCTION subscription_lease_release(uuid, uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION subscription_lease_release(uuid, uuid[]) TO @app_role@;
