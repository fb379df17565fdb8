import { buildRedactor, CaseStatus, pseudonymFor, type RedactionSubject } from '@coalition/shared';
import { sql } from 'kysely';
import { openString } from '../../core/crypto/secret-box';
import type { AppContext } from '../../core/graphql/context';
import { caseEventService, caseService, readablePersons } from '../cases';
import type { CaseWithOwner } from '../cases/case.loader';
import { personAad, unwrapDataKey } from '../cases';
import { evidenceService } from '../evidence';
import type { BriefingDocCase, BriefingSourceCase } from './briefing-document';

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
    const key = unwrapDataKey(ctx.deps.masterKey, r.owner_organisation_id, r.wrapped_key);
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

/**
 * A snapshot as a reader sees it: the source redacted with the details in
 * `details` and nothing else. With every person's details it is the released
 * text; with only what a reader may read, the result depends on nothing that
 * reader may not read (contract: "Redaction", "Non-interference").
 */
export async function redactedCase(source: BriefingSourceCase, details: ReadonlyMap<string, PersonDetails>): Promise<BriefingDocCase> {
  const pseudonyms = safePseudonyms(source.persons, details);
  const persons = source.persons.map((p, i) => ({ ...p, pseudonym: pseudonyms[i] }));
  const subjects: RedactionSubject[] = persons.flatMap((p) => {
    const d = details.get(p.id);
    return d ? [{ ...d, pseudonym: p.pseudonym }] : [];
  });
  const redactor = buildRedactor(subjects, { personCount: source.persons.length });
  // Each field is one linear pass of a few milliseconds; between fields the event loop serves other requests,
  // so a case of 100,000 characters never holds the server for the whole of it.
  const redact = async (text: string): Promise<string> => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return redactor(text);
  };
  const events: BriefingDocCase['events'] = [];
  for (const e of source.events) {
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
  for (const f of source.evidence ?? []) {
    evidence.push({ fileName: await redact(f.fileName), kind: f.kind, mediaType: f.mediaType, uploadedOn: f.uploadedOn, sha256: f.sha256 });
  }
  return {
    reference: source.reference,
    title: await redact(source.title),
    summary: await redact(source.summary),
    status: source.status,
    categories: [...source.categories],
    incidentDate: source.incidentDate,
    location: { ...source.location },
    countries: [...source.countries],
    figures: { ...source.figures },
    ownerOrganisation: { ...source.ownerOrganisation },
    persons: persons.map((p) => ({ pseudonym: p.pseudonym, role: p.role, minor: p.minor, citizenship: p.citizenship })),
    events,
    evidence,
  };
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

/**
 * The snapshots of a briefing's cases: each case's source, and its text as
 * it will be released, redacted with every person of the case (what each
 * owner approves).
 */
export async function buildBriefingCases(ctx: AppContext, cases: CaseWithOwner[]): Promise<{ source: BriefingSourceCase; content: BriefingDocCase }[]> {
  const details = await allDetails(ctx, cases);
  const out: { source: BriefingSourceCase; content: BriefingDocCase }[] = [];
  for (const c of cases) {
    const source = await sourceOf(ctx, c);
    out.push({ source, content: await redactedCase(source, details) });
  }
  return out;
}
