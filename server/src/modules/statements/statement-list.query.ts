import { sql, type Expression, type SqlBool } from 'kysely';
import { badInput } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { isUuid } from '../../core/graphql/ids';
import { decodeCursor, encodeCursor } from '../../core/graphql/pagination';
import type { StatementConnection, StatementFilter } from './dto/statement.input';
import { statementById, statementColumns, statementFromRow } from './statement.loader';

/**
 * A page of the statements the actor may read, newest first, with the filter's total: row-level security
 * decides what is listed, the filter only narrows it. The caller has authorised the listing.
 */
export async function statementPage(ctx: AppContext, filter: StatementFilter | null | undefined, first: number, after: string | null | undefined): Promise<StatementConnection> {
  if (first < 0 || first > 100) throw badInput('first', 'must be between 0 and 100');
  for (const key of ['initiatorOrganisationId', 'signedByOrganisationId'] as const) {
    const value = filter?.[key];
    if (value && !isUuid(value)) throw badInput(`filter.${key}`, 'must be an organisation id');
  }
  const cursor = decodeCursor(after, 2);
  if (cursor && (typeof cursor[0] !== 'string' || Number.isNaN(Date.parse(cursor[0])) || !isUuid(String(cursor[1])))) {
    throw badInput('after', 'is not a cursor this API gave out');
  }
  const statements = ctx.sql.selectFrom('statements as s');
  const where: Expression<SqlBool>[] = [];
  const { status, initiatorOrganisationId, signedByOrganisationId } = filter ?? {};
  if (status?.length) where.push(sql<SqlBool>`s.status = ANY(${status}::text[])`);
  if (initiatorOrganisationId) where.push(sql<SqlBool>`s.initiator_organisation_id = ${initiatorOrganisationId}::uuid`);
  if (signedByOrganisationId) {
    where.push(
      sql<SqlBool>`EXISTS (SELECT 1 FROM statement_signatures g JOIN statement_versions cv ON cv.statement_id = s.id AND cv.number = s.current_version_number
                    WHERE g.statement_id = s.id AND g.organisation_id = ${signedByOrganisationId}::uuid AND g.content_hash = cv.content_hash)`,
    );
  }
  const { total } = await statements
    .select(sql<number>`count(*)::int`.as('total'))
    .where((eb) => eb.and(where))
    .executeTakeFirstOrThrow();
  const rows = await statements
    .select(statementColumns)
    .where((eb) => eb.and(cursor ? [...where, sql<SqlBool>`(s.created_at, s.id) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)`] : where))
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(first + 1)
    .execute();
  const page = rows.slice(0, first).map(statementFromRow);
  for (const s of page) ctx.loaders.get(statementById).prime(s.id, s);
  const edges = page.map((node) => ({ cursor: encodeCursor([node.createdAt.toISOString(), node.id]), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: total,
  };
}
