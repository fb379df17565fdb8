// String enums mirror the API contract one to one; the server registers them
// with type-graphql and the client uses them in forms.

export enum Language { EN = 'EN', RU = 'RU', TG = 'TG', KA = 'KA', FR = 'FR', UZ = 'UZ' }

export enum OrgRole { ADMIN = 'ADMIN', CASEWORKER = 'CASEWORKER', SIGNATORY = 'SIGNATORY', VIEWER = 'VIEWER' }

export enum CoalitionRole { COORDINATOR = 'COORDINATOR', LIAISON = 'LIAISON' }

export enum CaseStatus { OPEN = 'OPEN', MONITORING = 'MONITORING', RESOLVED = 'RESOLVED', CLOSED = 'CLOSED' }

export enum CaseCategory {
  RAID = 'RAID',
  ARBITRARY_DETENTION = 'ARBITRARY_DETENTION',
  ILL_TREATMENT = 'ILL_TREATMENT',
  DEPORTATION = 'DEPORTATION',
  FAMILY_SEPARATION = 'FAMILY_SEPARATION',
  CHILD_RIGHTS = 'CHILD_RIGHTS',
  RELIGIOUS_FREEDOM = 'RELIGIOUS_FREEDOM',
  DOCUMENTATION = 'DOCUMENTATION',
  DISCRIMINATION = 'DISCRIMINATION',
  OTHER = 'OTHER',
}

export enum Visibility { RESTRICTED = 'RESTRICTED', SHARED = 'SHARED', COALITION = 'COALITION' }

export enum ShareAccess { READ = 'READ', WRITE = 'WRITE' }

export enum PersonRole {
  VICTIM = 'VICTIM',
  WITNESS = 'WITNESS',
  COMPLAINANT = 'COMPLAINANT',
  RELATIVE = 'RELATIVE',
  LEGAL_REPRESENTATIVE = 'LEGAL_REPRESENTATIVE',
}

export enum EventType {
  INCIDENT = 'INCIDENT',
  DETENTION = 'DETENTION',
  RELEASE = 'RELEASE',
  DEPORTATION = 'DEPORTATION',
  COMPLAINT_FILED = 'COMPLAINT_FILED',
  AUTHORITY_RESPONSE = 'AUTHORITY_RESPONSE',
  COURT_HEARING = 'COURT_HEARING',
  MEDICAL = 'MEDICAL',
  NOTE = 'NOTE',
}

export enum ImportFormat { CSV = 'CSV', JSON = 'JSON' }

export enum StatementStatus {
  DRAFT = 'DRAFT',
  OPEN_FOR_SIGNATURE = 'OPEN_FOR_SIGNATURE',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum BriefingStatus { DRAFT = 'DRAFT', AWAITING_APPROVAL = 'AWAITING_APPROVAL', RELEASED = 'RELEASED', REVOKED = 'REVOKED' }

export enum ExportFormat { PDF = 'PDF', CSV = 'CSV', JSON = 'JSON', XLSX = 'XLSX' }

/** The error codes of the contract (`errors[].extensions.code`). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /**
   * Beyond the contract's set: the server is overloaded (no database connection became free in time).
   * Nothing was done; retry after the Retry-After seconds (HTTP 503 where the route answers HTTP).
   */
  SERVER_BUSY = 'SERVER_BUSY',
}

/**
 * Why a request was refused, beside its contract code (`errors[].extensions.reason`): the code stays one
 * of the contract's, the reason lets a client say what to do.
 */
export enum ErrorReason {
  /** FORBIDDEN: the organisation is under the emergency lock; no export, download or release of its data. */
  ORGANISATION_LOCKED = 'ORGANISATION_LOCKED',
  /**
   * UNAUTHENTICATED at sign-in: an organisation of the user is locked or asks TOTP of its members, and the
   * account has none (it must be enrolled first). FORBIDDEN elsewhere: the action needs a session begun with TOTP.
   */
  TOTP_REQUIRED = 'TOTP_REQUIRED',
}

/** What a person agreed to (contract: referrals). */
export enum ConsentScope {
  SHARE_PERSONAL_DATA = 'SHARE_PERSONAL_DATA',
  REFERRAL = 'REFERRAL',
  BRIEFING = 'BRIEFING',
  PUBLICATION = 'PUBLICATION',
}

export enum ReferralNeed {
  LEGAL_AID = 'LEGAL_AID',
  FAMILY_TRACING = 'FAMILY_TRACING',
  MEDICAL = 'MEDICAL',
  SHELTER = 'SHELTER',
  DOCUMENTS = 'DOCUMENTS',
  MONITORING_AFTER_DEPORTATION = 'MONITORING_AFTER_DEPORTATION',
  OTHER = 'OTHER',
}

export enum ReferralStatus { PENDING = 'PENDING', ACCEPTED = 'ACCEPTED', DECLINED = 'DECLINED', WITHDRAWN = 'WITHDRAWN', COMPLETED = 'COMPLETED' }

/** The columns a case list may be ordered by; ties are broken by the case's id, in the same direction. */
export enum CaseOrderField { CREATED_AT = 'CREATED_AT', REFERENCE = 'REFERENCE', INCIDENT_DATE = 'INCIDENT_DATE', STATUS = 'STATUS', OWNER = 'OWNER' }

export enum SortDirection { ASC = 'ASC', DESC = 'DESC' }
