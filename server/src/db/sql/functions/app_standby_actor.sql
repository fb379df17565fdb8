-- The actor app_standby_seal sealed for this transaction on a hot standby, or none: nothing
-- set, a value the application role wrote itself, or one sealed for another backend or transaction.
-- SECURITY DEFINER: it checks the seal with the key the application role cannot read; it reveals
-- nothing but the actor this transaction already has. The digests are compared, not the codes, so the
-- comparison's time says nothing about the expected code.
CREATE OR REPLACE FUNCTION app_standby_actor() RETURNS SETOF app_actor_context
LANGUAGE plpgsql STABLE ROWS 1 SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  sealed text := current_setting('app.standby_actor', true);
  payload text;
BEGIN
  IF sealed IS NULL OR length(sealed) <= 65 THEN RETURN; END IF;
  payload := left(sealed, -65);
  -- IS DISTINCT FROM: with no key (a NULL code) nothing verifies.
  IF sha256(convert_to(right(sealed, 65), 'UTF8')) IS DISTINCT FROM sha256(convert_to('|' || app_standby_mac(payload), 'UTF8')) THEN
    RETURN;
  END IF;
  RETURN NEXT payload::app_actor_context;
END $$;
REVOKE ALL ON FUNCTION app_standby_actor() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_standby_actor() TO @app_role@;
