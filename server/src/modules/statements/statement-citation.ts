import type { EntityManager } from 'typeorm';
import type { BriefingDocStatement } from '../briefings';

/**
 * Of the given ids, those of statements the current transaction can read and that are PUBLISHED,
 * in the order given. A briefing goes to liaisons, who read published statements only, so it cites
 * nothing else.
 */
export async function publishedStatementIds(db: EntityManager, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = (await db.query(`SELECT id FROM statements WHERE id = ANY($1::uuid[]) AND status = 'PUBLISHED'`, [ids])) as { id: string }[];
  const found = new Set(rows.map((r) => r.id));
  return ids.filter((id) => found.has(id));
}

/**
 * Cited published statements as a briefing document prints them: the primary language's text of
 * the current version, and the organisations whose signature binds that version.
 */
export async function statementsForDocument(db: EntityManager, ids: readonly string[]): Promise<BriefingDocStatement[]> {
  if (ids.length === 0) return [];
  const rows = (await db.query(
    `SELECT s.id, t.title, t.body, s.published_at,
            COALESCE((SELECT json_agg(json_build_object('organisation', o.name, 'signatoryName', g.signatory_name, 'signatoryTitle', g.signatory_title)
                                ORDER BY g.signed_at, o.name)
                        FROM statement_signatures g JOIN organisations o ON o.id = g.organisation_id
                       WHERE g.statement_id = s.id AND g.version_number = s.current_version_number), '[]'::json) AS signatories
       FROM statements s
       JOIN statement_versions v ON v.statement_id = s.id AND v.number = s.current_version_number
       JOIN statement_translations t ON t.version_id = v.id AND t.language = s.primary_language
      WHERE s.id = ANY($1::uuid[]) AND s.status = 'PUBLISHED'`,
    [ids],
  )) as { id: string; title: string; body: string; published_at: Date | null; signatories: BriefingDocStatement['signatories'] }[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ title: r.title, body: r.body, publishedAt: r.published_at ? new Date(r.published_at).toISOString().slice(0, 10) : null, signatories: r.signatories }] : [];
  });
}
