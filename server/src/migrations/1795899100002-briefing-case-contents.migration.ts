import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

/**
 * Before release, a briefing's fully redacted snapshot tells its reader what
 * was replaced, so only the owners of the case read it (contract, "Changed
 * rules: Redaction"). The application role keeps reading which cases a
 * briefing holds and whose they are, but the `content` column only through
 * briefing_case_contents.
 */
export class BriefingCaseContents1795899100002 implements MigrationInterface {
  name = 'BriefingCaseContents1795899100002';

  async up(q: QueryRunner): Promise<void> {
    const role = appRole();
    await q.query(`REVOKE SELECT ON briefing_cases FROM ${role}`);
    await q.query(`GRANT SELECT (briefing_id, case_id, owner_organisation_id, position) ON briefing_cases TO ${role}`);
    // The function: server/src/db/sql/functions/briefing_case_contents.sql.
  }

  async down(q: QueryRunner): Promise<void> {
    const role = appRole();
    await q.query(`DROP FUNCTION IF EXISTS briefing_case_contents(uuid)`);
    await q.query(`REVOKE SELECT (briefing_id, case_id, owner_organisation_id, position) ON briefing_cases FROM ${role}`);
    await q.query(`GRANT SELECT ON briefing_cases TO ${role}`);
  }
}
