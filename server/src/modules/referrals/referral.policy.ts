import { hasOrgRole, isMemberOf, WRITER_ROLES } from '../../core/auth/actor';
import type { Policy } from '../../core/auth/policy';

export type ReferralAction = 'read' | 'refer' | 'withdraw' | 'decide';

export interface ReferralFacts {
  fromOrganisationId: string;
  toOrganisationId?: string;
}

/**
 * Contract "referrals": members of both organisations read a referral; the referring case's ADMINs and
 * CASEWORKERs refer and withdraw; the receiving organisation's accept, decline and complete. Row-level
 * security and the trigger referrals_transition repeat it.
 */
export const referralPolicy: Policy<ReferralAction, ReferralFacts> = (actor, action, r) => {
  if (!actor) return false;
  switch (action) {
    case 'read':
      return isMemberOf(actor, r.fromOrganisationId) || (!!r.toOrganisationId && isMemberOf(actor, r.toOrganisationId));
    case 'refer':
    case 'withdraw':
      return hasOrgRole(actor, r.fromOrganisationId, ...WRITER_ROLES);
    case 'decide':
      return !!r.toOrganisationId && hasOrgRole(actor, r.toOrganisationId, ...WRITER_ROLES);
  }
};

export type LinkAction = 'propose' | 'confirm' | 'unlink';

export interface LinkFacts {
  caseOwnerOrganisationId: string;
  otherOwnerOrganisationId: string;
}

/** The owner of the proposing case proposes; the other owner confirms; the writers of either unlink. */
export const caseLinkPolicy: Policy<LinkAction, LinkFacts> = (actor, action, l) => {
  if (!actor) return false;
  switch (action) {
    case 'propose':
      return hasOrgRole(actor, l.caseOwnerOrganisationId, ...WRITER_ROLES);
    case 'confirm':
      return hasOrgRole(actor, l.otherOwnerOrganisationId, ...WRITER_ROLES);
    case 'unlink':
      return hasOrgRole(actor, l.caseOwnerOrganisationId, ...WRITER_ROLES) || hasOrgRole(actor, l.otherOwnerOrganisationId, ...WRITER_ROLES);
  }
};
