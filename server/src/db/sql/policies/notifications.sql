-- Row-level security of notifications: every policy of the table (applying this file drops the others).
-- Each user reads and marks read only their own; rows are written by notify_organisation_members and
-- notify_users (definer functions), never by the app role directly.

CREATE POLICY notifications_own ON notifications FOR SELECT
  USING ((user_id = (SELECT app_user_id())));

CREATE POLICY notifications_mark_read ON notifications FOR UPDATE
  USING ((user_id = (SELECT app_user_id())))
  WITH CHECK ((user_id = (SELECT app_user_id())));
