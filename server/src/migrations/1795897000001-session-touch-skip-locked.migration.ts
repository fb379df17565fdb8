import type { MigrationInterface, QueryRunner } from 'typeorm';

const authenticate = (touch: string) => `
      CREATE OR REPLACE FUNCTION app_authenticate(p_token_hash text, p_idle_seconds int)
      RETURNS TABLE (user_id uuid, session_id uuid, display_name text, coalition_roles text[], memberships jsonb)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        s sessions%ROWTYPE;
      BEGIN
        IF p_token_hash IS NULL THEN RETURN; END IF;
        SELECT * INTO s FROM sessions
         WHERE token_hash = p_token_hash AND revoked_at IS NULL AND expires_at > now()
           AND last_seen_at > now() - make_interval(secs => p_idle_seconds);
        IF NOT FOUND THEN RETURN; END IF;
        -- Touch at most every 30 s: the idle clock needs no finer grain.
        ${touch}
        RETURN QUERY SELECT a.user_id, s.id, a.display_name, a.coalition_roles, a.memberships FROM app_act_as(s.user_id) a;
      END $$`;

/**
 * The idle clock's touch never waits for another request of the same session.
 *
 * Every request authenticates inside its own transaction, and the request that touches `last_seen_at`
 * (once per 30 s) holds the session row's lock until it commits, at the end of its work. A plain
 * UPDATE in every other request of that session then waited for that commit to re-check its condition:
 * once per 30 s all of a session's concurrent requests queued behind one of them (a browser with
 * several tabs, a dashboard's parallel queries, the benchmark's 100 connections on one session, whose
 * p99 went to 2.5 × p50). Now the row is locked with SKIP LOCKED: when another request holds it, that
 * request is already touching the clock, and this one goes on. FOR NO KEY UPDATE, like the UPDATE
 * itself, so a foreign-key check's KEY SHARE lock does not make it skip.
 */
export class SessionTouchSkipLocked1795897000001 implements MigrationInterface {
  name = 'SessionTouchSkipLocked1795897000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      authenticate(`UPDATE sessions SET last_seen_at = now()
         WHERE id = (SELECT x.id FROM sessions x WHERE x.id = s.id AND x.last_seen_at < now() - interval '30 seconds'
                       FOR NO KEY UPDATE SKIP LOCKED);`),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(authenticate(`UPDATE sessions SET last_seen_at = now() WHERE id = s.id AND last_seen_at < now() - interval '30 seconds';`));
  }
}
