import { OrgRole } from '@coalition/shared';
import { hasOrgRole } from '../../core/auth/actor';
import type { Policy } from '../../core/auth/policy';
import { casePolicy, type CaseFacts } from '../cases';

export interface EvidenceFacts {
  case: CaseFacts;
  containsPersonalData: boolean;
}

/** read: listed with the case. original: the bytes. copy: the sanitised copy and thumbnail. */
export type EvidenceAction = 'read' | 'attach' | 'verify' | 'remove' | 'original' | 'copy' | 'metadata';

/**
 * Evidence is read as its case; its bytes and embedded metadata with the case's personal-data right. A
 * file the owner marked as showing no one (containsPersonalData false) is served to the other readers as
 * its sanitised copy and thumbnail only. Row-level security repeats this (db/sql/policies/evidence_*.sql).
 */
export const evidencePolicy: Policy<EvidenceAction, EvidenceFacts> = (actor, action, f) => {
  if (!actor) return false;
  switch (action) {
    case 'read':
      return casePolicy(actor, 'read', f.case);
    case 'attach':
    case 'verify':
      return casePolicy(actor, 'update', f.case);
    case 'remove':
      return hasOrgRole(actor, f.case.ownerOrganisationId, OrgRole.ADMIN);
    case 'original':
    case 'metadata':
      return casePolicy(actor, 'seePersonalData', f.case);
    case 'copy':
      return casePolicy(actor, 'seePersonalData', f.case) || (!f.containsPersonalData && casePolicy(actor, 'read', f.case));
  }
};
