import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

const TABLES = ['briefings', 'briefing_cases', 'briefing_approvals', 'briefing_files'];

/**
 * Row-level security for briefings (contract README): the author's members;
 * the owners of its cases while approval is pending; liaisons once released.
 * `briefings.owner_organisation_ids` lets the read policy avoid the approvals
 * table, whose policies read `briefings`: no policy recursion. Files, cases
 * and approvals follow their briefing.
 */
export class BriefingsSecurity1795892000001 implements MigrationInterface {
  name = 'BriefingsSecurity1795892000001';

  async up(q: QueryRunner): Promise<void> {
    const role = appRole();
    for (const table of TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }

    await q.query(`GRANT SELECT, INSERT, UPDATE ON briefings TO ${role}`);
    await q.query(`CREATE POLICY briefings_read ON briefings FOR SELECT USING (
      author_organisation_id = ANY(app_org_ids())
      OR (status = 'AWAITING_APPROVAL' AND owner_organisation_ids && app_org_ids())
      OR (status = 'RELEASED' AND app_is_liaison()))`);
    await q.query(`CREATE POLICY briefings_create ON briefings FOR INSERT WITH CHECK (
      author_organisation_id = ANY(app_writer_org_ids()) AND status = 'DRAFT' AND created_by_user_id = app_user_id())`);
    // Author writers submit; author admins release and revoke; an owner's admin may only send it back to DRAFT (refusal).
    await q.query(`CREATE POLICY briefings_update_author ON briefings FOR UPDATE
      USING (author_organisation_id = ANY(app_writer_org_ids()))
      WITH CHECK (author_organisation_id = ANY(app_writer_org_ids())
        AND (status IN ('DRAFT', 'AWAITING_APPROVAL') OR author_organisation_id = ANY(app_admin_org_ids())))`);
    // An owner's refusal sends the briefing back to DRAFT, which that owner may then no longer read; PostgreSQL
    // checks an updated row against the read policies, so the refusal is this narrow definer function instead.
    await q.query(`
      CREATE FUNCTION briefing_refuse(p_briefing_id uuid, p_organisation_id uuid) RETURNS boolean
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF NOT (p_organisation_id = ANY(app_admin_org_ids())) THEN
          RAISE EXCEPTION 'only the organisation''s ADMIN refuses' USING ERRCODE = '42501';
        END IF;
        UPDATE briefing_approvals SET approved = false, decided_at = now(), decided_by_user_id = app_user_id()
         WHERE briefing_id = p_briefing_id AND organisation_id = p_organisation_id AND approved IS NULL
           AND EXISTS (SELECT 1 FROM briefings b WHERE b.id = p_briefing_id AND b.status = 'AWAITING_APPROVAL');
        IF NOT FOUND THEN RETURN false; END IF;
        UPDATE briefings SET status = 'DRAFT', refused_by_organisation_id = p_organisation_id
         WHERE id = p_briefing_id AND status = 'AWAITING_APPROVAL';
        RETURN FOUND;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION briefing_refuse(uuid, uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION briefing_refuse(uuid, uuid) TO ${role}`);

    const briefingVisible = (table: string) => `EXISTS (SELECT 1 FROM briefings b WHERE b.id = ${table}.briefing_id)`;
    const authorWriter = (table: string) =>
      `EXISTS (SELECT 1 FROM briefings b WHERE b.id = ${table}.briefing_id AND b.author_organisation_id = ANY(app_writer_org_ids()))`;

    await q.query(`GRANT SELECT, INSERT, DELETE ON briefing_cases TO ${role}`);
    await q.query(`CREATE POLICY briefing_cases_read ON briefing_cases FOR SELECT USING (${briefingVisible('briefing_cases')})`);
    await q.query(`CREATE POLICY briefing_cases_create ON briefing_cases FOR INSERT WITH CHECK (${authorWriter('briefing_cases')})`);
    await q.query(`CREATE POLICY briefing_cases_delete ON briefing_cases FOR DELETE USING (${authorWriter('briefing_cases')})`);

    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON briefing_approvals TO ${role}`);
    await q.query(`CREATE POLICY briefing_approvals_read ON briefing_approvals FOR SELECT USING (${briefingVisible('briefing_approvals')})`);
    await q.query(`CREATE POLICY briefing_approvals_create ON briefing_approvals FOR INSERT WITH CHECK (${authorWriter('briefing_approvals')})`);
    await q.query(`CREATE POLICY briefing_approvals_delete ON briefing_approvals FOR DELETE USING (${authorWriter('briefing_approvals')})`);
    await q.query(`CREATE POLICY briefing_approvals_decide ON briefing_approvals FOR UPDATE
      USING (organisation_id = ANY(app_admin_org_ids())) WITH CHECK (organisation_id = ANY(app_admin_org_ids()) AND decided_by_user_id = app_user_id())`);

    // Files are written once, on release, by the author's admin; never changed.
    await q.query(`GRANT SELECT, INSERT ON briefing_files TO ${role}`);
    await q.query(`CREATE POLICY briefing_files_read ON briefing_files FOR SELECT USING (${briefingVisible('briefing_files')})`);
    await q.query(`CREATE POLICY briefing_files_create ON briefing_files FOR INSERT WITH CHECK (
      EXISTS (SELECT 1 FROM briefings b WHERE b.id = briefing_files.briefing_id AND b.author_organisation_id = ANY(app_admin_org_ids())))`);

    // Redaction needs the names of persons in cases the author may read even when a share withholds
    // personal data from the author: sealed values only, for readable cases only; the server decrypts,
    // uses them as patterns and never outputs them.
    await q.query(`
      CREATE FUNCTION briefing_redaction_names(p_case_ids uuid[])
      RETURNS TABLE (case_id uuid, person_id uuid, owner_organisation_id uuid, full_name text, wrapped_key text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT p.case_id, p.id, pp.owner_organisation_id, pp.full_name, k.wrapped_key
          FROM case_persons p
          JOIN case_person_private pp ON pp.person_id = p.id
          JOIN organisation_keys k ON k.organisation_id = pp.owner_organisation_id
          JOIN cases c ON c.id = p.case_id
         WHERE p.case_id = ANY(p_case_ids)
           AND (c.owner_organisation_id = ANY(app_org_ids())
             OR (c.visibility = 'COALITION' AND cardinality(app_org_ids()) > 0)
             OR (c.visibility IN ('SHARED', 'COALITION') AND EXISTS (
                   SELECT 1 FROM case_shares s WHERE s.case_id = c.id AND s.organisation_id = ANY(app_org_ids()))))
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION briefing_redaction_names(uuid[]) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION briefing_redaction_names(uuid[]) TO ${role}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION briefing_refuse(uuid, uuid)`);
    await q.query(`DROP FUNCTION briefing_redaction_names(uuid[])`);
    for (const table of TABLES) {
      const policies = (await q.query(`SELECT policyname FROM pg_policies WHERE tablename = $1`, [table])) as { policyname: string }[];
      for (const p of policies) await q.query(`DROP POLICY ${p.policyname} ON ${table}`);
      await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
      await q.query(`REVOKE ALL ON ${table} FROM ${appRole()}`);
    }
  }
}
