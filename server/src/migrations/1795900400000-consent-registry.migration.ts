import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsentRegistry1795900400000 implements MigrationInterface {
  name = 'ConsentRegistry1795900400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "consents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "scope" text NOT NULL, "organisation_ids" uuid array NOT NULL DEFAULT '{}', "purpose" text NOT NULL, "given_on" date NOT NULL, "expires_on" date, "form" text NOT NULL, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "recorded_by_user_id" uuid, "migrated" boolean NOT NULL DEFAULT false, "withdrawn_at" TIMESTAMP(3) WITH TIME ZONE, "withdrawn_by_user_id" uuid, CONSTRAINT "PK_9efc68eb6aba7d638fb6ea034dd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_28f313cb5f1f4b01580e0170cc" ON "consents" ("person_id", "scope") `);
    await queryRunner.query(`CREATE TABLE "referrals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "person_id" uuid NOT NULL, "from_organisation_id" uuid NOT NULL, "to_organisation_id" uuid NOT NULL, "needs" text array NOT NULL, "reason" text NOT NULL, "urgent" boolean NOT NULL DEFAULT false, "status" text NOT NULL DEFAULT 'PENDING', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "created_by_user_id" uuid, "decided_at" TIMESTAMP(3) WITH TIME ZONE, "outcome_note" text, "made_share" boolean NOT NULL DEFAULT false, "linked_case_id" uuid, "linked_person_id" uuid, CONSTRAINT "PK_ea9980e34f738b6252817326c08" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6f15ec5f8ae0331a2c3e523d87" ON "referrals" ("linked_person_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c02ba081d470c3883e299cbefc" ON "referrals" ("person_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2cf57c541d754fd3eec13fe10c" ON "referrals" ("to_organisation_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_170976f1d3c128fd0a264f7cb9" ON "referrals" ("from_organisation_id", "status") `);
    await queryRunner.query(`CREATE TABLE "case_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "case_owner_organisation_id" uuid NOT NULL, "other_case_id" uuid NOT NULL, "other_owner_organisation_id" uuid NOT NULL, "confirmed" boolean NOT NULL DEFAULT false, "referral_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7990ae0bb82ab6395f6fdbb4ca9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8686789407ffedb21cdcc3c168" ON "case_links" ("other_case_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_07713e4ae7e9ac967dbcc9b865" ON "case_links" ("case_id", "other_case_id") `);
    await queryRunner.query(`ALTER TABLE "consents" ADD CONSTRAINT "FK_386e2258153075525e939e51bc8" FOREIGN KEY ("person_id") REFERENCES "case_persons"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consents" ADD CONSTRAINT "FK_cde75fbff15d26f5701776cba98" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consents" ADD CONSTRAINT "FK_8ef2a69d475d99c6998c80eb6ec" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consents" ADD CONSTRAINT "FK_98e414cb2861127cbbe8b1f0d7c" FOREIGN KEY ("withdrawn_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD CONSTRAINT "FK_68ab334842810ff933271725799" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD CONSTRAINT "FK_c02ba081d470c3883e299cbefc6" FOREIGN KEY ("person_id") REFERENCES "case_persons"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD CONSTRAINT "FK_d7fd392dae333aa73f4e487dff7" FOREIGN KEY ("from_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD CONSTRAINT "FK_fdcfb41f90f441a47156e36c937" FOREIGN KEY ("to_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD CONSTRAINT "FK_14a61372b0d4c7bc4a6fa63c21f" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD CONSTRAINT "FK_c080d233eaf68c3a6f9395b8730" FOREIGN KEY ("linked_case_id") REFERENCES "cases"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD CONSTRAINT "FK_6f15ec5f8ae0331a2c3e523d87d" FOREIGN KEY ("linked_person_id") REFERENCES "case_persons"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_links" ADD CONSTRAINT "FK_7d06e536ebfb6a7b2f9716c4077" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_links" ADD CONSTRAINT "FK_15e66f9944d63fb67a0aa7506ca" FOREIGN KEY ("case_owner_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_links" ADD CONSTRAINT "FK_8686789407ffedb21cdcc3c1682" FOREIGN KEY ("other_case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_links" ADD CONSTRAINT "FK_e8003f9e9c1859d91b3169746fd" FOREIGN KEY ("other_owner_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_links" ADD CONSTRAINT "FK_4016542da3deec6778d091f4cb1" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consents" ADD CONSTRAINT "CHK_consents_scope" CHECK (scope IN ('SHARE_PERSONAL_DATA', 'REFERRAL', 'BRIEFING', 'PUBLICATION'))`);
    await queryRunner.query(`ALTER TABLE "consents" ADD CONSTRAINT "CHK_consents_dates" CHECK (expires_on IS NULL OR expires_on >= given_on)`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD CONSTRAINT "CHK_referrals_status" CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'COMPLETED'))`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD CONSTRAINT "CHK_referrals_route" CHECK (from_organisation_id <> to_organisation_id)`);
    await queryRunner.query(`ALTER TABLE "case_links" ADD CONSTRAINT "CHK_case_links_two_owners" CHECK (case_owner_organisation_id <> other_owner_organisation_id)`);
    // Today's flags become records: one SHARE_PERSONAL_DATA consent for every member organisation (no
    // organisation named), given when the person was entered, marked as migrated. The flag itself goes:
    // consentToShare is derived from the registry from now on (functions/app_consent_to_share.sql).
    await queryRunner.query(`
      INSERT INTO consents (person_id, owner_organisation_id, scope, organisation_ids, purpose, given_on, form, migrated)
      SELECT p.id, c.owner_organisation_id, 'SHARE_PERSONAL_DATA', '{}',
             'Sharing personal data with member organisations (recorded before the consent registry)',
             (p.created_at AT TIME ZONE 'UTC')::date, 'consentToShare flag (migrated)', true
        FROM case_persons p JOIN cases c ON c.id = p.case_id
       WHERE p.consent_to_share`);
    // CASCADE: the old read policy of case_person_private names the column; policies/case_person_private.sql
    // makes the new one, which asks the registry.
    await queryRunner.query(`ALTER TABLE "case_persons" DROP COLUMN "consent_to_share" CASCADE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_links" DROP CONSTRAINT "FK_4016542da3deec6778d091f4cb1"`);
    await queryRunner.query(`ALTER TABLE "case_links" DROP CONSTRAINT "FK_e8003f9e9c1859d91b3169746fd"`);
    await queryRunner.query(`ALTER TABLE "case_links" DROP CONSTRAINT "FK_8686789407ffedb21cdcc3c1682"`);
    await queryRunner.query(`ALTER TABLE "case_links" DROP CONSTRAINT "FK_15e66f9944d63fb67a0aa7506ca"`);
    await queryRunner.query(`ALTER TABLE "case_links" DROP CONSTRAINT "FK_7d06e536ebfb6a7b2f9716c4077"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_6f15ec5f8ae0331a2c3e523d87d"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_c080d233eaf68c3a6f9395b8730"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_14a61372b0d4c7bc4a6fa63c21f"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_fdcfb41f90f441a47156e36c937"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_d7fd392dae333aa73f4e487dff7"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_c02ba081d470c3883e299cbefc6"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_68ab334842810ff933271725799"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "FK_98e414cb2861127cbbe8b1f0d7c"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "FK_8ef2a69d475d99c6998c80eb6ec"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "FK_cde75fbff15d26f5701776cba98"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "FK_386e2258153075525e939e51bc8"`);
    await queryRunner.query(`ALTER TABLE "case_persons" ADD "consent_to_share" boolean NOT NULL DEFAULT false`);
    // Back to a flag: true where an unwithdrawn SHARE_PERSONAL_DATA consent for every member organisation exists.
    await queryRunner.query(`
      UPDATE case_persons p SET consent_to_share = true
       WHERE EXISTS (SELECT 1 FROM consents k WHERE k.person_id = p.id AND k.scope = 'SHARE_PERSONAL_DATA'
                      AND k.withdrawn_at IS NULL AND cardinality(k.organisation_ids) = 0)`);
    // The read policy of case_person_private is its file's, which reads the registry (dropped below with it).
    await queryRunner.query(`DROP INDEX "public"."IDX_07713e4ae7e9ac967dbcc9b865"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8686789407ffedb21cdcc3c168"`);
    await queryRunner.query(`DROP TABLE "case_links"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_170976f1d3c128fd0a264f7cb9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2cf57c541d754fd3eec13fe10c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c02ba081d470c3883e299cbefc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6f15ec5f8ae0331a2c3e523d87"`);
    await queryRunner.query(`DROP TABLE "referrals" CASCADE`); // with the policies of case_shares that name it
    await queryRunner.query(`DROP INDEX "public"."IDX_28f313cb5f1f4b01580e0170cc"`);
    await queryRunner.query(`DROP TABLE "consents" CASCADE`);
  }
}
