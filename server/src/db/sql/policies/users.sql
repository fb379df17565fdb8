-- Row-level security of users: every policy of the table (applying this file drops the others).
-- The actor's helpers are called as `(SELECT app_...())`: an InitPlan, evaluated once per statement.

CREATE POLICY users_create ON users FOR INSERT
  WITH CHECK ((EXISTS ( SELECT 1
   FROM invitations i
  WHERE ((i.token_hash = current_setting('app.invitation_token_hash'::text, true)) AND (i.email = users.email) AND (i.accepted_at IS NULL) AND (i.expires_at > now())))));

CREATE POLICY users_read ON users FOR SELECT
  USING (((id = (SELECT app_user_id())) OR (SELECT app_is_coordinator()) OR (EXISTS ( SELECT 1
   FROM memberships m
  WHERE ((m.user_id = users.id) AND (m.organisation_id = ANY ((SELECT app_org_ids())::uuid[])))))));

CREATE POLICY users_update ON users FOR UPDATE
  USING ((id = (SELECT app_user_id())));
