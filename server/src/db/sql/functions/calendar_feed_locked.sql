-- Is the owner of the calendar feed with this token hash a member of a locked organisation? Then the feed
-- serves nothing at all (calendar_feed_tasks returns no row) and the route says why, as a member's case
-- export is refused whole: a synced calendar is an export, and the feed's URL outlives the sessions the
-- lock ended (it may sit in a seized laptop's calendar application).
CREATE OR REPLACE FUNCTION calendar_feed_locked(p_token_hash text)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM notification_preferences p JOIN memberships m ON m.user_id = p.user_id
     WHERE p.calendar_token_hash = p_token_hash AND m.organisation_id = ANY (organisation_locked_ids()))
$$;
REVOKE ALL ON FUNCTION calendar_feed_locked(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION calendar_feed_locked(text) TO @app_role@;
