-- The open tasks of the calendar feed whose token hashes to p_token_hash: those the feed's owner is
-- reminded of (case_task_recipients), nothing when the token is unknown. The feed's URL is its only
-- credential, so the caller (GET /calendar/<token>.ics, no session) learns nothing else. Nothing of a
-- locked organisation's cases, and nothing at all for a member of a locked organisation (calendar_feed_locked).
CREATE OR REPLACE FUNCTION calendar_feed_tasks(p_token_hash text)
RETURNS TABLE (id uuid, case_id uuid, title text, due_at timestamptz, created_at timestamptz, version integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  RETURN QUERY SELECT t.id, t.case_id, t.title, t.due_at, t.created_at, t.version
    FROM notification_preferences p
    JOIN case_tasks t ON t.status = 'OPEN'
   WHERE p.calendar_token_hash = p_token_hash
     AND EXISTS (SELECT 1 FROM case_task_recipients(t.id) r WHERE r.user_id = p.user_id)
     -- The emergency lock: a locked organisation's tasks leave the feed (a synced calendar is an export).
     AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = t.case_id AND c.owner_organisation_id = ANY (organisation_locked_ids()))
     AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = p.user_id AND m.organisation_id = ANY (organisation_locked_ids()))
   ORDER BY t.due_at
   LIMIT 1000;
END $$;
REVOKE ALL ON FUNCTION calendar_feed_tasks(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION calendar_feed_tasks(text) TO @app_role@;
