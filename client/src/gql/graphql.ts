/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** A calendar date, YYYY-MM-DD. */
  LocalDate: { input: string; output: string; }
};

export type AuditConnection = {
  __typename?: 'AuditConnection';
  edges: Array<AuditEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEdge = {
  __typename?: 'AuditEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  /** Display name of the acting user; null for the system. */
  actor?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTimeISO']['output'];
  entityId?: Maybe<Scalars['ID']['output']>;
  entityType: Scalars['String']['output'];
  hash: Scalars['String']['output'];
  organisation?: Maybe<Organisation>;
  prevHash: Scalars['String']['output'];
  seq: Scalars['Int']['output'];
};

/** Narrows the entries the reader may already read; every condition given must hold. */
export type AuditFilter = {
  /** One of the actions the log records, e.g. 'case.update'; another is BAD_USER_INPUT. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** The subject's id or its beginning (AuditEntry.entityId), case-insensitive. */
  entityId?: InputMaybe<Scalars['String']['input']>;
  /** The subject's kind (AuditEntry.entityType), e.g. 'Case'. */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** Entries from this day on (UTC). */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Entries up to the end of this day (UTC); before `from` is BAD_USER_INPUT. */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type AuditVerification = {
  __typename?: 'AuditVerification';
  /** seq of the first entry whose hash does not verify; null when ok. */
  brokenAt?: Maybe<Scalars['Int']['output']>;
  checked: Scalars['Int']['output'];
  ok: Scalars['Boolean']['output'];
};

export type Briefing = {
  __typename?: 'Briefing';
  approvals: Array<BriefingApproval>;
  /** Who it is for, e.g. 'OSCE ODIHR' or 'Embassy of ... in Moscow'. */
  audience: Scalars['String']['output'];
  author: Organisation;
  cases: Array<BriefingCase>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Empty until released. */
  files: Array<ExportFile>;
  id: Scalars['ID']['output'];
  includeStatistics: Scalars['Boolean']['output'];
  releasedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  statements: Array<Statement>;
  status: BriefingStatus;
  title: Scalars['String']['output'];
};

export type BriefingApproval = {
  __typename?: 'BriefingApproval';
  /** Null while undecided. */
  approved?: Maybe<Scalars['Boolean']['output']>;
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  organisation: Organisation;
};

/** A case as it appears in a briefing: redacted, pseudonymised, only what owners approved. */
export type BriefingCase = {
  __typename?: 'BriefingCase';
  categories: Array<CaseCategory>;
  countries: Array<Scalars['String']['output']>;
  events: Array<BriefingEvent>;
  /** The case's evidence files when its snapshot was taken, oldest first. */
  evidence: Array<BriefingEvidence>;
  figures: CaseFigures;
  incidentDate?: Maybe<Scalars['LocalDate']['output']>;
  location: Location;
  ownerOrganisation: Organisation;
  /** Pseudonyms, roles and minor flags only; only persons with an active BRIEFING consent. */
  persons: Array<BriefingPerson>;
  reference: Scalars['String']['output'];
  status: CaseStatus;
  /** Person names replaced by pseudonyms. */
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Persons without an active BRIEFING consent: left out of `persons`, each mention of them reads 'a person who did not consent'. */
  withheldPersons: Scalars['Int']['output'];
};

export type BriefingEvent = {
  __typename?: 'BriefingEvent';
  authority?: Maybe<Scalars['String']['output']>;
  /** Person names replaced by pseudonyms. */
  description: Scalars['String']['output'];
  occurredOn: Scalars['LocalDate']['output'];
  title: Scalars['String']['output'];
  type: EventType;
};

/** An evidence file of a briefing case: name (redacted), type and date; never its bytes or embedded metadata. */
export type BriefingEvidence = {
  __typename?: 'BriefingEvidence';
  /** Person names replaced by pseudonyms. */
  fileName: Scalars['String']['output'];
  kind: EvidenceKind;
  mediaType: Scalars['String']['output'];
  /** Lowercase hex SHA-256 of the copy without embedded metadata, for files the owner marked as showing no one; null for the others (the original depends on personal data). */
  sha256?: Maybe<Scalars['String']['output']>;
  /** The day the server received it. */
  uploadedOn: Scalars['LocalDate']['output'];
};

export type BriefingPerson = {
  __typename?: 'BriefingPerson';
  citizenship?: Maybe<Scalars['String']['output']>;
  minor: Scalars['Boolean']['output'];
  pseudonym: Scalars['String']['output'];
  role: PersonRole;
};

export type BriefingStatus =
  | 'AWAITING_APPROVAL'
  | 'DRAFT'
  | 'RELEASED'
  | 'REVOKED';

export type Bucket = {
  __typename?: 'Bucket';
  /** Null when suppressed. */
  count?: Maybe<Scalars['Int']['output']>;
  key: Scalars['String']['output'];
  /** True when the true count lies between 1 and the suppression threshold minus 1. */
  suppressed: Scalars['Boolean']['output'];
};

export type Case = {
  __typename?: 'Case';
  categories: Array<CaseCategory>;
  /** Every country involved: the incident's, the persons' citizenships, deportation destinations. Sorted. */
  countries: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** More than one country is involved. */
  crossBorder: Scalars['Boolean']['output'];
  /** Events of this case and of the linked cases the viewer may read, in date order, each with its case. */
  crossBorderTimeline: Array<CaseEvent>;
  /** Oldest first. */
  events: Array<CaseEvent>;
  /** Newest first; what the viewer may see under the case's rules. */
  evidence: Array<EvidenceFile>;
  figures: CaseFigures;
  /** Who changed what, when: the audit log's entries about the case and its parts, newest first, to whoever reads the case. A user is named only to members of the acting organisation. */
  history: CaseHistoryConnection;
  id: Scalars['ID']['output'];
  incidentDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Whether the case counts in coalition and liaison statistics. */
  includeInStatistics: Scalars['Boolean']['output'];
  links: Array<CaseLink>;
  location: Location;
  myAccess: CaseAccess;
  ownerOrganisation: Organisation;
  persons: Array<CasePerson>;
  /** Who sees what: the organisations whose members read the case, whether each changes it, whose personal data each reads. The owner first; all of them only to the owner's members. */
  readers: Array<CaseReader>;
  /** Unique, human-readable, e.g. 'ADC-2013-002'. */
  reference: Scalars['String']['output'];
  referrals: Array<Referral>;
  shares: Array<CaseShare>;
  /** Statements that cite this case and that the viewer can read. */
  statements: Array<Statement>;
  status: CaseStatus;
  summary: Scalars['String']['output'];
  /** Readable by whoever reads the case; changed by whoever may change it. */
  tasks: Array<CaseTask>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Bumped by every change; updateCase must be given the version it read. */
  version: Scalars['Int']['output'];
  visibility: Visibility;
};


export type CaseHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What the viewer may do with one case. */
export type CaseAccess = {
  __typename?: 'CaseAccess';
  canEdit: Scalars['Boolean']['output'];
  canSeePersonalData: Scalars['Boolean']['output'];
  canShare: Scalars['Boolean']['output'];
};

export type CaseCategory =
  | 'ARBITRARY_DETENTION'
  | 'CHILD_RIGHTS'
  | 'DEPORTATION'
  | 'DISCRIMINATION'
  | 'DOCUMENTATION'
  | 'FAMILY_SEPARATION'
  | 'ILL_TREATMENT'
  | 'OTHER'
  | 'RAID'
  | 'RELIGIOUS_FREEDOM';

export type CaseConnection = {
  __typename?: 'CaseConnection';
  edges: Array<CaseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CaseEdge = {
  __typename?: 'CaseEdge';
  cursor: Scalars['String']['output'];
  node: Case;
};

export type CaseEvent = {
  __typename?: 'CaseEvent';
  /** The body acted on or addressed, e.g. 'Prosecutor of the City of St. Petersburg'. */
  authority?: Maybe<Scalars['String']['output']>;
  case: Case;
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  /** For DEPORTATION events: the country the person was sent to. */
  destinationCountryCode?: Maybe<Scalars['String']['output']>;
  evidence: Array<EvidenceFile>;
  id: Scalars['ID']['output'];
  location?: Maybe<Location>;
  occurredOn: Scalars['LocalDate']['output'];
  recordedBy: Organisation;
  title: Scalars['String']['output'];
  type: EventType;
};

export type CaseEventInput = {
  authority?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  destinationCountryCode?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<LocationInput>;
  occurredOn: Scalars['LocalDate']['input'];
  title: Scalars['String']['input'];
  type: EventType;
};

export type CaseFigures = {
  __typename?: 'CaseFigures';
  childrenAffected: Scalars['Int']['output'];
  deported: Scalars['Int']['output'];
  detained: Scalars['Int']['output'];
  injured: Scalars['Int']['output'];
};

export type CaseFiguresInput = {
  childrenAffected?: InputMaybe<Scalars['Int']['input']>;
  deported?: InputMaybe<Scalars['Int']['input']>;
  detained?: InputMaybe<Scalars['Int']['input']>;
  injured?: InputMaybe<Scalars['Int']['input']>;
};

export type CaseFilter = {
  categories?: InputMaybe<Array<CaseCategory>>;
  /** Cases that involve this country in any way (see Case.countries). */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  crossBorder?: InputMaybe<Scalars['Boolean']['input']>;
  occurredFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  occurredTo?: InputMaybe<Scalars['LocalDate']['input']>;
  ownerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** A person's full name, matched exactly after Unicode and case normalisation, in Latin or Cyrillic script. Only over persons whose personal data the viewer may read; personal data stays encrypted (a keyed blind index, never plaintext). */
  personName?: InputMaybe<Scalars['String']['input']>;
  /** Full-text search over reference, title, summary and event titles and descriptions. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<CaseStatus>>;
};

/** A case's history, newest first. */
export type CaseHistoryConnection = {
  __typename?: 'CaseHistoryConnection';
  edges: Array<CaseHistoryEdge>;
  pageInfo: PageInfo;
};

export type CaseHistoryEdge = {
  __typename?: 'CaseHistoryEdge';
  cursor: Scalars['String']['output'];
  node: CaseHistoryEntry;
};

/** One audit entry about a case or one of its parts (persons, events, tasks, evidence; shares, links, consents and referrals only to the owner): what was done, when, by whom. No details. */
export type CaseHistoryEntry = {
  __typename?: 'CaseHistoryEntry';
  /** The audit log's action code, e.g. case.update. */
  action: Scalars['String']['output'];
  /** The acting user's display name, only to members of the acting organisation; null otherwise ("a member of" the organisation) and for the system. */
  actor?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTimeISO']['output'];
  /** The acting organisation; null for the system. */
  organisation?: Maybe<Organisation>;
};

/** Two organisations' own cases about the same events or person, each readable only under its own rules. */
export type CaseLink = {
  __typename?: 'CaseLink';
  /** False until the other case's owner confirms; an unconfirmed link shows nothing of the other case. */
  confirmed: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The other organisation's case; null when the viewer may not read it (the link and the organisation stay visible). */
  otherCase?: Maybe<Case>;
  otherOrganisation: Organisation;
  referral?: Maybe<Referral>;
};

/** The order of a case list. Ties are broken by the case id, in the same direction; a cursor holds the order it was given for. */
export type CaseOrder = {
  direction?: InputMaybe<SortDirection>;
  field: CaseOrderField;
};

/** INCIDENT_DATE puts cases without a known date last either way; STATUS follows the workflow (OPEN, MONITORING, RESOLVED, CLOSED); OWNER is the owner organisation's name. */
export type CaseOrderField =
  | 'CREATED_AT'
  | 'INCIDENT_DATE'
  | 'OWNER'
  | 'REFERENCE'
  | 'STATUS';

export type CasePerson = {
  __typename?: 'CasePerson';
  /** Null unless the viewer may see this case's personal data. */
  birthYear?: Maybe<Scalars['Int']['output']>;
  /** ISO 3166-1 alpha-2. */
  citizenship?: Maybe<Scalars['String']['output']>;
  /** An active SHARE_PERSONAL_DATA consent covers the reader's organisation (for the owner: any active one). */
  consentToShare: Scalars['Boolean']['output'];
  /** Readable by whoever may read this person's personal data. */
  consents: Array<Consent>;
  /** Null unless the viewer may see this case's personal data. */
  contact?: Maybe<Scalars['String']['output']>;
  /** Null unless the viewer may see this case's personal data. */
  fullName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  minor: Scalars['Boolean']['output'];
  /** Always readable, e.g. 'Person A'. The only name that leaves the owning circle. */
  pseudonym: Scalars['String']['output'];
  role: PersonRole;
};

export type CasePersonInput = {
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  citizenship?: InputMaybe<Scalars['String']['input']>;
  consentToShare?: InputMaybe<Scalars['Boolean']['input']>;
  contact?: InputMaybe<Scalars['String']['input']>;
  fullName: Scalars['String']['input'];
  minor?: InputMaybe<Scalars['Boolean']['input']>;
  /** Generated ('Person A', 'Person B', ...) when omitted. */
  pseudonym?: InputMaybe<Scalars['String']['input']>;
  role: PersonRole;
};

/** An organisation whose members read a case, as the server enforces it (SQL function case_readers). The owner's members are told every reader; another reader only the owner and its own organisation. */
export type CaseReader = {
  __typename?: 'CaseReader';
  /** Whether the organisation's ADMINs and CASEWORKERs change the case. */
  canChange: Scalars['Boolean']['output'];
  organisation: Organisation;
  /** The case's persons whose personal data (real name, contact) its members read; null to a reader outside the owner for the owner's row. */
  personsWithNames?: Maybe<Array<Scalars['ID']['output']>>;
};

export type CaseShare = {
  __typename?: 'CaseShare';
  access: ShareAccess;
  grantedAt: Scalars['DateTimeISO']['output'];
  organisation: Organisation;
  /** The shared-with organisation may read names, birth years and contacts. */
  personalData: Scalars['Boolean']['output'];
};

export type CaseStatistics = {
  __typename?: 'CaseStatistics';
  byCategory: Array<Bucket>;
  byCountry: Array<Bucket>;
  /** key: YYYY-MM of incidentDate. */
  byMonth: Array<Bucket>;
  byStatus: Array<Bucket>;
  crossBorderCases: Scalars['Int']['output'];
  /** True when crossBorderCases is below the suppression threshold and reads 0 for that reason. */
  crossBorderSuppressed: Scalars['Boolean']['output'];
  figures: CaseFigures;
  /** Figures (detained, deported, ...) below the threshold, reading 0 for that reason. */
  figuresSuppressed: Array<Scalars['String']['output']>;
  /** Deportations: the incident's country to the destination country. */
  flows: Array<Flow>;
  /** 0 when nothing is suppressed for this viewer. */
  suppressionThreshold: Scalars['Int']['output'];
  totalCases: Scalars['Int']['output'];
  /** True when totalCases is below the suppression threshold and reads 0 for that reason. */
  totalSuppressed: Scalars['Boolean']['output'];
};

export type CaseStatus =
  | 'CLOSED'
  | 'MONITORING'
  | 'OPEN'
  | 'RESOLVED';

/** A deadline of casework: an appeal window, a detention limit, a hearing, a follow-up. */
export type CaseTask = {
  __typename?: 'CaseTask';
  /** A member of the case's owner or of an organisation with a WRITE share. */
  assignee?: Maybe<User>;
  case: Case;
  completedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  dueAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Minutes before dueAt at which the assignee (else the owner's caseworkers) is reminded. */
  remindBefore: Array<Scalars['Int']['output']>;
  status: TaskStatus;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type CaseTaskInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  dueAt: Scalars['DateTimeISO']['input'];
  remindBefore?: InputMaybe<Array<Scalars['Int']['input']>>;
  title: Scalars['String']['input'];
};

export type CoalitionRole =
  | 'COORDINATOR'
  | 'LIAISON';

export type Consent = {
  __typename?: 'Consent';
  active: Scalars['Boolean']['output'];
  expiresOn?: Maybe<Scalars['LocalDate']['output']>;
  form: Scalars['String']['output'];
  /** The signed form attached; null when none or when the viewer may not read the file. */
  formFile?: Maybe<EvidenceFile>;
  givenOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** Empty: every member organisation. */
  organisations: Array<Organisation>;
  person: CasePerson;
  purpose: Scalars['String']['output'];
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Null outside the owner organisation. */
  recordedBy?: Maybe<User>;
  scope: ConsentScope;
  withdrawnAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

export type ConsentInput = {
  expiresOn?: InputMaybe<Scalars['LocalDate']['input']>;
  form: Scalars['String']['input'];
  /** The signed form: one of the person's case's evidence files, not removed. */
  formEvidenceId?: InputMaybe<Scalars['ID']['input']>;
  givenOn: Scalars['LocalDate']['input'];
  organisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  purpose: Scalars['String']['input'];
  scope: ConsentScope;
};

export type ConsentScope =
  | 'BRIEFING'
  | 'PUBLICATION'
  | 'REFERRAL'
  | 'SHARE_PERSONAL_DATA';

export type CreateBriefingInput = {
  audience: Scalars['String']['input'];
  caseIds: Array<Scalars['ID']['input']>;
  includeStatistics?: InputMaybe<Scalars['Boolean']['input']>;
  organisationId: Scalars['ID']['input'];
  statementIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title: Scalars['String']['input'];
};

export type CreateCaseInput = {
  categories: Array<CaseCategory>;
  figures?: InputMaybe<CaseFiguresInput>;
  incidentDate?: InputMaybe<Scalars['LocalDate']['input']>;
  includeInStatistics?: InputMaybe<Scalars['Boolean']['input']>;
  location: LocationInput;
  organisationId: Scalars['ID']['input'];
  /** Generated from the organisation's slug and the year when omitted. */
  reference?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CaseStatus>;
  summary: Scalars['String']['input'];
  title: Scalars['String']['input'];
  visibility?: InputMaybe<Visibility>;
};

export type CreateStatementInput = {
  addressees: Array<Scalars['String']['input']>;
  caseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  initiatorOrganisationId: Scalars['ID']['input'];
  primaryLanguage: Language;
  /** Must include the primary language. */
  translations: Array<TranslationInput>;
};

export type CustodyAction =
  | 'DOWNLOADED'
  | 'REMOVED'
  | 'SANITIZED_DOWNLOADED'
  | 'UPLOADED'
  | 'VERIFICATION_FAILED'
  | 'VERIFIED'
  | 'VIEWED';

export type CustodyEntry = {
  __typename?: 'CustodyEntry';
  action: CustodyAction;
  at: Scalars['DateTimeISO']['output'];
  /** The acting organisation; null for the system's own verification. */
  organisation?: Maybe<Organisation>;
  /** For downloads and verifications: whether the bytes hashed to sha256. */
  sha256Matched?: Maybe<Scalars['Boolean']['output']>;
  /** Null outside the owner organisation. */
  user?: Maybe<User>;
};

export type EmailFrequency =
  | 'DAILY_DIGEST'
  | 'IMMEDIATE'
  | 'OFF';

export type EventType =
  | 'AUTHORITY_RESPONSE'
  | 'COMPLAINT_FILED'
  | 'COURT_HEARING'
  | 'DEPORTATION'
  | 'DETENTION'
  | 'INCIDENT'
  | 'MEDICAL'
  | 'NOTE'
  | 'RELEASE';

export type EvidenceFile = {
  __typename?: 'EvidenceFile';
  /** From embedded metadata (EXIF, XMP, PDF info); null for readers without personal-data access. */
  capturedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  case: Case;
  /** True (the default): the file may show or name persons, so it is served only to those who may read the case's personal data, and otherwise listed without URLs. */
  containsPersonalData: Scalars['Boolean']['output'];
  custody: Array<CustodyEntry>;
  description?: Maybe<Scalars['String']['output']>;
  /** The original bytes; null when the viewer may not download them. */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  event?: Maybe<CaseEvent>;
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: EvidenceKind;
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  /** Sniffed from the content, not taken from the client. */
  mediaType: Scalars['String']['output'];
  /** A copy without embedded metadata (images re-encoded, PDF metadata removed); null when none can be made or the viewer may not download. */
  sanitizedUrl?: Maybe<Scalars['String']['output']>;
  /** Lowercase hex SHA-256 of the bytes as received, computed by the server while they arrived. */
  sha256: Scalars['String']['output'];
  /** Bytes. */
  size: Scalars['Float']['output'];
  /** A small JPEG or PNG preview without metadata, for images and PDFs. */
  thumbnailUrl?: Maybe<Scalars['String']['output']>;
  uploadedAt: Scalars['DateTimeISO']['output'];
  /** Null outside the owner organisation. */
  uploadedBy?: Maybe<User>;
  /** Last time the stored bytes were decrypted, re-hashed and matched sha256. */
  verifiedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

export type EvidenceKind =
  | 'AUDIO'
  | 'DOCUMENT'
  | 'IMAGE'
  | 'OTHER'
  | 'PDF'
  | 'VIDEO';

export type ExportFile = {
  __typename?: 'ExportFile';
  createdAt: Scalars['DateTimeISO']['output'];
  format: ExportFormat;
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  /** Relative URL; needs the same session as the API. */
  url: Scalars['String']['output'];
};

export type ExportFormat =
  | 'CSV'
  | 'JSON'
  | 'PDF'
  | 'XLSX';

export type Flow = {
  __typename?: 'Flow';
  count?: Maybe<Scalars['Int']['output']>;
  fromCountryCode: Scalars['String']['output'];
  suppressed: Scalars['Boolean']['output'];
  toCountryCode: Scalars['String']['output'];
};

export type ImportError = {
  __typename?: 'ImportError';
  message: Scalars['String']['output'];
  /** 1-based row (CSV, after the header) or array index + 1 (JSON). */
  row: Scalars['Int']['output'];
};

export type ImportFormat =
  | 'CSV'
  | 'JSON';

export type ImportResult = {
  __typename?: 'ImportResult';
  /** Cases created; 0 when dryRun or when any row failed (an import is all or nothing). */
  created: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  errors: Array<ImportError>;
  /** What was accepted but not imported, such as the columns of an export that an import cannot set. */
  warnings: Array<Scalars['String']['output']>;
};

export type Invitation = {
  __typename?: 'Invitation';
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  organisation: Organisation;
  roles: Array<OrgRole>;
  /** Only in the answer to inviteMember, to be passed on out of band; never readable again. */
  token?: Maybe<Scalars['String']['output']>;
};

export type Language =
  | 'EN'
  | 'FR'
  | 'KA'
  | 'RU'
  | 'TG'
  | 'UZ';

/** An organisation's name in one interface language. */
export type LocalizedName = {
  __typename?: 'LocalizedName';
  /** Interface language code: en, ru, tg, ka or fr. */
  language: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type LocalizedNameInput = {
  /** Interface language code: en, ru, tg, ka or fr. */
  language: Scalars['String']['input'];
  /** Blank drops the language. */
  name: Scalars['String']['input'];
};

export type Location = {
  __typename?: 'Location';
  city?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2. */
  countryCode: Scalars['String']['output'];
  region?: Maybe<Scalars['String']['output']>;
};

export type LocationInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  countryCode: Scalars['String']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
};

export type Membership = {
  __typename?: 'Membership';
  organisation: Organisation;
  roles: Array<OrgRole>;
  user: User;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates the account of a new email and signs the new member in. For an email that already has an account it fails with UNAUTHENTICATED, tries no password and signs nobody in: that person accepts with acceptInvitationAsMe. */
  acceptInvitation: User;
  /** Accepts an invitation as the signed-in user, whose email must be the invited one. An invitation to an email that already has an account can only be accepted this way: acceptInvitation then fails with UNAUTHENTICATED and never signs anyone in. */
  acceptInvitationAsMe: Membership;
  /** ADMIN or CASEWORKER of the receiving organisation. Makes its own case (title, dates, places, categories and the person with personal data, as consented) linked to the referring case. */
  acceptReferral: Referral;
  addCaseEvent: CaseEvent;
  addCasePerson: CasePerson;
  addCaseTask: CaseTask;
  /** Attaches a finished tus upload (its id is the last segment of the upload URL) to a case the viewer may change; the upload must have been made by the same user. BAD_USER_INPUT for an unfinished, unknown or refused upload (type not allowed, over the size limit). */
  attachEvidence: EvidenceFile;
  cancelCaseTask: CaseTask;
  changePassword: Scalars['Boolean']['output'];
  completeCaseTask: CaseTask;
  completeReferral: Referral;
  /** ADMIN or CASEWORKER of the other case's owner. */
  confirmCaseLink: CaseLink;
  confirmTotp: Scalars['Boolean']['output'];
  createBriefing: Briefing;
  createCase: Case;
  createOrganisation: Organisation;
  createStatement: Statement;
  decideBriefing: Briefing;
  declineReferral: Referral;
  /** Turns TOTP off; needs the current password and a current TOTP or recovery code. */
  disableTotp: Scalars['Boolean']['output'];
  /** Destroys the person's own data key (owner organisation's ADMIN): name, birth year and contact become unreadable for good, in the database and in every backup restored with the key vault written since. The pseudonym and role stay. CONFLICT while a released briefing holds the case. */
  erasePersonalData: CasePerson;
  /** Replaces the viewer's recovery codes with 10 new single-use codes, returned once (only their hashes are kept). login accepts a recovery code in totpCode. */
  generateRecoveryCodes: Array<Scalars['String']['output']>;
  importCases: ImportResult;
  inviteMember: Invitation;
  /** ADMIN or CASEWORKER of caseId's owner proposes a link to another organisation's case it can read; made by acceptReferral already confirmed. */
  linkCases: CaseLink;
  /** The emergency lock (its ADMIN or the COORDINATOR): ends every session of its members, asks TOTP at their next sign-in, and stops every export, download and briefing release of its data until its ADMIN, signed in with TOTP, unlocks it. CONFLICT when already locked. */
  lockOrganisation: Organisation;
  login: User;
  logout: Scalars['Boolean']['output'];
  /** Marks these (or, with no ids, all) of the viewer's notifications read; returns how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  openStatementForSignature: Statement;
  publishStatement: Statement;
  /** Owner ADMIN or CASEWORKER. consentToShare becomes: an active SHARE_PERSONAL_DATA consent covers the reader's organisation. */
  recordConsent: Consent;
  /** Owner ADMIN or CASEWORKER; needs an active REFERRAL consent covering toOrganisation (else CONFLICT). */
  referPerson: Referral;
  /** All owners approved: renders its files, and liaisons can read it. */
  releaseBriefing: Briefing;
  removeCasePerson: Scalars['Boolean']['output'];
  /** Removes the file from the case and destroys its key; the custody log and hash stay. Owner ADMIN only. */
  removeEvidence: Scalars['Boolean']['output'];
  removeMember: Scalars['Boolean']['output'];
  /** Always true, whether or not the email has an account, in about the same time. Emails a single-use link valid 30 minutes. Rate limited per email and per client address. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** An ADMIN of that organisation turns TOTP off for one of its members who belongs to no other organisation (else FORBIDDEN; a coordinator's or another admin's account needs the COORDINATOR). Ends the member's sessions, is audited, and the member is told. */
  resetMemberTotp: Scalars['Boolean']['output'];
  /** Sets a new password from an emailed token and ends every session of that user. TOTP, when confirmed, is still asked at the next login. */
  resetPassword: Scalars['Boolean']['output'];
  /** A new version; fails with CONFLICT when baseVersion is not the current version number. */
  reviseStatement: Statement;
  revokeBriefing: Briefing;
  /** Ends a pending invitation now: its token no longer works. ADMIN of its organisation. */
  revokeInvitation: Scalars['Boolean']['output'];
  /** Ends one of the viewer's own sessions (NOT_FOUND for anyone else's). */
  revokeSession: Scalars['Boolean']['output'];
  /** Creates or replaces the viewer's calendar feed token; the old path stops working. Returns the new path. */
  rotateCalendarFeed: Scalars['String']['output'];
  setMemberRoles: Membership;
  setNotificationPreferences: NotificationPreferences;
  /** Asks TOTP of every member at sign-in, for good (or no longer): its ADMIN only, in a session begun with TOTP. */
  setOrganisationRequireTotp: Organisation;
  setupTotp: TotpSetup;
  shareCase: CaseShare;
  /** One signature per organisation; signing again replaces it. CONFLICT when contentHash is not current. */
  signStatement: Signature;
  /** Sends the briefing to the owners of its cases for approval. */
  submitBriefing: Briefing;
  unlinkCases: Scalars['Boolean']['output'];
  /** Ends the emergency lock: its ADMIN only, in a session begun with TOTP (FORBIDDEN with extensions.reason TOTP_REQUIRED otherwise). CONFLICT when not locked. */
  unlockOrganisation: Organisation;
  unshareCase: Scalars['Boolean']['output'];
  /** Fails with CONFLICT when version is not the case's current version. */
  updateCase: Case;
  /** CONFLICT when version is not current. */
  updateCaseTask: CaseTask;
  updateOrganisation: Organisation;
  /** Decrypts and re-hashes the stored bytes now; records VERIFIED or VERIFICATION_FAILED. */
  verifyEvidence: EvidenceFile;
  /** Takes effect at once everywhere: shares, referrals not yet accepted, briefings not yet released, search. */
  withdrawConsent: Consent;
  withdrawReferral: Referral;
  withdrawSignature: Scalars['Boolean']['output'];
  withdrawStatement: Statement;
};


export type MutationAcceptInvitationArgs = {
  displayName: Scalars['String']['input'];
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationAcceptInvitationAsMeArgs = {
  token: Scalars['String']['input'];
};


export type MutationAcceptReferralArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddCaseEventArgs = {
  caseId: Scalars['ID']['input'];
  input: CaseEventInput;
};


export type MutationAddCasePersonArgs = {
  caseId: Scalars['ID']['input'];
  input: CasePersonInput;
};


export type MutationAddCaseTaskArgs = {
  caseId: Scalars['ID']['input'];
  input: CaseTaskInput;
};


export type MutationAttachEvidenceArgs = {
  caseId: Scalars['ID']['input'];
  containsPersonalData?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  eventId?: InputMaybe<Scalars['ID']['input']>;
  uploadId: Scalars['ID']['input'];
};


export type MutationCancelCaseTaskArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCompleteCaseTaskArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCompleteReferralArgs = {
  id: Scalars['ID']['input'];
  outcomeNote: Scalars['String']['input'];
};


export type MutationConfirmCaseLinkArgs = {
  linkId: Scalars['ID']['input'];
};


export type MutationConfirmTotpArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateBriefingArgs = {
  input: CreateBriefingInput;
};


export type MutationCreateCaseArgs = {
  input: CreateCaseInput;
};


export type MutationCreateOrganisationArgs = {
  input: OrganisationInput;
};


export type MutationCreateStatementArgs = {
  input: CreateStatementInput;
};


export type MutationDecideBriefingArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
};


export type MutationDeclineReferralArgs = {
  id: Scalars['ID']['input'];
  outcomeNote: Scalars['String']['input'];
};


export type MutationDisableTotpArgs = {
  code: Scalars['String']['input'];
  currentPassword: Scalars['String']['input'];
};


export type MutationErasePersonalDataArgs = {
  personId: Scalars['ID']['input'];
};


export type MutationGenerateRecoveryCodesArgs = {
  currentPassword: Scalars['String']['input'];
};


export type MutationImportCasesArgs = {
  data: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  format: ImportFormat;
  organisationId: Scalars['ID']['input'];
};


export type MutationInviteMemberArgs = {
  email: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  roles: Array<OrgRole>;
};


export type MutationLinkCasesArgs = {
  caseId: Scalars['ID']['input'];
  otherCaseId: Scalars['ID']['input'];
};


export type MutationLockOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  totpCode?: InputMaybe<Scalars['String']['input']>;
};


export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationOpenStatementForSignatureArgs = {
  id: Scalars['ID']['input'];
  signatureDeadline?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type MutationPublishStatementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordConsentArgs = {
  input: ConsentInput;
  personId: Scalars['ID']['input'];
};


export type MutationReferPersonArgs = {
  caseId: Scalars['ID']['input'];
  needs: Array<ReferralNeed>;
  personId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  toOrganisationId: Scalars['ID']['input'];
  urgent?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationReleaseBriefingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveCasePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveEvidenceArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveMemberArgs = {
  organisationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetMemberTotpArgs = {
  organisationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationReviseStatementArgs = {
  baseVersion: Scalars['Int']['input'];
  changeNote?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  translations: Array<TranslationInput>;
};


export type MutationRevokeBriefingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetMemberRolesArgs = {
  organisationId: Scalars['ID']['input'];
  roles: Array<OrgRole>;
  userId: Scalars['ID']['input'];
};


export type MutationSetNotificationPreferencesArgs = {
  email: EmailFrequency;
  language?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetOrganisationRequireTotpArgs = {
  id: Scalars['ID']['input'];
  required: Scalars['Boolean']['input'];
};


export type MutationShareCaseArgs = {
  access: ShareAccess;
  caseId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
  personalData?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationSignStatementArgs = {
  input: SignStatementInput;
};


export type MutationSubmitBriefingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnlinkCasesArgs = {
  linkId: Scalars['ID']['input'];
};


export type MutationUnlockOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnshareCaseArgs = {
  caseId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
};


export type MutationUpdateCaseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCaseInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateCaseTaskArgs = {
  id: Scalars['ID']['input'];
  input: CaseTaskInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateOrganisationArgs = {
  id: Scalars['ID']['input'];
  input: OrganisationUpdate;
};


export type MutationVerifyEvidenceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawConsentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawReferralArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawSignatureArgs = {
  organisationId: Scalars['ID']['input'];
  statementId: Scalars['ID']['input'];
};


export type MutationWithdrawStatementArgs = {
  id: Scalars['ID']['input'];
};

/** What waits for the viewer's action, across every organisation the viewer belongs to. */
export type MyWork = {
  __typename?: 'MyWork';
  briefingsToDecide: Array<Briefing>;
  /** Cases shared with the viewer's organisations in the last 14 days. */
  newShares: Array<Case>;
  statementsToSign: Array<Statement>;
  tasksDue: Array<CaseTask>;
};

export type Notification = {
  __typename?: 'Notification';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** A path of the client, e.g. /cases/<id>. */
  link: Scalars['String']['output'];
  organisation?: Maybe<Organisation>;
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Plain text in the recipient's language. Never a person's name, contact or birth year, nor text of a case the recipient cannot read. */
  text: Scalars['String']['output'];
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  unreadCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type NotificationKind =
  | 'BRIEFING_APPROVAL_REQUESTED'
  | 'BRIEFING_DECIDED'
  | 'BRIEFING_RELEASED'
  | 'CASE_SHARED'
  | 'COALITION_ORGANISATION_LOCKED'
  | 'INVITATION'
  | 'MEMBER_TOTP_RESET'
  | 'NEW_SIGN_IN'
  | 'ORGANISATION_LOCKED'
  | 'ORGANISATION_UNLOCKED'
  | 'REFERRAL_URGENT'
  | 'SIGNATURE_OUTDATED'
  | 'STATEMENT_OPEN_FOR_SIGNATURE'
  | 'STATEMENT_PUBLISHED'
  | 'TASK_ASSIGNED'
  | 'TASK_DUE'
  | 'TASK_OVERDUE';

export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  /** The viewer's iCalendar feed of open tasks, /calendar/<token>.ics; null until created. */
  calendarFeedPath?: Maybe<Scalars['String']['output']>;
  email: EmailFrequency;
  /** BCP 47 code of a language the interface offers; emails and notification texts use it. */
  language: Scalars['String']['output'];
};

export type OrgRole =
  | 'ADMIN'
  | 'CASEWORKER'
  | 'SIGNATORY'
  | 'VIEWER';

export type Organisation = {
  __typename?: 'Organisation';
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2. */
  countryCode: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The name in the organisation's own language and script, if different. */
  localName?: Maybe<Scalars['String']['output']>;
  /** Under the emergency lock: no export, download or briefing release of its data, its members sign in only with TOTP. Every signed-in user reads it. */
  locked: Scalars['Boolean']['output'];
  /** When the lock began; null when not locked, and for anyone but its members and the COORDINATOR. */
  lockedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  /** The name in each interface language the organisation gives one for (Russian, Tajik, Georgian, ...). */
  names: Array<LocalizedName>;
  /** The person who signs for the organisation by default, as printed under statements. */
  representative?: Maybe<Scalars['String']['output']>;
  /** Its members sign in only with TOTP, locked or not. Null for anyone but its members and the COORDINATOR. */
  requireTotp?: Maybe<Scalars['Boolean']['output']>;
  slug: Scalars['String']['output'];
  website?: Maybe<Scalars['String']['output']>;
};

export type OrganisationInput = {
  city: Scalars['String']['input'];
  countryCode: Scalars['String']['input'];
  localName?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** The name per interface language; the whole set, replacing the one before. */
  names?: InputMaybe<Array<LocalizedNameInput>>;
  representative?: InputMaybe<Scalars['String']['input']>;
  slug: Scalars['String']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type OrganisationUpdate = {
  city?: InputMaybe<Scalars['String']['input']>;
  localName?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** The name per interface language; the whole set, replacing the one before. */
  names?: InputMaybe<Array<LocalizedNameInput>>;
  representative?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PersonRole =
  | 'COMPLAINANT'
  | 'LEGAL_REPRESENTATIVE'
  | 'RELATIVE'
  | 'VICTIM'
  | 'WITNESS';

export type Query = {
  __typename?: 'Query';
  auditLog: AuditConnection;
  briefing?: Maybe<Briefing>;
  briefings: Array<Briefing>;
  /** Null when the case does not exist or the viewer may not read it: the two are indistinguishable. */
  case?: Maybe<Case>;
  caseStatistics: CaseStatistics;
  cases: CaseConnection;
  evidenceFile?: Maybe<EvidenceFile>;
  /** Invitations not yet accepted and not expired, newest first. ADMIN of that organisation or COORDINATOR. */
  invitations: Array<Invitation>;
  /** Null when not signed in. */
  me?: Maybe<User>;
  /** ADMIN of that organisation or COORDINATOR. */
  members: Array<Membership>;
  /** The viewer's own sessions that have not ended. */
  mySessions: Array<SessionInfo>;
  myWork: MyWork;
  notificationPreferences: NotificationPreferences;
  notifications: NotificationConnection;
  organisation?: Maybe<Organisation>;
  organisations: Array<Organisation>;
  /** Open to anyone, signed in or not; PUBLISHED statements only. */
  publishedStatement?: Maybe<Statement>;
  /** Referrals by status, by route (country to country) and time to acceptance, under the statistics rules. */
  referralStatistics: ReferralStatistics;
  /** Referrals from or to the viewer's organisations. */
  referrals: Array<Referral>;
  /** Cases, statements and briefings the viewer may read whose text matches: word forms of Russian and English (мигрант finds мигрантов), prefixes of three letters or more, any interface language. */
  search: SearchResult;
  statement?: Maybe<Statement>;
  statements: StatementConnection;
  verifyAuditChain: AuditVerification;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryBriefingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseStatisticsArgs = {
  filter?: InputMaybe<CaseFilter>;
};


export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CaseOrder>;
};


export type QueryEvidenceFileArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvitationsArgs = {
  organisationId: Scalars['ID']['input'];
};


export type QueryMembersArgs = {
  organisationId: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublishedStatementArgs = {
  slug: Scalars['String']['input'];
};


export type QueryReferralsArgs = {
  incoming?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<ReferralStatus>>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QueryStatementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Referral = {
  __typename?: 'Referral';
  /** The referring organisation's case. */
  case: Case;
  createdAt: Scalars['DateTimeISO']['output'];
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  fromOrganisation: Organisation;
  id: Scalars['ID']['output'];
  /** The receiving organisation's own case, made on acceptance; null before, and for readers who may not read it. */
  linkedCase?: Maybe<Case>;
  needs: Array<ReferralNeed>;
  /** Given by the receiving organisation when it declines or completes. */
  outcomeNote?: Maybe<Scalars['String']['output']>;
  person: CasePerson;
  /** Why, and what is asked; readable by both organisations. */
  reason: Scalars['String']['output'];
  status: ReferralStatus;
  toOrganisation: Organisation;
  urgent: Scalars['Boolean']['output'];
};

export type ReferralNeed =
  | 'DOCUMENTS'
  | 'FAMILY_TRACING'
  | 'LEGAL_AID'
  | 'MEDICAL'
  | 'MONITORING_AFTER_DEPORTATION'
  | 'OTHER'
  | 'SHELTER';

export type ReferralRoute = {
  __typename?: 'ReferralRoute';
  count?: Maybe<Scalars['Int']['output']>;
  /** Country of the referring case. */
  fromCountryCode: Scalars['String']['output'];
  /** Country of the receiving organisation. */
  toCountryCode: Scalars['String']['output'];
};

export type ReferralStatistics = {
  __typename?: 'ReferralStatistics';
  accepted?: Maybe<Scalars['Int']['output']>;
  /** Routes, country to country; for the LIAISON only routes of 5 or more. */
  byRoute: Array<ReferralRoute>;
  byStatus: Array<ReferralStatusCount>;
  /** Median hours from referral to acceptance; null below 5 accepted referrals for the LIAISON. */
  medianHoursToAcceptance?: Maybe<Scalars['Float']['output']>;
};

export type ReferralStatus =
  | 'ACCEPTED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'PENDING'
  | 'WITHDRAWN';

export type ReferralStatusCount = {
  __typename?: 'ReferralStatusCount';
  /** Null when suppressed (LIAISON: below 5, or needed to protect a suppressed cell). */
  count?: Maybe<Scalars['Int']['output']>;
  status: ReferralStatus;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  node: SearchHitNode;
  /** A short excerpt of readable text around the match, with the matched words between [[ and ]]. */
  snippet?: Maybe<Scalars['String']['output']>;
};

export type SearchHitNode = Briefing | Case | Statement;

export type SearchResult = {
  __typename?: 'SearchResult';
  hits: Array<SearchHit>;
  totalCount: Scalars['Int']['output'];
};

export type SessionInfo = {
  __typename?: 'SessionInfo';
  createdAt: Scalars['DateTimeISO']['output'];
  /** The session of this request. */
  current: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  lastSeenAt: Scalars['DateTimeISO']['output'];
  /** As the browser reported it; shortened. */
  userAgent?: Maybe<Scalars['String']['output']>;
};

export type ShareAccess =
  | 'READ'
  | 'WRITE';

export type SignStatementInput = {
  /** The hash of the text the signatory read; must equal the current version's. */
  contentHash: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  signatoryName: Scalars['String']['input'];
  signatoryTitle?: InputMaybe<Scalars['String']['input']>;
  statementId: Scalars['ID']['input'];
};

export type Signature = {
  __typename?: 'Signature';
  contentHash: Scalars['String']['output'];
  /** Signed the statement's current version: only these count. */
  current: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  organisation: Organisation;
  signatoryName: Scalars['String']['output'];
  signatoryTitle?: Maybe<Scalars['String']['output']>;
  signedAt: Scalars['DateTimeISO']['output'];
  /** The version whose exact text was signed. */
  versionNumber: Scalars['Int']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type Statement = {
  __typename?: 'Statement';
  addressees: Array<Scalars['String']['output']>;
  /** Cited cases that the viewer can read. */
  cases: Array<Case>;
  createdAt: Scalars['DateTimeISO']['output'];
  currentVersion: StatementVersion;
  id: Scalars['ID']['output'];
  initiator: Organisation;
  primaryLanguage: Language;
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Signatures on the current version. */
  signatureCount: Scalars['Int']['output'];
  signatureDeadline?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Oldest first; withdrawn signatures are not listed. */
  signatures: Array<Signature>;
  slug: Scalars['String']['output'];
  status: StatementStatus;
  /** The title in the primary language of the current version. */
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Oldest first. */
  versions: Array<StatementVersion>;
};

export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
};

export type StatementFilter = {
  initiatorOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Statements that the given organisation has signed (current signatures). */
  signedByOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<StatementStatus>>;
};

export type StatementStatus =
  | 'DRAFT'
  | 'OPEN_FOR_SIGNATURE'
  | 'PUBLISHED'
  | 'WITHDRAWN';

export type StatementVersion = {
  __typename?: 'StatementVersion';
  changeNote?: Maybe<Scalars['String']['output']>;
  /** sha256, lowercase hex, of the version's canonical text (README.md beside this file says how it is formed). */
  contentHash: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  number: Scalars['Int']['output'];
  translations: Array<Translation>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The viewer's own notifications as they are created. */
  notificationAdded: Notification;
  /** Signatures added, replaced or withdrawn on one statement the viewer can read. */
  statementSignatures: Statement;
};


export type SubscriptionStatementSignaturesArgs = {
  statementId: Scalars['ID']['input'];
};

export type TaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN';

export type TotpSetup = {
  __typename?: 'TotpSetup';
  otpauthUrl: Scalars['String']['output'];
  secret: Scalars['String']['output'];
};

export type Translation = {
  __typename?: 'Translation';
  /** The statement's addressees named in this language, one for each of `Statement.addressees` in order; null when the translation gives none (show `Statement.addressees`). */
  addressees?: Maybe<Array<Scalars['String']['output']>>;
  /** Markdown. */
  body: Scalars['String']['output'];
  language: Language;
  title: Scalars['String']['output'];
};

export type TranslationInput = {
  /** The addressees in this language, one for each of the statement's, in order; for the primary language they must be the statement's own. Not part of the content hash. */
  addressees?: InputMaybe<Array<Scalars['String']['input']>>;
  body: Scalars['String']['input'];
  language: Language;
  title: Scalars['String']['input'];
};

export type UpdateCaseInput = {
  categories?: InputMaybe<Array<CaseCategory>>;
  figures?: InputMaybe<CaseFiguresInput>;
  incidentDate?: InputMaybe<Scalars['LocalDate']['input']>;
  includeInStatistics?: InputMaybe<Scalars['Boolean']['input']>;
  location?: InputMaybe<LocationInput>;
  status?: InputMaybe<CaseStatus>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  visibility?: InputMaybe<Visibility>;
};

export type User = {
  __typename?: 'User';
  coalitionRoles: Array<CoalitionRole>;
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Language;
  memberships: Array<Membership>;
  totpEnabled: Scalars['Boolean']['output'];
};

export type Visibility =
  | 'COALITION'
  | 'RESTRICTED'
  | 'SHARED';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, email: string, displayName: string, locale: Language, totpEnabled: boolean, coalitionRoles: Array<CoalitionRole>, memberships: Array<{ __typename?: 'Membership', roles: Array<OrgRole>, organisation: { __typename?: 'Organisation', id: string, name: string, slug: string, city: string, countryCode: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } }> } | null };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { __typename?: 'Query', mySessions: Array<{ __typename?: 'SessionInfo', id: string, createdAt: string, lastSeenAt: string, userAgent?: string | null, current: boolean }> };

export type RevokeSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeSessionMutation = { __typename?: 'Mutation', revokeSession: boolean };

export type GenerateRecoveryCodesMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
}>;


export type GenerateRecoveryCodesMutation = { __typename?: 'Mutation', generateRecoveryCodes: Array<string> };

export type DisableTotpMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  code: Scalars['String']['input'];
}>;


export type DisableTotpMutation = { __typename?: 'Mutation', disableTotp: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type SetupTotpMutationVariables = Exact<{ [key: string]: never; }>;


export type SetupTotpMutation = { __typename?: 'Mutation', setupTotp: { __typename?: 'TotpSetup', secret: string, otpauthUrl: string } };

export type ConfirmTotpMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ConfirmTotpMutation = { __typename?: 'Mutation', confirmTotp: boolean };

export type OrganisationFieldsFragment = { __typename?: 'Organisation', id: string, slug: string, name: string, localName?: string | null, city: string, countryCode: string, website?: string | null, representative?: string | null, createdAt: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> };

export type AdminOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOrganisationsQuery = { __typename?: 'Query', organisations: Array<{ __typename?: 'Organisation', id: string, slug: string, name: string, localName?: string | null, city: string, countryCode: string, website?: string | null, representative?: string | null, createdAt: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> }> };

export type MembersQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type MembersQuery = { __typename?: 'Query', members: Array<{ __typename?: 'Membership', roles: Array<OrgRole>, user: { __typename?: 'User', id: string, displayName: string, email: string, totpEnabled: boolean } }> };

export type SetMemberRolesMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
  roles: Array<OrgRole> | OrgRole;
}>;


export type SetMemberRolesMutation = { __typename?: 'Mutation', setMemberRoles: { __typename?: 'Membership', roles: Array<OrgRole>, user: { __typename?: 'User', id: string } } };

export type RemoveMemberMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type RemoveMemberMutation = { __typename?: 'Mutation', removeMember: boolean };

export type InviteMemberMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
  roles: Array<OrgRole> | OrgRole;
}>;


export type InviteMemberMutation = { __typename?: 'Mutation', inviteMember: { __typename?: 'Invitation', id: string, email: string, roles: Array<OrgRole>, expiresAt: string, token?: string | null } };

export type AcceptInvitationMutationVariables = Exact<{
  token: Scalars['String']['input'];
  displayName: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'User', id: string, displayName: string } };

export type AcceptInvitationAsMeMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type AcceptInvitationAsMeMutation = { __typename?: 'Mutation', acceptInvitationAsMe: { __typename?: 'Membership', roles: Array<OrgRole>, organisation: { __typename?: 'Organisation', id: string } } };

export type CreateOrganisationMutationVariables = Exact<{
  input: OrganisationInput;
}>;


export type CreateOrganisationMutation = { __typename?: 'Mutation', createOrganisation: { __typename?: 'Organisation', id: string, slug: string, name: string, localName?: string | null, city: string, countryCode: string, website?: string | null, representative?: string | null, createdAt: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } };

export type UpdateOrganisationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: OrganisationUpdate;
}>;


export type UpdateOrganisationMutation = { __typename?: 'Mutation', updateOrganisation: { __typename?: 'Organisation', id: string, slug: string, name: string, localName?: string | null, city: string, countryCode: string, website?: string | null, representative?: string | null, createdAt: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } };

export type PendingInvitationsQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type PendingInvitationsQuery = { __typename?: 'Query', invitations: Array<{ __typename?: 'Invitation', id: string, email: string, roles: Array<OrgRole>, expiresAt: string }> };

export type RevokeInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation: boolean };

export type ResetMemberTotpMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type ResetMemberTotpMutation = { __typename?: 'Mutation', resetMemberTotp: boolean };

export type OrganisationLockQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganisationLockQuery = { __typename?: 'Query', organisation?: { __typename?: 'Organisation', id: string, locked: boolean, lockedAt?: string | null, requireTotp?: boolean | null } | null };

export type LockOrganisationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LockOrganisationMutation = { __typename?: 'Mutation', lockOrganisation: { __typename?: 'Organisation', id: string, locked: boolean, lockedAt?: string | null } };

export type UnlockOrganisationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnlockOrganisationMutation = { __typename?: 'Mutation', unlockOrganisation: { __typename?: 'Organisation', id: string, locked: boolean, lockedAt?: string | null } };

export type SetOrganisationRequireTotpMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  required: Scalars['Boolean']['input'];
}>;


export type SetOrganisationRequireTotpMutation = { __typename?: 'Mutation', setOrganisationRequireTotp: { __typename?: 'Organisation', id: string, requireTotp?: boolean | null } };

export type AuditOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditOrganisationsQuery = { __typename?: 'Query', organisations: Array<{ __typename?: 'Organisation', id: string, name: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> }> };

export type AuditLogQueryVariables = Exact<{
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<AuditFilter>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'AuditEdge', cursor: string, node: { __typename?: 'AuditEntry', seq: number, at: string, actor?: string | null, action: string, entityType: string, entityId?: string | null, hash: string, organisation?: { __typename?: 'Organisation', id: string, name: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } | null } }> } };

export type AuditMembersQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type AuditMembersQuery = { __typename?: 'Query', members: Array<{ __typename?: 'Membership', user: { __typename?: 'User', id: string, displayName: string } }> };

export type VerifyAuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditChainQuery = { __typename?: 'Query', verifyAuditChain: { __typename?: 'AuditVerification', ok: boolean, checked: number, brokenAt?: number | null } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  totpCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'User', id: string } };

export type ResetPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: boolean };

export type BriefingDetailFragment = { __typename?: 'Briefing', id: string, title: string, audience: string, status: BriefingStatus, includeStatistics: boolean, createdAt: string, releasedAt?: string | null, author: { __typename?: 'Organisation', id: string, name: string, city: string }, approvals: Array<{ __typename?: 'BriefingApproval', approved?: boolean | null, decidedAt?: string | null, organisation: { __typename?: 'Organisation', id: string, name: string, city: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } }>, files: Array<{ __typename?: 'ExportFile', format: ExportFormat, url: string, sha256: string, sizeBytes: number, createdAt: string }>, statements: Array<{ __typename?: 'Statement', id: string, title: string, slug: string, publishedAt?: string | null }>, cases: Array<{ __typename?: 'BriefingCase', reference: string, title: string, summary: string, status: CaseStatus, categories: Array<CaseCategory>, incidentDate?: string | null, countries: Array<string>, withheldPersons: number, location: { __typename?: 'Location', city?: string | null, region?: string | null, countryCode: string }, figures: { __typename?: 'CaseFigures', detained: number, deported: number, injured: number, childrenAffected: number }, ownerOrganisation: { __typename?: 'Organisation', id: string, name: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> }, persons: Array<{ __typename?: 'BriefingPerson', pseudonym: string, role: PersonRole, minor: boolean, citizenship?: string | null }>, events: Array<{ __typename?: 'BriefingEvent', type: EventType, occurredOn: string, title: string, description: string, authority?: string | null }> }> };

export type BriefingListQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefingListQuery = { __typename?: 'Query', briefings: Array<{ __typename?: 'Briefing', id: string, title: string, audience: string, status: BriefingStatus, createdAt: string, releasedAt?: string | null, author: { __typename?: 'Organisation', id: string, name: string }, approvals: Array<{ __typename?: 'BriefingApproval', approved?: boolean | null, organisation: { __typename?: 'Organisation', id: string, name: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } }> }> };

export type BriefingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BriefingQuery = { __typename?: 'Query', briefing?: { __typename?: 'Briefing', id: string, title: string, audience: string, status: BriefingStatus, includeStatistics: boolean, createdAt: string, releasedAt?: string | null, author: { __typename?: 'Organisation', id: string, name: string, city: string }, approvals: Array<{ __typename?: 'BriefingApproval', approved?: boolean | null, decidedAt?: string | null, organisation: { __typename?: 'Organisation', id: string, name: string, city: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } }>, files: Array<{ __typename?: 'ExportFile', format: ExportFormat, url: string, sha256: string, sizeBytes: number, createdAt: string }>, statements: Array<{ __typename?: 'Statement', id: string, title: string, slug: string, publishedAt?: string | null }>, cases: Array<{ __typename?: 'BriefingCase', reference: string, title: string, summary: string, status: CaseStatus, categories: Array<CaseCategory>, incidentDate?: string | null, countries: Array<string>, withheldPersons: number, location: { __typename?: 'Location', city?: string | null, region?: string | null, countryCode: string }, figures: { __typename?: 'CaseFigures', detained: number, deported: number, injured: number, childrenAffected: number }, ownerOrganisation: { __typename?: 'Organisation', id: string, name: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> }, persons: Array<{ __typename?: 'BriefingPerson', pseudonym: string, role: PersonRole, minor: boolean, citizenship?: string | null }>, events: Array<{ __typename?: 'BriefingEvent', type: EventType, occurredOn: string, title: string, description: string, authority?: string | null }> }> } | null };

export type BriefingCasePickerQueryVariables = Exact<{
  filter?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BriefingCasePickerQuery = { __typename?: 'Query', cases: { __typename?: 'CaseConnection', totalCount: number, edges: Array<{ __typename?: 'CaseEdge', node: { __typename?: 'Case', id: string, reference: string, title: string, incidentDate?: string | null, ownerOrganisation: { __typename?: 'Organisation', id: string, name: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } } }> } };

export type BriefingStatementPickerQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefingStatementPickerQuery = { __typename?: 'Query', statements: { __typename?: 'StatementConnection', edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, title: string, publishedAt?: string | null } }> } };

export type CreateBriefingMutationVariables = Exact<{
  input: CreateBriefingInput;
}>;


export type CreateBriefingMutation = { __typename?: 'Mutation', createBriefing: { __typename?: 'Briefing', id: string, title: string, audience: string, status: BriefingStatus, includeStatistics: boolean, createdAt: string, releasedAt?: string | null, author: { __typename?: 'Organisation', id: string, name: string, city: string }, approvals: Array<{ __typename?: 'BriefingApproval', approved?: boolean | null, decidedAt?: string | null, organisation: { __typename?: 'Organisation', id: string, name: string, city: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } }>, files: Array<{ __typename?: 'ExportFile', format: ExportFormat, url: string, sha256: string, sizeBytes: number, createdAt: string }>, statements: Array<{ __typename?: 'Statement', id: string, title: string, slug: string, publishedAt?: string | null }>, cases: Array<{ __typename?: 'BriefingCase', reference: string, title: string, summary: string, status: CaseStatus, categories: Array<CaseCategory>, incidentDate?: string | null, countries: Array<string>, withheldPersons: number, location: { __typename?: 'Location', city?: string | null, region?: string | null, countryCode: string }, figures: { __typename?: 'CaseFigures', detained: number, deported: number, injured: number, childrenAffected: number }, ownerOrganisation: { __typename?: 'Organisation', id: string, name: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> }, persons: Array<{ __typename?: 'BriefingPerson', pseudonym: string, role: PersonRole, minor: boolean, citizenship?: string | null }>, events: Array<{ __typename?: 'BriefingEvent', type: EventType, occurredOn: string, title: string, description: string, authority?: string | null }> }> } };

export type SubmitBriefingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitBriefingMutation = { __typename?: 'Mutation', submitBriefing: { __typename?: 'Briefing', id: string, title: string, audience: string, status: BriefingStatus, includeStatistics: boolean, createdAt: string, releasedAt?: string | null, author: { __typename?: 'Organisation', id: string, name: string, city: string }, approvals: Array<{ __typename?: 'BriefingApproval', approved?: boolean | null, decidedAt?: string | null, organisation: { __typename?: 'Organisation', id: string, name: string, city: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } }>, files: Array<{ __typename?: 'ExportFile', format: ExportFormat, url: string, sha256: string, sizeBytes: number, createdAt: string }>, statements: Array<{ __typename?: 'Statement', id: string, title: string, slug: string, publishedAt?: string | null }>, cases: Array<{ __typename?: 'BriefingCase', reference: string, title: string, summary: string, status: CaseStatus, categories: Array<CaseCategory>, incidentDate?: string | null, countries: Array<string>, withheldPersons: number, location: { __typename?: 'Location', city?: string | null, region?: string | null, countryCode: string }, figures: { __typename?: 'CaseFigures', detained: number, deported: number, injured: number, childrenAffected: number }, ownerOrganisation: { __typename?: 'Organisation', id: string, name: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> }, persons: Array<{ __typename?: 'BriefingPerson', pseudonym: string, role: PersonRole, minor: boolean, citizenship?: string | null }>, events: Array<{ __typename?: 'BriefingEvent', type: EventType, occurredOn: string, title: string, description: string, authority?: string | null }> }> } };

export type DecideBriefingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
}>;


export type DecideBriefingMutation = { __typename?: 'Mutation', decideBriefing: { __typename?: 'Briefing', id: string, status: BriefingStatus } };

export type ReleaseBriefingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReleaseBriefingMutation = { __typename?: 'Mutation', releaseBriefing: { __typename?: 'Briefing', id: string, title: string, audience: string, status: BriefingStatus, includeStatistics: boolean, createdAt: string, releasedAt?: string | null, author: { __typename?: 'Organisation', id: string, name: string, city: string }, approvals: Array<{ __typename?: 'BriefingApproval', approved?: boolean | null, decidedAt?: string | null, organisation: { __typename?: 'Organisation', id: string, name: string, city: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } }>, files: Array<{ __typename?: 'ExportFile', format: ExportFormat, url: string, sha256: string, sizeBytes: number, createdAt: string }>, statements: Array<{ __typename?: 'Statement', id: string, title: string, slug: string, publishedAt?: string | null }>, cases: Array<{ __typename?: 'BriefingCase', reference: string, title: string, summary: string, status: CaseStatus, categories: Array<CaseCategory>, incidentDate?: string | null, countries: Array<string>, withheldPersons: number, location: { __typename?: 'Location', city?: string | null, region?: string | null, countryCode: string }, figures: { __typename?: 'CaseFigures', detained: number, deported: number, injured: number, childrenAffected: number }, ownerOrganisation: { __typename?: 'Organisation', id: string, name: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> }, persons: Array<{ __typename?: 'BriefingPerson', pseudonym: string, role: PersonRole, minor: boolean, citizenship?: string | null }>, events: Array<{ __typename?: 'BriefingEvent', type: EventType, occurredOn: string, title: string, description: string, authority?: string | null }> }> } };

export type RevokeBriefingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeBriefingMutation = { __typename?: 'Mutation', revokeBriefing: { __typename?: 'Briefing', id: string, title: string, audience: string, status: BriefingStatus, includeStatistics: boolean, createdAt: string, releasedAt?: string | null, author: { __typename?: 'Organisation', id: string, name: string, city: string }, approvals: Array<{ __typename?: 'BriefingApproval', approved?: boolean | null, decidedAt?: string | null, organisation: { __typename?: 'Organisation', id: string, name: string, city: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } }>, files: Array<{ __typename?: 'ExportFile', format: ExportFormat, url: string, sha256: string, sizeBytes: number, createdAt: string }>, statements: Array<{ __typename?: 'Statement', id: string, title: string, slug: string, publishedAt?: string | null }>, cases: Array<{ __typename?: 'BriefingCase', reference: string, title: string, summary: string, status: CaseStatus, categories: Array<CaseCategory>, incidentDate?: string | null, countries: Array<string>, withheldPersons: number, location: { __typename?: 'Location', city?: string | null, region?: string | null, countryCode: string }, figures: { __typename?: 'CaseFigures', detained: number, deported: number, injured: number, childrenAffected: number }, ownerOrganisation: { __typename?: 'Organisation', id: string, name: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> }, persons: Array<{ __typename?: 'BriefingPerson', pseudonym: string, role: PersonRole, minor: boolean, citizenship?: string | null }>, events: Array<{ __typename?: 'BriefingEvent', type: EventType, occurredOn: string, title: string, description: string, authority?: string | null }> }> } };

export type CaseListQueryVariables = Exact<{
  filter?: InputMaybe<CaseFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CaseOrder>;
}>;


export type CaseListQuery = { __typename?: 'Query', cases: { __typename?: 'CaseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'CaseEdge', cursor: string, node: { __typename?: 'Case', id: string, reference: string, title: string, status: CaseStatus, visibility: Visibility, crossBorder: boolean, incidentDate?: string | null, countries: Array<string>, ownerOrganisation: { __typename?: 'Organisation', id: string, name: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } } }> } };

export type CaseDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseDetailQuery = { __typename?: 'Query', case?: { __typename?: 'Case', id: string, reference: string, title: string, summary: string, status: CaseStatus, visibility: Visibility, categories: Array<CaseCategory>, incidentDate?: string | null, includeInStatistics: boolean, countries: Array<string>, crossBorder: boolean, version: number, createdAt: string, updatedAt: string, location: { __typename?: 'Location', city?: string | null, region?: string | null, countryCode: string }, figures: { __typename?: 'CaseFigures', detained: number, deported: number, injured: number, childrenAffected: number }, ownerOrganisation: { __typename?: 'Organisation', id: string, name: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> }, myAccess: { __typename?: 'CaseAccess', canEdit: boolean, canShare: boolean, canSeePersonalData: boolean }, readers: Array<{ __typename?: 'CaseReader', canChange: boolean, personsWithNames?: Array<string> | null, organisation: { __typename?: 'Organisation', id: string, name: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } }>, persons: Array<{ __typename?: 'CasePerson', id: string, pseudonym: string, fullName?: string | null, birthYear?: number | null, contact?: string | null, citizenship?: string | null, role: PersonRole, minor: boolean, consentToShare: boolean }>, events: Array<{ __typename?: 'CaseEvent', id: string, type: EventType, title: string, description: string, occurredOn: string, authority?: string | null, destinationCountryCode?: string | null, createdAt: string, location?: { __typename?: 'Location', city?: string | null, region?: string | null, countryCode: string } | null, recordedBy: { __typename?: 'Organisation', id: string, name: string }, evidence: Array<{ __typename?: 'EvidenceFile', id: string, fileName: string }> }>, shares: Array<{ __typename?: 'CaseShare', access: ShareAccess, personalData: boolean, grantedAt: string, organisation: { __typename?: 'Organisation', id: string, name: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } }>, statements: Array<{ __typename?: 'Statement', id: string, status: StatementStatus, currentVersion: { __typename?: 'StatementVersion', translations: Array<{ __typename?: 'Translation', language: Language, title: string }> } }> } | null };

export type CaseShareOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseShareOrganisationsQuery = { __typename?: 'Query', organisations: Array<{ __typename?: 'Organisation', id: string, name: string, slug: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> }> };

export type CreateCaseMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type CreateCaseMutation = { __typename?: 'Mutation', createCase: { __typename?: 'Case', id: string, reference: string, version: number } };

export type UpdateCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCaseInput;
  version: Scalars['Int']['input'];
}>;


export type UpdateCaseMutation = { __typename?: 'Mutation', updateCase: { __typename?: 'Case', id: string, version: number, title: string, summary: string, status: CaseStatus, visibility: Visibility, categories: Array<CaseCategory>, incidentDate?: string | null, includeInStatistics: boolean, location: { __typename?: 'Location', city?: string | null, region?: string | null, countryCode: string }, figures: { __typename?: 'CaseFigures', detained: number, deported: number, injured: number, childrenAffected: number } } };

export type AddCasePersonMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: CasePersonInput;
}>;


export type AddCasePersonMutation = { __typename?: 'Mutation', addCasePerson: { __typename?: 'CasePerson', id: string, pseudonym: string } };

export type RemoveCasePersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveCasePersonMutation = { __typename?: 'Mutation', removeCasePerson: boolean };

export type ErasePersonalDataMutationVariables = Exact<{
  personId: Scalars['ID']['input'];
}>;


export type ErasePersonalDataMutation = { __typename?: 'Mutation', erasePersonalData: { __typename?: 'CasePerson', id: string, fullName?: string | null, birthYear?: number | null, contact?: string | null } };

export type AddCaseEventMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: CaseEventInput;
}>;


export type AddCaseEventMutation = { __typename?: 'Mutation', addCaseEvent: { __typename?: 'CaseEvent', id: string } };

export type ShareCaseMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
  access: ShareAccess;
  personalData?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ShareCaseMutation = { __typename?: 'Mutation', shareCase: { __typename?: 'CaseShare', access: ShareAccess, personalData: boolean } };

export type UnshareCaseMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
}>;


export type UnshareCaseMutation = { __typename?: 'Mutation', unshareCase: boolean };

export type CaseHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CaseHistoryQuery = { __typename?: 'Query', case?: { __typename?: 'Case', id: string, history: { __typename?: 'CaseHistoryConnection', pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'CaseHistoryEdge', cursor: string, node: { __typename?: 'CaseHistoryEntry', action: string, at: string, actor?: string | null, organisation?: { __typename?: 'Organisation', id: string, name: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } | null } }> } } | null };

export type DashboardStatisticsQueryVariables = Exact<{
  filter?: InputMaybe<CaseFilter>;
}>;


export type DashboardStatisticsQuery = { __typename?: 'Query', caseStatistics: { __typename?: 'CaseStatistics', totalCases: number, totalSuppressed: boolean, crossBorderCases: number, crossBorderSuppressed: boolean, suppressionThreshold: number, figuresSuppressed: Array<string>, figures: { __typename?: 'CaseFigures', detained: number, deported: number, injured: number, childrenAffected: number }, byMonth: Array<{ __typename?: 'Bucket', key: string, count?: number | null, suppressed: boolean }>, byCountry: Array<{ __typename?: 'Bucket', key: string, count?: number | null, suppressed: boolean }>, byCategory: Array<{ __typename?: 'Bucket', key: string, count?: number | null, suppressed: boolean }>, byStatus: Array<{ __typename?: 'Bucket', key: string, count?: number | null, suppressed: boolean }>, flows: Array<{ __typename?: 'Flow', fromCountryCode: string, toCountryCode: string, count?: number | null, suppressed: boolean }> } };

export type DashboardCountriesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardCountriesQuery = { __typename?: 'Query', caseStatistics: { __typename?: 'CaseStatistics', byCountry: Array<{ __typename?: 'Bucket', key: string }> } };

export type CaseEvidenceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseEvidenceQuery = { __typename?: 'Query', case?: { __typename?: 'Case', id: string, ownerOrganisation: { __typename?: 'Organisation', id: string }, myAccess: { __typename?: 'CaseAccess', canEdit: boolean, canSeePersonalData: boolean }, events: Array<{ __typename?: 'CaseEvent', id: string, title: string, occurredOn: string }>, evidence: Array<{ __typename?: 'EvidenceFile', id: string, fileName: string, mediaType: string, kind: EvidenceKind, size: number, sha256: string, uploadedAt: string, description?: string | null, containsPersonalData: boolean, capturedAt?: string | null, latitude?: number | null, longitude?: number | null, downloadUrl?: string | null, sanitizedUrl?: string | null, thumbnailUrl?: string | null, verifiedAt?: string | null, uploadedBy?: { __typename?: 'User', id: string, displayName: string } | null, event?: { __typename?: 'CaseEvent', id: string, title: string } | null, custody: Array<{ __typename?: 'CustodyEntry', at: string, action: CustodyAction, sha256Matched?: boolean | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, user?: { __typename?: 'User', id: string, displayName: string } | null }> }> } | null };

export type AttachEvidenceMutationVariables = Exact<{
  uploadId: Scalars['ID']['input'];
  caseId: Scalars['ID']['input'];
  eventId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  containsPersonalData?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AttachEvidenceMutation = { __typename?: 'Mutation', attachEvidence: { __typename?: 'EvidenceFile', id: string, sha256: string } };

export type VerifyEvidenceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VerifyEvidenceMutation = { __typename?: 'Mutation', verifyEvidence: { __typename?: 'EvidenceFile', id: string, verifiedAt?: string | null } };

export type RemoveEvidenceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RemoveEvidenceMutation = { __typename?: 'Mutation', removeEvidence: boolean };

export type ImportCasesMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  format: ImportFormat;
  data: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ImportCasesMutation = { __typename?: 'Mutation', importCases: { __typename?: 'ImportResult', created: number, dryRun: boolean, errors: Array<{ __typename?: 'ImportError', row: number, message: string }> } };

export type ImportNewestCasesQueryVariables = Exact<{
  filter?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ImportNewestCasesQuery = { __typename?: 'Query', cases: { __typename?: 'CaseConnection', edges: Array<{ __typename?: 'CaseEdge', node: { __typename?: 'Case', id: string, reference: string, title: string, createdAt: string } }> } };

export type NotificationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', unreadCount: number, edges: Array<{ __typename?: 'NotificationEdge', node: { __typename?: 'Notification', id: string, kind: NotificationKind, text: string, link: string, createdAt: string, readAt?: string | null } }> } };

export type NotificationsPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type NotificationsPageQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', unreadCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'NotificationEdge', node: { __typename?: 'Notification', id: string, kind: NotificationKind, text: string, link: string, createdAt: string, readAt?: string | null } }> } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { __typename?: 'Subscription', notificationAdded: { __typename?: 'Notification', id: string, kind: NotificationKind, text: string, link: string, createdAt: string, readAt?: string | null } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type MyWorkQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkQuery = { __typename?: 'Query', myWork: { __typename?: 'MyWork', statementsToSign: Array<{ __typename?: 'Statement', id: string, title: string }>, briefingsToDecide: Array<{ __typename?: 'Briefing', id: string, title: string }>, tasksDue: Array<{ __typename?: 'CaseTask', id: string, title: string, dueAt: string, case: { __typename?: 'Case', id: string, reference: string } }>, newShares: Array<{ __typename?: 'Case', id: string, reference: string }> } };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { __typename?: 'Query', notificationPreferences: { __typename?: 'NotificationPreferences', email: EmailFrequency, language: string, calendarFeedPath?: string | null } };

export type SetNotificationPreferencesMutationVariables = Exact<{
  email: EmailFrequency;
  language?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetNotificationPreferencesMutation = { __typename?: 'Mutation', setNotificationPreferences: { __typename?: 'NotificationPreferences', email: EmailFrequency, language: string, calendarFeedPath?: string | null } };

export type RotateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RotateCalendarFeedMutation = { __typename?: 'Mutation', rotateCalendarFeed: string };

export type CaseTasksQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseTasksQuery = { __typename?: 'Query', case?: { __typename?: 'Case', id: string, tasks: Array<{ __typename?: 'CaseTask', id: string, title: string, dueAt: string, status: TaskStatus, completedAt?: string | null, version: number, assignee?: { __typename?: 'User', id: string, displayName: string } | null }> } | null };

export type CaseTaskFieldsFragment = { __typename?: 'CaseTask', id: string, title: string, dueAt: string, status: TaskStatus, completedAt?: string | null, version: number, assignee?: { __typename?: 'User', id: string, displayName: string } | null };

export type AddCaseTaskMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: CaseTaskInput;
}>;


export type AddCaseTaskMutation = { __typename?: 'Mutation', addCaseTask: { __typename?: 'CaseTask', id: string, title: string, dueAt: string, status: TaskStatus, completedAt?: string | null, version: number, assignee?: { __typename?: 'User', id: string, displayName: string } | null } };

export type CompleteCaseTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type CompleteCaseTaskMutation = { __typename?: 'Mutation', completeCaseTask: { __typename?: 'CaseTask', id: string, title: string, dueAt: string, status: TaskStatus, completedAt?: string | null, version: number, assignee?: { __typename?: 'User', id: string, displayName: string } | null } };

export type CancelCaseTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type CancelCaseTaskMutation = { __typename?: 'Mutation', cancelCaseTask: { __typename?: 'CaseTask', id: string, title: string, dueAt: string, status: TaskStatus, completedAt?: string | null, version: number, assignee?: { __typename?: 'User', id: string, displayName: string } | null } };

export type TaskAssigneesQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type TaskAssigneesQuery = { __typename?: 'Query', members: Array<{ __typename?: 'Membership', roles: Array<OrgRole>, user: { __typename?: 'User', id: string, displayName: string } }> };

export type PersonConsentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonConsentsQuery = { __typename?: 'Query', case?: { __typename?: 'Case', id: string, myAccess: { __typename?: 'CaseAccess', canShare: boolean }, evidence: Array<{ __typename?: 'EvidenceFile', id: string, fileName: string }>, persons: Array<{ __typename?: 'CasePerson', id: string, pseudonym: string, consents: Array<{ __typename?: 'Consent', id: string, scope: ConsentScope, purpose: string, givenOn: string, expiresOn?: string | null, form: string, active: boolean, recordedAt: string, withdrawnAt?: string | null, formFile?: { __typename?: 'EvidenceFile', id: string, fileName: string, downloadUrl?: string | null } | null, organisations: Array<{ __typename?: 'Organisation', id: string, name: string }>, recordedBy?: { __typename?: 'User', id: string, displayName: string } | null }> }> } | null };

export type RecordConsentMutationVariables = Exact<{
  personId: Scalars['ID']['input'];
  input: ConsentInput;
}>;


export type RecordConsentMutation = { __typename?: 'Mutation', recordConsent: { __typename?: 'Consent', id: string, active: boolean } };

export type WithdrawConsentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawConsentMutation = { __typename?: 'Mutation', withdrawConsent: { __typename?: 'Consent', id: string, active: boolean, withdrawnAt?: string | null } };

export type ReferPersonMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  toOrganisationId: Scalars['ID']['input'];
  needs: Array<ReferralNeed> | ReferralNeed;
  reason: Scalars['String']['input'];
  urgent?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ReferPersonMutation = { __typename?: 'Mutation', referPerson: { __typename?: 'Referral', id: string, status: ReferralStatus } };

export type ReferralsQueryVariables = Exact<{
  incoming?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<ReferralStatus> | ReferralStatus>;
}>;


export type ReferralsQuery = { __typename?: 'Query', referrals: Array<{ __typename?: 'Referral', id: string, status: ReferralStatus, needs: Array<ReferralNeed>, reason: string, urgent: boolean, createdAt: string, decidedAt?: string | null, outcomeNote?: string | null, fromOrganisation: { __typename?: 'Organisation', id: string, name: string, countryCode: string }, toOrganisation: { __typename?: 'Organisation', id: string, name: string, countryCode: string }, case: { __typename?: 'Case', id: string, reference: string, title: string }, person: { __typename?: 'CasePerson', id: string, pseudonym: string, fullName?: string | null }, linkedCase?: { __typename?: 'Case', id: string, reference: string, title: string } | null }> };

export type AcceptReferralMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcceptReferralMutation = { __typename?: 'Mutation', acceptReferral: { __typename?: 'Referral', id: string, status: ReferralStatus, linkedCase?: { __typename?: 'Case', id: string } | null } };

export type DeclineReferralMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  outcomeNote: Scalars['String']['input'];
}>;


export type DeclineReferralMutation = { __typename?: 'Mutation', declineReferral: { __typename?: 'Referral', id: string, status: ReferralStatus } };

export type CompleteReferralMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  outcomeNote: Scalars['String']['input'];
}>;


export type CompleteReferralMutation = { __typename?: 'Mutation', completeReferral: { __typename?: 'Referral', id: string, status: ReferralStatus } };

export type WithdrawReferralMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawReferralMutation = { __typename?: 'Mutation', withdrawReferral: { __typename?: 'Referral', id: string, status: ReferralStatus } };

export type CaseCrossBorderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseCrossBorderQuery = { __typename?: 'Query', case?: { __typename?: 'Case', id: string, links: Array<{ __typename?: 'CaseLink', id: string, confirmed: boolean, createdAt: string, otherOrganisation: { __typename?: 'Organisation', id: string, name: string, countryCode: string }, otherCase?: { __typename?: 'Case', id: string, reference: string, title: string } | null, referral?: { __typename?: 'Referral', id: string, status: ReferralStatus } | null }>, referrals: Array<{ __typename?: 'Referral', id: string, status: ReferralStatus, urgent: boolean, needs: Array<ReferralNeed>, fromOrganisation: { __typename?: 'Organisation', id: string, name: string }, toOrganisation: { __typename?: 'Organisation', id: string, name: string }, person: { __typename?: 'CasePerson', id: string, pseudonym: string } }>, crossBorderTimeline: Array<{ __typename?: 'CaseEvent', id: string, type: EventType, title: string, description: string, occurredOn: string, case: { __typename?: 'Case', id: string, reference: string, ownerOrganisation: { __typename?: 'Organisation', id: string, name: string, countryCode: string } } }> } | null };

export type ConfirmCaseLinkMutationVariables = Exact<{
  linkId: Scalars['ID']['input'];
}>;


export type ConfirmCaseLinkMutation = { __typename?: 'Mutation', confirmCaseLink: { __typename?: 'CaseLink', id: string, confirmed: boolean } };

export type UnlinkCasesMutationVariables = Exact<{
  linkId: Scalars['ID']['input'];
}>;


export type UnlinkCasesMutation = { __typename?: 'Mutation', unlinkCases: boolean };

export type ReferralStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferralStatisticsQuery = { __typename?: 'Query', referralStatistics: { __typename?: 'ReferralStatistics', accepted?: number | null, medianHoursToAcceptance?: number | null, byStatus: Array<{ __typename?: 'ReferralStatusCount', status: ReferralStatus, count?: number | null }>, byRoute: Array<{ __typename?: 'ReferralRoute', fromCountryCode: string, toCountryCode: string, count?: number | null }> } };

export type SearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchResult', totalCount: number, hits: Array<{ __typename?: 'SearchHit', snippet?: string | null, node:
        | { __typename: 'Briefing', id: string, title: string, briefingStatus: BriefingStatus }
        | { __typename: 'Case', id: string, reference: string, title: string }
        | { __typename: 'Statement', id: string, title: string, statementStatus: StatementStatus }
       }> } };

export type StatementDetailFragment = { __typename?: 'Statement', id: string, slug: string, status: StatementStatus, title: string, primaryLanguage: Language, addressees: Array<string>, createdAt: string, updatedAt: string, publishedAt?: string | null, signatureDeadline?: string | null, signatureCount: number, initiator: { __typename?: 'Organisation', id: string, name: string, city: string }, currentVersion: { __typename?: 'StatementVersion', number: number, contentHash: string, createdAt: string, changeNote?: string | null, translations: Array<{ __typename?: 'Translation', language: Language, title: string, body: string, addressees?: Array<string> | null }> }, versions: Array<{ __typename?: 'StatementVersion', number: number, contentHash: string, createdAt: string, changeNote?: string | null, translations: Array<{ __typename?: 'Translation', language: Language, title: string, body: string, addressees?: Array<string> | null }> }>, signatures: Array<{ __typename?: 'Signature', id: string, current: boolean, versionNumber: number, contentHash: string, signatoryName: string, signatoryTitle?: string | null, signedAt: string, organisation: { __typename?: 'Organisation', id: string, name: string, city: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } }>, cases: Array<{ __typename?: 'Case', id: string, reference: string, title: string }> };

export type StatementsQueryVariables = Exact<{
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StatementsQuery = { __typename?: 'Query', statements: { __typename?: 'StatementConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, slug: string, title: string, status: StatementStatus, signatureCount: number, signatureDeadline?: string | null, publishedAt?: string | null, updatedAt: string, initiator: { __typename?: 'Organisation', id: string, name: string } } }> } };

export type StatementQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StatementQuery = { __typename?: 'Query', statement?: { __typename?: 'Statement', id: string, slug: string, status: StatementStatus, title: string, primaryLanguage: Language, addressees: Array<string>, createdAt: string, updatedAt: string, publishedAt?: string | null, signatureDeadline?: string | null, signatureCount: number, initiator: { __typename?: 'Organisation', id: string, name: string, city: string }, currentVersion: { __typename?: 'StatementVersion', number: number, contentHash: string, createdAt: string, changeNote?: string | null, translations: Array<{ __typename?: 'Translation', language: Language, title: string, body: string, addressees?: Array<string> | null }> }, versions: Array<{ __typename?: 'StatementVersion', number: number, contentHash: string, createdAt: string, changeNote?: string | null, translations: Array<{ __typename?: 'Translation', language: Language, title: string, body: string, addressees?: Array<string> | null }> }>, signatures: Array<{ __typename?: 'Signature', id: string, current: boolean, versionNumber: number, contentHash: string, signatoryName: string, signatoryTitle?: string | null, signedAt: string, organisation: { __typename?: 'Organisation', id: string, name: string, city: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } }>, cases: Array<{ __typename?: 'Case', id: string, reference: string, title: string }> } | null };

export type StatementSignaturesSubscriptionVariables = Exact<{
  statementId: Scalars['ID']['input'];
}>;


export type StatementSignaturesSubscription = { __typename?: 'Subscription', statementSignatures: { __typename?: 'Statement', id: string, slug: string, status: StatementStatus, title: string, primaryLanguage: Language, addressees: Array<string>, createdAt: string, updatedAt: string, publishedAt?: string | null, signatureDeadline?: string | null, signatureCount: number, initiator: { __typename?: 'Organisation', id: string, name: string, city: string }, currentVersion: { __typename?: 'StatementVersion', number: number, contentHash: string, createdAt: string, changeNote?: string | null, translations: Array<{ __typename?: 'Translation', language: Language, title: string, body: string, addressees?: Array<string> | null }> }, versions: Array<{ __typename?: 'StatementVersion', number: number, contentHash: string, createdAt: string, changeNote?: string | null, translations: Array<{ __typename?: 'Translation', language: Language, title: string, body: string, addressees?: Array<string> | null }> }>, signatures: Array<{ __typename?: 'Signature', id: string, current: boolean, versionNumber: number, contentHash: string, signatoryName: string, signatoryTitle?: string | null, signedAt: string, organisation: { __typename?: 'Organisation', id: string, name: string, city: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } }>, cases: Array<{ __typename?: 'Case', id: string, reference: string, title: string }> } };

export type CitableCasesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type CitableCasesQuery = { __typename?: 'Query', cases: { __typename?: 'CaseConnection', totalCount: number, edges: Array<{ __typename?: 'CaseEdge', node: { __typename?: 'Case', id: string, reference: string, title: string } }> } };

export type CreateStatementMutationVariables = Exact<{
  input: CreateStatementInput;
}>;


export type CreateStatementMutation = { __typename?: 'Mutation', createStatement: { __typename?: 'Statement', id: string } };

export type ReviseStatementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  baseVersion: Scalars['Int']['input'];
  translations: Array<TranslationInput> | TranslationInput;
  changeNote?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviseStatementMutation = { __typename?: 'Mutation', reviseStatement: { __typename?: 'Statement', id: string, slug: string, status: StatementStatus, title: string, primaryLanguage: Language, addressees: Array<string>, createdAt: string, updatedAt: string, publishedAt?: string | null, signatureDeadline?: string | null, signatureCount: number, initiator: { __typename?: 'Organisation', id: string, name: string, city: string }, currentVersion: { __typename?: 'StatementVersion', number: number, contentHash: string, createdAt: string, changeNote?: string | null, translations: Array<{ __typename?: 'Translation', language: Language, title: string, body: string, addressees?: Array<string> | null }> }, versions: Array<{ __typename?: 'StatementVersion', number: number, contentHash: string, createdAt: string, changeNote?: string | null, translations: Array<{ __typename?: 'Translation', language: Language, title: string, body: string, addressees?: Array<string> | null }> }>, signatures: Array<{ __typename?: 'Signature', id: string, current: boolean, versionNumber: number, contentHash: string, signatoryName: string, signatoryTitle?: string | null, signedAt: string, organisation: { __typename?: 'Organisation', id: string, name: string, city: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } }>, cases: Array<{ __typename?: 'Case', id: string, reference: string, title: string }> } };

export type OpenStatementForSignatureMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  signatureDeadline?: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type OpenStatementForSignatureMutation = { __typename?: 'Mutation', openStatementForSignature: { __typename?: 'Statement', id: string, slug: string, status: StatementStatus, title: string, primaryLanguage: Language, addressees: Array<string>, createdAt: string, updatedAt: string, publishedAt?: string | null, signatureDeadline?: string | null, signatureCount: number, initiator: { __typename?: 'Organisation', id: string, name: string, city: string }, currentVersion: { __typename?: 'StatementVersion', number: number, contentHash: string, createdAt: string, changeNote?: string | null, translations: Array<{ __typename?: 'Translation', language: Language, title: string, body: string, addressees?: Array<string> | null }> }, versions: Array<{ __typename?: 'StatementVersion', number: number, contentHash: string, createdAt: string, changeNote?: string | null, translations: Array<{ __typename?: 'Translation', language: Language, title: string, body: string, addressees?: Array<string> | null }> }>, signatures: Array<{ __typename?: 'Signature', id: string, current: boolean, versionNumber: number, contentHash: string, signatoryName: string, signatoryTitle?: string | null, signedAt: string, organisation: { __typename?: 'Organisation', id: string, name: string, city: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } }>, cases: Array<{ __typename?: 'Case', id: string, reference: string, title: string }> } };

export type SignStatementMutationVariables = Exact<{
  input: SignStatementInput;
}>;


export type SignStatementMutation = { __typename?: 'Mutation', signStatement: { __typename?: 'Signature', id: string, current: boolean, versionNumber: number } };

export type WithdrawSignatureMutationVariables = Exact<{
  statementId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
}>;


export type WithdrawSignatureMutation = { __typename?: 'Mutation', withdrawSignature: boolean };

export type PublishStatementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishStatementMutation = { __typename?: 'Mutation', publishStatement: { __typename?: 'Statement', id: string, slug: string, status: StatementStatus, title: string, primaryLanguage: Language, addressees: Array<string>, createdAt: string, updatedAt: string, publishedAt?: string | null, signatureDeadline?: string | null, signatureCount: number, initiator: { __typename?: 'Organisation', id: string, name: string, city: string }, currentVersion: { __typename?: 'StatementVersion', number: number, contentHash: string, createdAt: string, changeNote?: string | null, translations: Array<{ __typename?: 'Translation', language: Language, title: string, body: string, addressees?: Array<string> | null }> }, versions: Array<{ __typename?: 'StatementVersion', number: number, contentHash: string, createdAt: string, changeNote?: string | null, translations: Array<{ __typename?: 'Translation', language: Language, title: string, body: string, addressees?: Array<string> | null }> }>, signatures: Array<{ __typename?: 'Signature', id: string, current: boolean, versionNumber: number, contentHash: string, signatoryName: string, signatoryTitle?: string | null, signedAt: string, organisation: { __typename?: 'Organisation', id: string, name: string, city: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } }>, cases: Array<{ __typename?: 'Case', id: string, reference: string, title: string }> } };

export type WithdrawStatementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawStatementMutation = { __typename?: 'Mutation', withdrawStatement: { __typename?: 'Statement', id: string, slug: string, status: StatementStatus, title: string, primaryLanguage: Language, addressees: Array<string>, createdAt: string, updatedAt: string, publishedAt?: string | null, signatureDeadline?: string | null, signatureCount: number, initiator: { __typename?: 'Organisation', id: string, name: string, city: string }, currentVersion: { __typename?: 'StatementVersion', number: number, contentHash: string, createdAt: string, changeNote?: string | null, translations: Array<{ __typename?: 'Translation', language: Language, title: string, body: string, addressees?: Array<string> | null }> }, versions: Array<{ __typename?: 'StatementVersion', number: number, contentHash: string, createdAt: string, changeNote?: string | null, translations: Array<{ __typename?: 'Translation', language: Language, title: string, body: string, addressees?: Array<string> | null }> }>, signatures: Array<{ __typename?: 'Signature', id: string, current: boolean, versionNumber: number, contentHash: string, signatoryName: string, signatoryTitle?: string | null, signedAt: string, organisation: { __typename?: 'Organisation', id: string, name: string, city: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } }>, cases: Array<{ __typename?: 'Case', id: string, reference: string, title: string }> } };

export type PublishedStatementQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type PublishedStatementQuery = { __typename?: 'Query', publishedStatement?: { __typename?: 'Statement', id: string, slug: string, title: string, primaryLanguage: Language, addressees: Array<string>, publishedAt?: string | null, currentVersion: { __typename?: 'StatementVersion', number: number, contentHash: string, translations: Array<{ __typename?: 'Translation', language: Language, title: string, body: string, addressees?: Array<string> | null }> }, signatures: Array<{ __typename?: 'Signature', id: string, current: boolean, signatoryName: string, signatoryTitle?: string | null, signedAt: string, organisation: { __typename?: 'Organisation', id: string, name: string, city: string, names: Array<{ __typename?: 'LocalizedName', language: string, name: string }> } }> } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export const OrganisationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OrganisationFieldsFragment, unknown>;
export const BriefingDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BriefingDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Briefing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"includeStatistics"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"incidentDate"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detained"}},{"kind":"Field","name":{"kind":"Name","value":"deported"}},{"kind":"Field","name":{"kind":"Name","value":"injured"}},{"kind":"Field","name":{"kind":"Name","value":"childrenAffected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withheldPersons"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}}]}}]}}]}}]} as unknown as DocumentNode<BriefingDetailFragment, unknown>;
export const CaseTaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CaseTaskFieldsFragment, unknown>;
export const StatementDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signatureDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"signatureCount"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryName"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<StatementDetailFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"totpEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"coalitionRoles"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const MySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const RevokeSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const GenerateRecoveryCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateRecoveryCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateRecoveryCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}}]}]}}]} as unknown as DocumentNode<GenerateRecoveryCodesMutation, GenerateRecoveryCodesMutationVariables>;
export const DisableTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableTotp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableTotp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<DisableTotpMutation, DisableTotpMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SetupTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetupTotp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setupTotp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUrl"}}]}}]}}]} as unknown as DocumentNode<SetupTotpMutation, SetupTotpMutationVariables>;
export const ConfirmTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTotp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTotp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<ConfirmTotpMutation, ConfirmTotpMutationVariables>;
export const AdminOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AdminOrganisationsQuery, AdminOrganisationsQueryVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"totpEnabled"}}]}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const SetMemberRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMemberRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrgRole"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMemberRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SetMemberRolesMutation, SetMemberRolesMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrgRole"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"displayName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"displayName"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const AcceptInvitationAsMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitationAsMe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitationAsMe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationAsMeMutation, AcceptInvitationAsMeMutationVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const UpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationUpdate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const PendingInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<PendingInvitationsQuery, PendingInvitationsQueryVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const ResetMemberTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetMemberTotp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetMemberTotp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<ResetMemberTotpMutation, ResetMemberTotpMutationVariables>;
export const OrganisationLockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationLock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requireTotp"}}]}}]}}]} as unknown as DocumentNode<OrganisationLockQuery, OrganisationLockQueryVariables>;
export const LockOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}}]}}]}}]} as unknown as DocumentNode<LockOrganisationMutation, LockOrganisationMutationVariables>;
export const UnlockOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}}]}}]}}]} as unknown as DocumentNode<UnlockOrganisationMutation, UnlockOrganisationMutationVariables>;
export const SetOrganisationRequireTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganisationRequireTotp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"required"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganisationRequireTotp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"required"},"value":{"kind":"Variable","name":{"kind":"Name","value":"required"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requireTotp"}}]}}]}}]} as unknown as DocumentNode<SetOrganisationRequireTotpMutation, SetOrganisationRequireTotpMutationVariables>;
export const AuditOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AuditOrganisationsQuery, AuditOrganisationsQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const AuditMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AuditMembersQuery, AuditMembersQueryVariables>;
export const VerifyAuditChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"brokenAt"}}]}}]}}]} as unknown as DocumentNode<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"totpCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"totpCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"totpCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const BriefingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefingList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"briefings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefingListQuery, BriefingListQueryVariables>;
export const BriefingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Briefing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"briefing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BriefingDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BriefingDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Briefing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"includeStatistics"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"incidentDate"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detained"}},{"kind":"Field","name":{"kind":"Name","value":"deported"}},{"kind":"Field","name":{"kind":"Name","value":"injured"}},{"kind":"Field","name":{"kind":"Name","value":"childrenAffected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withheldPersons"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}}]}}]}}]}}]} as unknown as DocumentNode<BriefingQuery, BriefingQueryVariables>;
export const BriefingCasePickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefingCasePicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"incidentDate"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefingCasePickerQuery, BriefingCasePickerQueryVariables>;
export const BriefingStatementPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefingStatementPicker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PUBLISHED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BriefingStatementPickerQuery, BriefingStatementPickerQueryVariables>;
export const CreateBriefingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBriefing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBriefingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBriefing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BriefingDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BriefingDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Briefing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"includeStatistics"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"incidentDate"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detained"}},{"kind":"Field","name":{"kind":"Name","value":"deported"}},{"kind":"Field","name":{"kind":"Name","value":"injured"}},{"kind":"Field","name":{"kind":"Name","value":"childrenAffected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withheldPersons"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBriefingMutation, CreateBriefingMutationVariables>;
export const SubmitBriefingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitBriefing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitBriefing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BriefingDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BriefingDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Briefing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"includeStatistics"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"incidentDate"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detained"}},{"kind":"Field","name":{"kind":"Name","value":"deported"}},{"kind":"Field","name":{"kind":"Name","value":"injured"}},{"kind":"Field","name":{"kind":"Name","value":"childrenAffected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withheldPersons"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitBriefingMutation, SubmitBriefingMutationVariables>;
export const DecideBriefingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideBriefing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideBriefing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DecideBriefingMutation, DecideBriefingMutationVariables>;
export const ReleaseBriefingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseBriefing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseBriefing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BriefingDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BriefingDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Briefing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"includeStatistics"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"incidentDate"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detained"}},{"kind":"Field","name":{"kind":"Name","value":"deported"}},{"kind":"Field","name":{"kind":"Name","value":"injured"}},{"kind":"Field","name":{"kind":"Name","value":"childrenAffected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withheldPersons"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}}]}}]}}]}}]} as unknown as DocumentNode<ReleaseBriefingMutation, ReleaseBriefingMutationVariables>;
export const RevokeBriefingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeBriefing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeBriefing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BriefingDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BriefingDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Briefing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"includeStatistics"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"incidentDate"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detained"}},{"kind":"Field","name":{"kind":"Name","value":"deported"}},{"kind":"Field","name":{"kind":"Name","value":"injured"}},{"kind":"Field","name":{"kind":"Name","value":"childrenAffected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withheldPersons"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeBriefingMutation, RevokeBriefingMutationVariables>;
export const CaseListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"crossBorder"}},{"kind":"Field","name":{"kind":"Name","value":"incidentDate"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseListQuery, CaseListQueryVariables>;
export const CaseDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"incidentDate"}},{"kind":"Field","name":{"kind":"Name","value":"includeInStatistics"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"crossBorder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detained"}},{"kind":"Field","name":{"kind":"Name","value":"deported"}},{"kind":"Field","name":{"kind":"Name","value":"injured"}},{"kind":"Field","name":{"kind":"Name","value":"childrenAffected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canShare"}},{"kind":"Field","name":{"kind":"Name","value":"canSeePersonalData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"personsWithNames"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"consentToShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCountryCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"personalData"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseDetailQuery, CaseDetailQueryVariables>;
export const CaseShareOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseShareOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<CaseShareOrganisationsQuery, CaseShareOrganisationsQueryVariables>;
export const CreateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateCaseMutation, CreateCaseMutationVariables>;
export const UpdateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCaseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"incidentDate"}},{"kind":"Field","name":{"kind":"Name","value":"includeInStatistics"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detained"}},{"kind":"Field","name":{"kind":"Name","value":"deported"}},{"kind":"Field","name":{"kind":"Name","value":"injured"}},{"kind":"Field","name":{"kind":"Name","value":"childrenAffected"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCaseMutation, UpdateCaseMutationVariables>;
export const AddCasePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCasePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CasePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCasePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}}]}}]}}]} as unknown as DocumentNode<AddCasePersonMutation, AddCasePersonMutationVariables>;
export const RemoveCasePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCasePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCasePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveCasePersonMutation, RemoveCasePersonMutationVariables>;
export const ErasePersonalDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ErasePersonalData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasePersonalData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}}]}}]} as unknown as DocumentNode<ErasePersonalDataMutation, ErasePersonalDataMutationVariables>;
export const AddCaseEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCaseEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCaseEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddCaseEventMutation, AddCaseEventMutationVariables>;
export const ShareCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"access"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShareAccess"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personalData"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"access"},"value":{"kind":"Variable","name":{"kind":"Name","value":"access"}}},{"kind":"Argument","name":{"kind":"Name","value":"personalData"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personalData"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"personalData"}}]}}]}}]} as unknown as DocumentNode<ShareCaseMutation, ShareCaseMutationVariables>;
export const UnshareCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnshareCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unshareCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}]}]}}]} as unknown as DocumentNode<UnshareCaseMutation, UnshareCaseMutationVariables>;
export const CaseHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseHistoryQuery, CaseHistoryQueryVariables>;
export const DashboardStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCases"}},{"kind":"Field","name":{"kind":"Name","value":"totalSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"crossBorderCases"}},{"kind":"Field","name":{"kind":"Name","value":"crossBorderSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detained"}},{"kind":"Field","name":{"kind":"Name","value":"deported"}},{"kind":"Field","name":{"kind":"Name","value":"injured"}},{"kind":"Field","name":{"kind":"Name","value":"childrenAffected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figuresSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromCountryCode"}},{"kind":"Field","name":{"kind":"Name","value":"toCountryCode"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardStatisticsQuery, DashboardStatisticsQueryVariables>;
export const DashboardCountriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardCountriesQuery, DashboardCountriesQueryVariables>;
export const CaseEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSeePersonalData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"containsPersonalData"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sanitizedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"custody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"sha256Matched"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseEvidenceQuery, CaseEvidenceQueryVariables>;
export const AttachEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uploadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"containsPersonalData"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uploadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uploadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}},{"kind":"Argument","name":{"kind":"Name","value":"containsPersonalData"},"value":{"kind":"Variable","name":{"kind":"Name","value":"containsPersonalData"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]} as unknown as DocumentNode<AttachEvidenceMutation, AttachEvidenceMutationVariables>;
export const VerifyEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}}]}}]} as unknown as DocumentNode<VerifyEvidenceMutation, VerifyEvidenceMutationVariables>;
export const RemoveEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<RemoveEvidenceMutation, RemoveEvidenceMutationVariables>;
export const ImportCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportCasesMutation, ImportCasesMutationVariables>;
export const ImportNewestCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportNewestCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportNewestCasesQuery, ImportNewestCasesQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const NotificationsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsPageQuery, NotificationsPageQueryVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MyWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statementsToSign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"briefingsToDecide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasksDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"newShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkQuery, MyWorkQueryVariables>;
export const NotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"calendarFeedPath"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SetNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFrequency"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"calendarFeedPath"}}]}}]}}]} as unknown as DocumentNode<SetNotificationPreferencesMutation, SetNotificationPreferencesMutationVariables>;
export const RotateCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateCalendarFeed"}}]}}]} as unknown as DocumentNode<RotateCalendarFeedMutation, RotateCalendarFeedMutationVariables>;
export const CaseTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseTaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CaseTasksQuery, CaseTasksQueryVariables>;
export const AddCaseTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCaseTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCaseTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AddCaseTaskMutation, AddCaseTaskMutationVariables>;
export const CompleteCaseTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteCaseTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeCaseTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CompleteCaseTaskMutation, CompleteCaseTaskMutationVariables>;
export const CancelCaseTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelCaseTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCaseTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CancelCaseTaskMutation, CancelCaseTaskMutationVariables>;
export const TaskAssigneesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskAssignees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<TaskAssigneesQuery, TaskAssigneesQueryVariables>;
export const PersonConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"formFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonConsentsQuery, PersonConsentsQueryVariables>;
export const RecordConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<RecordConsentMutation, RecordConsentMutationVariables>;
export const WithdrawConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]} as unknown as DocumentNode<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const ReferPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toOrganisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralNeed"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urgent"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toOrganisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toOrganisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"needs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needs"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"urgent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urgent"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReferPersonMutation, ReferPersonMutationVariables>;
export const ReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Referrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"incoming"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"incoming"},"value":{"kind":"Variable","name":{"kind":"Name","value":"incoming"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"fromOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralsQuery, ReferralsQueryVariables>;
export const AcceptReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"linkedCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const DeclineReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcomeNote"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcomeNote"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcomeNote"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeclineReferralMutation, DeclineReferralMutationVariables>;
export const CompleteReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcomeNote"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcomeNote"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcomeNote"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompleteReferralMutation, CompleteReferralMutationVariables>;
export const WithdrawReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawReferralMutation, WithdrawReferralMutationVariables>;
export const CaseCrossBorderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseCrossBorder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"otherOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"fromOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"crossBorderTimeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseCrossBorderQuery, CaseCrossBorderQueryVariables>;
export const ConfirmCaseLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmCaseLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmCaseLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"linkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}}]}}]} as unknown as DocumentNode<ConfirmCaseLinkMutation, ConfirmCaseLinkMutationVariables>;
export const UnlinkCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"linkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkId"}}}]}]}}]} as unknown as DocumentNode<UnlinkCasesMutation, UnlinkCasesMutationVariables>;
export const ReferralStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromCountryCode"}},{"kind":"Field","name":{"kind":"Name","value":"toCountryCode"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToAcceptance"}}]}}]}}]} as unknown as DocumentNode<ReferralStatisticsQuery, ReferralStatisticsQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"statementStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Briefing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"briefingStatus"},"name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const StatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Statements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signatureCount"}},{"kind":"Field","name":{"kind":"Name","value":"signatureDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementsQuery, StatementsQueryVariables>;
export const StatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Statement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signatureDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"signatureCount"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryName"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<StatementQuery, StatementQueryVariables>;
export const StatementSignaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StatementSignatures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statementSignatures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signatureDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"signatureCount"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryName"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<StatementSignaturesSubscription, StatementSignaturesSubscriptionVariables>;
export const CitableCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitableCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitableCasesQuery, CitableCasesQueryVariables>;
export const CreateStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateStatementMutation, CreateStatementMutationVariables>;
export const ReviseStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"translations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TranslationInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changeNote"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"baseVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"translations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"translations"}}},{"kind":"Argument","name":{"kind":"Name","value":"changeNote"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changeNote"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signatureDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"signatureCount"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryName"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ReviseStatementMutation, ReviseStatementMutationVariables>;
export const OpenStatementForSignatureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenStatementForSignature"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signatureDeadline"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openStatementForSignature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"signatureDeadline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signatureDeadline"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signatureDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"signatureCount"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryName"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<OpenStatementForSignatureMutation, OpenStatementForSignatureMutationVariables>;
export const SignStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}}]}}]}}]} as unknown as DocumentNode<SignStatementMutation, SignStatementMutationVariables>;
export const WithdrawSignatureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawSignature"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawSignature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}]}]}}]} as unknown as DocumentNode<WithdrawSignatureMutation, WithdrawSignatureMutationVariables>;
export const PublishStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signatureDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"signatureCount"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryName"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<PublishStatementMutation, PublishStatementMutationVariables>;
export const WithdrawStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signatureDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"signatureCount"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryName"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<WithdrawStatementMutation, WithdrawStatementMutationVariables>;
export const PublishedStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"primaryLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryName"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishedStatementQuery, PublishedStatementQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;