import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One weight of a text as search_document (db/sql/functions) wrote it when this migration was written. */
const weighted = (text: string, weight: 'A' | 'B') =>
  `setweight(to_tsvector('english'::regconfig, coalesce(${text}, '')) || to_tsvector('russian'::regconfig, coalesce(${text}, '')) || to_tsvector('simple'::regconfig, coalesce(${text}, '')), '${weight}')`;

/**
 * The search box read every statement translation's text through search_document on each search (the
 * whole text of every statement, in every language, per keystroke). Each translation now keeps its vector
 * (title A, body B), written by its trigger (db/sql/functions/statement_translations_search_vector.sql;
 * translations are only inserted), under a GIN index; the existing rows are written here.
 */
export class StatementTranslationSearch1795902000000 implements MigrationInterface {
  name = 'StatementTranslationSearch1795902000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE statement_translations ADD COLUMN search tsvector`);
    await q.query(`UPDATE statement_translations SET search = ${weighted('title', 'A')} || ${weighted('body', 'B')}`);
    await q.query(`CREATE INDEX ix_statement_translations_search ON statement_translations USING GIN (search)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_statement_translations_search`);
    await q.query(`ALTER TABLE statement_translations DROP COLUMN search`);
  }
}
