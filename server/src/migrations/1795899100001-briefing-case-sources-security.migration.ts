import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

/**
 * A briefing case's unredacted source (briefing_case_sources) is case text: only
 * readers of the briefing who may also read the case itself read it (the cases
 * policy applies inside the EXISTS). The author's writers store and replace it,
 * as they do the snapshots; the release deletes it.
 */
export class BriefingCaseSourcesSecurity1795899100001 implements MigrationInterface {
  name = 'BriefingCaseSourcesSecurity1795899100001';

  async up(q: QueryRunner): Promise<void> {
    const role = appRole();
    await q.query(`ALTER TABLE briefing_case_sources ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE briefing_case_sources FORCE ROW LEVEL SECURITY`);
    await q.query(`GRANT SELECT, INSERT, DELETE ON briefing_case_sources TO ${role}`);
    // Its policies: server/src/db/sql/policies/briefing_case_sources.sql. briefing_redaction_names is
    // replaced by briefing_redaction_subjects (functions/briefing_redaction_subjects.sql), which also gives
    // birth years and contacts.
    await q.query(`DROP FUNCTION briefing_redaction_names(uuid[])`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION briefing_redaction_names(p_case_ids uuid[])
      RETURNS TABLE (case_id uuid, person_id uuid, owner_organisation_id uuid, full_name text, wrapped_key text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT case_id, person_id, owner_organisation_id, full_name, wrapped_key FROM briefing_redaction_subjects(p_case_ids)
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION briefing_redaction_names(uuid[]) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION briefing_redaction_names(uuid[]) TO ${appRole()}`);
    await q.query(`DROP FUNCTION IF EXISTS briefing_redaction_subjects(uuid[])`);
    for (const p of ['read', 'create', 'delete']) await q.query(`DROP POLICY IF EXISTS briefing_case_sources_${p} ON briefing_case_sources`);
    await q.query(`REVOKE ALL ON briefing_case_sources FROM ${appRole()}`);
  }
}
