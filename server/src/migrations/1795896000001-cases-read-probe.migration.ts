import type { MigrationInterface, QueryRunner } from 'typeorm';

const orgIds = `(SELECT app_org_ids())::uuid[]`;
const casesRead = (probe: string) => `(
      owner_organisation_id = ANY(${orgIds})
      OR (visibility = 'COALITION' AND cardinality(${orgIds}) > 0)
      OR (visibility IN ('SHARED', 'COALITION') AND EXISTS (
            SELECT 1 FROM case_shares s WHERE s.case_id = cases.id AND s.organisation_id = ANY(${orgIds})${probe})))`;

const searchIds = (probe: string) => `
      CREATE OR REPLACE FUNCTION case_search_ids(p_query text) RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT c.id FROM cases c
         WHERE c.search @@ websearch_to_tsquery('simple', p_query)
           AND (c.owner_organisation_id = ANY(${orgIds})
                OR (c.visibility = 'COALITION' AND cardinality(${orgIds}) > 0)
                OR (c.visibility IN ('SHARED', 'COALITION') AND EXISTS (
                      SELECT 1 FROM case_shares s WHERE s.case_id = c.id AND s.organisation_id = ANY(${orgIds})${probe})))
      $$`;

/**
 * `cases_read` (and the same rule in `case_search_ids`) checks a share by an index probe per case, never by hashing every share first.
 *
 * PostgreSQL may run a correlated EXISTS as a "hashed SubPlan": it reads every row the subquery could
 * return (every share to the actor's organisations, each under case_shares' own policy) into a hash
 * table, once per statement. The planner chooses it from the whole table's row estimate even when a
 * LIMIT stops the scan after a dozen rows, so the first page of cases cost time in proportion to the
 * shares: ~53 ms of a ~65 ms page over 1,000,000 cases (25,000 shares to the member's organisation).
 * `OFFSET 0` keeps the subquery from being turned into a hashable IN, so each case that needs the
 * check costs one probe of the shares' primary key: a page of 10 took ~12 ms. Counting a filtered set
 * costs about the same either way (measured: ~0.4 s over 200,000 matching cases of 1,000,000), and the
 * unfiltered count reads case_counts. Same rule, same rows: only the plan changes.
 */
export class CasesReadProbe1795896000001 implements MigrationInterface {
  name = 'CasesReadProbe1795896000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER POLICY cases_read ON cases USING ${casesRead(' OFFSET 0')}`);
    await q.query(searchIds(' OFFSET 0'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER POLICY cases_read ON cases USING ${casesRead('')}`);
    await q.query(searchIds(''));
  }
}
