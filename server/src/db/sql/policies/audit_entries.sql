-- Row-level security of audit_entries: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY audit_read ON audit_entries FOR SELECT
  USING (((SELECT app_is_coordinator()) OR (organisation_id = ANY ((SELECT app_admin_org_ids())::uuid[]))));
