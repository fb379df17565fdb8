-- Row-level security of app_actor_grants: every policy of the table (applying this file drops the others).
-- The app role has no grant at all; the owner's SECURITY DEFINER functions read and write it.

CREATE POLICY app_actor_grants_owner ON app_actor_grants FOR ALL
  USING (true)
  WITH CHECK (true);
