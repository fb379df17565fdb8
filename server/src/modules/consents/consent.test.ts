import crypto from 'node:crypto';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import { ADD_PERSON, createCase, GET_CASE, LIST_CASES, SHARE, type CaseShape } from '../../../test/support/case-fixtures';
import type { TestClient } from '../../../test/support/test-client';
import { inPooledTransaction } from '../../core/db/session-kysely';
import { RECORD_CONSENT, WITHDRAW_CONSENT } from '../../../test/support/referral-fixtures';

const PERSONS = `query ($id: ID!) { case(id: $id) { persons { id fullName contact consentToShare consents { id scope active } } } }`;

const today = new Date().toISOString().slice(0, 10);
// A name no other test file writes: COALITION cases of files running in parallel are readable here too.
const NAME = `Dilnoza Qurbonova${crypto.randomBytes(3).toString('hex')}`;

/** The consent registry: record, withdraw, expiry, and consentToShare derived from it on every read path. */
describe('consents', () => {
  let app: TestApp;
  let own: TestOrgWithMembers;
  let partner: TestOrgWithMembers; // share with personal data
  let other: TestOrgWithMembers; // share with personal data, never covered
  let stranger: TestOrgWithMembers; // no share
  let shared: CaseShape;
  let personId: string;

  const person = async (client: TestClient) =>
    (await client.ok<{ case: { persons: { id: string; fullName: string | null; contact: string | null; consentToShare: boolean; consents: { id: string; active: boolean }[] }[] } | null }>(PERSONS, { id: shared.id })).case?.persons.find(
      (p) => p.id === personId,
    );
  const input = (overrides: Record<string, unknown> = {}) => ({
    scope: 'SHARE_PERSONAL_DATA',
    organisationIds: [partner.org.id],
    purpose: 'Legal aid by the partner',
    givenOn: today,
    form: 'signed form',
    ...overrides,
  });
  /** Every read path of the partner that could show the name: the case, the list with details, the search, the export. */
  const partnerSees = async (): Promise<boolean[]> => {
    const one = (await person(partner.caseworker))?.fullName === NAME;
    const list = await partner.caseworker.ok<{ cases: { edges: { node: { id: string } }[] } }>(
      `query { cases(first: 50) { edges { node { id persons { fullName } } } } }`,
    );
    const inList = JSON.stringify(list).includes(NAME);
    const exported = await (await partner.caseworker.get('/exports/cases.json')).text();
    return [one, inList, exported.includes(NAME)];
  };

  beforeAll(async () => {
    app = await startTestApp();
    [own, partner, other, stranger] = [await orgWithMembers(app), await orgWithMembers(app), await orgWithMembers(app), await orgWithMembers(app)];
    shared = await createCase(own.caseworker, own.org.id, { title: 'Apraksin Dvor mosque raid', visibility: 'SHARED' });
    personId = (
      await own.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, {
        caseId: shared.id,
        input: { fullName: NAME, role: 'VICTIM', contact: '+992 90 000 0001' },
      })
    ).addCasePerson.id;
    await own.admin.ok(SHARE, { caseId: shared.id, organisationId: partner.org.id, access: 'READ', personalData: true });
    await own.admin.ok(SHARE, { caseId: shared.id, organisationId: other.org.id, access: 'READ', personalData: true });
  });
  afterAll(() => app.close());

  it('refuses the anonymous, other organisations, readers and the owner’s viewers; bad input changes nothing', async () => {
    expect(await app.client().code(RECORD_CONSENT, { personId, input: input() })).toBe('UNAUTHENTICATED');
    expect(await stranger.admin.code(RECORD_CONSENT, { personId, input: input() })).toBe('NOT_FOUND');
    expect(await partner.admin.code(RECORD_CONSENT, { personId, input: input() })).toBe('FORBIDDEN');
    expect(await own.viewer.code(RECORD_CONSENT, { personId, input: input() })).toBe('FORBIDDEN');
    expect(await own.signatory.code(RECORD_CONSENT, { personId, input: input() })).toBe('FORBIDDEN');
    expect(await own.caseworker.code(RECORD_CONSENT, { personId, input: input({ purpose: ' ' }) })).toBe('BAD_USER_INPUT');
    expect(await own.caseworker.code(RECORD_CONSENT, { personId, input: input({ givenOn: '2026-02-02', expiresOn: '2026-01-01' }) })).toBe('BAD_USER_INPUT');
    expect(await own.caseworker.code(RECORD_CONSENT, { personId, input: input({ organisationIds: ['00000000-0000-4000-8000-000000000000'] }) })).toBe(
      'BAD_USER_INPUT',
    );
    expect((await person(own.caseworker))?.consents).toEqual([]);
  });

  it('a SHARE_PERSONAL_DATA consent opens the personal data to the organisations it names, on every read path; withdrawal closes it at once', async () => {
    expect(await partnerSees()).toEqual([false, false, false]);
    expect((await person(partner.caseworker))?.consentToShare).toBe(false);
    const { recordConsent: k } = await own.caseworker.ok<{ recordConsent: { id: string; active: boolean; recordedBy: { id: string } | null } }>(RECORD_CONSENT, {
      personId,
      input: input(),
    });
    expect(k.active).toBe(true);
    expect(k.recordedBy?.id).toBe(own.users.caseworker.id);
    expect(await partnerSees()).toEqual([true, true, true]);
    expect((await person(partner.caseworker))?.consentToShare).toBe(true);
    expect((await person(partner.caseworker))?.consents.map((c) => c.id)).toEqual([k.id]);
    // Named organisations only: the other share with personal data reads nothing.
    expect((await person(other.caseworker))?.fullName).toBeNull();
    expect((await person(other.caseworker))?.consentToShare).toBe(false);
    expect((await person(other.caseworker))?.consents).toEqual([]);
    expect((await person(own.viewer))?.consentToShare).toBe(true);

    expect(await partner.admin.code(WITHDRAW_CONSENT, { id: k.id })).toBe('FORBIDDEN');
    expect(await own.viewer.code(WITHDRAW_CONSENT, { id: k.id })).toBe('FORBIDDEN');
    expect(await stranger.admin.code(WITHDRAW_CONSENT, { id: k.id })).toBe('NOT_FOUND');
    expect(await app.client().code(WITHDRAW_CONSENT, { id: k.id })).toBe('UNAUTHENTICATED');
    const w = await own.admin.ok<{ withdrawConsent: { active: boolean; withdrawnAt: string | null } }>(WITHDRAW_CONSENT, { id: k.id });
    expect(w.withdrawConsent.active).toBe(false);
    expect(w.withdrawConsent.withdrawnAt).not.toBeNull();
    expect(await partnerSees()).toEqual([false, false, false]);
    expect((await person(partner.caseworker))?.consentToShare).toBe(false);
    expect(await own.admin.code(WITHDRAW_CONSENT, { id: k.id })).toBe('CONFLICT');
    // The history stays with the owner.
    expect((await person(own.viewer))?.consents.map((c) => [c.id, c.active])).toEqual([[k.id, false]]);
  });

  it('an expired consent stops counting the day after expiresOn, without any write by the application', async () => {
    const { recordConsent: k } = await own.caseworker.ok<{ recordConsent: { id: string } }>(RECORD_CONSENT, {
      personId,
      input: input({ organisationIds: [], expiresOn: today }),
    });
    expect(await partnerSees()).toEqual([true, true, true]);
    // A day passes: the record is what it was, moved one day back (as the owner, past the guard that keeps records unchanged).
    await inPooledTransaction(app.deps.dataSource, async (db) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(db);
      await sql`UPDATE consents SET given_on = given_on - 1, expires_on = expires_on - 1 WHERE id = ${k.id}`.execute(db);
    });
    expect(await partnerSees()).toEqual([false, false, false]);
    expect((await person(own.caseworker))?.consents.find((c) => c.id === k.id)?.active).toBe(false);
    // A consent given in the future does not count yet either.
    await own.caseworker.ok(RECORD_CONSENT, { personId, input: input({ givenOn: '2999-01-01' }) });
    expect(await partnerSees()).toEqual([false, false, false]);
  });

  it('the old flag on addCasePerson records a consent for every member organisation', async () => {
    const { addCasePerson } = await own.caseworker.ok<{ addCasePerson: { id: string; consentToShare: boolean } }>(ADD_PERSON, {
      caseId: shared.id,
      input: { fullName: 'Sukhrob Karimov', role: 'VICTIM', consentToShare: true },
    });
    expect(addCasePerson.consentToShare).toBe(true);
    const seen = await other.caseworker.ok<{ case: { persons: { id: string; fullName: string | null; consents: { scope: string }[] }[] } }>(PERSONS, { id: shared.id });
    const p = seen.case.persons.find((x) => x.id === addCasePerson.id);
    expect(p?.fullName).toBe('Sukhrob Karimov');
    expect(p?.consents.map((c) => c.scope)).toEqual(['SHARE_PERSONAL_DATA']);
    expect(await stranger.caseworker.ok(LIST_CASES)).toBeDefined();
    expect((await stranger.caseworker.ok<{ case: null }>(GET_CASE, { id: shared.id })).case).toBeNull();
  });
});
