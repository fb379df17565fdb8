import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Addressees per language (issue 20): a translation may name the statement's addressees in its own
 * language. NULL (every existing row) means it gives none and readers show the statement's own list.
 * Like that list, they are not part of the content hash (the hash's rows stay [language, title, body]).
 */
export class StatementTranslatedAddressees1795901350000 implements MigrationInterface {
  name = 'StatementTranslatedAddressees1795901350000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "statement_translations" ADD "addressees" text array`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "statement_translations" DROP COLUMN "addressees"`);
  }
}
