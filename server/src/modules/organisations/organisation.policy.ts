import { OrgRole } from '@coalition/shared';
import { hasOrgRole, isCoordinator } from '../../core/auth/actor';
import type { Policy } from '../../core/auth/policy';

export type OrganisationAction = 'list' | 'create' | 'update';

/** Every signed-in user reads organisations; the coordinator admits them; own ADMIN or coordinator edits. */
export const organisationPolicy: Policy<OrganisationAction, { id: string } | null> = (actor, action, org) => {
  if (!actor) return false;
  switch (action) {
    case 'list':
      return true;
    case 'create':
      return isCoordinator(actor);
    case 'update':
      return !!org && (isCoordinator(actor) || hasOrgRole(actor, org.id, OrgRole.ADMIN));
  }
};
