import { OrgRole } from '@coalition/shared';
import { hasOrgRole, isCoordinator, isMemberOf } from '../../core/auth/actor';
import type { Policy } from '../../core/auth/policy';

export type OrganisationAction = 'list' | 'create' | 'update' | 'lock' | 'unlock' | 'requireTotp' | 'readSecurity';

/**
 * Every signed-in user reads organisations (and whether one is locked: it explains a refused export of
 * its data); the coordinator admits them; own ADMIN or coordinator edits and locks (a seized laptop may be
 * reported to either); only own ADMIN unlocks and sets the TOTP requirement (the service also asks a
 * session begun with TOTP); own members and the coordinator read when it was locked and whether TOTP is required.
 */
export const organisationPolicy: Policy<OrganisationAction, { id: string } | null> = (actor, action, org) => {
  if (!actor) return false;
  switch (action) {
    case 'list':
      return true;
    case 'create':
      return isCoordinator(actor);
    case 'update':
    case 'lock':
      return !!org && (isCoordinator(actor) || hasOrgRole(actor, org.id, OrgRole.ADMIN));
    case 'unlock':
    case 'requireTotp':
      return !!org && hasOrgRole(actor, org.id, OrgRole.ADMIN);
    case 'readSecurity':
      return !!org && (isCoordinator(actor) || isMemberOf(actor, org.id));
  }
};
