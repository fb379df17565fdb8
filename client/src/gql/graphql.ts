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
  figures: CaseFigures;
  incidentDate?: Maybe<Scalars['LocalDate']['output']>;
  location: Location;
  ownerOrganisation: Organisation;
  /** Pseudonyms, roles and minor flags only. */
  persons: Array<BriefingPerson>;
  reference: Scalars['String']['output'];
  status: CaseStatus;
  /** Person names replaced by pseudonyms. */
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
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
  /** Oldest first. */
  events: Array<CaseEvent>;
  figures: CaseFigures;
  id: Scalars['ID']['output'];
  incidentDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Whether the case counts in coalition and liaison statistics. */
  includeInStatistics: Scalars['Boolean']['output'];
  location: Location;
  myAccess: CaseAccess;
  ownerOrganisation: Organisation;
  persons: Array<CasePerson>;
  /** Unique, human-readable, e.g. 'ADC-2013-002'. */
  reference: Scalars['String']['output'];
  shares: Array<CaseShare>;
  /** Statements that cite this case and that the viewer can read. */
  statements: Array<Statement>;
  status: CaseStatus;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Bumped by every change; updateCase must be given the version it read. */
  version: Scalars['Int']['output'];
  visibility: Visibility;
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
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  /** For DEPORTATION events: the country the person was sent to. */
  destinationCountryCode?: Maybe<Scalars['String']['output']>;
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
  /** Full-text search over reference, title, summary and event titles and descriptions. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<CaseStatus>>;
};

export type CasePerson = {
  __typename?: 'CasePerson';
  /** Null unless the viewer may see this case's personal data. */
  birthYear?: Maybe<Scalars['Int']['output']>;
  /** ISO 3166-1 alpha-2. */
  citizenship?: Maybe<Scalars['String']['output']>;
  /** The person agreed that their case may be shared beyond the owning organisation. */
  consentToShare: Scalars['Boolean']['output'];
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

export type CoalitionRole =
  | 'COORDINATOR'
  | 'LIAISON';

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
  /** Creates the account if the email has none; signs the new member in. */
  acceptInvitation: User;
  addCaseEvent: CaseEvent;
  addCasePerson: CasePerson;
  changePassword: Scalars['Boolean']['output'];
  confirmTotp: Scalars['Boolean']['output'];
  createBriefing: Briefing;
  createCase: Case;
  createOrganisation: Organisation;
  createStatement: Statement;
  decideBriefing: Briefing;
  importCases: ImportResult;
  inviteMember: Invitation;
  login: User;
  logout: Scalars['Boolean']['output'];
  openStatementForSignature: Statement;
  publishStatement: Statement;
  /** All owners approved: renders its files, and liaisons can read it. */
  releaseBriefing: Briefing;
  removeCasePerson: Scalars['Boolean']['output'];
  removeMember: Scalars['Boolean']['output'];
  /** A new version; fails with CONFLICT when baseVersion is not the current version number. */
  reviseStatement: Statement;
  revokeBriefing: Briefing;
  setMemberRoles: Membership;
  setupTotp: TotpSetup;
  shareCase: CaseShare;
  /** One signature per organisation; signing again replaces it. CONFLICT when contentHash is not current. */
  signStatement: Signature;
  /** Sends the briefing to the owners of its cases for approval. */
  submitBriefing: Briefing;
  unshareCase: Scalars['Boolean']['output'];
  /** Fails with CONFLICT when version is not the case's current version. */
  updateCase: Case;
  updateOrganisation: Organisation;
  withdrawSignature: Scalars['Boolean']['output'];
  withdrawStatement: Statement;
};


export type MutationAcceptInvitationArgs = {
  displayName: Scalars['String']['input'];
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationAddCaseEventArgs = {
  caseId: Scalars['ID']['input'];
  input: CaseEventInput;
};


export type MutationAddCasePersonArgs = {
  caseId: Scalars['ID']['input'];
  input: CasePersonInput;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
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


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  totpCode?: InputMaybe<Scalars['String']['input']>;
};


export type MutationOpenStatementForSignatureArgs = {
  id: Scalars['ID']['input'];
  signatureDeadline?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type MutationPublishStatementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReleaseBriefingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveCasePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveMemberArgs = {
  organisationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
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


export type MutationSetMemberRolesArgs = {
  organisationId: Scalars['ID']['input'];
  roles: Array<OrgRole>;
  userId: Scalars['ID']['input'];
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


export type MutationUnshareCaseArgs = {
  caseId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
};


export type MutationUpdateCaseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCaseInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateOrganisationArgs = {
  id: Scalars['ID']['input'];
  input: OrganisationUpdate;
};


export type MutationWithdrawSignatureArgs = {
  organisationId: Scalars['ID']['input'];
  statementId: Scalars['ID']['input'];
};


export type MutationWithdrawStatementArgs = {
  id: Scalars['ID']['input'];
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
  name: Scalars['String']['output'];
  /** The person who signs for the organisation by default, as printed under statements. */
  representative?: Maybe<Scalars['String']['output']>;
  slug: Scalars['String']['output'];
  website?: Maybe<Scalars['String']['output']>;
};

export type OrganisationInput = {
  city: Scalars['String']['input'];
  countryCode: Scalars['String']['input'];
  localName?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  representative?: InputMaybe<Scalars['String']['input']>;
  slug: Scalars['String']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type OrganisationUpdate = {
  city?: InputMaybe<Scalars['String']['input']>;
  localName?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
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
  /** Null when not signed in. */
  me?: Maybe<User>;
  /** ADMIN of that organisation or COORDINATOR. */
  members: Array<Membership>;
  organisation?: Maybe<Organisation>;
  organisations: Array<Organisation>;
  /** Open to anyone, signed in or not; PUBLISHED statements only. */
  publishedStatement?: Maybe<Statement>;
  statement?: Maybe<Statement>;
  statements: StatementConnection;
  verifyAuditChain: AuditVerification;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
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
};


export type QueryMembersArgs = {
  organisationId: Scalars['ID']['input'];
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublishedStatementArgs = {
  slug: Scalars['String']['input'];
};


export type QueryStatementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /** Signatures added, replaced or withdrawn on one statement the viewer can read. */
  statementSignatures: Statement;
};


export type SubscriptionStatementSignaturesArgs = {
  statementId: Scalars['ID']['input'];
};

export type TotpSetup = {
  __typename?: 'TotpSetup';
  otpauthUrl: Scalars['String']['output'];
  secret: Scalars['String']['output'];
};

export type Translation = {
  __typename?: 'Translation';
  /** Markdown. */
  body: Scalars['String']['output'];
  language: Language;
  title: Scalars['String']['output'];
};

export type TranslationInput = {
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


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, email: string, displayName: string, locale: Language, totpEnabled: boolean, coalitionRoles: Array<CoalitionRole>, memberships: Array<{ __typename?: 'Membership', roles: Array<OrgRole>, organisation: { __typename?: 'Organisation', id: string, name: string, slug: string, city: string, countryCode: string } }> } | null };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  totpCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'User', id: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };


export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"totpEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"coalitionRoles"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"totpCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"totpCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"totpCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;