import type { MigrationInterface, QueryRunner } from 'typeorm';

// `app_org_ids()` parses a setting into uuid[] and is STABLE, so PostgreSQL may
// call it once per ROW a policy looks at: over the ~10,000 cases a member can
// read in the benchmark's 20,000 that was most of the nested page's time.
// Written as a scalar subquery, `(SELECT app_org_ids())`, it becomes an
// InitPlan: evaluated once per statement, the same value, the same rules.
const ids = (fn: string) => `(SELECT ${fn}())::uuid[]`;

const casesRead = (orgIds: string) => `(
      owner_organisation_id = ANY(${orgIds})
      OR (visibility = 'COALITION' AND cardinality(${orgIds}) > 0)
      OR (visibility IN ('SHARED', 'COALITION') AND EXISTS (
            SELECT 1 FROM case_shares s WHERE s.case_id = cases.id AND s.organisation_id = ANY(${orgIds}))))`;
const casesWritable = (writerIds: string) => `(owner_organisation_id = ANY(${writerIds})
      OR (visibility IN ('SHARED', 'COALITION') AND EXISTS (
            SELECT 1 FROM case_shares s WHERE s.case_id = cases.id AND s.access = 'WRITE' AND s.organisation_id = ANY(${writerIds}))))`;
const privateRead = (orgIds: string) => `(
      owner_organisation_id = ANY(${orgIds})
      OR EXISTS (SELECT 1 FROM case_persons p JOIN case_shares s ON s.case_id = p.case_id
                  WHERE p.id = case_person_private.person_id AND p.consent_to_share
                    AND s.personal_data AND s.organisation_id = ANY(${orgIds})))`;

/**
 * The hot policies of cases with their settings read once per statement (see above); same predicates
 * as CasesSecurity. Not case_shares_read: a subquery there makes PostgreSQL's rewriter re-enter
 * case_shares through case_shares_create -> cases -> case_shares and refuse with "infinite recursion";
 * it is only evaluated on the few shares rows an index finds anyway.
 */
export class PolicyInitplans1795895000000 implements MigrationInterface {
  name = 'PolicyInitplans1795895000000';

  async up(q: QueryRunner): Promise<void> {
    await this.apply(q, ids('app_org_ids'), ids('app_writer_org_ids'));
  }

  async down(q: QueryRunner): Promise<void> {
    await this.apply(q, 'app_org_ids()', 'app_writer_org_ids()');
  }

  private async apply(q: QueryRunner, orgIds: string, writerIds: string): Promise<void> {
    await q.query(`ALTER POLICY cases_read ON cases USING ${casesRead(orgIds)}`);
    await q.query(`ALTER POLICY cases_update ON cases USING ${casesWritable(writerIds)} WITH CHECK ${casesWritable(writerIds)}`);
    await q.query(`ALTER POLICY case_person_private_read ON case_person_private USING ${privateRead(orgIds)}`);
  }
}
