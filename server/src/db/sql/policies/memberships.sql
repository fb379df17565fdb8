-- Row-level security of memberships: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY memberships_create ON memberships FOR INSERT
  WITH CHECK (((organisation_id = ANY ((SELECT app_admin_org_ids())::uuid[])) OR ((user_id = (SELECT app_user_id())) AND (EXISTS ( SELECT 1
   FROM invitations i
  WHERE ((i.token_hash = current_setting('app.invitation_token_hash'::text, true)) AND (i.organisation_id = memberships.organisation_id) AND (i.accepted_at IS NULL) AND (i.expires_at > now())))))));

CREATE POLICY memberships_delete ON memberships FOR DELETE
  USING ((organisation_id = ANY ((SELECT app_admin_org_ids())::uuid[])));

CREATE POLICY memberships_read ON memberships FOR SELECT
  USING (((user_id = (SELECT app_user_id())) OR (organisation_id = ANY ((SELECT app_org_ids())::uuid[])) OR (SELECT app_is_coordinator())));

CREATE POLICY memberships_update ON memberships FOR UPDATE
  USING ((organisation_id = ANY ((SELECT app_admin_org_ids())::uuid[])));
