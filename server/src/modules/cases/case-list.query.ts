import { CaseOrderField, CaseStatus, caseFilterSchema, SortDirection, type CaseFilterValues } from '@coalition/shared';
import { expressionBuilder, sql, type CompiledQuery, type Expression, type ExpressionBuilder, type QueryCreator, type SqlBool } from 'kysely';
import { BackgroundMaintenance } from '../../core/db/background-maintenance';
import { CompiledShapes } from '../../core/db/compile-once';
import type { Database } from '../../core/db/session-kysely';
import { anyOf } from '../../core/db/sql-functions';
import type { AppContext } from '../../core/graphql/context';
import { isUuid } from '../../core/graphql/ids';
import { parseInput } from '../../core/graphql/parse-input';
import { personNameQuery } from './person-name.crypto';
import { caseColumns, detailsColumns, organisationJson, publicDetailsColumns, type CaseDetailsWanted, type CaseRow, type DetailsRow, type OrganisationJson } from './case.loader';
import type { CaseFilter } from './dto/case.input';

/** Folds case_counts' deltas (migration CaseCounts) now and then, outside any request. */
const countsCompaction = new BackgroundMaintenance(`SELECT case_counts_compact()`, 60_000, 'case counts compaction');

/** A readable case matching a search (and the rest of a filter), from case_search_matches (migration CaseSearchMatches). */
interface SearchMatch {
  id: string;
  created_at: Date;
}

/** The readable cases matching `search` and the rest of the filter (as caseFilterJson), through the GIN index. */
const caseSearchMatches = (search: string, rest: string | null) => sql<SearchMatch>`case_search_matches(${search}, ${rest}::jsonb)`;

/** The cases with a person of the searched name whose personal data the actor may read: the blind index, under the policies. */
const personNameCases = (tokens: string) => sql<SqlBool>`(SELECT case_person_name_cases(${tokens}::jsonb))`;

/**
 * A searched name as case_person_name_cases reads it: its words' blind-index tokens under every
 * organisation's name key (JSON). The name itself never reaches SQL.
 */
export async function personNameTokensJson(ctx: AppContext, name: string): Promise<string> {
  const organisations = await ctx.sql.selectFrom('organisations').select('id').execute();
  return JSON.stringify(personNameQuery(ctx.deps.masterKey, organisations.map((o) => o.id), name));
}

/** caseFilterJson for SQL's case_matches_filter, with personName replaced by its tokens (`personTokens`). */
export async function caseFilterSqlJson(ctx: AppContext, filter: Partial<CaseFilterValues>): Promise<string | null> {
  const { personName, ...rest } = filter;
  const json = caseFilterJson(rest);
  if (!personName) return json;
  return JSON.stringify({ ...(json ? (JSON.parse(json) as object) : {}), personTokens: JSON.parse(await personNameTokensJson(ctx, personName)) as object });
}

/** How many cases with one of `keys` the actor may read: the maintained counts (migration CaseFilterCounts), bigint as text. */
const caseReadableCountOf = (keys: string[]) => sql<string>`case_readable_count_of(${keys}::text[])`;

/** The longest run of years a filter is counted by its year keys; a longer one is counted over its cases. */
const MAX_COUNTED_YEARS = 500;

/** The year keys of occurredFrom..occurredTo when they are whole calendar years, or null. */
function yearKeys(from: string | null | undefined, to: string | null | undefined): string[] | null {
  const first = /^(\d{4})-01-01$/.exec(from ?? '')?.[1];
  const last = /^(\d{4})-12-31$/.exec(to ?? '')?.[1];
  if (first === undefined || last === undefined) return null;
  const [y1, y2] = [Number(first), Number(last)];
  if (y2 < y1 || y2 - y1 >= MAX_COUNTED_YEARS) return null;
  return Array.from({ length: y2 - y1 + 1 }, (_, i) => `year:${y1 + i}`);
}

/**
 * The count keys (SQL's case_count_keys) that hold exactly the cases a filter keeps, when the maintained
 * counts answer it: no filter ('*'), statuses, one category, one country, or whole calendar years of the
 * incident date, each alone. No case has two of the keys returned, so their counts add up. Otherwise
 * null: the total is counted over the matching cases. What counts as given mirrors caseFilterConditions.
 */
export function caseCountKeys(filter: Omit<CaseFilterValues, 'search' | 'personName'>): string[] | null {
  const { status, categories, countryCode, ownerOrganisationId, crossBorder, occurredFrom, occurredTo } = filter;
  if (ownerOrganisationId || crossBorder === true || crossBorder === false) return null;
  const given = [status?.length, categories?.length, countryCode, occurredFrom || occurredTo].filter(Boolean).length;
  if (given === 0) return ['*'];
  if (given > 1) return null;
  if (status?.length) return [...new Set(status)].map((s) => `status:${s}`);
  if (categories?.length) return new Set(categories).size === 1 ? [`category:${categories[0]}`] : null;
  if (countryCode) return [`country:${countryCode}`];
  return yearKeys(occurredFrom, occurredTo);
}

export function parseCaseFilter(filter: CaseFilter | null | undefined): CaseFilterValues {
  return parseInput(caseFilterSchema, filter ?? null, 'filter');
}

/**
 * The filter as the jsonb that SQL's `case_matches_filter` reads, without the keys the client left out or
 * sent as null (a JSON null is not SQL's NULL there, and an array function would fail on it); null when
 * nothing is left.
 */
export function caseFilterJson(filter: Partial<CaseFilterValues>): string | null {
  const given = Object.entries(filter).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0));
  return given.length ? JSON.stringify(Object.fromEntries(given)) : null;
}

type CasesScope = ExpressionBuilder<Database & { c: Database['cases'] }, 'c'>;

/** The conditions of a filter without search over `cases c` (a search goes through case_search_matches). */
function caseFilterConditions(eb: CasesScope, filter: Omit<CaseFilterValues, 'search' | 'personName'>, personTokens: string | null): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [];
  if (personTokens !== null) where.push(sql<SqlBool>`c.id IN ${personNameCases(personTokens)}`);
  if (filter.status?.length) where.push(eb('c.status', '=', anyOf(filter.status, 'text')));
  if (filter.categories?.length) where.push(sql<SqlBool>`c.categories && ${filter.categories}::text[]`);
  if (filter.countryCode) where.push(sql<SqlBool>`${filter.countryCode}::text = ANY(c.countries)`);
  if (filter.ownerOrganisationId) {
    where.push(isUuid(filter.ownerOrganisationId) ? eb('c.owner_organisation_id', '=', filter.ownerOrganisationId) : eb.lit(false));
  }
  if (filter.crossBorder === true || filter.crossBorder === false) {
    where.push(sql<SqlBool>`(cardinality(c.countries) > 1) = ${filter.crossBorder}::boolean`);
  }
  if (filter.occurredFrom) where.push(sql<SqlBool>`c.incident_date >= ${filter.occurredFrom}::date`);
  if (filter.occurredTo) where.push(sql<SqlBool>`c.incident_date <= ${filter.occurredTo}::date`);
  return where;
}

/** (created_at, id) strictly before the cursor's, over the relation aliased `alias`. */
const before = (alias: 'c' | 's', [at, id]: [string, string]) =>
  sql<SqlBool>`(${sql.ref(`${alias}.created_at`)}, ${sql.ref(`${alias}.id`)}) < (${at}::timestamptz, ${id}::uuid)`;

/** A list order other than the default (newest first), and the position after which a page starts. */
export interface CaseOrderValues {
  field: CaseOrderField;
  direction: SortDirection;
}

/** The workflow's order of statuses: STATUS sorts by it, not by the codes' spelling. */
const STATUS_ORDER: string[] = [CaseStatus.OPEN, CaseStatus.MONITORING, CaseStatus.RESOLVED, CaseStatus.CLOSED];

/**
 * The sort key of each order over `cases c`, and the SQL type its cursor value is read back as. A date
 * unknown sorts last either way (infinity ascending, -infinity descending), so the key is never NULL and
 * a row comparison pages through it.
 */
function sortKey(order: CaseOrderValues): { key: Expression<string | number>; type: 'timestamptz' | 'text' | 'date' | 'int' } {
  switch (order.field) {
    case CaseOrderField.CREATED_AT:
      return { key: sql<string>`c.created_at`, type: 'timestamptz' };
    case CaseOrderField.REFERENCE:
      return { key: sql<string>`c.reference`, type: 'text' };
    case CaseOrderField.INCIDENT_DATE:
      return { key: sql<string>`coalesce(c.incident_date, ${sql.lit(order.direction === SortDirection.ASC ? 'infinity' : '-infinity')}::date)`, type: 'date' };
    case CaseOrderField.STATUS:
      return { key: sql<number>`coalesce(array_position(${sql.lit(`{${STATUS_ORDER.join(',')}}`)}::text[], c.status), 0)`, type: 'int' };
    case CaseOrderField.OWNER:
      return { key: sql<string>`(SELECT so.name FROM organisations so WHERE so.id = c.owner_organisation_id)`, type: 'text' };
  }
}

/** Where a page of another order starts: the last row's sort key (as the cursor wrote it) and id. */
export type SortedCursor = [string, string];

/** A row of a case page: the case, its owner as JSON, the filter's total; with details, its persons, events and shares. */
export type CasePageRow = CaseRow & { owner: OrganisationJson; total: string; sortKey?: string | number; sortCursor?: string } & Partial<DetailsRow>;

/**
 * A page of cases, newest first, with `first + 1` rows (the extra one says there is a next page), each
 * with its owner organisation and the filter's total. With `details`, the persons (with their personal data
 * or not), events and shares of each case come in the same statement (detailsColumns), per row of the
 * (already limited) page only.
 *
 * One statement gives the page and totalCount. The page walks ix_cases_created newest first and stops
 * after first + 1 readable rows; the total is a separate narrow count over the whole filtered set (the
 * cursor does not cut it), not a window over every matching row with all its columns. The owner
 * organisation is joined to the page only. A prepared statement: the limit is a literal (a checked
 * integer up to the page maximum), so an unfiltered page has no parameter and its plan is the same as a
 * fresh one.
 */
export async function casePage(
  ctx: AppContext,
  values: CaseFilterValues,
  first: number,
  cursor: [string, string] | null,
  details: CaseDetailsWanted,
  sorted: { order: CaseOrderValues; after: SortedCursor | null } | null = null,
): Promise<{ rows: CasePageRow[]; total: () => Promise<number> }> {
  const { search, personName, ...rest } = values;
  if (!search && !personName && caseCountKeys(rest) !== null) countsCompaction.request(ctx.deps);
  let page: CompiledQuery<CasePageRow>;
  let count: CompiledQuery<{ n: number }>;
  if (search || personName) {
    // A search's statements carry the searched words or a blind index of the name: not a shape to keep.
    const statements = await casePageStatements(ctx, values, first, cursor, details, sorted);
    [page, count] = [statements.page.compile(), statements.count.compile()];
  } else {
    // Everything the text depends on is in the key; the cursors' values are the stand-ins' places.
    const key = JSON.stringify([first, details, cursor !== null, sorted ? [sorted.order, sorted.after !== null] : null, rest]);
    const compiled = pageShapes.compile(key, [cursor?.[0], cursor?.[1], sorted?.after?.[0], sorted?.after?.[1]], (...s) => {
      const [at, id, value, after] = s as unknown as [string, string, string, string];
      const statements = casePageStatementsSync(ctx, rest, null, first, cursor && [at, id], details, sorted && { order: sorted.order, after: sorted.after && [value, after] });
      return [statements.page, statements.count];
    });
    [page, count] = compiled as [CompiledQuery<CasePageRow>, CompiledQuery<{ n: number }>];
  }
  const { rows } = await ctx.preparedSql.executeQuery(page);
  // An empty page (past the end, or nothing matches) has no row to carry the total.
  return { rows, total: async () => (rows.length > 0 ? Number(rows[0].total) : (await ctx.preparedSql.executeQuery(count)).rows[0].n) };
}

/** The compiled page and count statements of unsearched pages, by page size, details, cursor and filter. */
const pageShapes = new CompiledShapes([{}, {}, {}, {}] as const, 256);

/** The statements of casePage, not yet sent: the page with its total, and the total alone for an empty page. */
export interface CasePageStatements {
  page: { execute(): Promise<CasePageRow[]>; compile(): CompiledQuery };
  count: { executeTakeFirstOrThrow(): Promise<{ n: number }>; compile(): CompiledQuery };
}

export async function casePageStatements(
  ctx: AppContext,
  values: CaseFilterValues,
  first: number,
  cursor: [string, string] | null,
  details: CaseDetailsWanted,
  sorted: { order: CaseOrderValues; after: SortedCursor | null } | null,
): Promise<CasePageStatements> {
  const { personName, ...rest } = values;
  const personTokens = personName ? await personNameTokensJson(ctx, personName) : null;
  return casePageStatementsSync(ctx, rest, personTokens, first, cursor, details, sorted);
}

function casePageStatementsSync(
  ctx: AppContext,
  values: Omit<CaseFilterValues, 'personName'>,
  personTokens: string | null,
  first: number,
  cursor: [string, string] | null,
  details: CaseDetailsWanted,
  sorted: { order: CaseOrderValues; after: SortedCursor | null } | null,
): CasePageStatements {
  const limit = sql.lit(first + 1);
  const { search, ...rest } = values;
  // A search: case_search_matches finds the readable matches that pass the rest of the filter once, through
  // the GIN index, as (id, created_at). The count counts them and the page picks its first + 1 among them,
  // so only those are read from `cases` (under the policies again). The CTE is declared once, on the
  // statement (`top`); the subqueries name it (`db`): a query creator carrying the CTE would repeat it in
  // each of them, and each copy would run the search again.
  const db = ctx.preparedSql.withTables<{ search: SearchMatch }>();
  const top: QueryCreator<Database & { search: SearchMatch }> = search
    ? ctx.preparedSql.with(
        (cte) => cte('search').materialized(),
        (q) => {
          const matches = q.selectFrom(caseSearchMatches(search, caseFilterJson(rest)).as('m')).selectAll('m');
          // The definer function bypasses the personal-data policies: the name is matched here, as the actor.
          return personTokens === null ? matches : matches.where(sql<SqlBool>`m.id IN ${personNameCases(personTokens)}`);
        },
      )
    : db;
  let total: Expression<unknown>;
  let page = db.selectFrom('cases as c').select(caseColumns);
  const key = sorted ? sortKey(sorted.order) : null;
  const direction = sorted?.order.direction === SortDirection.ASC ? 'asc' : 'desc';
  if (sorted && key) {
    // Another order: the sort key rides along as a column, for the outer orderings and the next cursor.
    // Its text is the next cursor's value, read back exactly with the key's type (a JS Date or number would not round-trip).
    page = page
      .select(sql<string | number>`${key.key}`.as('sortKey'))
      .select(sql<string>`${key.key}::text`.as('sortCursor'))
      .orderBy(key.key, direction)
      .orderBy('c.id', direction)
      .limit(limit);
  } else {
    page = page.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').limit(limit);
  }
  if (search) {
    total = db.selectFrom('search').select((eb) => eb.fn.countAll<string>().as('n'));
    if (sorted) {
      // Ordered by another column, the page reads the matches from `cases` and pages there.
      page = page.where('c.id', 'in', db.selectFrom('search').select('search.id'));
    } else {
      let hits = db.selectFrom('search as s').select('s.id').orderBy('s.created_at', 'desc').orderBy('s.id', 'desc').limit(limit);
      if (cursor) hits = hits.where(before('s', cursor));
      page = page.where('c.id', 'in', hits);
    }
  } else {
    const where = caseFilterConditions(expressionBuilder<Database & { c: Database['cases'] }, 'c'>(), rest, personTokens);
    // Without a filter, or with one the maintained counts hold (caseCountKeys), the total is read from them
    // (migrations CaseCounts, CaseFilterCounts): exact, and a few rows instead of a count over every match.
    const keys = personTokens === null ? caseCountKeys(rest) : null;
    total = keys
      ? db.selectNoFrom(caseReadableCountOf(keys).as('n'))
      : db.selectFrom('cases as c').select((eb) => eb.fn.countAll<string>().as('n')).where((eb) => eb.and(where));
    for (const condition of where) page = page.where(condition);
    if (cursor && !sorted) page = page.where(before('c', cursor));
  }
  if (sorted?.after && key) {
    const [value, id] = sorted.after;
    const comparison = sql.raw(direction === 'asc' ? '>' : '<');
    page = page.where(sql<SqlBool>`(${key.key}, c.id) ${comparison} (${value}::${sql.raw(key.type)}, ${id}::uuid)`);
  }
  const withOwner = (q: QueryCreator<Database & { search: SearchMatch }>) => {
    const query = q
      .selectFrom(page.as('page'))
      .innerJoin('organisations as o', 'o.id', 'page.ownerOrganisationId')
      .selectAll('page')
      .select(organisationJson.as('owner'))
      .select(sql<string>`${total}`.as('total'));
    return sorted
      ? query.orderBy(sql.ref('page.sortKey'), direction).orderBy('page.id', direction)
      : query.orderBy('page.createdAt', 'desc').orderBy('page.id', 'desc');
  };
  const count = top.selectNoFrom(sql<number>`${total}::int`.as('n'));
  if (details === 'none') return { page: withOwner(top), count };
  const columns = details === 'personal' ? detailsColumns : publicDetailsColumns;
  const withDetailsQuery = top.selectFrom(withOwner(db).as('c')).selectAll('c').select(columns);
  return {
    page: sorted
      ? withDetailsQuery.orderBy(sql.ref('c.sortKey'), direction).orderBy('c.id', direction)
      : withDetailsQuery.orderBy('c.createdAt', 'desc').orderBy('c.id', 'desc'),
    count,
  };
}
