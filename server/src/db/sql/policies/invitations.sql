-- Row-level security of invitations: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY invitations_accept ON invitations FOR UPDATE
  USING (((token_hash = current_setting('app.invitation_token_hash'::text, true)) OR (organisation_id = ANY ((SELECT app_admin_org_ids())::uuid[]))));

CREATE POLICY invitations_create ON invitations FOR INSERT
  WITH CHECK ((organisation_id = ANY ((SELECT app_admin_org_ids())::uuid[])));

CREATE POLICY invitations_read ON invitations FOR SELECT
  USING (((organisation_id = ANY ((SELECT app_admin_org_ids())::uuid[])) OR (SELECT app_is_coordinator()) OR (token_hash = current_setting('app.invitation_token_hash'::text, true))));
