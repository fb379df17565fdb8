import type { MigrationInterface, QueryRunner } from 'typeorm';
import { weighted } from './1795900350000-search-words.migration';

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
