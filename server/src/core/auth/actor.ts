import { CoalitionRole, type Language, OrgRole } from '@coalition/shared';

export interface ActorMembership {
  organisationId: string;
  roles: OrgRole[];
}

/** The signed-in user a request acts for, as read from the session at its start. */
export interface Actor {
  userId: string;
  sessionId: string | null;
  displayName: string;
  coalitionRoles: CoalitionRole[];
  memberships: ActorMembership[];
}

/**
 * What the request's identity statement (app_identity) reads of the acting user's account beside the actor:
 * with the actor, what `me` answers, so that it costs no statement of its own.
 */
export interface ActorAccount {
  email: string;
  locale: Language;
  totpEnabled: boolean;
}

export function orgRoles(actor: Actor | null, organisationId: string): OrgRole[] {
  return actor?.memberships.find((m) => m.organisationId === organisationId)?.roles ?? [];
}

export function hasOrgRole(actor: Actor | null, organisationId: string, ...roles: OrgRole[]): boolean {
  const held = orgRoles(actor, organisationId);
  return roles.some((r) => held.includes(r));
}

export function isMemberOf(actor: Actor | null, organisationId: string): boolean {
  return orgRoles(actor, organisationId).length > 0;
}

export function memberOrganisationIds(actor: Actor | null): string[] {
  return actor?.memberships.map((m) => m.organisationId) ?? [];
}

export function organisationIdsWithRole(actor: Actor | null, ...roles: OrgRole[]): string[] {
  return (actor?.memberships ?? []).filter((m) => roles.some((r) => m.roles.includes(r))).map((m) => m.organisationId);
}

export function hasCoalitionRole(actor: Actor | null, role: CoalitionRole): boolean {
  return actor?.coalitionRoles.includes(role) ?? false;
}

export const isCoordinator = (actor: Actor | null): boolean => hasCoalitionRole(actor, CoalitionRole.COORDINATOR);
export const isLiaison = (actor: Actor | null): boolean => hasCoalitionRole(actor, CoalitionRole.LIAISON);

/** ADMIN and CASEWORKER write an organisation's cases and drafts. */
export const WRITER_ROLES = [OrgRole.ADMIN, OrgRole.CASEWORKER] as const;
/** ADMIN and SIGNATORY sign statements in an organisation's name. */
export const SIGNER_ROLES = [OrgRole.ADMIN, OrgRole.SIGNATORY] as const;
