import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Statements1795891000000 implements MigrationInterface {
  name = 'Statements1795891000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "statements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "initiator_organisation_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "addressees" text array NOT NULL DEFAULT '{}', "primary_language" text NOT NULL, "current_version_number" integer NOT NULL DEFAULT '1', "signature_deadline" TIMESTAMP(3) WITH TIME ZONE, "published_at" TIMESTAMP(3) WITH TIME ZONE, "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ac5e0ad769b3d491f7cbb9e5465" UNIQUE ("slug"), CONSTRAINT "ck_statements_status" CHECK ("status" IN ('DRAFT', 'OPEN_FOR_SIGNATURE', 'PUBLISHED', 'WITHDRAWN')), CONSTRAINT "PK_7f53bcddeb706df7ea7eec10b8d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8d4ddc169a6f6dd7001048ce4d" ON "statements" ("initiator_organisation_id") `);
    await queryRunner.query(`CREATE TABLE "statement_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "statement_id" uuid NOT NULL, "number" integer NOT NULL, "content_hash" text NOT NULL, "change_note" text, "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_statement_versions_number" UNIQUE ("statement_id", "number"), CONSTRAINT "ck_statement_versions_hash" CHECK ("content_hash" ~ '^[0-9a-f]{64}$'), CONSTRAINT "PK_460cefe2add0398c1d39fd682d1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "statement_translations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version_id" uuid NOT NULL, "language" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, CONSTRAINT "uq_statement_translations_language" UNIQUE ("version_id", "language"), CONSTRAINT "PK_2840e8202d224a4ca45ffbaac22" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "statement_signatures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "statement_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "signatory_name" text NOT NULL, "signatory_title" text, "version_number" integer NOT NULL, "content_hash" text NOT NULL, "signed_by_user_id" uuid NOT NULL, "signed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_statement_signatures_organisation" UNIQUE ("statement_id", "organisation_id"), CONSTRAINT "PK_496646cb06f1d1da6032663aa5a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1939fb48a47400bc2367d8261b" ON "statement_signatures" ("organisation_id") `);
    await queryRunner.query(`CREATE TABLE "statement_cases" ("statement_id" uuid NOT NULL, "case_id" uuid NOT NULL, CONSTRAINT "PK_da9bbebbd32c145278a559aab91" PRIMARY KEY ("statement_id", "case_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a80ed2c43c62b937c9760c9b5b" ON "statement_cases" ("case_id") `);
    await queryRunner.query(`ALTER TABLE "statements" ADD CONSTRAINT "FK_8d4ddc169a6f6dd7001048ce4da" FOREIGN KEY ("initiator_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "statements" ADD CONSTRAINT "FK_169d5e0447f1f9096c6900dfab6" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "statement_versions" ADD CONSTRAINT "FK_bb4fbdd1bb74e086fd6ec47c888" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "statement_versions" ADD CONSTRAINT "FK_1ee2d6f0c55ab74a39aebb53a1b" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "statement_translations" ADD CONSTRAINT "FK_320aa44503efc584c92ec813f27" FOREIGN KEY ("version_id") REFERENCES "statement_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "statement_signatures" ADD CONSTRAINT "FK_b0b895cb8d89e0d613fd00b7d03" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "statement_signatures" ADD CONSTRAINT "FK_1939fb48a47400bc2367d8261bc" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "statement_signatures" ADD CONSTRAINT "FK_c7062e81c230da71bf596dc3185" FOREIGN KEY ("signed_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "statement_cases" ADD CONSTRAINT "FK_f2074e8f8c278efba23a811aa3c" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "statement_cases" ADD CONSTRAINT "FK_a80ed2c43c62b937c9760c9b5be" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "statement_cases" DROP CONSTRAINT "FK_a80ed2c43c62b937c9760c9b5be"`);
    await queryRunner.query(`ALTER TABLE "statement_cases" DROP CONSTRAINT "FK_f2074e8f8c278efba23a811aa3c"`);
    await queryRunner.query(`ALTER TABLE "statement_signatures" DROP CONSTRAINT "FK_c7062e81c230da71bf596dc3185"`);
    await queryRunner.query(`ALTER TABLE "statement_signatures" DROP CONSTRAINT "FK_1939fb48a47400bc2367d8261bc"`);
    await queryRunner.query(`ALTER TABLE "statement_signatures" DROP CONSTRAINT "FK_b0b895cb8d89e0d613fd00b7d03"`);
    await queryRunner.query(`ALTER TABLE "statement_translations" DROP CONSTRAINT "FK_320aa44503efc584c92ec813f27"`);
    await queryRunner.query(`ALTER TABLE "statement_versions" DROP CONSTRAINT "FK_1ee2d6f0c55ab74a39aebb53a1b"`);
    await queryRunner.query(`ALTER TABLE "statement_versions" DROP CONSTRAINT "FK_bb4fbdd1bb74e086fd6ec47c888"`);
    await queryRunner.query(`ALTER TABLE "statements" DROP CONSTRAINT "FK_169d5e0447f1f9096c6900dfab6"`);
    await queryRunner.query(`ALTER TABLE "statements" DROP CONSTRAINT "FK_8d4ddc169a6f6dd7001048ce4da"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a80ed2c43c62b937c9760c9b5b"`);
    await queryRunner.query(`DROP TABLE "statement_cases"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1939fb48a47400bc2367d8261b"`);
    await queryRunner.query(`DROP TABLE "statement_signatures"`);
    await queryRunner.query(`DROP TABLE "statement_translations"`);
    await queryRunner.query(`DROP TABLE "statement_versions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8d4ddc169a6f6dd7001048ce4d"`);
    await queryRunner.query(`DROP TABLE "statements"`);
  }
}
