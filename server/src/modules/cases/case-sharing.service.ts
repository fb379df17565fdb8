import { OrgRole, ShareAccess, Visibility } from '@coalition/shared';
import { sql } from 'kysely';
import { appendAudit } from '../../core/audit/audit-writer';
import { authorize } from '../../core/auth/policy';
import { badInput, notFound } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { notifyMembers } from '../../core/notifications/notify';
import { isUuid } from '../../core/graphql/ids';
import { organisationById } from '../organisations/organisation.loader';
import type { Case } from './case.entity';
import { caseById, caseDetails } from './case.loader';
import { casePolicy } from './case.policy';
import { caseService } from './case.service';
import { CaseShare } from './case-share.entity';

/** Sharing a case with another organisation: its owner's decision, audited. */
export class CaseSharingService {
  async list(ctx: AppContext, c: Pick<Case, 'id'>): Promise<CaseShare[]> {
    return (await ctx.loaders.get(caseDetails).load(c.id)).shares;
  }

  async share(ctx: AppContext, caseId: string, organisationId: string, access: ShareAccess, personalData: boolean | null | undefined): Promise<CaseShare> {
    const c = await caseService.readable(ctx, caseId);
    authorize(casePolicy, ctx.actor, 'share', await caseService.facts(ctx, c));
    if (!isUuid(organisationId)) throw notFound('The organisation');
    const org = await ctx.loaders.get(organisationById).load(organisationId);
    if (!org) throw notFound('The organisation');
    if (org.id === c.ownerOrganisationId) throw badInput('organisationId', 'a case is not shared with its own organisation');
    const row = await ctx.sql
      .insertInto('case_shares')
      .values({ case_id: caseId, organisation_id: org.id, owner_organisation_id: c.ownerOrganisationId, access, personal_data: personalData ?? false })
      .onConflict((oc) =>
        oc.columns(['case_id', 'organisation_id']).doUpdateSet((eb) => ({ access: eb.ref('excluded.access'), personal_data: eb.ref('excluded.personal_data') })),
      )
      .returning('granted_at')
      .executeTakeFirstOrThrow();
    // A share means nothing on a RESTRICTED case: sharing widens it to SHARED, as the owner asked.
    if (c.visibility === Visibility.RESTRICTED) {
      await ctx.sql
        .updateTable('cases')
        .set((eb) => ({ visibility: Visibility.SHARED, version: eb('version', '+', 1), updated_at: sql<Date>`now()` }))
        .where('id', '=', caseId)
        .execute();
    }
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'case.share',
      entityType: 'Case',
      entityId: caseId,
      organisationId: c.ownerOrganisationId,
      details: { sharedWith: org.id, access, personalData: personalData ?? false },
    });
    await notifyMembers(ctx, 'CASE_SHARED', [org.id], [OrgRole.ADMIN, OrgRole.CASEWORKER], `/cases/${caseId}`);
    ctx.loaders.get(caseDetails).clear(caseId);
    ctx.loaders.get(caseById).clear(caseId);
    return Object.assign(new CaseShare(), {
      caseId,
      organisationId: org.id,
      ownerOrganisationId: c.ownerOrganisationId,
      access,
      personalData: personalData ?? false,
      grantedAt: row.granted_at,
      organisation: org,
    });
  }

  async unshare(ctx: AppContext, caseId: string, organisationId: string): Promise<boolean> {
    const c = await caseService.readable(ctx, caseId);
    authorize(casePolicy, ctx.actor, 'share', await caseService.facts(ctx, c));
    if (!isUuid(organisationId)) throw notFound('The share');
    const removed = await ctx.sql
      .deleteFrom('case_shares')
      .where('case_id', '=', caseId)
      .where('organisation_id', '=', organisationId)
      .returning('organisation_id')
      .execute();
    if (removed.length === 0) throw notFound('The share');
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'case.unshare',
      entityType: 'Case',
      entityId: caseId,
      organisationId: c.ownerOrganisationId,
      details: { sharedWith: organisationId },
    });
    ctx.loaders.get(caseDetails).clear(caseId);
    return true;
  }
}

export const caseSharingService = new CaseSharingService();
