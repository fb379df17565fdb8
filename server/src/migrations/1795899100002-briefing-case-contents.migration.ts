import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

// The same rule as BriefingService.cases, in the database: a snapshot's text as it will be released is read by
// the owners of that case, by everyone who reads the briefing once it is released (or revoked: its author), and
// by the author's ADMIN releasing it once every owner approved. Visibility of the briefing itself is restated,
// since a definer function does not see the caller's row-level security.
const contents = `
      CREATE OR REPLACE FUNCTION briefing_case_contents(p_briefing_id uuid)
      RETURNS TABLE (case_id uuid, content jsonb)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT bc.case_id, bc.content
          FROM briefing_cases bc
          JOIN briefings b ON b.id = bc.briefing_id
         WHERE bc.briefing_id = p_briefing_id
           AND (b.author_organisation_id = ANY(app_org_ids())
             OR (b.status = 'AWAITING_APPROVAL' AND b.owner_organisation_ids && app_org_ids())
             OR (b.status = 'RELEASED' AND app_is_liaison()))
           AND (bc.owner_organisation_id = ANY(app_org_ids())
             OR b.status IN ('RELEASED', 'REVOKED')
             OR (b.status = 'AWAITING_APPROVAL' AND b.author_organisation_id = ANY(app_admin_org_ids())
                 AND NOT EXISTS (SELECT 1 FROM briefing_approvals a WHERE a.briefing_id = b.id AND a.approved IS NOT TRUE)))
         ORDER BY bc.position
      $$`;

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
    await q.query(contents);
    await q.query(`REVOKE ALL ON FUNCTION briefing_case_contents(uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION briefing_case_contents(uuid) TO ${role}`);
  }

  async down(q: QueryRunner): Promise<void> {
    const role = appRole();
    await q.query(`DROP FUNCTION briefing_case_contents(uuid)`);
    await q.query(`REVOKE SELECT (briefing_id, case_id, owner_organisation_id, position) ON briefing_cases FROM ${role}`);
    await q.query(`GRANT SELECT ON briefing_cases TO ${role}`);
  }
}
