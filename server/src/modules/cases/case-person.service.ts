import crypto from 'node:crypto';
import { ConsentScope, casePersonInputSchema, MAX_PERSONS_PER_CASE, pseudonymFor } from '@coalition/shared';
import { sql } from 'kysely';
import { appendAudit } from '../../core/audit/audit-writer';
import { authorize, requireActor } from '../../core/auth/policy';
import { openString, seal } from '../../core/crypto/secret-box';
import { conflict, notFound } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { isUuid } from '../../core/graphql/ids';
import { evidenceService } from '../evidence';
import { parseInput } from '../../core/graphql/parse-input';
import type { Case } from './case.entity';
import { dataKeyFor, newPersonKey, personAad, personFieldsKey } from './case.crypto';
import { caseDetails } from './case.loader';
import { casePolicy, maySeePersonalData, type CaseFacts } from './case.policy';
import { caseService } from './case.service';
import { CasePerson } from './case-person.entity';
import { personNameTokens } from './person-name.crypto';
import type { CasePersonInput } from './dto/case.input';

/** The persons of a case: pseudonymised, their personal data sealed with the owner organisation's key. */
export class CasePersonService {
  /** The case's persons, with name, birth year and contact only where both the policy and row-level security allow. */
  async readable(ctx: AppContext, c: Pick<Case, 'id' | 'ownerOrganisationId' | 'visibility'>): Promise<CasePerson[]> {
    const details = await ctx.loaders.get(caseDetails).load(c.id);
    const facts: CaseFacts = { ownerOrganisationId: c.ownerOrganisationId, visibility: c.visibility, shares: details.shares };
    return details.persons.map(({ person, sealed }) => {
      const out = Object.assign(new CasePerson(), person);
      // Who may see the fields is decided here, for every person; the key is unwrapped only when one is read.
      const wrappedKey = sealed?.wrappedKey;
      const key =
        sealed && wrappedKey && maySeePersonalData(ctx.actor, facts, person)
          ? () =>
              personFieldsKey(ctx.deps.masterKey, {
                personId: person.id,
                organisationId: sealed.ownerOrganisationId,
                orgWrappedKey: wrappedKey,
                rowKeyVersion: sealed.keyVersion,
                personWrappedKey: sealed.personKey,
                personKeyVersion: sealed.personKeyVersion,
              })
          : null;
      if (sealed && key) {
        // Opened on first read, all three at once: a page that asks for no personal data decrypts nothing.
        let opened: Pick<CasePerson, 'fullName' | 'birthYear' | 'contact'> | undefined;
        const open = () => {
          if (opened) return opened;
          // No key (the person's was erased): nothing of them can be read.
          const k = key();
          opened = k
            ? {
                fullName: openString(k, sealed.fullName, personAad(person.id, 'full_name')),
                birthYear: sealed.birthYear ? Number(openString(k, sealed.birthYear, personAad(person.id, 'birth_year'))) : null,
                contact: sealed.contact ? openString(k, sealed.contact, personAad(person.id, 'contact')) : null,
              }
            : { fullName: null, birthYear: null, contact: null };
          return opened;
        };
        Object.defineProperties(out, {
          fullName: { get: () => open().fullName, enumerable: true, configurable: true },
          birthYear: { get: () => open().birthYear, enumerable: true, configurable: true },
          contact: { get: () => open().contact, enumerable: true, configurable: true },
        });
      }
      return out;
    });
  }

  async add(ctx: AppContext, caseId: string, input: CasePersonInput): Promise<CasePerson> {
    const c = await caseService.writable(ctx, caseId);
    const v = parseInput(casePersonInputSchema, input);
    await caseService.lock(ctx, caseId);
    const { next, persons } = await ctx.sql
      .selectFrom('case_persons')
      .select((eb) => [eb.fn.coalesce(eb(eb.fn.max('position'), '+', 1), eb.lit(0)).as('next'), sql<number>`count(*)::int`.as('persons')])
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    // The case's state, not this input, is what is refused: the same person fits once another is removed.
    if (persons >= MAX_PERSONS_PER_CASE) throw conflict(`A case holds at most ${MAX_PERSONS_PER_CASE} persons.`, { limit: MAX_PERSONS_PER_CASE });
    const id = crypto.randomUUID();
    const pseudonym = v.pseudonym ?? pseudonymFor(next);
    await ctx.sql
      .insertInto('case_persons')
      .values({ id, case_id: caseId, position: next, pseudonym, role: v.role, minor: v.minor, citizenship: v.citizenship })
      .execute();
    const org = await dataKeyFor(ctx.sql, ctx.deps.masterKey, c.ownerOrganisationId);
    // The person's own key seals their fields: erasing them is deleting that key (erase below).
    const { key, wrapped } = newPersonKey(org.key, id, org.version);
    await ctx.sql
      .insertInto('person_keys')
      .values({ person_id: id, organisation_id: c.ownerOrganisationId, key_version: org.version, wrapped_key: wrapped })
      .execute();
    await ctx.sql
      .insertInto('case_person_private')
      .values({
        person_id: id,
        owner_organisation_id: c.ownerOrganisationId,
        key_version: null,
        full_name: seal(key, v.fullName, personAad(id, 'full_name')),
        birth_year: v.birthYear === null ? null : seal(key, String(v.birthYear), personAad(id, 'birth_year')),
        contact: v.contact === null ? null : seal(key, v.contact, personAad(id, 'contact')),
        name_tokens: personNameTokens(ctx.deps.masterKey, c.ownerOrganisationId, v.fullName),
      })
      .execute();
    if (v.consentToShare) {
      // The contract's old flag, kept on the input: a consent record for every member organisation.
      await ctx.sql
        .insertInto('consents')
        .values({
          person_id: id,
          owner_organisation_id: c.ownerOrganisationId,
          scope: ConsentScope.SHARE_PERSONAL_DATA,
          organisation_ids: [],
          purpose: 'Sharing personal data with member organisations',
          given_on: sql<string>`(now() AT TIME ZONE 'UTC')::date`,
          form: 'consentToShare when the person was added',
          recorded_by_user_id: ctx.actor?.userId ?? null,
        })
        .execute();
    }
    await caseService.touch(ctx, c);
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'case.person.add',
      entityType: 'CasePerson',
      entityId: id,
      organisationId: c.ownerOrganisationId,
      details: { caseId, pseudonym, consentToShare: v.consentToShare },
    });
    const facts = await caseService.facts(ctx, c);
    const visible = maySeePersonalData(ctx.actor, facts, { consentToShare: v.consentToShare });
    return Object.assign(new CasePerson(), {
      id,
      caseId,
      position: next,
      pseudonym,
      role: v.role,
      minor: v.minor,
      citizenship: v.citizenship,
      consentToShare: v.consentToShare,
      createdAt: new Date(),
      fullName: visible ? v.fullName : null,
      birthYear: visible ? v.birthYear : null,
      contact: visible ? v.contact : null,
    });
  }

  /**
   * Erasure (issue 22): the person's key is deleted, and with it every copy of their name, birth year and contact
   * (the live row goes too; every backup holds only ciphertext under the deleted key, and the key vault is rewritten
   * without it once this commits). The pseudonym, role and the case's history stay; the audit names the person's
   * id only. Refused while a released briefing holds the case: its text is out and cannot be recalled.
   */
  async erase(ctx: AppContext, personId: string): Promise<CasePerson> {
    requireActor(ctx.actor);
    if (!isUuid(personId)) throw notFound('The person');
    const person = await ctx.sql.selectFrom('case_persons').select('case_id').where('id', '=', personId).executeTakeFirst();
    if (!person) throw notFound('The person');
    const c = await caseService.readable(ctx, person.case_id);
    const facts = await caseService.facts(ctx, c);
    authorize(casePolicy, ctx.actor, 'erasePersonalData', facts);
    await caseService.lock(ctx, c.id);
    const { released } = await ctx.sql.selectNoFrom(sql<boolean>`case_person_in_released_briefing(${personId}::uuid)`.as('released')).executeTakeFirstOrThrow();
    if (released) {
      throw conflict('A released briefing holds this case: its text went out (redacted) and cannot be recalled. Revoke the briefing first, then erase.', {
        reason: 'RELEASED_BRIEFING',
      });
    }
    const erased = await ctx.sql.deleteFrom('person_keys').where('person_id', '=', personId).executeTakeFirst();
    await ctx.sql.deleteFrom('case_person_private').where('person_id', '=', personId).execute();
    // Their consent forms: unreadable once the key is gone; removed as removeEvidence does, bytes deleted after commit.
    const formsRemoved = await evidenceService.shredPerson(ctx, personId, facts);
    await caseService.touch(ctx, c);
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'case.person.erase',
      entityType: 'CasePerson',
      entityId: personId,
      organisationId: c.ownerOrganisationId,
      details: { caseId: c.id, keyDestroyed: Number(erased.numDeletedRows) > 0, formsRemoved },
    });
    const vault = ctx.deps.keyVault;
    if (vault) ctx.tx.afterCommit(() => void vault.rewrite());
    const persons = await this.readable(ctx, c);
    const out = persons.find((p) => p.id === personId);
    if (!out) throw notFound('The person');
    return out;
  }

  async remove(ctx: AppContext, personId: string): Promise<boolean> {
    requireActor(ctx.actor);
    if (!isUuid(personId)) throw notFound('The person');
    const person = await ctx.sql.selectFrom('case_persons').select('case_id').where('id', '=', personId).executeTakeFirst();
    if (!person) throw notFound('The person');
    const c = await caseService.writable(ctx, person.case_id);
    await caseService.lock(ctx, c.id);
    await ctx.sql.deleteFrom('case_persons').where('id', '=', personId).execute();
    await caseService.touch(ctx, c);
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'case.person.remove',
      entityType: 'CasePerson',
      entityId: personId,
      organisationId: c.ownerOrganisationId,
      details: { caseId: c.id },
    });
    return true;
  }
}

export const casePersonService = new CasePersonService();
