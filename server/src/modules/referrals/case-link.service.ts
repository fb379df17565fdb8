import { appendAudit } from '../../core/audit/audit-writer';
import { authorize, requireActor } from '../../core/auth/policy';
import { badInput, conflict, notFound } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { isUuid } from '../../core/graphql/ids';
import { caseEventService, caseService } from '../cases';
import type { Case } from '../cases/case.entity';
import { caseById } from '../cases/case.loader';
import type { CaseEvent } from '../cases/case-event.entity';
import type { CaseLink } from './case-link.entity';
import { caseLinkFromRow, linksByCase } from './referral.loader';
import { caseLinkPolicy } from './referral.policy';

/** A link as seen from one of its two cases: `otherCaseId` is always the far side. */
export function linkSeenFrom(link: CaseLink, caseId: string): CaseLink {
  if (link.caseId === caseId) return link;
  return Object.assign(Object.create(Object.getPrototypeOf(link) as object) as CaseLink, link, {
    caseId: link.otherCaseId,
    otherCaseId: link.caseId,
    caseOwnerOrganisationId: link.otherOwnerOrganisationId,
    otherOwnerOrganisationId: link.caseOwnerOrganisationId,
  });
}

/** Two organisations' own cases linked: proposed by one owner, confirmed by the other (or by an accepted referral). */
export class CaseLinkService {
  async links(ctx: AppContext, c: Pick<Case, 'id'>): Promise<CaseLink[]> {
    return (await ctx.loaders.get(linksByCase).load(c.id)).map((l) => linkSeenFrom(l, c.id));
  }

  /** The far case of a confirmed link, when the viewer may read it (its own rules), else null. */
  async otherCase(ctx: AppContext, link: CaseLink): Promise<Case | null> {
    if (!link.confirmed) return null;
    return ctx.loaders.get(caseById).load(link.otherCaseId);
  }

  async link(ctx: AppContext, caseId: string, otherCaseId: string): Promise<CaseLink> {
    const c = await caseService.readable(ctx, caseId);
    authorize(caseLinkPolicy, ctx.actor, 'propose', { caseOwnerOrganisationId: c.ownerOrganisationId, otherOwnerOrganisationId: '' });
    const other = await caseService.readable(ctx, otherCaseId);
    if (other.ownerOrganisationId === c.ownerOrganisationId) throw badInput('otherCaseId', "links two organisations' cases; this one is your own");
    const existing = await ctx.sql
      .selectFrom('case_links')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('case_id', '=', c.id), eb('other_case_id', '=', other.id)]),
          eb.and([eb('case_id', '=', other.id), eb('other_case_id', '=', c.id)]),
        ]),
      )
      .executeTakeFirst();
    if (existing) throw conflict('These cases are already linked.');
    const row = await ctx.sql
      .insertInto('case_links')
      .values({ case_id: c.id, case_owner_organisation_id: c.ownerOrganisationId, other_case_id: other.id, other_owner_organisation_id: other.ownerOrganisationId })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'case.link',
      entityType: 'Case',
      entityId: c.id,
      organisationId: c.ownerOrganisationId,
      details: { linkId: row.id, otherCaseId: other.id, confirmed: false },
    });
    ctx.loaders.get(linksByCase).clearAll();
    return caseLinkFromRow(row);
  }

  private async readableLink(ctx: AppContext, linkId: string): Promise<CaseLink> {
    requireActor(ctx.actor);
    if (!isUuid(linkId)) throw notFound('The link');
    const row = await ctx.sql.selectFrom('case_links').selectAll().where('id', '=', linkId).executeTakeFirst();
    if (!row) throw notFound('The link');
    return caseLinkFromRow(row);
  }

  async confirm(ctx: AppContext, linkId: string): Promise<CaseLink> {
    const link = await this.readableLink(ctx, linkId);
    authorize(caseLinkPolicy, ctx.actor, 'confirm', link);
    const row = await ctx.sql.selectFrom('case_links').selectAll().where('id', '=', linkId).forUpdate().executeTakeFirstOrThrow();
    if (row.confirmed) throw conflict('The link is already confirmed.');
    const updated = await ctx.sql.updateTable('case_links').set({ confirmed: true }).where('id', '=', linkId).returningAll().executeTakeFirstOrThrow();
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'case.link.confirm',
      entityType: 'Case',
      entityId: link.otherCaseId,
      organisationId: link.otherOwnerOrganisationId,
      details: { linkId, otherCaseId: link.caseId },
    });
    ctx.loaders.get(linksByCase).clearAll();
    return linkSeenFrom(caseLinkFromRow(updated), link.otherCaseId);
  }

  async unlink(ctx: AppContext, linkId: string): Promise<boolean> {
    const link = await this.readableLink(ctx, linkId);
    authorize(caseLinkPolicy, ctx.actor, 'unlink', link);
    const removed = await ctx.sql.deleteFrom('case_links').where('id', '=', linkId).returning('id').execute();
    if (removed.length === 0) throw notFound('The link');
    const mine = ctx.actor?.memberships.some((m) => m.organisationId === link.caseOwnerOrganisationId) ?? false;
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'case.unlink',
      entityType: 'Case',
      entityId: mine ? link.caseId : link.otherCaseId,
      organisationId: mine ? link.caseOwnerOrganisationId : link.otherOwnerOrganisationId,
      details: { linkId, otherCaseId: mine ? link.otherCaseId : link.caseId },
    });
    ctx.loaders.get(linksByCase).clearAll();
    return true;
  }

  /** This case's events and those of its confirmed linked cases the viewer may read, in date order. */
  async crossBorderTimeline(ctx: AppContext, c: Case): Promise<CaseEvent[]> {
    const cases: Case[] = [c];
    for (const link of await this.links(ctx, c)) {
      const other = await this.otherCase(ctx, link);
      if (other && !cases.some((x) => x.id === other.id)) cases.push(other);
    }
    const events = (await Promise.all(cases.map((x) => caseEventService.list(ctx, x)))).flat();
    return events.sort(
      (a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
    );
  }
}

export const caseLinkService = new CaseLinkService();
