import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

const TABLES = ['statements', 'statement_versions', 'statement_translations', 'statement_signatures', 'statement_cases'];

/**
 * Row-level security for joint statements (contract README, "Who may read and
 * do what"). Only `statements` decides readability; every other table asks
 * "can I see the statement?" through it, so the rule lives in one place.
 */
export class StatementsSecurity1795891000001 implements MigrationInterface {
  name = 'StatementsSecurity1795891000001';

  async up(q: QueryRunner): Promise<void> {
    const role = appRole();
    for (const table of TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    await q.query(`CREATE INDEX ix_statements_created ON statements (created_at DESC, id DESC)`);

    // statements: a DRAFT is the initiator's; once open every member reads it;
    // PUBLISHED is public (liaisons and anonymous readers of publishedStatement).
    await q.query(`GRANT SELECT, INSERT, UPDATE ON statements TO ${role}`);
    await q.query(`CREATE POLICY statements_read ON statements FOR SELECT USING (
      status = 'PUBLISHED'
      OR initiator_organisation_id = ANY(app_org_ids())
      OR (status <> 'DRAFT' AND cardinality(app_org_ids()) > 0))`);
    await q.query(`CREATE POLICY statements_create ON statements FOR INSERT WITH CHECK (
      initiator_organisation_id = ANY(app_writer_org_ids()) AND status = 'DRAFT' AND current_version_number = 1
      AND created_by_user_id = app_user_id())`);
    await q.query(`CREATE POLICY statements_update ON statements FOR UPDATE
      USING (initiator_organisation_id = ANY(app_writer_org_ids()))
      WITH CHECK (initiator_organisation_id = ANY(app_writer_org_ids()))`);

    // The state machine, again in the database: writers revise, only the
    // initiator's ADMIN moves the status, and publication needs the
    // initiator's own signature on the current text.
    await q.query(`
      CREATE FUNCTION statements_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.initiator_organisation_id <> OLD.initiator_organisation_id OR NEW.slug <> OLD.slug
           OR NEW.created_by_user_id <> OLD.created_by_user_id OR NEW.primary_language <> OLD.primary_language THEN
          RAISE EXCEPTION 'a statement keeps its initiator, slug and primary language' USING ERRCODE = '42501';
        END IF;
        IF NEW.addressees IS DISTINCT FROM OLD.addressees
           OR (NEW.signature_deadline IS DISTINCT FROM OLD.signature_deadline AND NOT (OLD.status = 'DRAFT' AND NEW.status = 'OPEN_FOR_SIGNATURE'))
           OR (NEW.published_at IS DISTINCT FROM OLD.published_at AND NEW.status <> 'PUBLISHED') THEN
          IF app_user_id() IS NOT NULL THEN
            RAISE EXCEPTION 'addressees, deadline and publication date change only with their transition' USING ERRCODE = '42501';
          END IF;
        END IF;
        IF NEW.current_version_number <> OLD.current_version_number THEN
          IF NEW.current_version_number <> OLD.current_version_number + 1 OR OLD.status NOT IN ('DRAFT', 'OPEN_FOR_SIGNATURE')
             OR NEW.status <> OLD.status THEN
            RAISE EXCEPTION 'only a draft or open statement is revised, one version at a time' USING ERRCODE = '42501';
          END IF;
        END IF;
        IF NEW.status <> OLD.status THEN
          IF app_user_id() IS NOT NULL AND NOT (OLD.initiator_organisation_id = ANY(app_admin_org_ids())) THEN
            RAISE EXCEPTION 'only the initiator''s ADMIN changes a statement''s status' USING ERRCODE = '42501';
          END IF;
          IF NOT ((OLD.status = 'DRAFT' AND NEW.status = 'OPEN_FOR_SIGNATURE')
               OR (OLD.status = 'OPEN_FOR_SIGNATURE' AND NEW.status = 'PUBLISHED')
               OR (OLD.status IN ('OPEN_FOR_SIGNATURE', 'PUBLISHED') AND NEW.status = 'WITHDRAWN')) THEN
            RAISE EXCEPTION 'no transition from % to %', OLD.status, NEW.status USING ERRCODE = '42501';
          END IF;
          IF NEW.status = 'PUBLISHED' AND NOT EXISTS (
               SELECT 1 FROM statement_signatures g JOIN statement_versions v
                   ON v.statement_id = g.statement_id AND v.number = NEW.current_version_number
                WHERE g.statement_id = NEW.id AND g.organisation_id = NEW.initiator_organisation_id
                  AND g.content_hash = v.content_hash) THEN
            RAISE EXCEPTION 'publication needs the initiator''s current signature' USING ERRCODE = '42501';
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER statements_guard BEFORE UPDATE ON statements FOR EACH ROW EXECUTE FUNCTION statements_guard()`);

    // Versions and translations follow the statement; new text only from the
    // initiator's writers while the statement is a draft or open. A
    // translation joins only a version written in the same transaction, so
    // nobody changes a version's text after its hash was taken.
    await q.query(`GRANT SELECT, INSERT ON statement_versions TO ${role}`);
    await q.query(`CREATE POLICY statement_versions_read ON statement_versions FOR SELECT USING (
      EXISTS (SELECT 1 FROM statements s WHERE s.id = statement_versions.statement_id))`);
    await q.query(`CREATE POLICY statement_versions_create ON statement_versions FOR INSERT WITH CHECK (
      created_by_user_id = app_user_id()
      AND EXISTS (SELECT 1 FROM statements s WHERE s.id = statement_versions.statement_id
                   AND s.initiator_organisation_id = ANY(app_writer_org_ids())
                   AND s.status IN ('DRAFT', 'OPEN_FOR_SIGNATURE')))`);

    await q.query(`GRANT SELECT, INSERT ON statement_translations TO ${role}`);
    await q.query(`CREATE POLICY statement_translations_read ON statement_translations FOR SELECT USING (
      EXISTS (SELECT 1 FROM statement_versions v WHERE v.id = statement_translations.version_id))`);
    await q.query(`CREATE POLICY statement_translations_create ON statement_translations FOR INSERT WITH CHECK (
      EXISTS (SELECT 1 FROM statement_versions v JOIN statements s ON s.id = v.statement_id
               WHERE v.id = statement_translations.version_id AND v.xmin = pg_current_xact_id()::xid
                 AND s.initiator_organisation_id = ANY(app_writer_org_ids())
                 AND s.status IN ('DRAFT', 'OPEN_FOR_SIGNATURE')))`);

    // Signatures: SIGNATORY or ADMIN of the signing organisation, on the
    // current text, while open and before the deadline.
    const signable = `EXISTS (SELECT 1 FROM statements s JOIN statement_versions v
                 ON v.statement_id = s.id AND v.number = s.current_version_number
              WHERE s.id = statement_signatures.statement_id AND s.status = 'OPEN_FOR_SIGNATURE'
                AND (s.signature_deadline IS NULL OR s.signature_deadline > now()))`;
    const bindsCurrentText = `EXISTS (SELECT 1 FROM statements s JOIN statement_versions v
                 ON v.statement_id = s.id AND v.number = s.current_version_number
              WHERE s.id = statement_signatures.statement_id AND v.content_hash = statement_signatures.content_hash
                AND v.number = statement_signatures.version_number)`;
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON statement_signatures TO ${role}`);
    await q.query(`CREATE POLICY statement_signatures_read ON statement_signatures FOR SELECT USING (
      EXISTS (SELECT 1 FROM statements s WHERE s.id = statement_signatures.statement_id))`);
    const signCheck = `(organisation_id = ANY(app_signer_org_ids()) AND signed_by_user_id = app_user_id() AND ${signable} AND ${bindsCurrentText})`;
    await q.query(`CREATE POLICY statement_signatures_create ON statement_signatures FOR INSERT WITH CHECK ${signCheck}`);
    await q.query(`CREATE POLICY statement_signatures_update ON statement_signatures FOR UPDATE
      USING (organisation_id = ANY(app_signer_org_ids())) WITH CHECK ${signCheck}`);
    await q.query(`CREATE POLICY statement_signatures_delete ON statement_signatures FOR DELETE USING (
      organisation_id = ANY(app_signer_org_ids()) AND ${signable})`);

    // Cited cases: set when the draft is created, only cases the initiator can read.
    await q.query(`GRANT SELECT, INSERT ON statement_cases TO ${role}`);
    await q.query(`CREATE POLICY statement_cases_read ON statement_cases FOR SELECT USING (
      EXISTS (SELECT 1 FROM statements s WHERE s.id = statement_cases.statement_id))`);
    await q.query(`CREATE POLICY statement_cases_create ON statement_cases FOR INSERT WITH CHECK (
      EXISTS (SELECT 1 FROM statements s WHERE s.id = statement_cases.statement_id
               AND s.initiator_organisation_id = ANY(app_writer_org_ids()) AND s.status = 'DRAFT')
      AND EXISTS (SELECT 1 FROM cases c WHERE c.id = statement_cases.case_id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    const role = appRole();
    for (const table of [...TABLES].reverse()) {
      for (const suffix of ['read', 'create', 'update', 'delete']) await q.query(`DROP POLICY IF EXISTS ${table}_${suffix} ON ${table}`);
      await q.query(`REVOKE ALL ON ${table} FROM ${role}`);
      await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await q.query(`DROP TRIGGER statements_guard ON statements`);
    await q.query(`DROP FUNCTION statements_guard()`);
    await q.query(`DROP INDEX ix_statements_created`);
  }
}
