-- Row-level security of notification_preferences: every policy of the table (applying this file drops the others).

CREATE POLICY notification_preferences_own ON notification_preferences FOR ALL
  USING ((user_id = (SELECT app_user_id())))
  WITH CHECK ((user_id = (SELECT app_user_id())));
