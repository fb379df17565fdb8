-- Row-level security of organisations: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY organisations_create ON organisations FOR INSERT
  WITH CHECK ((SELECT app_is_coordinator()));

CREATE POLICY organisations_read ON organisations FOR SELECT
  USING (true);

CREATE POLICY organisations_update ON organisations FOR UPDATE
  USING (((SELECT app_is_coordinator()) OR (id = ANY ((SELECT app_admin_org_ids())::uuid[]))));
