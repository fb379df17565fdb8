import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

/**
 * A rollup of the dashboards' two commonest questions, so they cost a lookup
 * instead of an aggregation over every case (docs/SCALING.md):
 *   - the coalition-wide statistics without a filter (coordinator: threshold
 *     0; liaison: threshold 5, suppressed exactly as `case_statistics_coalition`
 *     suppresses), and
 *   - one organisation's statistics asked by one of its members
 *     (`{ ownerOrganisationId }` only; a member reads all of its own cases, so
 *     this equals what row-level security lets `case_statistics_agg` count).
 *
 * Never stale: every statement that writes cases or events leaves a row in
 * `case_statistics_changes` (statement-level trigger, inserts only, so writers
 * never wait on each other). A rollup is served only while that table is
 * empty; otherwise the caller computes live, exactly as before, and the server
 * asks for a refresh (at most every 30 s per process), which first deletes the
 * change rows it can see and then recomputes. A writer that commits during a
 * refresh leaves its row behind, so the next read computes live again.
 */
export class StatisticsRollup1795893000000 implements MigrationInterface {
  name = 'StatisticsRollup1795893000000';

  async up(q: QueryRunner): Promise<void> {
    const role = appRole();
    await q.query(`CREATE TABLE case_statistics_changes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`ALTER TABLE case_statistics_changes ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE case_statistics_changes FORCE ROW LEVEL SECURITY`);
    // It holds no tenant data, only when something changed. The grants decide who does what: the app
    // role may only note a change (INSERT); the definer functions below (the owner) read and delete.
    await q.query(`GRANT INSERT ON case_statistics_changes TO ${role}`);
    await q.query(`CREATE POLICY case_statistics_changes_all ON case_statistics_changes FOR ALL USING (true) WITH CHECK (true)`);
    await q.query(`
      CREATE FUNCTION case_statistics_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO case_statistics_changes DEFAULT VALUES;
        RETURN NULL;
      END $$`);
    for (const table of ['cases', 'case_events']) {
      await q.query(`CREATE TRIGGER ${table}_statistics_change AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION case_statistics_note_change()`);
    }

    // PostgreSQL 17 (the embedded PGlite) runs a materialised view's query with search_path reduced to
    // pg_catalog, so the aggregation names its schema itself; no change to what it computes.
    await q.query(`ALTER FUNCTION case_statistics_agg(jsonb, boolean, int) SET search_path = public, pg_temp`);
    // A materialised view is not a table: row-level security does not apply, so the app role gets no grant on it at all.
    await q.query(`
      CREATE MATERIALIZED VIEW case_statistics_rollup AS
        SELECT 'coalition:0' AS key, case_statistics_agg('{}'::jsonb, true, 0) AS result
        UNION ALL SELECT 'coalition:5', case_statistics_agg('{}'::jsonb, true, 5)
        UNION ALL SELECT 'org:' || o.id, case_statistics_agg(jsonb_build_object('ownerOrganisationId', o.id), false, 0) FROM organisations o`);
    await q.query(`CREATE UNIQUE INDEX ix_case_statistics_rollup_key ON case_statistics_rollup (key)`);
    await q.query(`REVOKE ALL ON case_statistics_rollup FROM PUBLIC`);

    // The rollup's answer for this caller and filter, or NULL when there is none or it may be stale.
    await q.query(`
      CREATE FUNCTION case_statistics_from_rollup(p_filter jsonb, p_scope text) RETURNS jsonb
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        f jsonb := (SELECT coalesce(jsonb_object_agg(k, v), '{}'::jsonb) FROM jsonb_each(p_filter) AS e(k, v)
                     WHERE v <> 'null'::jsonb AND v <> '[]'::jsonb);
        wanted text;
      BEGIN
        IF EXISTS (SELECT 1 FROM case_statistics_changes) THEN RETURN NULL; END IF;
        IF p_scope = 'coalition' AND f = '{}'::jsonb THEN
          -- The same choice as case_statistics_coalition: coordinator unsuppressed, liaison at 5, nobody else.
          IF app_is_coordinator() THEN wanted := 'coalition:0';
          ELSIF app_is_liaison() THEN wanted := 'coalition:5';
          ELSE RETURN NULL; END IF;
        ELSIF p_scope = 'member' AND f - 'ownerOrganisationId' = '{}'::jsonb AND f ? 'ownerOrganisationId'
              AND (f->>'ownerOrganisationId') = ANY(app_org_ids()::text[]) THEN
          wanted := 'org:' || (f->>'ownerOrganisationId');
        ELSE
          RETURN NULL;
        END IF;
        RETURN (SELECT result FROM case_statistics_rollup WHERE key = wanted);
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION case_statistics_from_rollup(jsonb, text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION case_statistics_from_rollup(jsonb, text) TO ${role}`);

    // Recomputes the rollup when changes are pending; true when it did. Concurrent callers (several
    // server processes) skip instead of queueing. Returns counts only, so the app role may call it.
    await q.query(`
      CREATE FUNCTION case_statistics_refresh() RETURNS boolean
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF NOT pg_try_advisory_xact_lock(hashtext('case_statistics_refresh')) THEN RETURN false; END IF;
        IF NOT EXISTS (SELECT 1 FROM case_statistics_changes) THEN RETURN false; END IF;
        -- First forget the changes this snapshot sees, then recompute with a later snapshot that sees them too.
        DELETE FROM case_statistics_changes;
        REFRESH MATERIALIZED VIEW CONCURRENTLY case_statistics_rollup;
        RETURN true;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION case_statistics_refresh() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION case_statistics_refresh() TO ${role}`);

    // One organisation's cases newest first (its statistics computed live, its own list), and the
    // share policy's owner side.
    await q.query(`CREATE INDEX ix_cases_owner_created ON cases (owner_organisation_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX ix_case_shares_owner ON case_shares (owner_organisation_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_case_shares_owner`);
    await q.query(`DROP INDEX ix_cases_owner_created`);
    await q.query(`DROP FUNCTION case_statistics_refresh()`);
    await q.query(`DROP FUNCTION case_statistics_from_rollup(jsonb, text)`);
    await q.query(`DROP MATERIALIZED VIEW case_statistics_rollup`);
    await q.query(`ALTER FUNCTION case_statistics_agg(jsonb, boolean, int) RESET search_path`);
    for (const table of ['cases', 'case_events']) await q.query(`DROP TRIGGER ${table}_statistics_change ON ${table}`);
    await q.query(`DROP FUNCTION case_statistics_note_change()`);
    await q.query(`DROP TABLE case_statistics_changes`);
  }
}
