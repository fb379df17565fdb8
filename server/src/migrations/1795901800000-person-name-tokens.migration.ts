import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The blind index of persons' names as rows (one per word's token) instead of an array with a GIN index.
 * `&&` on an array is not leakproof, so under row-level security PostgreSQL may not use it as an index
 * condition: finding a name checked every readable person under case_person_private's policies first
 * (68 s for a common surname at 1,000,000 persons, bench/search-results.md). `token = ...` is leakproof:
 * the primary key finds the few rows holding a searched word, and only those are checked under the
 * policies. The rows are kept by a trigger on case_person_private (db/sql/triggers/case_person_private.sql)
 * from `name_tokens`, which stays the source: the server writes it, a key rotation clears it.
 */
export class PersonNameTokens1795901800000 implements MigrationInterface {
  name = 'PersonNameTokens1795901800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "case_person_name_tokens" ("token" text NOT NULL, "person_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, CONSTRAINT "PK_case_person_name_tokens" PRIMARY KEY ("token", "person_id"))`,
    );
    await q.query(`CREATE INDEX "IDX_case_person_name_tokens_person" ON "case_person_name_tokens" ("person_id")`);
    await q.query(
      `ALTER TABLE "case_person_name_tokens" ADD CONSTRAINT "FK_case_person_name_tokens_person" FOREIGN KEY ("person_id") REFERENCES "case_person_private"("person_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `INSERT INTO "case_person_name_tokens" ("token", "person_id", "owner_organisation_id")
       SELECT DISTINCT t.token, pp.person_id, pp.owner_organisation_id
         FROM "case_person_private" pp, unnest(pp.name_tokens) AS t(token)`,
    );
    await q.query(`DROP INDEX "ix_case_person_private_name_tokens"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "ix_case_person_private_name_tokens" ON "case_person_private" USING gin ("name_tokens")`);
    await q.query(`DROP TABLE "case_person_name_tokens"`);
  }
}
