import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

// Redaction needs the details (name, birth year, contact) of every person in the cases the author may read,
// even where a share withholds personal data from the author: sealed values only, for readable cases only; the
// server decrypts them for the released text alone, never for a view of someone who may not read them.
const redactionSubjects = `
      CREATE OR REPLACE FUNCTION briefing_redaction_subjects(p_case_ids uuid[])
      RETURNS TABLE (case_id uuid, person_id uuid, owner_organisation_id uuid, full_name text, birth_year text, contact text, wrapped_key text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT p.case_id, p.id, pp.owner_organisation_id, pp.full_name, pp.birth_year, pp.contact, k.wrapped_key
          FROM case_persons p
          JOIN case_person_private pp ON pp.person_id = p.id
          JOIN organisation_keys k ON k.organisation_id = pp.owner_organisation_id
          JOIN cases c ON c.id = p.case_id
         WHERE p.case_id = ANY(p_case_ids)
           AND (c.owner_organisation_id = ANY(app_org_ids())
             OR (c.visibility = 'COALITION' AND cardinality(app_org_ids()) > 0)
             OR (c.visibility IN ('SHARED', 'COALITION') AND EXISTS (
                   SELECT 1 FROM case_shares s WHERE s.case_id = c.id AND s.organisation_id = ANY(app_org_ids()))))
      $$`;

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
    await q.query(`CREATE POLICY briefing_case_sources_read ON briefing_case_sources FOR SELECT USING (
      EXISTS (SELECT 1 FROM briefings b WHERE b.id = briefing_case_sources.briefing_id)
      AND EXISTS (SELECT 1 FROM cases c WHERE c.id = briefing_case_sources.case_id))`);
    const authorWriter = `EXISTS (SELECT 1 FROM briefings b WHERE b.id = briefing_case_sources.briefing_id AND b.author_organisation_id = ANY(app_writer_org_ids()))`;
    await q.query(`CREATE POLICY briefing_case_sources_create ON briefing_case_sources FOR INSERT WITH CHECK (${authorWriter})`);
    await q.query(`CREATE POLICY briefing_case_sources_delete ON briefing_case_sources FOR DELETE USING (${authorWriter})`);

    await q.query(redactionSubjects);
    await q.query(`REVOKE ALL ON FUNCTION briefing_redaction_subjects(uuid[]) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION briefing_redaction_subjects(uuid[]) TO ${role}`);
    // Replaced by briefing_redaction_subjects, which also gives birth years and contacts.
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
    await q.query(`DROP FUNCTION briefing_redaction_subjects(uuid[])`);
    for (const p of ['read', 'create', 'delete']) await q.query(`DROP POLICY briefing_case_sources_${p} ON briefing_case_sources`);
    await q.query(`REVOKE ALL ON briefing_case_sources FROM ${appRole()}`);
  }
}
