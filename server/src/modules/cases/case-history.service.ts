import { requireActor } from '../../core/auth/policy';
import { badInput } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { decodeCursor, encodeCursor } from '../../core/graphql/pagination';
import type { Case } from './case.entity';
import { caseHistoryPage } from './case-history.loader';
import { casePolicy } from './case.policy';
import { caseService } from './case.service';
import type { CaseHistoryConnection } from './dto/case-history.type';

const MAX_PAGE = 100;

export class CaseHistoryService {
  /**
   * Newest first. Whoever reads the case reads its history (the case policy's `read`, and again
   * app_may_read_case in case_history); anyone else gets an empty page, as from case_readers.
   */
  async page(ctx: AppContext, c: Pick<Case, 'id' | 'ownerOrganisationId' | 'visibility'>, first: number, after: string | null): Promise<CaseHistoryConnection> {
    requireActor(ctx.actor);
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) throw badInput('first', `must be between 0 and ${MAX_PAGE}`);
    const cursor = decodeCursor(after, 1);
    const before = cursor === null ? null : Number(cursor[0]);
    // A cursor is only base64 JSON: a hand-made one must not reach the database as a bad bigint.
    if (before !== null && !Number.isSafeInteger(before)) throw badInput('after', 'is not a cursor this API gave out');
    const empty: CaseHistoryConnection = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    if (!casePolicy(ctx.actor, 'read', await caseService.facts(ctx, c))) return empty;
    const rows = await ctx.loaders.get(caseHistoryPage).load({ caseId: c.id, limit: first + 1, before });
    const edges = rows.slice(0, first).map((r) => ({
      cursor: encodeCursor([Number(r.seq)]),
      node: { action: r.action, at: r.at, organisationId: r.organisation_id, organisation: null, actor: r.actor_name },
    }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}

export const caseHistoryService = new CaseHistoryService();
