import { StatementStatus } from '@coalition/shared';
import { hasOrgRole, isMemberOf, memberOrganisationIds, SIGNER_ROLES, WRITER_ROLES } from '../../core/auth/actor';
import { OrgRole } from '@coalition/shared';
import type { Policy } from '../../core/auth/policy';

export type StatementAction = 'list' | 'read' | 'create' | 'revise' | 'open' | 'publish' | 'withdraw' | 'sign';

/** What the policy needs to know: the statement's initiator and status, or for `sign` the signing organisation. */
export interface StatementResource {
  initiatorOrganisationId: string;
  status: StatementStatus;
}

/**
 * Contract README: a DRAFT is read by the initiator's members; open, published
 * and withdrawn ones by every member; PUBLISHED also by liaisons and anyone.
 * The initiator's ADMIN/CASEWORKER write drafts, its ADMIN moves the status,
 * a SIGNATORY or ADMIN signs for their own organisation.
 */
export const statementPolicy: Policy<StatementAction, StatementResource | { organisationId: string } | null> = (actor, action, resource) => {
  if (action === 'read') {
    const s = resource as StatementResource;
    if (s.status === StatementStatus.PUBLISHED) return true;
    if (s.status === StatementStatus.DRAFT) return isMemberOf(actor, s.initiatorOrganisationId);
    return memberOrganisationIds(actor).length > 0;
  }
  if (!actor) return false;
  switch (action) {
    case 'list':
      return true;
    case 'create':
    case 'revise':
      return !!resource && hasOrgRole(actor, initiatorOf(resource), ...WRITER_ROLES);
    case 'open':
    case 'publish':
    case 'withdraw':
      return !!resource && hasOrgRole(actor, initiatorOf(resource), OrgRole.ADMIN);
    case 'sign':
      return !!resource && 'organisationId' in resource && hasOrgRole(actor, resource.organisationId, ...SIGNER_ROLES);
  }
};

function initiatorOf(resource: StatementResource | { organisationId: string }): string {
  return 'initiatorOrganisationId' in resource ? resource.initiatorOrganisationId : resource.organisationId;
}
