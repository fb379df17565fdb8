import { sql } from 'kysely';
import { authorize } from '../../core/auth/policy';
import { badInput } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { briefingService } from '../briefings';
import { caseService } from '../cases';
import { statementService } from '../statements';
import { SearchHit, SearchResult } from './search-hit.type';
import { searchPolicy } from './search.policy';

const MAX_QUERY = 500;
const MAX_FIRST = 100;

type Kind = 'Case' | 'Statement' | 'Briefing';

interface Candidate {
  kind: Kind;
  id: string;
  total: string;
}

/** A briefing's title and audience: what search_document weighs for it (a statement translation keeps its own, `t.search`). */
const briefingText = sql`search_document(b.title, 'A') || search_document(b.audience, 'B')`;

/**
 * One search box over cases, statements and briefings. Everything is read as the viewer: cases through
 * case_search_ranked (the readable-matches design of case_search, then read again from `cases` under the
 * policies), statements and briefings under their own policies. Snippets are cut from the text the
 * viewer reads through those same policies: a case's title, summary and events, a statement's current
 * translations, a briefing's title and audience; never a briefing's snapshot of cases (whose redaction
 * depends on the reader) and never a person's name.
 */
export class SearchService {
  async search(ctx: AppContext, query: string, first: number): Promise<SearchResult> {
    authorize(searchPolicy, ctx.actor, 'search', null);
    const text = query.trim();
    if (text.length > MAX_QUERY) throw badInput('query', `at most ${MAX_QUERY} characters`);
    if (!Number.isInteger(first) || first < 0 || first > MAX_FIRST) throw badInput('first', `must be between 0 and ${MAX_FIRST}`);
    const limit = sql.lit(first);
    // Ties in rank go newest first, then by id; every kind's candidates are cut to `first` before the merge.
    const { rows } = await sql<Candidate>`
      WITH q AS MATERIALIZED (SELECT search_query(${text}) AS q),
      cm AS MATERIALIZED (SELECT id, created_at, rank FROM case_search_ranked(${text})),
      sm AS MATERIALIZED (
        SELECT s.id, s.created_at, max(ts_rank('{0.1, 0.2, 0.4, 1.0}', t.search, q.q)) AS rank
          FROM q, statements s
          JOIN statement_versions v ON v.statement_id = s.id AND v.number = s.current_version_number
          JOIN statement_translations t ON t.version_id = v.id
         WHERE t.search @@ q.q
         GROUP BY s.id, s.created_at),
      bm AS MATERIALIZED (
        SELECT b.id, b.created_at, ts_rank('{0.1, 0.2, 0.4, 1.0}', ${briefingText}, q.q) AS rank
          FROM q, briefings b
         WHERE (${briefingText}) @@ q.q),
      hits AS (
        (SELECT 'Case' AS kind, id, created_at, rank FROM cm ORDER BY rank DESC, created_at DESC, id LIMIT ${limit})
        UNION ALL (SELECT 'Statement', id, created_at, rank FROM sm ORDER BY rank DESC, created_at DESC, id LIMIT ${limit})
        UNION ALL (SELECT 'Briefing', id, created_at, rank FROM bm ORDER BY rank DESC, created_at DESC, id LIMIT ${limit}))
      SELECT h.kind, h.id::text AS id, ((SELECT count(*) FROM cm) + (SELECT count(*) FROM sm) + (SELECT count(*) FROM bm))::text AS total
        FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT * FROM hits ORDER BY rank DESC, created_at DESC, id LIMIT ${limit}) h ON true`.execute(ctx.sql);
    const totalCount = Number(rows[0]?.total ?? 0);
    const chosen = rows.filter((r) => r.id !== null);
    const snippets = await this.snippets(ctx, text, chosen);
    // Read again through the services' own policies (together, so the loaders batch them): a hit that is
    // not readable there is left out.
    const nodes = await Promise.all(
      chosen.map((c) => (c.kind === 'Case' ? caseService.get(ctx, c.id) : c.kind === 'Statement' ? statementService.get(ctx, c.id) : briefingService.get(ctx, c.id))),
    );
    const hits = chosen.flatMap((c, i) => {
      const node = nodes[i];
      return node ? [Object.assign(new SearchHit(), { node, snippet: snippets.get(c.id) ?? null })] : [];
    });
    return Object.assign(new SearchResult(), { hits, totalCount });
  }

  /** Snippets of the chosen hits, each cut from text read under the policies. */
  private async snippets(ctx: AppContext, text: string, chosen: Candidate[]): Promise<Map<string, string>> {
    const ids = (kind: Kind) => chosen.filter((c) => c.kind === kind).map((c) => c.id);
    const [cases, statements, briefings] = [ids('Case'), ids('Statement'), ids('Briefing')];
    if (chosen.length === 0) return new Map();
    const { rows } = await sql<{ id: string; snippet: string | null }>`
      WITH q AS MATERIALIZED (SELECT search_query(${text}) AS q)
      (SELECT c.id::text AS id, search_snippet(concat_ws(' — ', c.title, c.summary,
               (SELECT string_agg(e.title || coalesce(': ' || e.description, ''), ' · ' ORDER BY e.occurred_on, e.created_at) FROM case_events e WHERE e.case_id = c.id)), q.q) AS snippet
        FROM q, cases c WHERE c.id = ANY(${cases}::uuid[]))
      UNION ALL
      (SELECT DISTINCT ON (s.id) s.id::text, search_snippet(t.title || ' — ' || t.body, q.q)
        FROM q, statements s
        JOIN statement_versions v ON v.statement_id = s.id AND v.number = s.current_version_number
        JOIN statement_translations t ON t.version_id = v.id
       WHERE s.id = ANY(${statements}::uuid[])
       ORDER BY s.id, ts_rank(t.search, q.q) DESC, t.language)
      UNION ALL
      (SELECT b.id::text, search_snippet(b.title || ' — ' || b.audience, q.q)
        FROM q, briefings b WHERE b.id = ANY(${briefings}::uuid[]))`.execute(ctx.sql);
    return new Map(rows.filter((r): r is { id: string; snippet: string } => r.snippet !== null).map((r) => [r.id, r.snippet]));
  }
}

export const searchService = new SearchService();
