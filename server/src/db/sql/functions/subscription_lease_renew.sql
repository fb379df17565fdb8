-- A running process keeps its leases alive (every 30 s; they last 90 s), so those of a process that
-- died expire. The process id is a random uuid only that process knows.
CREATE OR REPLACE FUNCTION subscription_lease_renew(p_process uuid) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  UPDATE subscription_leases SET expires_at = now() + interval '90 seconds' WHERE process_id = p_process
$$;
REVOKE ALL ON FUNCTION subscription_lease_renew(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION subscription_lease_renew(uuid) TO @app_role@;
