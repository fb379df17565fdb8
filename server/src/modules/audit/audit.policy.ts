import { OrgRole } from '@coalition/shared';
import { hasOrgRole, isCoordinator } from '../../core/auth/actor';
import type { Policy } from '../../core/auth/policy';

export type AuditAction = 'read' | 'verify';

/** The coordinator reads everything and verifies the chain; an ADMIN reads their organisation's entries. */
export const auditPolicy: Policy<AuditAction, { organisationId: string | null }> = (actor, action, { organisationId }) => {
  if (!actor) return false;
  if (isCoordinator(actor)) return true;
  return action === 'read' && organisationId !== null && hasOrgRole(actor, organisationId, OrgRole.ADMIN);
};
