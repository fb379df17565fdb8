import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Briefings1795892000000 implements MigrationInterface {
  name = 'Briefings1795892000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "briefings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "author_organisation_id" uuid NOT NULL, "title" text NOT NULL, "audience" text NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "include_statistics" boolean NOT NULL DEFAULT true, "owner_organisation_ids" uuid array NOT NULL DEFAULT '{}', "statement_ids" uuid array NOT NULL DEFAULT '{}', "refused_by_organisation_id" uuid, "document" jsonb, "created_by_user_id" uuid NOT NULL, "released_at" TIMESTAMP(3) WITH TIME ZONE, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_388798f424958f8c105d3b3d4b6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "briefing_cases" ("briefing_id" uuid NOT NULL, "case_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "position" integer NOT NULL, "content" jsonb NOT NULL, CONSTRAINT "PK_3c2f5b08c65707d8dfdfe151fd6" PRIMARY KEY ("briefing_id", "case_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2441a6b7cc13754f5763dcb23e" ON "briefing_cases" ("briefing_id", "position") `);
    await queryRunner.query(`CREATE TABLE "briefing_approvals" ("briefing_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "approved" boolean, "decided_by_user_id" uuid, "decided_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_b5272cb03d48af9aa1953562657" PRIMARY KEY ("briefing_id", "organisation_id"))`);
    await queryRunner.query(`CREATE TABLE "briefing_files" ("briefing_id" uuid NOT NULL, "format" text NOT NULL, "bytes" bytea NOT NULL, "sha256" text NOT NULL, "size_bytes" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_34565d08915bca126905d12448f" PRIMARY KEY ("briefing_id", "format"))`);
    await queryRunner.query(`ALTER TABLE "briefings" ADD CONSTRAINT "FK_0fdc6e5607f31aa925337269326" FOREIGN KEY ("author_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "briefing_cases" ADD CONSTRAINT "FK_7e51f4b8af9da64925fa2f32db2" FOREIGN KEY ("briefing_id") REFERENCES "briefings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "briefing_approvals" ADD CONSTRAINT "FK_064b7c71843b5a2125c3d3307d9" FOREIGN KEY ("briefing_id") REFERENCES "briefings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "briefing_approvals" ADD CONSTRAINT "FK_8c9676a2ca5c8fa1625ca47a9dd" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "briefing_files" ADD CONSTRAINT "FK_31944ad126f9faf090e47f45af3" FOREIGN KEY ("briefing_id") REFERENCES "briefings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "briefing_files" DROP CONSTRAINT "FK_31944ad126f9faf090e47f45af3"`);
    await queryRunner.query(`ALTER TABLE "briefing_approvals" DROP CONSTRAINT "FK_8c9676a2ca5c8fa1625ca47a9dd"`);
    await queryRunner.query(`ALTER TABLE "briefing_approvals" DROP CONSTRAINT "FK_064b7c71843b5a2125c3d3307d9"`);
    await queryRunner.query(`ALTER TABLE "briefing_cases" DROP CONSTRAINT "FK_7e51f4b8af9da64925fa2f32db2"`);
    await queryRunner.query(`ALTER TABLE "briefings" DROP CONSTRAINT "FK_0fdc6e5607f31aa925337269326"`);
    await queryRunner.query(`DROP TABLE "briefing_files"`);
    await queryRunner.query(`DROP TABLE "briefing_approvals"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2441a6b7cc13754f5763dcb23e"`);
    await queryRunner.query(`DROP TABLE "briefing_cases"`);
    await queryRunner.query(`DROP TABLE "briefings"`);
  }
}
