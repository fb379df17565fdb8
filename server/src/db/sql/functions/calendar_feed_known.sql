-- Does a calendar feed with this token hash exist? (An empty feed is still a feed: 200 with no events.)
CREATE OR REPLACE FUNCTION calendar_feed_known(p_token_hash text)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM notification_preferences WHERE calendar_token_hash = p_token_hash)
$$;
REVOKE ALL ON FUNCTION calendar_feed_known(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION calendar_feed_known(text) TO @app_role@;
