import { BriefingStatus, OrgRole } from '@coalition/shared';
import { hasOrgRole, isLiaison, isMemberOf, WRITER_ROLES } from '../../core/auth/actor';
import type { Policy } from '../../core/auth/policy';

export interface BriefingFacts {
  authorOrganisationId: string;
  status: BriefingStatus;
  ownerOrganisationIds: string[];
}

export type BriefingAction = 'list' | 'read' | 'create' | 'submit' | 'decide' | 'release' | 'revoke';

/**
 * The contract's briefing rules. For `decide` the resource's
 * `authorOrganisationId` is the deciding organisation. Row-level security
 * repeats them (briefings-security migration).
 */
export const briefingPolicy: Policy<BriefingAction, BriefingFacts | null> = (actor, action, b) => {
  if (!actor) return false;
  if (action === 'list') return true;
  if (!b) return false;
  switch (action) {
    case 'read':
      return (
        isMemberOf(actor, b.authorOrganisationId) ||
        (b.status === BriefingStatus.AWAITING_APPROVAL && b.ownerOrganisationIds.some((o) => isMemberOf(actor, o))) ||
        (b.status === BriefingStatus.RELEASED && isLiaison(actor))
      );
    case 'create':
    case 'submit':
      return hasOrgRole(actor, b.authorOrganisationId, ...WRITER_ROLES);
    case 'decide':
    case 'release':
    case 'revoke':
      return hasOrgRole(actor, b.authorOrganisationId, OrgRole.ADMIN);
  }
};
