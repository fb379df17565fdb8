import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence bound to one person (issue 22, erasure of "that person's evidence"): a consent's signed form has its
 * per-blob keys wrapped by the person's own key (`person_id` names it) instead of a version of the organisation's
 * key (`key_version` NULL then: a rotation of the organisation key has nothing to re-wrap there, the person key is
 * re-wrapped instead). Deleting the person key (erasePersonalData) leaves such a blob unreadable in the live
 * database and in every backup restored with the vault written since. No foreign key to the person: a dump holds
 * the blob and never the key, and a removed person's blob is as unreadable as an erased one's.
 */
export class PersonBoundEvidence1795901700000 implements MigrationInterface {
  name = 'PersonBoundEvidence1795901700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evidence_blobs" ADD "person_id" uuid`);
    await queryRunner.query(`ALTER TABLE "evidence_blobs" ALTER COLUMN "key_version" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "evidence_blobs" ADD CONSTRAINT "CHK_evidence_blobs_key_holder" CHECK (("person_id" IS NULL) = ("key_version" IS NOT NULL))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_evidence_blobs_person" ON "evidence_blobs" ("person_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // A blob wrapped by a person key cannot go back to the organisation key without the master key: shredded.
    await queryRunner.query(`UPDATE "evidence_blobs" SET "wrapped_key" = NULL, "key_version" = 1 WHERE "person_id" IS NOT NULL`);
    // The policy that binds (db/sql/policies/evidence_blobs.sql) reads the column; the definitions are applied after migrations.
    await queryRunner.query(`DROP POLICY IF EXISTS evidence_blobs_bind ON "evidence_blobs"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evidence_blobs_person"`);
    await queryRunner.query(`ALTER TABLE "evidence_blobs" DROP CONSTRAINT "CHK_evidence_blobs_key_holder"`);
    await queryRunner.query(`ALTER TABLE "evidence_blobs" ALTER COLUMN "key_version" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "evidence_blobs" DROP COLUMN "person_id"`);
  }
}
