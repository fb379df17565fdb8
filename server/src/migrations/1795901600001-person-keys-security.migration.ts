import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

/**
 * Row-level security of person_keys (policies: db/sql/policies/person_keys.sql). The application reads a key
 * where it reads the person's sealed fields, inserts one with a new person and deletes one only by erasure (an
 * ADMIN of the owner). Never updated by a request: the operator's rotation re-wraps them as the owner.
 */
export class PersonKeysSecurity1795901600001 implements MigrationInterface {
  name = 'PersonKeysSecurity1795901600001';

  async up(q: QueryRunner): Promise<void> {
    const role = appRole();
    await q.query(`ALTER TABLE person_keys ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE person_keys FORCE ROW LEVEL SECURITY`);
    await q.query(`GRANT SELECT, INSERT, DELETE ON person_keys TO ${role}`);
  }

  async down(q: QueryRunner): Promise<void> {
    const role = appRole();
    await q.query(`REVOKE ALL ON person_keys FROM ${role}`);
    await q.query(`ALTER TABLE person_keys NO FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE person_keys DISABLE ROW LEVEL SECURITY`);
  }
}
