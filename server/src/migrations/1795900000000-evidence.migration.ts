import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Evidence files, their encrypted blobs, embedded metadata and chain of custody (contract README, "evidence"). */
export class Evidence1795900000000 implements MigrationInterface {
  name = 'Evidence1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "evidence_blobs" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "sha256" text NOT NULL, "size" bigint NOT NULL, "chunk_size" integer NOT NULL, "storage_key" text NOT NULL, "wrapped_key" text, "dedupe" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3934852818dd96345a7f095b859" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_evidence_blobs_dedupe" ON "evidence_blobs" ("organisation_id", "sha256") WHERE dedupe`);
    await queryRunner.query(`CREATE TABLE "evidence_files" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "event_id" uuid, "organisation_id" uuid NOT NULL, "file_name" text NOT NULL, "media_type" text NOT NULL, "kind" text NOT NULL, "size" bigint NOT NULL, "sha256" text NOT NULL, "uploaded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "uploaded_by_id" uuid NOT NULL, "description" text, "contains_personal_data" boolean NOT NULL DEFAULT true, "original_blob_id" uuid, "sanitized_blob_id" uuid, "sanitized_media_type" text, "thumbnail_blob_id" uuid, "verified_at" TIMESTAMP(3) WITH TIME ZONE, "removed_at" TIMESTAMP(3) WITH TIME ZONE, "removed_reason" text, CONSTRAINT "PK_f8d1a9a8e0430b749e2f4694460" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d594c06d47ca4676d0d36e5d05" ON "evidence_files" ("case_id", "uploaded_at") `);
    await queryRunner.query(`CREATE INDEX "ix_evidence_files_blobs" ON "evidence_files" ("original_blob_id") `);
    await queryRunner.query(`CREATE TABLE "evidence_metadata" ("evidence_id" uuid NOT NULL, "captured_at" TIMESTAMP(3) WITH TIME ZONE, "latitude" double precision, "longitude" double precision, "embedded" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_286a837f68deb50484d9afd1adb" PRIMARY KEY ("evidence_id"))`);
    await queryRunner.query(`CREATE TABLE "evidence_custody" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "evidence_id" uuid NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "action" text NOT NULL, "organisation_id" uuid, "user_id" uuid, "sha256_matched" boolean, CONSTRAINT "PK_44ff9de6c4aa6b57a818c0e1df6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_34342cbde3df53fecf489f6e0d" ON "evidence_custody" ("evidence_id", "at") `);
    await queryRunner.query(`ALTER TABLE "evidence_blobs" ADD CONSTRAINT "FK_1be47b69521e55642a47bad2098" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_files" ADD CONSTRAINT "FK_ca803099a723bf1e6155f10d912" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_files" ADD CONSTRAINT "FK_4830328ec7b0fd110faf4fcc843" FOREIGN KEY ("event_id") REFERENCES "case_events"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_files" ADD CONSTRAINT "FK_8589a2be2b4a9681cb875622a5a" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_files" ADD CONSTRAINT "FK_f4c8c98612d8a539b9a648c6d2f" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_files" ADD CONSTRAINT "FK_fbe89761961bb67acd9eacb6077" FOREIGN KEY ("original_blob_id") REFERENCES "evidence_blobs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_files" ADD CONSTRAINT "FK_664453620453cce91ea48e25420" FOREIGN KEY ("sanitized_blob_id") REFERENCES "evidence_blobs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_files" ADD CONSTRAINT "FK_9827ae71614cf7890a82e648e14" FOREIGN KEY ("thumbnail_blob_id") REFERENCES "evidence_blobs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_metadata" ADD CONSTRAINT "FK_286a837f68deb50484d9afd1adb" FOREIGN KEY ("evidence_id") REFERENCES "evidence_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_custody" ADD CONSTRAINT "FK_98ed0587a8ab66250019573b6b2" FOREIGN KEY ("evidence_id") REFERENCES "evidence_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_custody" ADD CONSTRAINT "FK_77f606dff7929aa01f52c2ce024" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_custody" ADD CONSTRAINT "FK_d4f54a5a98a56b160ce2d828b72" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evidence_custody" DROP CONSTRAINT "FK_d4f54a5a98a56b160ce2d828b72"`);
    await queryRunner.query(`ALTER TABLE "evidence_custody" DROP CONSTRAINT "FK_77f606dff7929aa01f52c2ce024"`);
    await queryRunner.query(`ALTER TABLE "evidence_custody" DROP CONSTRAINT "FK_98ed0587a8ab66250019573b6b2"`);
    await queryRunner.query(`ALTER TABLE "evidence_metadata" DROP CONSTRAINT "FK_286a837f68deb50484d9afd1adb"`);
    await queryRunner.query(`ALTER TABLE "evidence_files" DROP CONSTRAINT "FK_9827ae71614cf7890a82e648e14"`);
    await queryRunner.query(`ALTER TABLE "evidence_files" DROP CONSTRAINT "FK_664453620453cce91ea48e25420"`);
    await queryRunner.query(`ALTER TABLE "evidence_files" DROP CONSTRAINT "FK_fbe89761961bb67acd9eacb6077"`);
    await queryRunner.query(`ALTER TABLE "evidence_files" DROP CONSTRAINT "FK_f4c8c98612d8a539b9a648c6d2f"`);
    await queryRunner.query(`ALTER TABLE "evidence_files" DROP CONSTRAINT "FK_8589a2be2b4a9681cb875622a5a"`);
    await queryRunner.query(`ALTER TABLE "evidence_files" DROP CONSTRAINT "FK_4830328ec7b0fd110faf4fcc843"`);
    await queryRunner.query(`ALTER TABLE "evidence_files" DROP CONSTRAINT "FK_ca803099a723bf1e6155f10d912"`);
    await queryRunner.query(`ALTER TABLE "evidence_blobs" DROP CONSTRAINT "FK_1be47b69521e55642a47bad2098"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_34342cbde3df53fecf489f6e0d"`);
    await queryRunner.query(`DROP TABLE "evidence_custody"`);
    await queryRunner.query(`DROP TABLE "evidence_metadata"`);
    // evidence_blobs first: its policies (server/src/db/sql) read evidence_files.
    await queryRunner.query(`DROP INDEX "public"."ux_evidence_blobs_dedupe"`);
    await queryRunner.query(`DROP TABLE "evidence_blobs"`);
    await queryRunner.query(`DROP INDEX "public"."ix_evidence_files_blobs"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d594c06d47ca4676d0d36e5d05"`);
    await queryRunner.query(`DROP TABLE "evidence_files"`);
  }
}
