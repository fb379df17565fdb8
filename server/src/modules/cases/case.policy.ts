import { OrgRole, ShareAccess, Visibility } from '@coalition/shared';
import { hasOrgRole, isMemberOf, memberOrganisationIds, WRITER_ROLES, type Actor } from '../../core/auth/actor';
import type { Policy } from '../../core/auth/policy';

export interface ShareFacts {
  organisationId: string;
  access: ShareAccess;
  personalData: boolean;
}

/** What the rules need to know about a case: its owner, visibility and the shares the actor can see. */
export interface CaseFacts {
  ownerOrganisationId: string;
  visibility?: Visibility;
  shares?: ShareFacts[];
}

export type CaseAction = 'list' | 'read' | 'create' | 'update' | 'share' | 'seePersonalData' | 'erasePersonalData';

const sharedWithActor = (actor: Actor, c: CaseFacts): ShareFacts[] =>
  c.visibility === Visibility.RESTRICTED || !c.visibility ? [] : (c.shares ?? []).filter((s) => isMemberOf(actor, s.organisationId));

/**
 * The contract's case rules (README, "Who may read and do what"). Row-level
 * security repeats them in the database (cases-security migration).
 */
export const casePolicy: Policy<CaseAction, CaseFacts | null> = (actor, action, c) => {
  if (!actor) return false;
  if (action === 'list') return true;
  if (!c) return false;
  const owner = c.ownerOrganisationId;
  switch (action) {
    case 'read':
      return (
        isMemberOf(actor, owner) ||
        (c.visibility === Visibility.COALITION && memberOrganisationIds(actor).length > 0) ||
        sharedWithActor(actor, c).length > 0
      );
    case 'create':
    case 'share':
      return hasOrgRole(actor, owner, ...WRITER_ROLES);
    case 'update':
      return (
        hasOrgRole(actor, owner, ...WRITER_ROLES) ||
        sharedWithActor(actor, c).some((s) => s.access === ShareAccess.WRITE && hasOrgRole(actor, s.organisationId, ...WRITER_ROLES))
      );
    case 'seePersonalData':
      return isMemberOf(actor, owner) || sharedWithActor(actor, c).some((s) => s.personalData);
    case 'erasePersonalData':
      // For good, in every backup: the owner's ADMINs only (row-level security: person_keys_erase).
      return hasOrgRole(actor, owner, OrgRole.ADMIN);
  }
};

/**
 * A person's name, birth year and contact: the owner's members, a personalData share when the person's
 * SHARE_PERSONAL_DATA consent covers the reader (consentToShare, derived in PostgreSQL), or the receiver
 * of an accepted referral while the REFERRAL consent covers it (referralReaderOrganisationIds, likewise).
 */
export function maySeePersonalData(
  actor: Actor | null,
  c: CaseFacts,
  person: { consentToShare: boolean; referralReaderOrganisationIds?: string[] },
): boolean {
  if (!actor) return false;
  if (isMemberOf(actor, c.ownerOrganisationId)) return true;
  if ((person.referralReaderOrganisationIds ?? []).some((o) => isMemberOf(actor, o))) return true;
  return person.consentToShare && sharedWithActor(actor, c).some((s) => s.personalData);
}

/** The organisation an edit is recorded for: the owner if the actor writes there, else its WRITE share. */
export function recordingOrganisation(actor: Actor, c: CaseFacts): string | null {
  if (hasOrgRole(actor, c.ownerOrganisationId, ...WRITER_ROLES)) return c.ownerOrganisationId;
  const share = sharedWithActor(actor, c).find((s) => s.access === ShareAccess.WRITE && hasOrgRole(actor, s.organisationId, ...WRITER_ROLES));
  return share?.organisationId ?? null;
}
