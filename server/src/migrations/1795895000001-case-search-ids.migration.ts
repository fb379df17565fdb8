import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

/**
 * Full-text search through the GIN index under row-level security.
 *
 * `search @@ query` is not LEAKPROOF, so PostgreSQL evaluates it only after a
 * table's policies and cannot use ix_cases_search for it: every search read
 * every case (~450 ms over 100,000 cases). This function finds the matching
 * ids with the index and keeps only those the actor may read: the visibility
 * rule of `cases_read`, with the same settings. `cases` then reads them by
 * primary key, under its policies again, so a mistake here could hide a case
 * but never show one. SECURITY DEFINER because the index scan must not wait
 * for the policy; it returns ids the caller can read anyway, nothing more.
 */
export class CaseSearchIds1795895000001 implements MigrationInterface {
  name = 'CaseSearchIds1795895000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION case_search_ids(p_query text) RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT c.id FROM cases c
         WHERE c.search @@ websearch_to_tsquery('simple', p_query)
           AND (c.owner_organisation_id = ANY((SELECT app_org_ids())::uuid[])
                OR (c.visibility = 'COALITION' AND cardinality((SELECT app_org_ids())::uuid[]) > 0)
                OR (c.visibility IN ('SHARED', 'COALITION') AND EXISTS (
                      SELECT 1 FROM case_shares s WHERE s.case_id = c.id AND s.organisation_id = ANY((SELECT app_org_ids())::uuid[]))))
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION case_search_ids(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION case_search_ids(text) TO ${appRole()}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION case_search_ids(text)`);
  }
}
