import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BriefingCaseSources1795899100000 implements MigrationInterface {
  name = 'BriefingCaseSources1795899100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "briefing_case_sources" ("briefing_id" uuid NOT NULL, "case_id" uuid NOT NULL, "source" jsonb NOT NULL, CONSTRAINT "PK_1f28e301ea5939873da0baba3a4" PRIMARY KEY ("briefing_id", "case_id"))`);
    await queryRunner.query(`ALTER TABLE "briefing_case_sources" ADD CONSTRAINT "FK_eb2700668845618f006332879da" FOREIGN KEY ("briefing_id") REFERENCES "briefings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "briefing_case_sources" DROP CONSTRAINT "FK_eb2700668845618f006332879da"`);
    await queryRunner.query(`DROP TABLE "briefing_case_sources"`);
  }
}
