import { OrgRole } from '@coalition/shared';
import { hasOrgRole, isCoordinator } from '../../core/auth/actor';
import type { Policy } from '../../core/auth/policy';

export type MemberAction = 'list' | 'invite' | 'revokeInvitation' | 'setRoles' | 'remove' | 'resetTotp';

/** Members and invitations: read by the organisation's ADMIN or the coordinator; changed by its ADMIN. */
export const memberPolicy: Policy<MemberAction, { organisationId: string }> = (actor, action, { organisationId }) => {
  if (!actor) return false;
  if (action === 'list' || action === 'resetTotp') return isCoordinator(actor) || hasOrgRole(actor, organisationId, OrgRole.ADMIN);
  return hasOrgRole(actor, organisationId, OrgRole.ADMIN);
};
