import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

const TABLES = ['consents', 'referrals', 'case_links'];

/**
 * Row-level security of the consent registry, referrals and case links. Their
 * policies, the rule of consent (consent_covers) and the referral state
 * machine are files in db/sql. Consents and referrals are never deleted by
 * the application: a consent is withdrawn, a referral withdrawn or declined.
 */
export class ConsentRegistrySecurity1795900400001 implements MigrationInterface {
  name = 'ConsentRegistrySecurity1795900400001';

  async up(q: QueryRunner): Promise<void> {
    const role = appRole();
    for (const table of TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    await q.query(`GRANT SELECT, INSERT, UPDATE ON consents TO ${role}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON referrals TO ${role}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON case_links TO ${role}`);
  }

  async down(q: QueryRunner): Promise<void> {
    const role = appRole();
    for (const table of TABLES) {
      await q.query(`REVOKE ALL ON ${table} FROM ${role}`);
      await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
  }
}
