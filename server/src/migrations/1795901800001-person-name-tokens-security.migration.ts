import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

/**
 * Row-level security of case_person_name_tokens (policies: db/sql/policies/case_person_name_tokens.sql). The
 * application only reads it; its trigger on case_person_private writes it as the owner.
 */
export class PersonNameTokensSecurity1795901800001 implements MigrationInterface {
  name = 'PersonNameTokensSecurity1795901800001';

  async up(q: QueryRunner): Promise<void> {
    const role = appRole();
    await q.query(`ALTER TABLE case_person_name_tokens ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE case_person_name_tokens FORCE ROW LEVEL SECURITY`);
    await q.query(`GRANT SELECT ON case_person_name_tokens TO ${role}`);
  }

  async down(q: QueryRunner): Promise<void> {
    const role = appRole();
    await q.query(`REVOKE ALL ON case_person_name_tokens FROM ${role}`);
    await q.query(`ALTER TABLE case_person_name_tokens NO FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE case_person_name_tokens DISABLE ROW LEVEL SECURITY`);
  }
}
