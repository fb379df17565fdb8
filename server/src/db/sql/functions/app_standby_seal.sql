-- Makes a user the actor of this transaction on a hot standby, where app_actor_context cannot be written:
-- the same context row as app_set_actor's, as the transaction-local setting app.standby_actor, sealed
-- with app_standby_mac. The application role may set that setting to anything, but cannot seal it, and
-- a sealed value copied from another transaction does not verify (app_standby_actor).
-- The owner's alone; app_authenticate calls it when pg_is_in_recovery().
CREATE OR REPLACE FUNCTION app_standby_seal(p_user_id uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  payload text;
BEGIN
  SELECT r::text INTO payload FROM app_actor_row(p_user_id, '0'::xid8) r;
  PERFORM set_config('app.standby_actor', payload || '|' || app_standby_mac(payload), true);
END $$;
REVOKE ALL ON FUNCTION app_standby_seal(uuid) FROM PUBLIC;
