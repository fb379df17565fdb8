import { buildRedactor, pseudonymFor, type RedactionSubject } from '@coalition/shared';
import { openString } from '../../core/crypto/secret-box';
import type { AppContext } from '../../core/graphql/context';
import { caseService } from '../cases';
import type { CaseWithOwner } from '../cases/case.loader';
import { personAad, unwrapDataKey } from '../cases';
import type { BriefingDocCase } from './briefing-document';

interface SealedName {
  case_id: string;
  person_id: string;
  owner_organisation_id: string;
  full_name: string;
  wrapped_key: string;
}

/**
 * The persons' full names of readable cases, by person id, for redaction
 * only: decrypted here, turned into patterns, never returned, logged or stored.
 */
async function fullNames(ctx: AppContext, cases: CaseWithOwner[]): Promise<Map<string, string>> {
  const rows = (await ctx.db.query(`SELECT * FROM briefing_redaction_names($1::uuid[])`, [cases.map((c) => c.id)])) as SealedName[];
  const names = new Map<string, string>();
  for (const r of rows) {
    const key = unwrapDataKey(ctx.deps.masterKey, r.owner_organisation_id, r.wrapped_key);
    names.set(r.person_id, openString(key, r.full_name, personAad(r.person_id, 'full_name')));
  }
  return names;
}

/** A pseudonym typed by hand might be the name itself: then the generated one ('Person C') is used instead. */
function safePseudonym(pseudonym: string, position: number, fullName: string | undefined): string {
  if (!fullName) return pseudonym;
  const probe = buildRedactor([{ fullName, pseudonym: '\u0000' }]);
  return probe(pseudonym) === pseudonym.normalize('NFC') ? pseudonym : pseudonymFor(position);
}

/**
 * A case as a briefing shows it: each field copied from an allow-list, never
 * a case with fields deleted; persons reduced to pseudonym, role, minor flag
 * and citizenship; summary, event titles and descriptions redacted.
 */
export async function buildBriefingCases(ctx: AppContext, cases: CaseWithOwner[]): Promise<BriefingDocCase[]> {
  const names = await fullNames(ctx, cases);
  const out: BriefingDocCase[] = [];
  for (const c of cases) {
    const persons = (await caseService.readablePersons(ctx, c)).map((p) => ({
      ...p,
      pseudonym: safePseudonym(p.pseudonym, p.position, names.get(p.id)),
    }));
    const subjects: RedactionSubject[] = persons.flatMap((p) => {
      const fullName = names.get(p.id);
      return fullName ? [{ fullName, pseudonym: p.pseudonym }] : [];
    });
    const redact = buildRedactor(subjects);
    const events = await caseService.events(ctx, c);
    const owner = await caseService.ownerOrganisation(ctx, c);
    out.push({
      reference: c.reference,
      title: redact(c.title),
      summary: redact(c.summary),
      status: c.status,
      categories: [...c.categories],
      incidentDate: c.incidentDate,
      location: { city: c.city, region: c.region, countryCode: c.countryCode },
      countries: [...c.countries],
      figures: { detained: c.detained, deported: c.deported, injured: c.injured, childrenAffected: c.childrenAffected },
      ownerOrganisation: { id: owner.id, name: owner.name },
      persons: persons.map((p) => ({ pseudonym: p.pseudonym, role: p.role, minor: p.minor, citizenship: p.citizenship })),
      events: events.map((e) => ({
        type: e.type,
        occurredOn: e.occurredOn,
        title: redact(e.title),
        description: redact(e.description),
        authority: e.authority === null ? null : redact(e.authority),
        destinationCountryCode: e.type === 'DEPORTATION' ? e.destinationCountryCode : null,
      })),
    });
  }
  return out;
}
