import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An organisation's name per interface language (`{"ru": "...", "tg": "..."}`), shown to readers of
 * that language. A column of `organisations`, so its row-level security and grants are the table's.
 */
export class OrganisationLocalNames1795900700000 implements MigrationInterface {
  name = 'OrganisationLocalNames1795900700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisations ADD COLUMN "local_names" jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE organisations ADD CONSTRAINT ck_organisations_local_names CHECK (jsonb_typeof("local_names") = 'object')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisations DROP COLUMN local_names`);
  }
}
