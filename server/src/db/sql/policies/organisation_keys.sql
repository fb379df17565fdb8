-- Row-level security of organisation_keys: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY organisation_keys_create ON organisation_keys FOR INSERT
  WITH CHECK ((cardinality((SELECT app_writer_org_ids())::uuid[]) > 0));

CREATE POLICY organisation_keys_read ON organisation_keys FOR SELECT
  USING (((SELECT app_user_id()) IS NOT NULL));
