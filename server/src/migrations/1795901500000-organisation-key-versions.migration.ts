import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versions of an organisation's data key (issue 22, `coalition rotate-organisation-key`): every existing key is
 * version 1, and every sealed row (a person's private fields, an evidence blob's wrapped key) names the version
 * it was sealed under, by a foreign key, so no version is deleted while something refers to it. Who may insert
 * which version: the next migration (OrganisationKeyVersionsSecurity).
 */
export class OrganisationKeyVersions1795901500000 implements MigrationInterface {
  name = 'OrganisationKeyVersions1795901500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisation_keys" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "organisation_keys" DROP CONSTRAINT "PK_6ece6c7e2b1593143417c1acfd5"`);
    await queryRunner.query(`ALTER TABLE "organisation_keys" ADD CONSTRAINT "PK_c36ab098d7a91827c73d2c91ff8" PRIMARY KEY ("organisation_id", "version")`);
    await queryRunner.query(`ALTER TABLE "case_person_private" ADD "key_version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "evidence_blobs" ADD "key_version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "case_person_private" ADD CONSTRAINT "FK_09794d9100b2965177906639b7d" FOREIGN KEY ("owner_organisation_id", "key_version") REFERENCES "organisation_keys"("organisation_id","version") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_blobs" ADD CONSTRAINT "FK_39d6f4627eaa85ca4f8ee976f1d" FOREIGN KEY ("organisation_id", "key_version") REFERENCES "organisation_keys"("organisation_id","version") ON DELETE NO ACTION ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evidence_blobs" DROP CONSTRAINT "FK_39d6f4627eaa85ca4f8ee976f1d"`);
    await queryRunner.query(`ALTER TABLE "case_person_private" DROP CONSTRAINT "FK_09794d9100b2965177906639b7d"`);
    await queryRunner.query(`ALTER TABLE "evidence_blobs" DROP COLUMN "key_version"`);
    await queryRunner.query(`ALTER TABLE "case_person_private" DROP COLUMN "key_version"`);
    await queryRunner.query(`ALTER TABLE "organisation_keys" DROP CONSTRAINT "PK_c36ab098d7a91827c73d2c91ff8"`);
    await queryRunner.query(`ALTER TABLE "organisation_keys" ADD CONSTRAINT "PK_6ece6c7e2b1593143417c1acfd5" PRIMARY KEY ("organisation_id")`);
    await queryRunner.query(`ALTER TABLE "organisation_keys" DROP COLUMN "version"`);
  }
}
