import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

const orgIds = `(SELECT app_org_ids())::uuid[]`;

/**
 * An exact `totalCount` of an unfiltered case list without reading every case (docs/SCALING.md).
 *
 * Counting what a member may read visited every readable row under the policies: ~60% of all cases,
 * 80 ms at 100,000 and growing linearly. `cases_read` splits into three disjoint parts:
 *   1. cases owned by one of the actor's organisations (any visibility);
 *   2. COALITION cases of other organisations (for anybody with a membership);
 *   3. SHARED cases of other organisations shared with one of the actor's organisations.
 * Parts 1 and 2 are sums over `case_counts`, a few rows per (owner, visibility). Part 3 counts the
 * actor's shares of SHARED cases, each share carrying its case's visibility (below). A test compares this with `count(*)` under the policies
 * for every kind of actor, after every kind of write.
 *
 * `case_counts` holds signed deltas, inserted by statement-level triggers: writers only insert, so they
 * never wait on each other for a counter row. `case_counts_compact()` folds the deltas into one row
 * per key, atomically, so a reader sees either the deltas or their sum, never both or neither.
 */
export class CaseCounts1795896000000 implements MigrationInterface {
  name = 'CaseCounts1795896000000';

  async up(q: QueryRunner): Promise<void> {
    const role = appRole();
    await q.query(`CREATE TABLE case_counts (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      owner_organisation_id uuid NOT NULL,
      visibility text NOT NULL,
      n bigint NOT NULL)`);
    await q.query(`CREATE INDEX ix_case_counts_key ON case_counts (owner_organisation_id, visibility) INCLUDE (n)`);
    await q.query(`ALTER TABLE case_counts ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE case_counts FORCE ROW LEVEL SECURITY`);
    // Counts per owner and visibility would tell a member how many RESTRICTED cases others hold: the app
    // role gets no grant at all; only the definer functions below (the owner) read or write it.
    await q.query(`CREATE POLICY case_counts_owner ON case_counts FOR ALL USING (true) WITH CHECK (true)`);

    // One trigger per event: PostgreSQL allows transition tables only on single-event triggers.
    await q.query(`
      CREATE FUNCTION case_counts_note() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO case_counts (owner_organisation_id, visibility, n)
            SELECT owner_organisation_id, visibility, count(*) FROM new_rows GROUP BY 1, 2;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO case_counts (owner_organisation_id, visibility, n)
            SELECT owner_organisation_id, visibility, -count(*) FROM old_rows GROUP BY 1, 2;
        ELSE
          INSERT INTO case_counts (owner_organisation_id, visibility, n)
            SELECT owner_organisation_id, visibility, sum(d) FROM (
              SELECT owner_organisation_id, visibility, 1 AS d FROM new_rows
              UNION ALL SELECT owner_organisation_id, visibility, -1 FROM old_rows) x
             GROUP BY 1, 2 HAVING sum(d) <> 0;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER cases_counts_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION case_counts_note()`);
    await q.query(`CREATE TRIGGER cases_counts_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION case_counts_note()`);
    await q.query(`CREATE TRIGGER cases_counts_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION case_counts_note()`);
    await q.query(`
      CREATE FUNCTION case_counts_truncated() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        DELETE FROM case_counts;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER cases_counts_truncate AFTER TRUNCATE ON cases FOR EACH STATEMENT EXECUTE FUNCTION case_counts_truncated()`);

    // Each share carries its case's visibility, so that part 3 is one index range of the actor's shares
    // instead of a join with every SHARED case (~110 ms over 1,000,000 cases). Only triggers write it:
    // a share takes its case's visibility when written (overriding whatever the statement says), and a
    // change of a case's visibility is copied to its shares. The share's trigger reads the case FOR SHARE,
    // so it waits for a visibility change in flight and reads what that change committed; a visibility
    // change waits in turn for a share being written, and then copies onto it. Neither order misses.
    await q.query(`ALTER TABLE case_shares ADD COLUMN case_visibility text`);
    await q.query(`UPDATE case_shares s SET case_visibility = c.visibility FROM cases c WHERE c.id = s.case_id`);
    await q.query(`ALTER TABLE case_shares ALTER COLUMN case_visibility SET NOT NULL`);
    await q.query(`CREATE INDEX ix_case_shares_count ON case_shares (organisation_id, case_visibility, owner_organisation_id, case_id)`);
    await q.query(`
      CREATE FUNCTION case_shares_take_visibility() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        SELECT c.visibility INTO NEW.case_visibility FROM cases c WHERE c.id = NEW.case_id FOR SHARE;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER case_shares_visibility BEFORE INSERT OR UPDATE ON case_shares
      FOR EACH ROW EXECUTE FUNCTION case_shares_take_visibility()`);
    await q.query(`
      CREATE FUNCTION cases_copy_visibility() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        UPDATE case_shares s SET case_visibility = n.visibility
          FROM new_rows n JOIN old_rows o ON o.id = n.id
         WHERE s.case_id = n.id AND n.visibility IS DISTINCT FROM o.visibility;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER cases_share_visibility AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION cases_copy_visibility()`);

    // The number of cases the actor may read: cases_read's rule in its three disjoint parts (see above).
    // SECURITY DEFINER for case_counts; the owner may be a superuser that policies do not bind, so the
    // rule is spelled out here for case_shares as well.
    await q.query(`
      CREATE FUNCTION case_readable_count() RETURNS bigint
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT coalesce((SELECT sum(k.n) FROM case_counts k
                          WHERE k.owner_organisation_id = ANY(${orgIds})
                             OR (k.visibility = 'COALITION' AND cardinality(${orgIds}) > 0)), 0)::bigint
             + (SELECT count(DISTINCT s.case_id) FROM case_shares s
                 WHERE s.organisation_id = ANY(${orgIds}) AND s.case_visibility = 'SHARED'
                   AND NOT (s.owner_organisation_id = ANY(${orgIds})))
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION case_readable_count() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION case_readable_count() TO ${role}`);

    // Folds the deltas into one row per key. Called by the server now and then; concurrent callers skip.
    await q.query(`
      CREATE FUNCTION case_counts_compact() RETURNS integer
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE folded integer;
      BEGIN
        IF NOT pg_try_advisory_xact_lock(hashtext('case_counts_compact')) THEN RETURN 0; END IF;
        -- A few rows per key are as cheap to sum as one; folding them would only make dead tuples.
        IF (SELECT count(*) FROM case_counts) <= 64 THEN RETURN 0; END IF;
        WITH gone AS (DELETE FROM case_counts RETURNING owner_organisation_id, visibility, n),
             kept AS (INSERT INTO case_counts (owner_organisation_id, visibility, n)
                        SELECT owner_organisation_id, visibility, sum(n) FROM gone GROUP BY 1, 2 HAVING sum(n) <> 0)
        SELECT count(*) INTO folded FROM gone;
        RETURN folded;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION case_counts_compact() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION case_counts_compact() TO ${role}`);

    // Recounts from the cases themselves: after a bulk load that skipped triggers (the benchmark's
    // generator). Owner only.
    await q.query(`
      CREATE FUNCTION case_counts_rebuild() RETURNS void
      LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS $$
      BEGIN
        LOCK TABLE case_counts IN EXCLUSIVE MODE;
        DELETE FROM case_counts;
        INSERT INTO case_counts (owner_organisation_id, visibility, n)
          SELECT owner_organisation_id, visibility, count(*) FROM cases GROUP BY 1, 2;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION case_counts_rebuild() FROM PUBLIC`);
    await q.query(`SELECT case_counts_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION case_counts_rebuild()`);
    await q.query(`DROP FUNCTION case_counts_compact()`);
    await q.query(`DROP FUNCTION case_readable_count()`);
    await q.query(`DROP TRIGGER cases_share_visibility ON cases`);
    await q.query(`DROP FUNCTION cases_copy_visibility()`);
    await q.query(`DROP TRIGGER case_shares_visibility ON case_shares`);
    await q.query(`DROP FUNCTION case_shares_take_visibility()`);
    await q.query(`DROP INDEX ix_case_shares_count`);
    await q.query(`ALTER TABLE case_shares DROP COLUMN case_visibility`);
    for (const t of ['insert', 'delete', 'update', 'truncate']) await q.query(`DROP TRIGGER cases_counts_${t} ON cases`);
    await q.query(`DROP FUNCTION case_counts_truncated()`);
    await q.query(`DROP FUNCTION case_counts_note()`);
    await q.query(`DROP TABLE case_counts`);
  }
}
