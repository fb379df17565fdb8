import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

const GRANTS: Record<string, string> = {
  evidence_blobs: 'SELECT, INSERT, UPDATE',
  evidence_files: 'SELECT, INSERT, UPDATE',
  evidence_metadata: 'SELECT, INSERT',
  evidence_custody: 'SELECT, INSERT',
};

/** Row-level security of the evidence tables; the policies are in server/src/db/sql/policies. */
export class EvidenceSecurity1795900000001 implements MigrationInterface {
  name = 'EvidenceSecurity1795900000001';

  async up(q: QueryRunner): Promise<void> {
    const role = appRole();
    for (const [table, grant] of Object.entries(GRANTS)) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`GRANT ${grant} ON ${table} TO ${role}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    const role = appRole();
    for (const table of Object.keys(GRANTS)) {
      await q.query(`REVOKE ALL ON ${table} FROM ${role}`);
      await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
  }
}
