import { outcomeNoteSchema, referralInputSchema, ReferralStatus, ShareAccess, Visibility, type AuditAction, type ReferralNeed } from '@coalition/shared';
import { sql } from 'kysely';
import { appendAudit } from '../../core/audit/audit-writer';
import { authorize, requireActor } from '../../core/auth/policy';
import { memberOrganisationIds } from '../../core/auth/actor';
import { badInput, conflict, notFound } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { isUuid } from '../../core/graphql/ids';
import { parseInput } from '../../core/graphql/parse-input';
import { casePersonService, caseService, caseSharingService, readablePersons } from '../cases';
import { caseById, caseDetails } from '../cases/case.loader';
import { organisationById } from '../organisations/organisation.loader';
import { notifyUrgentReferral } from './referral-notifications';
import type { Referral } from './referral.entity';
import { linksByCase, referralById, referralFromRow, referralsByCase } from './referral.loader';
import { referralPolicy } from './referral.policy';

export interface ReferInput {
  caseId: string;
  personId: string;
  toOrganisationId: string;
  needs: ReferralNeed[];
  reason: string;
  urgent?: boolean | null;
}

/** Does an active consent of this scope cover the organisation? The registry's rule (db/sql/functions/consent_covers.sql). */
async function consentCovers(ctx: AppContext, personId: string, scope: 'REFERRAL', organisationId: string): Promise<boolean> {
  const { covers } = await ctx.sql
    .selectNoFrom(sql<boolean>`consent_covers(${personId}::uuid, ${scope}, ARRAY[${organisationId}]::uuid[])`.as('covers'))
    .executeTakeFirstOrThrow();
  return covers;
}

/**
 * Referrals between organisations. Every step is audited in its transaction; the status only moves as
 * the contract's state machine says, here (CONFLICT) and in PostgreSQL (triggers/referrals.sql).
 */
export class ReferralService {
  async list(ctx: AppContext, statuses: ReferralStatus[] | null | undefined, incoming: boolean | null | undefined): Promise<Referral[]> {
    const actor = requireActor(ctx.actor);
    const orgs = memberOrganisationIds(actor);
    if (orgs.length === 0) return [];
    let q = ctx.sql.selectFrom('referrals').selectAll();
    if (incoming === true) q = q.where('to_organisation_id', 'in', orgs);
    else if (incoming === false) q = q.where('from_organisation_id', 'in', orgs);
    if (statuses && statuses.length) q = q.where('status', 'in', statuses);
    const rows = await q.orderBy('created_at', 'desc').orderBy('id').execute();
    return rows.map(referralFromRow);
  }

  async refer(ctx: AppContext, input: ReferInput): Promise<Referral> {
    requireActor(ctx.actor);
    const c = await caseService.readable(ctx, input.caseId);
    authorize(referralPolicy, ctx.actor, 'refer', { fromOrganisationId: c.ownerOrganisationId });
    const v = parseInput(referralInputSchema, input);
    if (!isUuid(input.personId)) throw notFound('The person');
    const person = await ctx.sql.selectFrom('case_persons').select('id').where('id', '=', input.personId).where('case_id', '=', c.id).executeTakeFirst();
    if (!person) throw notFound('The person');
    if (!isUuid(input.toOrganisationId)) throw notFound('The organisation');
    const to = await ctx.loaders.get(organisationById).load(input.toOrganisationId);
    if (!to) throw notFound('The organisation');
    if (to.id === c.ownerOrganisationId) throw badInput('toOrganisationId', 'a case is not referred to its own organisation');
    if (!(await consentCovers(ctx, person.id, 'REFERRAL', to.id))) {
      throw conflict('No active REFERRAL consent of this person covers that organisation.');
    }
    // The receiver reads what it is asked to take up: a READ share of the case (personal data then follows
    // each person's consents). A RESTRICTED case becomes SHARED, which shows it to nobody else.
    const existing = await ctx.sql.selectFrom('case_shares').select('access').where('case_id', '=', c.id).where('organisation_id', '=', to.id).executeTakeFirst();
    if (!existing) await caseSharingService.share(ctx, c.id, to.id, ShareAccess.READ, true);
    else if (c.visibility === Visibility.RESTRICTED) {
      await ctx.sql.updateTable('cases').set((eb) => ({ visibility: Visibility.SHARED, version: eb('version', '+', 1), updated_at: sql<Date>`now()` })).where('id', '=', c.id).execute();
    }
    const row = await ctx.sql
      .insertInto('referrals')
      .values({
        case_id: c.id,
        person_id: person.id,
        from_organisation_id: c.ownerOrganisationId,
        to_organisation_id: to.id,
        needs: v.needs,
        reason: v.reason,
        urgent: v.urgent,
        created_by_user_id: ctx.actor?.userId ?? null,
        made_share: !existing,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const referral = referralFromRow(row);
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'referral.create',
      entityType: 'Referral',
      entityId: referral.id,
      organisationId: c.ownerOrganisationId,
      details: { caseId: c.id, personId: person.id, toOrganisationId: to.id, needs: v.needs.join(','), urgent: v.urgent },
    });
    if (referral.urgent) await notifyUrgentReferral(ctx, referral);
    return referral;
  }

  /** The referral, locked for this transaction: a concurrent decision waits, then sees the new status. */
  private async locked(ctx: AppContext, id: string, action: 'withdraw' | 'decide'): Promise<Referral> {
    requireActor(ctx.actor);
    if (!isUuid(id)) throw notFound('The referral');
    const seen = await ctx.sql.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirst();
    if (!seen) throw notFound('The referral');
    authorize(referralPolicy, ctx.actor, action, { fromOrganisationId: seen.from_organisation_id, toOrganisationId: seen.to_organisation_id });
    return referralFromRow(await ctx.sql.selectFrom('referrals').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow());
  }

  private expect(r: Referral, status: ReferralStatus): void {
    if (r.status !== status) throw conflict(`The referral is ${r.status}, not ${status}.`, { status: r.status });
  }

  private async setStatus(ctx: AppContext, r: Referral, status: ReferralStatus, outcomeNote: string | null, action: AuditAction): Promise<Referral> {
    const row = await ctx.sql
      .updateTable('referrals')
      .set({ status, ...(outcomeNote !== null ? { outcome_note: outcomeNote } : {}) })
      .where('id', '=', r.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(ctx.sql, ctx.actor, {
      action,
      entityType: 'Referral',
      entityId: r.id,
      organisationId: action === 'referral.withdraw' ? r.fromOrganisationId : r.toOrganisationId,
      details: { caseId: r.caseId, from: r.status, to: status, linkedCaseId: row.linked_case_id },
    });
    ctx.loaders.get(referralById).clear(r.id);
    return referralFromRow(row);
  }

  async withdraw(ctx: AppContext, id: string): Promise<Referral> {
    const r = await this.locked(ctx, id, 'withdraw');
    this.expect(r, ReferralStatus.PENDING);
    // The share made for the referral stays: the referral (and its case) stays readable to both; the
    // owner takes the share back with unshareCase when it wishes.
    return this.setStatus(ctx, r, ReferralStatus.WITHDRAWN, null, 'referral.withdraw');
  }

  async decline(ctx: AppContext, id: string, note: string): Promise<Referral> {
    const r = await this.locked(ctx, id, 'decide');
    const outcome = parseInput(outcomeNoteSchema, note, 'outcomeNote');
    this.expect(r, ReferralStatus.PENDING);
    return this.setStatus(ctx, r, ReferralStatus.DECLINED, outcome, 'referral.decline');
  }

  async complete(ctx: AppContext, id: string, note: string): Promise<Referral> {
    const r = await this.locked(ctx, id, 'decide');
    const outcome = parseInput(outcomeNoteSchema, note, 'outcomeNote');
    this.expect(r, ReferralStatus.ACCEPTED);
    return this.setStatus(ctx, r, ReferralStatus.COMPLETED, outcome, 'referral.complete');
  }

  /**
   * The receiver's own case (title, dates, places, categories of the referring one, SHARED), with the
   * person and the personal data the REFERRAL consent allows, a READ share of each case with the other,
   * and a confirmed link. One transaction: two accepts at once make one case (the second is a CONFLICT).
   */
  async accept(ctx: AppContext, id: string): Promise<Referral> {
    const r = await this.locked(ctx, id, 'decide');
    this.expect(r, ReferralStatus.PENDING);
    if (!(await consentCovers(ctx, r.personId, 'REFERRAL', r.toOrganisationId))) {
      throw conflict('The REFERRAL consent of this person no longer covers your organisation.');
    }
    const accepted = await this.setStatus(ctx, r, ReferralStatus.ACCEPTED, null, 'referral.accept');
    await ctx.sql
      .insertInto('case_shares')
      .values({ case_id: r.caseId, organisation_id: r.toOrganisationId, owner_organisation_id: r.fromOrganisationId, access: ShareAccess.READ, personal_data: true })
      .onConflict((oc) => oc.columns(['case_id', 'organisation_id']).doNothing())
      .execute();
    ctx.loaders.get(caseDetails).clear(r.caseId);
    ctx.loaders.get(caseById).clear(r.caseId);
    const source = await caseService.readable(ctx, r.caseId);
    const from = await ctx.loaders.get(organisationById).load(r.fromOrganisationId);
    const created = await caseService.create(ctx, {
      organisationId: r.toOrganisationId,
      title: source.title,
      summary: `Referred by ${from?.name ?? 'a member organisation'}: ${r.reason}`.slice(0, 20000),
      categories: [...source.categories],
      visibility: Visibility.SHARED,
      incidentDate: source.incidentDate,
      location: { city: source.city, region: source.region, countryCode: source.countryCode },
    });
    const person = (await readablePersons(ctx, source)).find((p) => p.id === r.personId);
    if (!person) throw notFound('The person');
    const copy = await casePersonService.add(ctx, created.id, {
      fullName: person.fullName ?? person.pseudonym,
      pseudonym: person.pseudonym,
      role: person.role,
      minor: person.minor,
      birthYear: person.birthYear,
      citizenship: person.citizenship,
      contact: person.contact,
      consentToShare: false,
    });
    await caseSharingService.share(ctx, created.id, r.fromOrganisationId, ShareAccess.READ, true);
    await ctx.sql.updateTable('referrals').set({ linked_case_id: created.id, linked_person_id: copy.id }).where('id', '=', r.id).execute();
    await ctx.sql
      .insertInto('case_links')
      .values({
        case_id: created.id,
        case_owner_organisation_id: r.toOrganisationId,
        other_case_id: r.caseId,
        other_owner_organisation_id: r.fromOrganisationId,
        confirmed: true,
        referral_id: r.id,
      })
      .execute();
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'case.link',
      entityType: 'Case',
      entityId: created.id,
      organisationId: r.toOrganisationId,
      details: { otherCaseId: r.caseId, referralId: r.id, confirmed: true },
    });
    ctx.loaders.get(referralsByCase).clearAll();
    ctx.loaders.get(linksByCase).clearAll();
    return Object.assign(accepted, { linkedCaseId: created.id, linkedPersonId: copy.id });
  }
}

export const referralService = new ReferralService();
