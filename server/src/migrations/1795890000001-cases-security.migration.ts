import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

const TABLES = ['cases', 'case_persons', 'case_person_private', 'case_events', 'case_shares', 'organisation_keys', 'case_reference_counters'];

/**
 * Row-level security for cases (contract README, "Who may read and do what").
 * `case_shares` repeats the case's owner so its policies never read `cases`,
 * whose read policy reads `case_shares`: no policy recursion.
 */
export class CasesSecurity1795890000001 implements MigrationInterface {
  name = 'CasesSecurity1795890000001';

  async up(q: QueryRunner): Promise<void> {
    const role = appRole();
    for (const table of TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }

    // Full-text search: 'simple' configuration so Russian, Tajik and Georgian
    // words are matched as written. Event text is folded in whenever the case
    // row is touched (the service touches it on every event added).
    await q.query(`
      CREATE FUNCTION cases_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search :=
          setweight(to_tsvector('simple', coalesce(NEW.reference, '') || ' ' || coalesce(NEW.title, '')), 'A')
          || to_tsvector('simple', coalesce(NEW.summary, '') || ' ' || CASE WHEN TG_OP = 'UPDATE' THEN coalesce(
               (SELECT string_agg(e.title || ' ' || e.description, ' ') FROM case_events e WHERE e.case_id = NEW.id), '') ELSE '' END);
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER cases_search BEFORE INSERT OR UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION cases_search_vector()`);
    await q.query(`CREATE INDEX ix_cases_search ON cases USING GIN (search)`);
    await q.query(`CREATE INDEX ix_cases_countries ON cases USING GIN (countries)`);
    await q.query(`CREATE INDEX ix_cases_created ON cases (created_at DESC, id DESC)`);

    // The owner never changes; only the owner's writers change visibility
    // (a WRITE share may edit the content, not who reads it).
    await q.query(`
      CREATE FUNCTION cases_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.owner_organisation_id <> OLD.owner_organisation_id THEN
          RAISE EXCEPTION 'a case keeps its owner organisation' USING ERRCODE = '42501';
        END IF;
        IF app_user_id() IS NOT NULL AND NEW.visibility <> OLD.visibility
           AND NOT (OLD.owner_organisation_id = ANY(app_writer_org_ids())) THEN
          RAISE EXCEPTION 'only the owner organisation changes a case''s visibility' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER cases_guard BEFORE UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION cases_guard()`);

    // cases
    await q.query(`GRANT SELECT, INSERT, UPDATE ON cases TO ${role}`);
    await q.query(`CREATE POLICY cases_read ON cases FOR SELECT USING (
      owner_organisation_id = ANY(app_org_ids())
      OR (visibility = 'COALITION' AND cardinality(app_org_ids()) > 0)
      OR (visibility IN ('SHARED', 'COALITION') AND EXISTS (
            SELECT 1 FROM case_shares s WHERE s.case_id = cases.id AND s.organisation_id = ANY(app_org_ids()))))`);
    await q.query(`CREATE POLICY cases_create ON cases FOR INSERT WITH CHECK (owner_organisation_id = ANY(app_writer_org_ids()))`);
    const writable = `(owner_organisation_id = ANY(app_writer_org_ids())
      OR (visibility IN ('SHARED', 'COALITION') AND EXISTS (
            SELECT 1 FROM case_shares s WHERE s.case_id = cases.id AND s.access = 'WRITE' AND s.organisation_id = ANY(app_writer_org_ids()))))`;
    await q.query(`CREATE POLICY cases_update ON cases FOR UPDATE USING ${writable} WITH CHECK ${writable}`);

    // May the actor write this case's persons and events? Runs as the caller, under the policies above.
    await q.query(`
      CREATE FUNCTION app_can_write_case(p_case_id uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT EXISTS (SELECT 1 FROM cases c WHERE c.id = p_case_id AND (
          c.owner_organisation_id = ANY(app_writer_org_ids())
          OR (c.visibility IN ('SHARED', 'COALITION') AND EXISTS (
                SELECT 1 FROM case_shares s WHERE s.case_id = c.id AND s.access = 'WRITE' AND s.organisation_id = ANY(app_writer_org_ids())))))
      $$`);

    // case_shares: the owner's members and the shared-with organisation's members read; owner writers change.
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON case_shares TO ${role}`);
    await q.query(`CREATE POLICY case_shares_read ON case_shares FOR SELECT USING (
      owner_organisation_id = ANY(app_org_ids()) OR organisation_id = ANY(app_org_ids()))`);
    const shareWriter = `(owner_organisation_id = ANY(app_writer_org_ids()) AND organisation_id <> owner_organisation_id
      AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_shares.case_id AND c.owner_organisation_id = case_shares.owner_organisation_id))`;
    await q.query(`CREATE POLICY case_shares_create ON case_shares FOR INSERT WITH CHECK ${shareWriter}`);
    await q.query(`CREATE POLICY case_shares_update ON case_shares FOR UPDATE USING ${shareWriter} WITH CHECK ${shareWriter}`);
    await q.query(`CREATE POLICY case_shares_delete ON case_shares FOR DELETE USING (owner_organisation_id = ANY(app_writer_org_ids()))`);

    // case_persons and case_events follow their case.
    await q.query(`GRANT SELECT, INSERT, DELETE ON case_persons TO ${role}`);
    await q.query(`CREATE POLICY case_persons_read ON case_persons FOR SELECT USING (
      EXISTS (SELECT 1 FROM cases c WHERE c.id = case_persons.case_id))`);
    await q.query(`CREATE POLICY case_persons_create ON case_persons FOR INSERT WITH CHECK (app_can_write_case(case_id))`);
    await q.query(`CREATE POLICY case_persons_delete ON case_persons FOR DELETE USING (app_can_write_case(case_id))`);

    await q.query(`GRANT SELECT, INSERT ON case_events TO ${role}`);
    await q.query(`CREATE POLICY case_events_read ON case_events FOR SELECT USING (
      EXISTS (SELECT 1 FROM cases c WHERE c.id = case_events.case_id))`);
    await q.query(`CREATE POLICY case_events_create ON case_events FOR INSERT WITH CHECK (
      recorded_by_organisation_id = ANY(app_writer_org_ids()) AND app_can_write_case(case_id))`);

    // Personal data: the owner's members, or a shared-with organisation whose
    // share carries personalData, for a person who consented.
    await q.query(`GRANT SELECT, INSERT, DELETE ON case_person_private TO ${role}`);
    await q.query(`CREATE POLICY case_person_private_read ON case_person_private FOR SELECT USING (
      owner_organisation_id = ANY(app_org_ids())
      OR EXISTS (SELECT 1 FROM case_persons p JOIN case_shares s ON s.case_id = p.case_id
                  WHERE p.id = case_person_private.person_id AND p.consent_to_share
                    AND s.personal_data AND s.organisation_id = ANY(app_org_ids())))`);
    await q.query(`CREATE POLICY case_person_private_create ON case_person_private FOR INSERT WITH CHECK (
      EXISTS (SELECT 1 FROM case_persons p JOIN cases c ON c.id = p.case_id
               WHERE p.id = case_person_private.person_id AND c.owner_organisation_id = case_person_private.owner_organisation_id
                 AND app_can_write_case(c.id)))`);
    await q.query(`CREATE POLICY case_person_private_delete ON case_person_private FOR DELETE USING (
      EXISTS (SELECT 1 FROM case_persons p WHERE p.id = case_person_private.person_id AND app_can_write_case(p.case_id)))`);

    // Wrapped data keys are useless without the master key, which only the
    // server holds; any signed-in user's request may need the key of a case
    // owner it reads from, and any writer may create its key lazily.
    await q.query(`GRANT SELECT, INSERT ON organisation_keys TO ${role}`);
    await q.query(`CREATE POLICY organisation_keys_read ON organisation_keys FOR SELECT USING (app_user_id() IS NOT NULL)`);
    await q.query(`CREATE POLICY organisation_keys_create ON organisation_keys FOR INSERT WITH CHECK (cardinality(app_writer_org_ids()) > 0)`);

    await q.query(`GRANT SELECT, INSERT, UPDATE ON case_reference_counters TO ${role}`);
    await q.query(`CREATE POLICY case_reference_counters_own ON case_reference_counters FOR ALL
      USING (organisation_id = ANY(app_writer_org_ids())) WITH CHECK (organisation_id = ANY(app_writer_org_ids()))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      const policies = (await q.query(`SELECT policyname FROM pg_policies WHERE tablename = $1`, [table])) as { policyname: string }[];
      for (const p of policies) await q.query(`DROP POLICY ${p.policyname} ON ${table}`);
      await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
      await q.query(`REVOKE ALL ON ${table} FROM ${appRole()}`);
    }
    await q.query(`DROP FUNCTION app_can_write_case(uuid)`);
    await q.query(`DROP TRIGGER cases_guard ON cases`);
    await q.query(`DROP FUNCTION cases_guard()`);
    await q.query(`DROP INDEX ix_cases_created`);
    await q.query(`DROP INDEX ix_cases_countries`);
    await q.query(`DROP INDEX ix_cases_search`);
    await q.query(`DROP TRIGGER cases_search ON cases`);
    await q.query(`DROP FUNCTION cases_search_vector()`);
  }
}
