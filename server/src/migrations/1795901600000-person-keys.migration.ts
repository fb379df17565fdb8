import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-person data keys (issue 22, erasure): each person's private fields are sealed with a key of their own,
 * wrapped by a version of the owner organisation's key and kept in `person_keys`, which backups leave out (the
 * key vault beside the backups holds them instead), so deleting that row shreds the person for good.
 * `case_person_private.key_version` is NULL for fields sealed with the person's key; a number still names the
 * organisation key version of a row sealed before (re-sealed at boot by `sealPersonsWithOwnKeys`).
 */
export class PersonKeys1795901600000 implements MigrationInterface {
  name = 'PersonKeys1795901600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "person_keys" ("person_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "key_version" integer NOT NULL, "wrapped_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_person_keys_person_id" PRIMARY KEY ("person_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_person_keys_organisation_version" ON "person_keys" ("organisation_id", "key_version") `);
    await queryRunner.query(
      `ALTER TABLE "person_keys" ADD CONSTRAINT "FK_person_keys_person" FOREIGN KEY ("person_id") REFERENCES "case_persons"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_keys" ADD CONSTRAINT "FK_person_keys_organisation_key" FOREIGN KEY ("organisation_id", "key_version") REFERENCES "organisation_keys"("organisation_id","version") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "case_person_private" ALTER COLUMN "key_version" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "case_person_private" ALTER COLUMN "key_version" DROP DEFAULT`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Rows sealed with a person key cannot go back without the master key: the down migration keeps them unreadable.
    await queryRunner.query(`DELETE FROM "case_person_private" WHERE "key_version" IS NULL`);
    await queryRunner.query(`ALTER TABLE "case_person_private" ALTER COLUMN "key_version" SET DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "case_person_private" ALTER COLUMN "key_version" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "person_keys" DROP CONSTRAINT "FK_person_keys_organisation_key"`);
    await queryRunner.query(`ALTER TABLE "person_keys" DROP CONSTRAINT "FK_person_keys_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_person_keys_organisation_version"`);
    await queryRunner.query(`DROP TABLE "person_keys"`);
  }
}
