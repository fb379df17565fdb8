-- Row-level security of app_standby_key: every policy of the table (applying this file drops the others).
-- The app role has no grant at all; the owner's SECURITY DEFINER functions read it (app_standby_mac).

CREATE POLICY app_standby_key_owner ON app_standby_key FOR SELECT
  USING (true);
