import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One weight of a text as search_document (db/sql/functions) wrote it when this migration was written. */
export const weighted = (text: string, weight: 'A' | 'B' | 'C') =>
  `setweight(to_tsvector('english'::regconfig, coalesce(${text}, '')) || to_tsvector('russian'::regconfig, coalesce(${text}, '')) || to_tsvector('simple'::regconfig, coalesce(${text}, '')), '${weight}')`;

/**
 * Search that understands words (docs/SCALING.md, "Search"): cases' vectors get English and Russian
 * stems beside the words as written, weighted title, summary, events; the existing rows are rewritten
 * here with the expression the new cases_search_vector uses (its trigger is the old one while the
 * migrations run, so it is paused for the rewrite; case_search follows through its own trigger).
 *
 * `case_person_private.name_tokens`: the keyed blind index of a person's name (HMACs of its words
 * under the owner organisation's name key), under the table's own policies. NULL until the server has
 * indexed the person (it fills those at boot: the key is derived from the master key, which SQL never sees).
 */
export class SearchWords1795900350000 implements MigrationInterface {
  name = 'SearchWords1795900350000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case_person_private" ADD "name_tokens" text array`);
    await q.query(`CREATE INDEX "ix_case_person_private_name_tokens" ON "case_person_private" USING gin ("name_tokens")`);
    await q.query(`ALTER TABLE "cases" DISABLE TRIGGER "cases_search"`);
    await q.query(`
      UPDATE "cases" c SET "search" =
        ${weighted(`c.reference || ' ' || c.title`, 'A')}
        || ${weighted('c.summary', 'B')}
        || ${weighted(`(SELECT string_agg(e.title || ' ' || coalesce(e.description, ''), ' ') FROM case_events e WHERE e.case_id = c.id)`, 'C')}`);
    await q.query(`ALTER TABLE "cases" ENABLE TRIGGER "cases_search"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_case_person_private_name_tokens"`);
    await q.query(`ALTER TABLE "case_person_private" DROP COLUMN "name_tokens"`);
  }
}
