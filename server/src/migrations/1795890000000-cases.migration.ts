import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Cases1795890000000 implements MigrationInterface {
  name = 'Cases1795890000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_organisation_id" uuid NOT NULL, "reference" text NOT NULL, "title" text NOT NULL, "summary" text NOT NULL, "status" text NOT NULL, "categories" text array NOT NULL DEFAULT '{}', "visibility" text NOT NULL, "incident_date" date, "city" text, "region" text, "country_code" character(2) NOT NULL, "countries" text array NOT NULL DEFAULT '{}', "detained" integer NOT NULL DEFAULT '0', "deported" integer NOT NULL DEFAULT '0', "injured" integer NOT NULL DEFAULT '0', "children_affected" integer NOT NULL DEFAULT '0', "include_in_statistics" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', "search" tsvector, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_cases_figures" CHECK ("detained" >= 0 AND "deported" >= 0 AND "injured" >= 0 AND "children_affected" >= 0), CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8b69fe44763846cb5ba2775e65" ON "cases" ("owner_organisation_id", "reference") `);
    await queryRunner.query(`CREATE TABLE "case_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "recorded_by_organisation_id" uuid NOT NULL, "type" text NOT NULL, "occurred_on" date NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "authority" text, "city" text, "region" text, "country_code" character(2), "destination_country_code" character(2), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_61f203ee26b76c6438bbcc7bde6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d53b9c7b2000e843bb19ed219a" ON "case_events" ("case_id", "occurred_on") `);
    await queryRunner.query(`CREATE TABLE "case_persons" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "position" integer NOT NULL, "pseudonym" text NOT NULL, "role" text NOT NULL, "minor" boolean NOT NULL DEFAULT false, "citizenship" character(2), "consent_to_share" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_572ec0fb6700f02d579f0679028" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a7f4fb5c3905f4292b04cfaf07" ON "case_persons" ("case_id", "position") `);
    await queryRunner.query(`CREATE TABLE "case_person_private" ("person_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "full_name" text NOT NULL, "birth_year" text, "contact" text, CONSTRAINT "PK_93f3e582d82f0a1427e9ca170a9" PRIMARY KEY ("person_id"))`);
    await queryRunner.query(`CREATE TABLE "case_shares" ("case_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "access" text NOT NULL, "personal_data" boolean NOT NULL DEFAULT false, "granted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2dd9df9e84bb78aa58e7a640c47" PRIMARY KEY ("case_id", "organisation_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4b80bed4fcb5eace579de7daa9" ON "case_shares" ("organisation_id") `);
    await queryRunner.query(`CREATE TABLE "organisation_keys" ("organisation_id" uuid NOT NULL, "wrapped_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6ece6c7e2b1593143417c1acfd5" PRIMARY KEY ("organisation_id"))`);
    await queryRunner.query(`CREATE TABLE "case_reference_counters" ("organisation_id" uuid NOT NULL, "year" integer NOT NULL, "last" integer NOT NULL, CONSTRAINT "PK_f8c782e17ca1bca99e49c83624e" PRIMARY KEY ("organisation_id", "year"))`);
    await queryRunner.query(`ALTER TABLE "cases" ADD CONSTRAINT "FK_dc4468c50d0c685eed546f7671a" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_events" ADD CONSTRAINT "FK_259dbf949114e25670ac6cad205" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_events" ADD CONSTRAINT "FK_2431d359b400113a9be4ae69c46" FOREIGN KEY ("recorded_by_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_persons" ADD CONSTRAINT "FK_ace8013ebc073dfc5f88122d7ef" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_person_private" ADD CONSTRAINT "FK_93f3e582d82f0a1427e9ca170a9" FOREIGN KEY ("person_id") REFERENCES "case_persons"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_person_private" ADD CONSTRAINT "FK_004484efa67bf11ae4808913d65" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_shares" ADD CONSTRAINT "FK_4e1ddadb5b6e71cbc395df961e0" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_shares" ADD CONSTRAINT "FK_4b80bed4fcb5eace579de7daa96" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_shares" ADD CONSTRAINT "FK_1b2c54c364f6298c06d3398f93e" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organisation_keys" ADD CONSTRAINT "FK_6ece6c7e2b1593143417c1acfd5" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_reference_counters" ADD CONSTRAINT "FK_c84089cf81c7277d8aac6d0be5b" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_reference_counters" DROP CONSTRAINT "FK_c84089cf81c7277d8aac6d0be5b"`);
    await queryRunner.query(`ALTER TABLE "organisation_keys" DROP CONSTRAINT "FK_6ece6c7e2b1593143417c1acfd5"`);
    await queryRunner.query(`ALTER TABLE "case_shares" DROP CONSTRAINT "FK_1b2c54c364f6298c06d3398f93e"`);
    await queryRunner.query(`ALTER TABLE "case_shares" DROP CONSTRAINT "FK_4b80bed4fcb5eace579de7daa96"`);
    await queryRunner.query(`ALTER TABLE "case_shares" DROP CONSTRAINT "FK_4e1ddadb5b6e71cbc395df961e0"`);
    await queryRunner.query(`ALTER TABLE "case_person_private" DROP CONSTRAINT "FK_004484efa67bf11ae4808913d65"`);
    await queryRunner.query(`ALTER TABLE "case_person_private" DROP CONSTRAINT "FK_93f3e582d82f0a1427e9ca170a9"`);
    await queryRunner.query(`ALTER TABLE "case_persons" DROP CONSTRAINT "FK_ace8013ebc073dfc5f88122d7ef"`);
    await queryRunner.query(`ALTER TABLE "case_events" DROP CONSTRAINT "FK_2431d359b400113a9be4ae69c46"`);
    await queryRunner.query(`ALTER TABLE "case_events" DROP CONSTRAINT "FK_259dbf949114e25670ac6cad205"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_dc4468c50d0c685eed546f7671a"`);
    await queryRunner.query(`DROP TABLE "case_reference_counters"`);
    await queryRunner.query(`DROP TABLE "organisation_keys"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4b80bed4fcb5eace579de7daa9"`);
    await queryRunner.query(`DROP TABLE "case_shares"`);
    await queryRunner.query(`DROP TABLE "case_person_private"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a7f4fb5c3905f4292b04cfaf07"`);
    await queryRunner.query(`DROP TABLE "case_persons"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d53b9c7b2000e843bb19ed219a"`);
    await queryRunner.query(`DROP TABLE "case_events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8b69fe44763846cb5ba2775e65"`);
    await queryRunner.query(`DROP TABLE "cases"`);
  }
}
