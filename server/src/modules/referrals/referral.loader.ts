import { type ReferralNeed, type ReferralStatus } from '@coalition/shared';
import DataLoader from 'dataloader';
import type { Selectable } from 'kysely';
import type { Database } from '../../core/db/session-kysely';
import { anyOf } from '../../core/db/sql-functions';
import type { LoaderFactory } from '../../core/graphql/loader-registry';
import { isUuid } from '../../core/graphql/ids';
import { CaseLink } from './case-link.entity';
import { Referral } from './referral.entity';

export function referralFromRow(r: Selectable<Database['referrals']>): Referral {
  return Object.assign(new Referral(), {
    id: r.id,
    caseId: r.case_id,
    personId: r.person_id,
    fromOrganisationId: r.from_organisation_id,
    toOrganisationId: r.to_organisation_id,
    needs: r.needs as ReferralNeed[],
    reason: r.reason,
    urgent: r.urgent,
    status: r.status as ReferralStatus,
    createdAt: r.created_at,
    createdByUserId: r.created_by_user_id,
    decidedAt: r.decided_at,
    outcomeNote: r.outcome_note,
    madeShare: r.made_share,
    linkedCaseId: r.linked_case_id,
    linkedPersonId: r.linked_person_id,
  });
}

export function caseLinkFromRow(r: Selectable<Database['case_links']>): CaseLink {
  return Object.assign(new CaseLink(), {
    id: r.id,
    caseId: r.case_id,
    caseOwnerOrganisationId: r.case_owner_organisation_id,
    otherCaseId: r.other_case_id,
    otherOwnerOrganisationId: r.other_owner_organisation_id,
    confirmed: r.confirmed,
    referralId: r.referral_id,
    createdAt: r.created_at,
  });
}

/** A referral the actor may read (either organisation's member: row-level security), or null. */
export const referralById: LoaderFactory<string, Referral | null> = ({ sql: db }) =>
  new DataLoader(async (ids) => {
    const wanted = ids.filter(isUuid);
    const rows = wanted.length ? await db.selectFrom('referrals').selectAll().where('id', '=', anyOf(wanted, 'uuid')).execute() : [];
    const byId = new Map(rows.map((r) => [r.id, referralFromRow(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

/** The readable referrals made from a case, newest first. */
export const referralsByCase: LoaderFactory<string, Referral[]> = ({ sql: db }) =>
  new DataLoader(async (ids) => {
    const wanted = ids.filter(isUuid);
    const rows = wanted.length
      ? await db.selectFrom('referrals').selectAll().where((eb) => eb.or([eb('case_id', '=', anyOf(wanted, 'uuid')), eb('linked_case_id', '=', anyOf(wanted, 'uuid'))])).orderBy('created_at', 'desc').orderBy('id').execute()
      : [];
    return ids.map((id) => rows.filter((r) => r.case_id === id || r.linked_case_id === id).map(referralFromRow));
  });

/** The links of a case the actor may see (either owner's member), oldest first. */
export const linksByCase: LoaderFactory<string, CaseLink[]> = ({ sql: db }) =>
  new DataLoader(async (ids) => {
    const wanted = ids.filter(isUuid);
    const rows = wanted.length
      ? await db.selectFrom('case_links').selectAll().where((eb) => eb.or([eb('case_id', '=', anyOf(wanted, 'uuid')), eb('other_case_id', '=', anyOf(wanted, 'uuid'))])).orderBy('created_at').orderBy('id').execute()
      : [];
    return ids.map((id) => rows.filter((r) => r.case_id === id || r.other_case_id === id).map(caseLinkFromRow));
  });
