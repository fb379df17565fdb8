import type { CaseCategory, CaseStatus, EventType, PersonRole } from '@coalition/shared';
import type { EvidenceKind } from '../evidence';

// What a briefing's files contain: this structure and nothing else. It is
// built field by field from an allow-list (briefing-case.builder.ts), so a
// column added to cases later never reaches a diplomat by accident.

/**
 * How a briefing names a person without an active BRIEFING consent (issue 24):
 * in place of every mention, with no role, age, citizenship or pseudonym.
 */
export const PERSON_WITHOUT_CONSENT = 'a person who did not consent';

export interface BriefingDocPerson {
  pseudonym: string;
  role: PersonRole;
  minor: boolean;
  citizenship: string | null;
}

export interface BriefingDocEvent {
  type: EventType;
  occurredOn: string;
  title: string;
  description: string;
  authority: string | null;
  /** DEPORTATION events: the destination country (a country, not a person), for the briefing's flows. */
  destinationCountryCode?: string | null;
}

/**
 * An evidence file of a case as a briefing lists it: what it is and when it was received. Never the bytes, a
 * URL, the description or the embedded metadata (capture time, device, position); the name is redacted as the
 * text is. The SHA-256 is that of the copy without embedded metadata, for files the owner marked as showing
 * no one, so a recipient can check that copy obtained separately; null for the others: the original's bytes,
 * and so its hash, depend on personal data the recipient may not read.
 */
export interface BriefingDocEvidence {
  fileName: string;
  kind: EvidenceKind;
  mediaType: string;
  /** YYYY-MM-DD the server received it. */
  uploadedOn: string;
  sha256: string | null;
}

export interface BriefingDocCase {
  reference: string;
  title: string;
  summary: string;
  status: CaseStatus;
  categories: CaseCategory[];
  incidentDate: string | null;
  location: { city: string | null; region: string | null; countryCode: string };
  countries: string[];
  figures: { detained: number; deported: number; injured: number; childrenAffected: number };
  ownerOrganisation: { id: string; name: string };
  /** Only the persons with an active BRIEFING consent. */
  persons: BriefingDocPerson[];
  /** How many persons appear only as PERSON_WITHOUT_CONSENT (absent in snapshots taken before consents were records: 0). */
  withheldPersons?: number;
  events: BriefingDocEvent[];
  /** Absent from snapshots taken before briefings listed evidence (read as none). */
  evidence?: BriefingDocEvidence[];
}

/** A person as the snapshot's source keeps them: the id and position let each reader's view find what it may read. */
export interface BriefingSourcePerson extends BriefingDocPerson {
  id: string;
  position: number;
}

/** A case's allow-listed fields before redaction (briefing_case_sources); never rendered as it is. */
export interface BriefingSourceCase extends Omit<BriefingDocCase, 'persons'> {
  persons: BriefingSourcePerson[];
}

export interface BriefingDocSignatory {
  organisation: string;
  signatoryName: string | null;
  signatoryTitle: string | null;
}

export interface BriefingDocStatement {
  title: string;
  publishedAt: string | null;
  body: string;
  signatories: BriefingDocSignatory[];
}

export interface BriefingDocBucket {
  key: string;
  count: number | null;
  suppressed: boolean;
}

export interface BriefingDocStatistics {
  suppressionThreshold: number;
  totalCases: number | null;
  crossBorderCases: number | null;
  figures: { key: string; value: number | null }[];
  byStatus: BriefingDocBucket[];
  byCategory: BriefingDocBucket[];
  byCountry: BriefingDocBucket[];
  byMonth: BriefingDocBucket[];
  flows: { fromCountryCode: string; toCountryCode: string; count: number | null; suppressed: boolean }[];
}

export interface BriefingDocument {
  id: string;
  title: string;
  audience: string;
  author: string;
  /** YYYY-MM-DD of release. */
  date: string;
  approvedBy: string[];
  statistics: BriefingDocStatistics | null;
  cases: BriefingDocCase[];
  statements: BriefingDocStatement[];
}
