import type { CaseCategory, CaseStatus, EventType, PersonRole, Visibility } from '../../gql/graphql';

// The schema's enum values in the order the interface lists them.
export const CASE_STATUSES: CaseStatus[] = ['OPEN', 'MONITORING', 'RESOLVED', 'CLOSED'];
export const VISIBILITIES: Visibility[] = ['RESTRICTED', 'SHARED', 'COALITION'];
export const CASE_CATEGORIES: CaseCategory[] = [
  'RAID',
  'ARBITRARY_DETENTION',
  'DEPORTATION',
  'ILL_TREATMENT',
  'FAMILY_SEPARATION',
  'CHILD_RIGHTS',
  'DISCRIMINATION',
  'DOCUMENTATION',
  'RELIGIOUS_FREEDOM',
  'OTHER',
];
export const PERSON_ROLES: PersonRole[] = ['VICTIM', 'RELATIVE', 'WITNESS', 'COMPLAINANT', 'LEGAL_REPRESENTATIVE'];
export const EVENT_TYPES: EventType[] = [
  'INCIDENT',
  'DETENTION',
  'DEPORTATION',
  'RELEASE',
  'COMPLAINT_FILED',
  'COURT_HEARING',
  'AUTHORITY_RESPONSE',
  'MEDICAL',
  'NOTE',
];
