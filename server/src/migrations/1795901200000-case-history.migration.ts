import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case.history (issue 21): the audit entries about a case are found by their subject (`entity_type`,
 * `entity_id`: the case itself, an evidence file) or, for a case's parts, by the `caseId` their details
 * have always carried. Indexes only: no entry is rewritten, so the hash chain is untouched. The reading
 * function is `case_history` (server/src/db/sql/functions).
 */
export class CaseHistory1795901200000 implements MigrationInterface {
  name = 'CaseHistory1795901200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ix_audit_entries_subject ON audit_entries (entity_type, entity_id, seq)`);
    await q.query(`CREATE INDEX ix_audit_entries_case_part ON audit_entries ((details->>'caseId'), seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_audit_entries_case_part`);
    await q.query(`DROP INDEX ix_audit_entries_subject`);
  }
}
