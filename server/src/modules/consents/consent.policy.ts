import { hasOrgRole, WRITER_ROLES } from '../../core/auth/actor';
import type { Policy } from '../../core/auth/policy';

export type ConsentAction = 'record' | 'withdraw' | 'seeRecorder';

/** The person's case owner: its ADMINs and CASEWORKERs record and withdraw; its members see who recorded. Row-level security repeats it (policies/consents.sql). */
export const consentPolicy: Policy<ConsentAction, { ownerOrganisationId: string }> = (actor, action, c) => {
  if (!actor) return false;
  if (action === 'seeRecorder') return actor.memberships.some((m) => m.organisationId === c.ownerOrganisationId);
  return hasOrgRole(actor, c.ownerOrganisationId, ...WRITER_ROLES);
};
