import { auditFilterSchema, OrgRole, type AuditFilterValues } from '@coalition/shared';
import type { SelectQueryBuilder } from 'typeorm';
import { auditHash, GENESIS_HASH, type AuditContent } from '../../core/audit/audit-writer';
import { isCoordinator, organisationIdsWithRole } from '../../core/auth/actor';
import { authorize, requireActor } from '../../core/auth/policy';
import type { AppContext } from '../../core/graphql/context';
import { isUuid } from '../../core/graphql/ids';
import { badInput } from '../../core/graphql/app-error';
import { parseInput } from '../../core/graphql/parse-input';
import { decodeCursor, encodeCursor } from '../../core/graphql/pagination';
import { AuditEntry } from './audit-entry.entity';
import { auditPolicy } from './audit.policy';
import type { AuditConnection, AuditFilter, AuditVerification } from './dto/audit-connection.type';

const VERIFY_BATCH = 2000;

export function auditContentOf(entry: AuditEntry): AuditContent {
  return {
    seq: entry.seq,
    at: entry.at.toISOString(),
    actorUserId: entry.actorUserId,
    organisationId: entry.organisationId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    details: entry.details,
  };
}

/** LIKE's wildcards and its escape character, taken literally. */
const likePrefix = (text: string) => `${text.replace(/[\\%_]/g, '\\$&')}%`;


function applyFilter(query: SelectQueryBuilder<AuditEntry>, f: AuditFilterValues): void {
  if (f.action !== null) query.andWhere('a.action = :action', { action: f.action });
  if (f.entityType !== null) query.andWhere('a.entity_type = :entityType', { entityType: f.entityType });
  if (f.entityId !== null) query.andWhere('lower(a.entity_id) LIKE :entityId', { entityId: likePrefix(f.entityId) });
  // Days are UTC days; `to` includes its whole day, so the bound is the next midnight, excluded (computed by
  // PostgreSQL: the day after 9999-12-31 is a date there, not a string JavaScript writes with a sign).
  if (f.from !== null) query.andWhere(`a.at >= (CAST(:from AS date)::timestamp AT TIME ZONE 'UTC')`, { from: f.from });
  if (f.to !== null) query.andWhere(`a.at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'UTC')`, { to: f.to });
}

export class AuditService {
  /**
   * Newest first. Without organisationId: all (coordinator) or the actor's ADMIN organisations. The filter
   * only adds conditions to that scope (and to the policies under it), so it never shows more; the cursor
   * stays the entry's seq, which orders filtered pages the same way.
   */
  async list(ctx: AppContext, organisationId: string | null, first: number, after: string | null, filter: AuditFilter | null = null): Promise<AuditConnection> {
    const actor = requireActor(ctx.actor);
    if (organisationId !== null) authorize(auditPolicy, actor, 'read', { organisationId });
    const scope = organisationId !== null ? [organisationId] : isCoordinator(actor) ? null : organisationIdsWithRole(actor, OrgRole.ADMIN);
    if (scope !== null && scope.length === 0) authorize(auditPolicy, actor, 'read', { organisationId: null });
    // Checked even when the scope is empty below: bad input is an error, not an empty page.
    const values = parseInput(auditFilterSchema, filter, 'filter');
    if (scope !== null && !scope.every(isUuid)) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

    const base = ctx.db.getRepository(AuditEntry).createQueryBuilder('a');
    if (scope !== null) base.where('a.organisation_id = ANY(:scope)', { scope });
    applyFilter(base, values);
    const totalCount = await base.clone().getCount();
    const cursor = decodeCursor(after, 1);
    const page = base.clone().orderBy('a.seq', 'DESC').take(first + 1);
    if (cursor) {
      // A cursor is only base64 JSON: a hand-made one must not reach the database as a bad bigint.
      const seq = Number(cursor[0]);
      if (!Number.isSafeInteger(seq)) throw badInput('after', 'is not a cursor this API gave out');
      page.andWhere('a.seq < :seq', { seq });
    }
    const rows = await page.getMany();
    const nodes = rows.slice(0, first);
    const edges = nodes.map((node) => ({ cursor: encodeCursor([node.seq]), node }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
  }

  /** Recomputes every hash from the genesis; reports the first entry that does not verify. */
  async verify(ctx: AppContext): Promise<AuditVerification> {
    authorize(auditPolicy, ctx.actor, 'verify', { organisationId: null });
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let checked = 0;
    for (;;) {
      const batch = await ctx.db
        .getRepository(AuditEntry)
        .createQueryBuilder('a')
        .where('a.seq >= :from', { from: expectedSeq })
        .orderBy('a.seq', 'ASC')
        .take(VERIFY_BATCH)
        .getMany();
      for (const entry of batch) {
        const intact =
          entry.seq === expectedSeq && entry.prevHash === prevHash && entry.hash === auditHash(prevHash, auditContentOf(entry));
        if (!intact) return { ok: false, checked, brokenAt: entry.seq };
        prevHash = entry.hash;
        expectedSeq += 1;
        checked += 1;
      }
      if (batch.length < VERIFY_BATCH) return { ok: true, checked, brokenAt: null };
    }
  }
}

export const auditService = new AuditService();
