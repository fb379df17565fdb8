-- A place for one more live subscription of the transaction's actor, held by one server process: true
-- when taken, false when the actor already holds 50 live ones across every process (the cap per user),
-- NULL when nobody acts. Leases past their expiry (a process that died) count for nothing and go.
-- One user's takes run one after another (the advisory lock), so parallel subscribes on several
-- processes cannot all pass the count. The cap is here, not a parameter: the caller cannot raise it.
CREATE OR REPLACE FUNCTION subscription_lease_take(p_process uuid, p_lease uuid) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  me uuid := app_user_id();
BEGIN
  IF me IS NULL THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('subscription_leases:' || me::text, 0));
  DELETE FROM subscription_leases WHERE user_id = me AND expires_at <= now();
  IF (SELECT count(*) FROM subscription_leases WHERE user_id = me) >= 50 THEN RETURN false; END IF;
  INSERT INTO subscription_leases (id, user_id, process_id, expires_at)
  VALUES (p_lease, me, p_process, now() + interval '90 seconds');
  RETURN true;
END $$;
REVOKE ALL ON FUNCTION subscription_lease_take(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION subscription_lease_take(uuid, uuid) TO @app_role@;
