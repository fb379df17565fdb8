import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

/**
 * A case's count keys as functions/case_count_keys.sql had them when this migration was written (a
 * migration may not define a function that has a file: the file is applied after the migrations).
 */
const keysOf = (c: string) => `(ARRAY['*', 'status:' || ${c}.status]
  || ARRAY(SELECT DISTINCT 'category:' || x FROM unnest(${c}.categories) x ORDER BY 1)
  || ARRAY(SELECT DISTINCT 'country:' || x FROM unnest(${c}.countries) x ORDER BY 1)
  || CASE WHEN ${c}.incident_date IS NULL THEN '{}'::text[] ELSE ARRAY['year:' || extract(year FROM ${c}.incident_date)::int] END)`;

/**
 * Filtered `totalCount`s without visiting every match (docs/SCALING.md): case_counts gains a key, so that
 * besides every case ('*') it counts cases by status, category, country and incident year
 * (case_count_keys), and each share carries its case's keys beside its visibility, so the SHARED part of
 * a count stays one index range of the actor's shares. case_readable_count() becomes
 * case_readable_count_of(keys), its rule unchanged. Today's definitions: server/src/db/sql/functions
 * (case_count_keys, case_counts_*, case_readable_count_of, case_shares_take_visibility, cases_copy_visibility).
 */
export class CaseFilterCounts1795901900000 implements MigrationInterface {
  name = 'CaseFilterCounts1795901900000';

  async up(q: QueryRunner): Promise<void> {
    // The rows so far count every case; the other keys are counted from the cases. No default after: a
    // writer that names no key is a stale definition, and fails rather than counting wrong.
    await q.query(`ALTER TABLE case_counts ADD COLUMN key text NOT NULL DEFAULT '*'`);
    await q.query(`ALTER TABLE case_counts ALTER COLUMN key DROP DEFAULT`);
    await q.query(`DROP INDEX ix_case_counts_key`);
    await q.query(`CREATE INDEX ix_case_counts_key ON case_counts (key, owner_organisation_id, visibility) INCLUDE (n)`);
    await q.query(`
      INSERT INTO case_counts (owner_organisation_id, visibility, key, n)
        SELECT c.owner_organisation_id, c.visibility, k.key, count(*)
          FROM cases c CROSS JOIN LATERAL unnest(${keysOf('c')}) k(key)
         WHERE k.key <> '*'
         GROUP BY 1, 2, 3`);

    // Only triggers write it (functions/case_shares_take_visibility.sql); '{}' until then for a bulk load
    // that skips them, which case_counts_rebuild() mends.
    await q.query(`ALTER TABLE case_shares ADD COLUMN case_keys text[] NOT NULL DEFAULT '{}'`);
    await q.query(`UPDATE case_shares s SET case_keys = ${keysOf('c')} FROM cases c WHERE c.id = s.case_id`);
    // Index-only: the SHARED part of a count reads the keys from the index of the actor's shares.
    await q.query(`DROP INDEX ix_case_shares_count`);
    await q.query(`CREATE INDEX ix_case_shares_count ON case_shares (organisation_id, case_visibility, owner_organisation_id, case_id) INCLUDE (case_keys)`);
    await q.query(`DROP FUNCTION case_readable_count()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION case_readable_count() RETURNS bigint
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT coalesce((SELECT sum(k.n) FROM case_counts k
                          WHERE EXISTS (SELECT FROM app_may_read_case(NULL, k.owner_organisation_id, k.visibility))), 0)::bigint
             + (SELECT count(DISTINCT s.case_id) FROM case_shares s
                 WHERE s.organisation_id = ANY((SELECT app_org_ids())::uuid[]) AND s.case_visibility = 'SHARED'
                   AND NOT EXISTS (SELECT FROM app_may_read_case(NULL, s.owner_organisation_id, s.case_visibility)))
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION case_readable_count() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION case_readable_count() TO ${appRole()}`);
    await q.query(`DROP INDEX ix_case_shares_count`);
    await q.query(`CREATE INDEX ix_case_shares_count ON case_shares (organisation_id, case_visibility, owner_organisation_id, case_id)`);
    await q.query(`ALTER TABLE case_shares DROP COLUMN case_keys`);
    await q.query(`DELETE FROM case_counts WHERE key <> '*'`);
    await q.query(`DROP INDEX ix_case_counts_key`);
    await q.query(`ALTER TABLE case_counts DROP COLUMN key`);
    await q.query(`CREATE INDEX ix_case_counts_key ON case_counts (owner_organisation_id, visibility) INCLUDE (n)`);
  }
}
