-- Marks sessions as used now, at most every 30 s each (the idle clock needs no finer grain); a session
-- another transaction is touching is skipped, never waited for. The primary's only: app_authenticate
-- calls it for the request's session, and each server process for the sessions it authenticated on a
-- read replica, where nothing can be written (core/db/replica-router.ts, every 30 s).
-- The owner's alone.
CREATE OR REPLACE FUNCTION app_sessions_touch(p_ids uuid[]) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  UPDATE sessions SET last_seen_at = now()
   WHERE id IN (SELECT x.id FROM sessions x WHERE x.id = ANY(p_ids) AND x.last_seen_at < now() - interval '30 seconds'
                   FOR NO KEY UPDATE SKIP LOCKED)
$$;
REVOKE ALL ON FUNCTION app_sessions_touch(uuid[]) FROM PUBLIC;
