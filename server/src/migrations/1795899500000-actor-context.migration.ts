import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

/**
 * The database decides who acts (docs/SECURITY.md).
 *
 * Until now the actor was a set of transaction-local settings (`app.user_id`, `app.org_ids`, ...) that
 * the policies' helpers read; the application role may `set_config` any setting, so one SQL injection
 * could name any organisation and read all its cases. Now the actor is a row of `app_actor_context`,
 * keyed by the backend and its transaction id, that only SECURITY DEFINER functions write
 * (`app_authenticate`, `app_act_as`, through `app_set_actor`): the application role may read its own
 * row and write none. A row outlives its transaction, but its `xact_id` (64-bit, never reused) matches
 * no later transaction; the next actor of the backend overwrites it, so the table holds one row per
 * backend. UNLOGGED: a crash may lose the rows, which no later transaction could match anyway.
 *
 * Audit entries are appended only by `audit_append`, which takes the actor from that row.
 * `case_search_ids` is dropped: `case_search_matches` replaced it.
 * The definitions of the functions and policies are in server/src/db/sql (applied after migrations).
 */
export class ActorContext1795899500000 implements MigrationInterface {
  name = 'ActorContext1795899500000';

  async up(q: QueryRunner): Promise<void> {
    const role = appRole();
    await q.query(`CREATE UNLOGGED TABLE app_actor_context (
      backend_pid int PRIMARY KEY,
      xact_id xid8 NOT NULL,
      user_id uuid,
      coalition_roles text[] NOT NULL,
      org_ids uuid[] NOT NULL,
      admin_org_ids uuid[] NOT NULL,
      writer_org_ids uuid[] NOT NULL,
      signer_org_ids uuid[] NOT NULL)`);
    await q.query(`ALTER TABLE app_actor_context ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE app_actor_context FORCE ROW LEVEL SECURITY`);
    await q.query(`GRANT SELECT ON app_actor_context TO ${role}`);
    await q.query(`CREATE POLICY app_actor_context_own ON app_actor_context FOR SELECT USING (backend_pid = pg_backend_pid())`);

    // Which SQL definition files (server/src/db/sql) the database holds, by checksum.
    await q.query(
      `CREATE TABLE sql_definitions (file text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    await q.query(`ALTER TABLE sql_definitions ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE sql_definitions FORCE ROW LEVEL SECURITY`);
    // The owner alone (no grant to the app role) reads and writes it, when applying the definitions.
    await q.query(`CREATE POLICY sql_definitions_owner ON sql_definitions FOR ALL USING (true) WITH CHECK (true)`);

    await q.query(`DROP FUNCTION case_search_ids(text)`);
    // The helpers read the context row now (server/src/db/sql/functions/app_*.sql).
    await q.query(`DROP FUNCTION app_setting_ids(text)`);
    // Its result gains the actor: audit_append checks the entry against it.
    await q.query(`DROP FUNCTION audit_head()`);
    await q.query(`DROP POLICY audit_append ON audit_entries`);
    await q.query(`REVOKE INSERT ON audit_entries FROM ${role}`);
  }

  async down(q: QueryRunner): Promise<void> {
    const role = appRole();
    await q.query(`GRANT INSERT ON audit_entries TO ${role}`);
    await q.query(`CREATE POLICY audit_append ON audit_entries FOR INSERT WITH CHECK (true)`);
    await q.query(`DROP FUNCTION IF EXISTS audit_append(bigint, timestamptz, uuid, uuid, text, text, text, jsonb, text, text)`);
    await q.query(`DROP FUNCTION IF EXISTS audit_head()`);
    await q.query(`
      CREATE FUNCTION audit_head() RETURNS TABLE (seq bigint, hash text)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(727001);
        RETURN QUERY SELECT a.seq, a.hash FROM audit_entries a ORDER BY a.seq DESC LIMIT 1;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION audit_head() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION audit_head() TO ${role}`);
    await q.query(`
      CREATE FUNCTION app_setting_ids(name text) RETURNS uuid[] LANGUAGE sql STABLE AS $$
        SELECT coalesce(string_to_array(nullif(current_setting(name, true), ''), ',')::uuid[], '{}')
      $$`);
    await q.query(`
      CREATE FUNCTION case_search_ids(p_query text) RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT c.id FROM cases c
         WHERE c.search @@ websearch_to_tsquery('simple', p_query)
           AND (c.owner_organisation_id = ANY((SELECT app_org_ids())::uuid[])
                OR (c.visibility = 'COALITION' AND cardinality((SELECT app_org_ids())::uuid[]) > 0)
                OR (c.visibility IN ('SHARED', 'COALITION') AND EXISTS (
                      SELECT 1 FROM case_shares s WHERE s.case_id = c.id AND s.organisation_id = ANY((SELECT app_org_ids())::uuid[]) OFFSET 0)))
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION case_search_ids(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION case_search_ids(text) TO ${role}`);
    // The settings-based actor of FoundationSecurity and SessionTouchSkipLocked, as they were.
    await q.query(`CREATE OR REPLACE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT nullif(current_setting('app.user_id', true), '')::uuid $$`);
    for (const name of ['org_ids', 'admin_org_ids', 'writer_org_ids', 'signer_org_ids']) {
      await q.query(
        `CREATE OR REPLACE FUNCTION app_${name}() RETURNS uuid[] LANGUAGE sql STABLE AS $$ SELECT app_setting_ids('app.${name}') $$`,
      );
    }
    await q.query(`CREATE OR REPLACE FUNCTION app_has_coalition_role(r text) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT r = ANY(string_to_array(nullif(current_setting('app.coalition_roles', true), ''), ',')) IS TRUE $$`);
    // Today's definitions (db/sql/functions) return more columns, and a result type is not replaced in place:
    // dropped, so that this and the earlier migrations restore theirs.
    for (const fn of ['app_act_as_granted()', 'app_authenticate(text, integer)', 'app_act_as(uuid)', 'app_identity(uuid)']) {
      await q.query(`DROP FUNCTION IF EXISTS ${fn}`);
    }
    await q.query(`
      CREATE OR REPLACE FUNCTION app_act_as(p_user_id uuid)
      RETURNS TABLE (user_id uuid, session_id uuid, display_name text, coalition_roles text[], memberships jsonb)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        u users%ROWTYPE;
      BEGIN
        SELECT * INTO u FROM users WHERE id = p_user_id;
        IF NOT FOUND THEN RETURN; END IF;
        PERFORM set_config('app.user_id', u.id::text, true);
        PERFORM set_config('app.coalition_roles', array_to_string(u.coalition_roles, ','), true);
        PERFORM set_config('app.org_ids', coalesce((SELECT string_agg(m.organisation_id::text, ',') FROM memberships m WHERE m.user_id = u.id), ''), true);
        PERFORM set_config('app.admin_org_ids', coalesce((SELECT string_agg(m.organisation_id::text, ',') FROM memberships m WHERE m.user_id = u.id AND m.roles && ARRAY['ADMIN']), ''), true);
        PERFORM set_config('app.writer_org_ids', coalesce((SELECT string_agg(m.organisation_id::text, ',') FROM memberships m WHERE m.user_id = u.id AND m.roles && ARRAY['ADMIN','CASEWORKER']), ''), true);
        PERFORM set_config('app.signer_org_ids', coalesce((SELECT string_agg(m.organisation_id::text, ',') FROM memberships m WHERE m.user_id = u.id AND m.roles && ARRAY['ADMIN','SIGNATORY']), ''), true);
        RETURN QUERY SELECT u.id, NULL::uuid, u.display_name, u.coalition_roles,
          coalesce((SELECT jsonb_agg(jsonb_build_object('organisationId', m.organisation_id, 'roles', m.roles) ORDER BY m.organisation_id)
                      FROM memberships m WHERE m.user_id = u.id), '[]'::jsonb);
      END $$`);
    await q.query(`DROP FUNCTION IF EXISTS app_set_actor(uuid)`);
    await q.query(`DROP FUNCTION IF EXISTS app_actor()`);
    // Later definitions that return the context row (db/sql/functions): they depend on its type.
    await q.query(`DROP FUNCTION IF EXISTS app_actor_row(uuid, xid8)`);
    await q.query(`DROP FUNCTION IF EXISTS app_standby_actor()`);
    await q.query(`DROP TABLE sql_definitions`);
    await q.query(`DROP TABLE app_actor_context`);
  }
}
