import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A consent's signed form attached as an evidence file (issue 24). A column of an existing table: its
 * row-level security and grants are the table's; consents_guard (server/src/db/sql) keeps it unchanged
 * once recorded. NO ACTION: a case's deletion removes its consents and files in the same statement.
 */
export class ConsentFormEvidence1795901100000 implements MigrationInterface {
  name = 'ConsentFormEvidence1795901100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "consents" ADD "form_evidence_id" uuid`);
    await q.query(
      `ALTER TABLE "consents" ADD CONSTRAINT "FK_3f182488ed835c3b7a660681dce" FOREIGN KEY ("form_evidence_id") REFERENCES "evidence_files"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "consents" DROP CONSTRAINT "FK_3f182488ed835c3b7a660681dce"`);
    await q.query(`ALTER TABLE "consents" DROP COLUMN "form_evidence_id"`);
  }
}
