import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Sql } from '../../core/db/session-kysely';
import { anyOf } from '../../core/db/sql-functions';
import type { BriefingDocStatement } from '../briefings';

/**
 * Of the given ids, those of statements the current transaction can read and that are PUBLISHED,
 * in the order given. A briefing goes to liaisons, who read published statements only, so it cites
 * nothing else.
 */
export async function publishedStatementIds(db: Sql, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('statements').select('id').where('id', '=', anyOf(ids, 'uuid')).where('status', '=', 'PUBLISHED').execute();
  const found = new Set(rows.map((r) => r.id));
  return ids.filter((id) => found.has(id));
}

/**
 * Cited published statements as a briefing document prints them: the primary language's text of
 * the current version, and the organisations whose signature binds that version.
 */
export async function statementsForDocument(db: Sql, ids: readonly string[]): Promise<BriefingDocStatement[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('statements as s')
    .innerJoin('statement_versions as v', (join) => join.onRef('v.statement_id', '=', 's.id').onRef('v.number', '=', 's.current_version_number'))
    .innerJoin('statement_translations as t', (join) => join.onRef('t.version_id', '=', 'v.id').onRef('t.language', '=', 's.primary_language'))
    .select((eb) => [
      's.id',
      't.title',
      't.body',
      's.published_at',
      jsonArrayFrom(
        eb
          .selectFrom('statement_signatures as g')
          .innerJoin('organisations as o', 'o.id', 'g.organisation_id')
          .select(['o.name as organisation', 'g.signatory_name as signatoryName', 'g.signatory_title as signatoryTitle'])
          .whereRef('g.statement_id', '=', 's.id')
          .whereRef('g.version_number', '=', 's.current_version_number')
          .orderBy('g.signed_at')
          .orderBy('o.name'),
      ).as('signatories'),
    ])
    .where('s.id', '=', anyOf(ids, 'uuid'))
    .where('s.status', '=', 'PUBLISHED')
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ title: r.title, body: r.body, publishedAt: r.published_at ? new Date(r.published_at).toISOString().slice(0, 10) : null, signatories: r.signatories }] : [];
  });
}
