import { buildRedactor, CaseStatus, pseudonymFor, type RedactionSubject } from '@coalition/shared';
import { sql } from 'kysely';
import { openString } from '../../core/crypto/secret-box';
import type { AppContext } from '../../core/graphql/context';
import { caseEventService, caseService, readablePersons } from '../cases';
import type { CaseWithOwner } from '../cases/case.loader';
import { personAad, personFieldsKey } from '../cases';
import { evidenceService } from '../evidence';
import { PERSON_WITHOUT_CONSENT, type BriefingDocCase, type BriefingSourceCase } from './briefing-document';

/** What redaction hides of one person. */
export interface PersonDetails {
  fullName: string;
  birthYear: number | null;
  contact: string | null;
}

/** A row of briefing_redaction_subjects: one person's sealed details and its organisation's wrapped key. */
interface SealedDetails {
  person_id: string;
  owner_organisation_id: string;
  full_name: string;
  birth_year: string | null;
  contact: string | null;
  wrapped_key: string;
  person_key: string | null;
  person_key_version: number | null;
}

/** The sealed details of every person in the given cases that the actor may read (the briefings' SQL functions). */
const briefingRedactionSubjects = (caseIds: string[]) => sql<SealedDetails>`briefing_redaction_subjects(${caseIds}::uuid[])`;

/**
 * Every person's details in the given readable cases, by person id, for the
 * released text only: decrypted here, turned into patterns, never returned,
 * logged or stored, and never used for a view of someone who may not read them.
 */
async function allDetails(ctx: AppContext, cases: CaseWithOwner[]): Promise<Map<string, PersonDetails>> {
  const rows = await ctx.sql.selectFrom(briefingRedactionSubjects(cases.map((c) => c.id)).as('d')).selectAll().execute();
  const details = new Map<string, PersonDetails>();
  for (const r of rows) {
    // key_version is not returned: a person key present means the fields are sealed with it.
    const key = personFieldsKey(ctx.deps.masterKey, {
      personId: r.person_id,
      organisationId: r.owner_organisation_id,
      orgWrappedKey: r.wrapped_key,
      rowKeyVersion: r.person_key === null ? 0 : null,
      personWrappedKey: r.person_key,
      personKeyVersion: r.person_key_version,
    });
    if (!key) continue;
    const open = (sealed: string, field: 'full_name' | 'birth_year' | 'contact') => openString(key, sealed, personAad(r.person_id, field));
    details.set(r.person_id, {
      fullName: open(r.full_name, 'full_name'),
      birthYear: r.birth_year ? Number(open(r.birth_year, 'birth_year')) : null,
      contact: r.contact ? open(r.contact, 'contact') : null,
    });
  }
  return details;
}

/** The details of a case's persons that the context's actor may read (policy and row-level security), by person id. */
export async function readableDetails(ctx: AppContext, c: CaseWithOwner): Promise<Map<string, PersonDetails>> {
  const details = new Map<string, PersonDetails>();
  for (const p of await readablePersons(ctx, c)) {
    if (p.fullName !== null && p.fullName !== undefined) details.set(p.id, { fullName: p.fullName, birthYear: p.birthYear ?? null, contact: p.contact ?? null });
  }
  return details;
}

/**
 * A pseudonym typed by hand might hold a name, contact or birth year (its own
 * person's or another's): then the generated one ('Person C') is used instead.
 * One probe redactor for the whole case (a redactor per person would cost as
 * much as the text itself), built from the same details as the view, so the
 * choice depends on nothing more than the view does.
 */
function safePseudonyms(persons: BriefingSourceCase['persons'], details: ReadonlyMap<string, PersonDetails>): string[] {
  const subjects = persons.flatMap((p) => {
    const d = details.get(p.id);
    return d ? [{ ...d, pseudonym: '\u0000' }] : [];
  });
  const probe = buildRedactor(subjects, { personCount: 1 });
  return persons.map((p) => (probe(p.pseudonym) === p.pseudonym.normalize('NFC') ? p.pseudonym : pseudonymFor(p.position)));
}

/** One field at a time: between fields the event loop serves other requests (each is one linear pass of a few milliseconds). */
const yielding = (redactor: (text: string) => string) => async (text: string): Promise<string> => {
  await new Promise<void>((resolve) => setImmediate(resolve));
  return redactor(text);
};

/** A case's text fields through `redact`; everything else copied field by field. */
async function redactFields(c: Omit<BriefingDocCase, 'persons'>, redact: (text: string) => Promise<string>): Promise<Omit<BriefingDocCase, 'persons' | 'withheldPersons'>> {
  const events: BriefingDocCase['events'] = [];
  for (const e of c.events) {
    events.push({
      type: e.type,
      occurredOn: e.occurredOn,
      title: await redact(e.title),
      description: await redact(e.description),
      authority: e.authority === null ? null : await redact(e.authority),
      destinationCountryCode: e.destinationCountryCode ?? null,
    });
  }
  const evidence: NonNullable<BriefingDocCase['evidence']> = [];
  for (const f of c.evidence ?? []) {
    evidence.push({ fileName: await redact(f.fileName), kind: f.kind, mediaType: f.mediaType, uploadedOn: f.uploadedOn, sha256: f.sha256 });
  }
  return {
    reference: c.reference,
    title: await redact(c.title),
    summary: await redact(c.summary),
    status: c.status,
    categories: [...c.categories],
    incidentDate: c.incidentDate,
    location: { ...c.location },
    countries: [...c.countries],
    figures: { ...c.figures },
    ownerOrganisation: { ...c.ownerOrganisation },
    events,
    evidence,
  };
}

/**
 * A snapshot as a reader sees it: the source redacted with the details in
 * `details` and nothing else. With every person's details it is the released
 * text; with only what a reader may read, the result depends on nothing that
 * reader may not read (contract: "Redaction", "Non-interference").
 *
 * Only the persons in `consenting` (an active BRIEFING consent) appear; each
 * other person is only PERSON_WITHOUT_CONSENT: every mention of their name
 * (as far as `details` knows it) or pseudonym reads so, and they leave the
 * list of persons, role, age and citizenship with them (issue 24).
 */
export async function redactedCase(
  source: BriefingSourceCase, details: ReadonlyMap<string, PersonDetails>, consenting: ReadonlySet<string>,
): Promise<BriefingDocCase> {
  const pseudonyms = safePseudonyms(source.persons, details);
  const persons = source.persons.map((p, i) => ({ ...p, pseudonym: pseudonyms[i] }));
  const subjects: RedactionSubject[] = persons.flatMap((p, i) => {
    const d = details.get(p.id);
    if (consenting.has(p.id)) return d ? [{ ...d, pseudonym: p.pseudonym }] : [];
    const aliases = [...new Set([source.persons[i].pseudonym, p.pseudonym])];
    return [{ fullName: d?.fullName ?? '', birthYear: d?.birthYear ?? null, contact: d?.contact ?? null, pseudonym: PERSON_WITHOUT_CONSENT, aliases }];
  });
  const redactor = buildRedactor(subjects, { personCount: source.persons.length });
  const shown = persons.filter((p) => consenting.has(p.id));
  return {
    ...(await redactFields(source, yielding(redactor))),
    persons: shown.map((p) => ({ pseudonym: p.pseudonym, role: p.role, minor: p.minor, citizenship: p.citizenship })),
    withheldPersons: persons.length - shown.length,
  };
}

/**
 * A stored snapshot once the persons at `lapsed` (positions in its persons
 * list) no longer have an active BRIEFING consent: their pseudonyms, which
 * stand for every mention of them in the snapshot's text, become
 * PERSON_WITHOUT_CONSENT, and they leave the list (briefing_case_lapsed_consents).
 */
export async function withoutLapsedConsents(content: BriefingDocCase, lapsed: readonly number[]): Promise<BriefingDocCase> {
  const gone = new Set(lapsed.filter((i) => i >= 0 && i < content.persons.length));
  if (gone.size === 0) return content;
  const aliases = content.persons.filter((_, i) => gone.has(i)).map((p) => p.pseudonym);
  const redactor = buildRedactor([{ fullName: '', pseudonym: PERSON_WITHOUT_CONSENT, aliases }]);
  return {
    ...(await redactFields(content, yielding(redactor))),
    persons: content.persons.filter((_, i) => !gone.has(i)).map((p) => ({ ...p })),
    withheldPersons: (content.withheldPersons ?? 0) + gone.size,
  };
}

/** Of these persons, those with an active BRIEFING consent covering the author organisation (consent_covers: the database's rule). */
export async function briefingConsenting(ctx: AppContext, authorOrganisationId: string, personIds: readonly string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const { rows } = await sql<{ id: string }>`SELECT x.id FROM unnest(${[...personIds]}::uuid[]) AS x(id)
    WHERE consent_covers(x.id, 'BRIEFING', ARRAY[${authorOrganisationId}]::uuid[])`.execute(ctx.sql);
  return new Set(rows.map((r) => r.id));
}

/**
 * What a reader sees of a case it may neither own nor read, until release:
 * only whose case it is. Every other field is a constant, so it tells nothing.
 */
export function withheldCase(owner: { id: string; name: string }): BriefingDocCase {
  return {
    reference: '',
    title: `A case of ${owner.name}`,
    summary: '',
    status: CaseStatus.OPEN,
    categories: [],
    incidentDate: null,
    location: { city: null, region: null, countryCode: '' },
    countries: [],
    figures: { detained: 0, deported: 0, injured: 0, childrenAffected: 0 },
    ownerOrganisation: { id: owner.id, name: owner.name },
    persons: [],
    withheldPersons: 0,
    events: [],
    evidence: [],
  };
}

/** A case's allow-listed fields, each copied by name (a column added to cases later never reaches a diplomat by accident). */
async function sourceOf(ctx: AppContext, c: CaseWithOwner): Promise<BriefingSourceCase> {
  const persons = await readablePersons(ctx, c);
  const events = await caseEventService.list(ctx, c);
  const owner = await caseService.ownerOrganisation(ctx, c);
  // Listed as every reader of the case sees them (oldest first, removed ones left out): no bytes, no description, no embedded
  // metadata, and a hash only of what a reader without personal data may download (the copy without metadata).
  const files = [...(await evidenceService.forCase(ctx, c.id))].reverse();
  const hashes = await evidenceService.shareableHashes(ctx, files);
  return {
    reference: c.reference,
    title: c.title,
    summary: c.summary,
    status: c.status,
    categories: [...c.categories],
    incidentDate: c.incidentDate,
    location: { city: c.city, region: c.region, countryCode: c.countryCode },
    countries: [...c.countries],
    figures: { detained: c.detained, deported: c.deported, injured: c.injured, childrenAffected: c.childrenAffected },
    ownerOrganisation: { id: owner.id, name: owner.name },
    persons: persons.map((p) => ({ id: p.id, position: p.position, pseudonym: p.pseudonym, role: p.role, minor: p.minor, citizenship: p.citizenship })),
    events: events.map((e) => ({
      type: e.type,
      occurredOn: e.occurredOn,
      title: e.title,
      description: e.description,
      authority: e.authority,
      destinationCountryCode: e.type === 'DEPORTATION' ? e.destinationCountryCode : null,
    })),
    evidence: files.map((f) => ({ fileName: f.fileName, kind: f.kind, mediaType: f.mediaType, uploadedOn: f.uploadedAt.toISOString().slice(0, 10), sha256: hashes.get(f.id) ?? null })),
  };
}

/** A case's snapshot: its source, its text as it will be released, and the ids of the persons that text shows, in order. */
export interface BriefingCaseSnapshot {
  source: BriefingSourceCase;
  content: BriefingDocCase;
  personIds: string[];
}

/**
 * The snapshots of a briefing's cases: each case's source, and its text as
 * it will be released, redacted with every person of the case (what each
 * owner approves), showing only the persons whose BRIEFING consent covers
 * the author organisation now.
 */
export async function buildBriefingCases(ctx: AppContext, authorOrganisationId: string, cases: CaseWithOwner[]): Promise<BriefingCaseSnapshot[]> {
  const details = await allDetails(ctx, cases);
  const out: BriefingCaseSnapshot[] = [];
  for (const c of cases) {
    const source = await sourceOf(ctx, c);
    const consenting = await briefingConsenting(ctx, authorOrganisationId, source.persons.map((p) => p.id));
    const content = await redactedCase(source, details, consenting);
    out.push({ source, content, personIds: source.persons.filter((p) => consenting.has(p.id)).map((p) => p.id) });
  }
  return out;
}
