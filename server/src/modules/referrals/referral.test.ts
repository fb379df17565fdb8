import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import { ADD_EVENT, ADD_PERSON, createCase, type CaseShape } from '../../../test/support/case-fixtures';
import type { TestClient } from '../../../test/support/test-client';
import { RECORD_CONSENT, WITHDRAW_CONSENT } from '../../../test/support/referral-fixtures';

export const REFER = `mutation ($caseId: ID!, $personId: ID!, $to: ID!, $needs: [ReferralNeed!]!, $reason: String!, $urgent: Boolean) {
  referPerson(caseId: $caseId, personId: $personId, toOrganisationId: $to, needs: $needs, reason: $reason, urgent: $urgent) {
    id status urgent needs reason decidedAt outcomeNote fromOrganisation { id } toOrganisation { id } case { id } person { id fullName } linkedCase { id } } }`;
const REFERRAL_FIELDS = `id status decidedAt outcomeNote person { id fullName contact } linkedCase { id ownerOrganisation { id } persons { fullName contact } }`;
export const ACCEPT = `mutation ($id: ID!) { acceptReferral(id: $id) { ${REFERRAL_FIELDS} } }`;
export const DECLINE = `mutation ($id: ID!, $note: String!) { declineReferral(id: $id, outcomeNote: $note) { ${REFERRAL_FIELDS} } }`;
export const WITHDRAW = `mutation ($id: ID!) { withdrawReferral(id: $id) { ${REFERRAL_FIELDS} } }`;
export const COMPLETE = `mutation ($id: ID!, $note: String!) { completeReferral(id: $id, outcomeNote: $note) { ${REFERRAL_FIELDS} } }`;
export const REFERRALS = `query ($status: [ReferralStatus!], $incoming: Boolean) { referrals(status: $status, incoming: $incoming) { id status } }`;
export const TIMELINE = `query ($id: ID!) { case(id: $id) { id links { id confirmed otherCase { id } otherOrganisation { id } referral { id } }
  referrals { id status } crossBorderTimeline { title occurredOn case { id ownerOrganisation { id countryCode } } } } }`;
const PERSON = `query ($id: ID!) { case(id: $id) { persons { id fullName } } }`;

const today = new Date().toISOString().slice(0, 10);

interface ReferralShape {
  id: string;
  status: string;
  urgent?: boolean;
  decidedAt: string | null;
  person: { id: string; fullName: string | null };
  linkedCase: { id: string; ownerOrganisation: { id: string }; persons: { fullName: string | null }[] } | null;
}

/** Referrals: consent, the state machine (service and database), concurrency, the receiving case, links and timeline. */
describe('referrals', () => {
  let app: TestApp;
  let spb: TestOrgWithMembers; // referring (ADC Memorial)
  let dushanbe: TestOrgWithMembers; // receiving
  let third: TestOrgWithMembers;
  let raid: CaseShape;
  let father: string;

  const refer = async (client: TestClient, personId = father, urgent = false) =>
    (
      await client.ok<{ referPerson: ReferralShape }>(REFER, {
        caseId: raid.id,
        personId,
        to: dushanbe.org.id,
        needs: ['LEGAL_AID', 'FAMILY_TRACING'],
        reason: 'Deported to Khujand; family needs a lawyer',
        urgent,
      })
    ).referPerson;
  const addPerson = async (fullName: string) =>
    (await spb.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, { caseId: raid.id, input: { fullName, role: 'VICTIM', contact: '+992 92 111 2233' } })).addCasePerson.id;
  const consent = async (personId: string, scope = 'REFERRAL') =>
    (
      await spb.caseworker.ok<{ recordConsent: { id: string } }>(RECORD_CONSENT, {
        personId,
        input: { scope, organisationIds: [dushanbe.org.id], purpose: 'Legal aid in Dushanbe', givenOn: today, form: 'signed form' },
      })
    ).recordConsent.id;

  beforeAll(async () => {
    app = await startTestApp();
    spb = await orgWithMembers(app, { countryCode: 'RU', city: 'St. Petersburg' });
    dushanbe = await orgWithMembers(app, { countryCode: 'TJ', city: 'Dushanbe' });
    third = await orgWithMembers(app);
    raid = await createCase(spb.caseworker, spb.org.id, { title: 'Apraksin Dvor mosque raid' });
    father = await addPerson('Karim Yusupov');
    await spb.caseworker.ok(ADD_EVENT, { caseId: raid.id, input: { type: 'DETENTION', occurredOn: '2013-02-08', title: 'Detained at the mosque' } });
  });
  afterAll(() => app.close());

  it('needs an active REFERRAL consent covering the receiver (CONFLICT), and the owner’s writers', async () => {
    expect(await spb.caseworker.code(REFER, { caseId: raid.id, personId: father, to: dushanbe.org.id, needs: ['LEGAL_AID'], reason: 'x' })).toBe('CONFLICT');
    await consent(father);
    expect(await app.client().code(REFER, { caseId: raid.id, personId: father, to: dushanbe.org.id, needs: ['LEGAL_AID'], reason: 'x' })).toBe('UNAUTHENTICATED');
    expect(await spb.viewer.code(REFER, { caseId: raid.id, personId: father, to: dushanbe.org.id, needs: ['LEGAL_AID'], reason: 'x' })).toBe('FORBIDDEN');
    expect(await third.admin.code(REFER, { caseId: raid.id, personId: father, to: dushanbe.org.id, needs: ['LEGAL_AID'], reason: 'x' })).toBe('NOT_FOUND');
    expect(await spb.caseworker.code(REFER, { caseId: raid.id, personId: father, to: dushanbe.org.id, needs: [], reason: 'x' })).toBe('BAD_USER_INPUT');
    expect(await spb.caseworker.code(REFER, { caseId: raid.id, personId: father, to: spb.org.id, needs: ['LEGAL_AID'], reason: 'x' })).toBe('BAD_USER_INPUT');
    expect((await spb.caseworker.ok<{ referrals: unknown[] }>(REFERRALS)).referrals).toEqual([]);
  });

  it('is read by both organisations; the receiver sees the person’s data only once accepted; two accepts at once make one case', async () => {
    const r = await refer(spb.caseworker);
    expect(r.status).toBe('PENDING');
    expect((await dushanbe.viewer.ok<{ referrals: { id: string }[] }>(REFERRALS, { incoming: true })).referrals.map((x) => x.id)).toEqual([r.id]);
    expect((await dushanbe.viewer.ok<{ referrals: { id: string }[] }>(REFERRALS, { incoming: false })).referrals).toEqual([]);
    expect((await third.admin.ok<{ referrals: unknown[] }>(REFERRALS)).referrals).toEqual([]);
    const before = (await dushanbe.caseworker.ok<{ case: { persons: { id: string; fullName: string | null }[] } }>(PERSON, { id: raid.id })).case.persons;
    expect(before.find((p) => p.id === father)?.fullName).toBeNull();

    expect(await spb.admin.code(ACCEPT, { id: r.id })).toBe('FORBIDDEN');
    expect(await dushanbe.viewer.code(ACCEPT, { id: r.id })).toBe('FORBIDDEN');
    expect(await third.admin.code(ACCEPT, { id: r.id })).toBe('NOT_FOUND');
    expect(await dushanbe.caseworker.code(WITHDRAW, { id: r.id })).toBe('FORBIDDEN');
    expect(await dushanbe.caseworker.code(COMPLETE, { id: r.id, note: 'done' })).toBe('CONFLICT');

    const [a, b] = await Promise.all([dushanbe.caseworker.gql(ACCEPT, { id: r.id }), dushanbe.admin.gql(ACCEPT, { id: r.id })]);
    const codes = [a, b].map((x) => x.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const accepted = await dushanbe.viewer.ok<{ referrals: { id: string; status: string }[] }>(REFERRALS, { incoming: true });
    expect(accepted.referrals).toEqual([{ id: r.id, status: 'ACCEPTED' }]);
    const made = await app.deps.dataSource.query(`SELECT count(*)::int AS n FROM cases WHERE owner_organisation_id = $1`, [dushanbe.org.id]);
    expect(made).toEqual([{ n: 1 }]);

    const seen = (await dushanbe.caseworker.ok<{ referrals: ReferralShape[] }>(`query { referrals { ${REFERRAL_FIELDS} } }`)).referrals[0];
    expect(seen.person.fullName).toBe('Karim Yusupov');
    expect(seen.linkedCase?.ownerOrganisation.id).toBe(dushanbe.org.id);
    expect(seen.linkedCase?.persons.map((p) => p.fullName)).toEqual(['Karim Yusupov']);
    expect(seen.decidedAt).not.toBeNull();
    const linked = seen.linkedCase?.id ?? '';
    await dushanbe.caseworker.ok(ADD_EVENT, { caseId: linked, input: { type: 'NOTE', occurredOn: '2013-03-01', title: 'Lawyer found in Khujand' } });

    // Both sides read one timeline across the border; the third organisation reads neither case.
    for (const [client, caseId] of [
      [spb.viewer, raid.id],
      [dushanbe.viewer, linked],
    ] as const) {
      const t = (await client.ok<{ case: { links: { confirmed: boolean; otherCase: { id: string } | null }[]; crossBorderTimeline: { title: string; case: { ownerOrganisation: { countryCode: string } } }[] } }>(TIMELINE, { id: caseId })).case;
      expect(t.links.map((l) => l.confirmed)).toEqual([true]);
      expect(t.links[0].otherCase?.id).toBe(caseId === raid.id ? linked : raid.id);
      expect(t.crossBorderTimeline.map((e) => [e.title, e.case.ownerOrganisation.countryCode])).toEqual([
        ['Detained at the mosque', 'RU'],
        ['Lawyer found in Khujand', 'TJ'],
      ]);
    }
    expect((await third.admin.ok<{ case: null }>(TIMELINE, { id: linked })).case).toBeNull();

    // Withdrawing the REFERRAL consent withdraws the receiver's personal-data rights, in both cases, at once.
    const consents = await spb.caseworker.ok<{ case: { persons: { id: string; consents: { id: string; scope: string }[] }[] } }>(
      `query ($id: ID!) { case(id: $id) { persons { id consents { id scope } } } }`,
      { id: raid.id },
    );
    const referralConsent = consents.case.persons.find((p) => p.id === father)?.consents.find((k) => k.scope === 'REFERRAL')?.id ?? '';
    await spb.admin.ok(WITHDRAW_CONSENT, { id: referralConsent });
    const after = (await dushanbe.caseworker.ok<{ referrals: ReferralShape[] }>(`query { referrals { ${REFERRAL_FIELDS} } }`)).referrals[0];
    expect(after.person.fullName).toBeNull();
    expect(after.linkedCase?.persons.map((p) => p.fullName)).toEqual([null]);

    expect(await spb.admin.code(WITHDRAW, { id: r.id })).toBe('CONFLICT');
    expect(await dushanbe.caseworker.code(COMPLETE, { id: r.id, note: ' ' })).toBe('BAD_USER_INPUT');
    const done = await dushanbe.caseworker.ok<{ completeReferral: ReferralShape & { outcomeNote: string } }>(COMPLETE, { id: r.id, note: 'Lawyer took the case' });
    expect(done.completeReferral.status).toBe('COMPLETED');
    expect(await dushanbe.caseworker.code(DECLINE, { id: r.id, note: 'no' })).toBe('CONFLICT');

    // The dashboard counts it (every referral of the coalition, figures only); the route is the referring case's country to the receiver's.
    const STATS = `{ referralStatistics { byStatus { status count } byRoute { fromCountryCode toCountryCode count } accepted medianHoursToAcceptance } }`;
    const stats = (await third.viewer.ok<{ referralStatistics: { byStatus: { status: string; count: number }[]; byRoute: { fromCountryCode: string; toCountryCode: string; count: number }[]; accepted: number; medianHoursToAcceptance: number | null } }>(STATS)).referralStatistics;
    expect(stats.byStatus.find((x) => x.status === 'COMPLETED')?.count).toBeGreaterThanOrEqual(1);
    expect(stats.byRoute.some((x) => x.fromCountryCode === 'RU' && x.toCountryCode === 'TJ')).toBe(true);
    expect(stats.accepted).toBeGreaterThanOrEqual(1);
    expect(stats.medianHoursToAcceptance).not.toBeNull();
  });

  it('is withdrawn by the referrer before acceptance, declined by the receiver with a note; wrong transitions are CONFLICT', async () => {
    const son = await addPerson('Bobur Yusupov');
    await consent(son);
    const w = await refer(spb.caseworker, son, true);
    expect(w.urgent).toBe(true);
    expect((await spb.caseworker.ok<{ withdrawReferral: ReferralShape }>(WITHDRAW, { id: w.id })).withdrawReferral.status).toBe('WITHDRAWN');
    expect(await dushanbe.caseworker.code(ACCEPT, { id: w.id })).toBe('CONFLICT');
    const d = await refer(spb.admin, son);
    expect(await dushanbe.caseworker.code(DECLINE, { id: d.id, note: '' })).toBe('BAD_USER_INPUT');
    const declined = await dushanbe.admin.ok<{ declineReferral: ReferralShape & { outcomeNote: string } }>(DECLINE, { id: d.id, note: 'No lawyer free' });
    expect([declined.declineReferral.status, declined.declineReferral.outcomeNote]).toEqual(['DECLINED', 'No lawyer free']);
    expect(await spb.caseworker.code(WITHDRAW, { id: d.id })).toBe('CONFLICT');
    expect(await dushanbe.caseworker.code(ACCEPT, { id: d.id })).toBe('CONFLICT');
    // Consent withdrawn between referral and acceptance: the pending referral cannot be accepted.
    const p = await refer(spb.admin, son);
    const consents = await spb.caseworker.ok<{ case: { persons: { id: string; consents: { id: string; scope: string; active: boolean }[] }[] } }>(
      `query ($id: ID!) { case(id: $id) { persons { id consents { id scope active } } } }`,
      { id: raid.id },
    );
    for (const k of consents.case.persons.find((x) => x.id === son)?.consents ?? []) if (k.active) await spb.admin.ok(WITHDRAW_CONSENT, { id: k.id });
    expect(await dushanbe.caseworker.code(ACCEPT, { id: p.id })).toBe('CONFLICT');
  });

  it('PostgreSQL refuses every wrong transition on its own, as the application role acting for a writer of either side', async () => {
    const son = await addPerson('Umed Yusupov');
    await consent(son);
    const r = await refer(spb.caseworker, son);
    const asWriter = async (userId: string, text: string): Promise<string> => {
      const qr = app.deps.dataSource.createQueryRunner();
      await qr.connect();
      await qr.startTransaction();
      try {
        // Only the owner chooses whom a transaction acts as; then the app role reads under the policies.
        await qr.query(`SELECT * FROM app_act_as($1)`, [userId]);
        await qr.query(`SET LOCAL ROLE ${app.deps.config.DB_APP_ROLE}`);
        // TypeORM answers an UPDATE with [returned rows, affected count].
        const [, affected] = (await qr.query(text, [r.id])) as [unknown[], number];
        return `ok ${affected > 0 ? 'rows' : 'none'}`;
      } catch (error) {
        return (error as { code?: string }).code ?? 'error';
      } finally {
        await qr.rollbackTransaction();
        await qr.release();
      }
    };
    const receiver = dushanbe.users.caseworker.id;
    const referrer = spb.users.caseworker.id;
    // The receiver may not withdraw, nor complete what it has not accepted; the referrer may not accept or decline.
    expect(await asWriter(receiver, `UPDATE referrals SET status = 'WITHDRAWN' WHERE id = $1`)).toBe('55000');
    expect(await asWriter(receiver, `UPDATE referrals SET status = 'COMPLETED', outcome_note = 'x' WHERE id = $1`)).toBe('55000');
    expect(await asWriter(referrer, `UPDATE referrals SET status = 'ACCEPTED' WHERE id = $1`)).toBe('55000');
    expect(await asWriter(receiver, `UPDATE referrals SET status = 'DECLINED' WHERE id = $1`)).toBe('23514');
    expect(await asWriter(receiver, `UPDATE referrals SET reason = 'changed' WHERE id = $1`)).toBe('42501');
    // A third organisation's writer does not even see it.
    expect(await asWriter(third.users.admin.id, `UPDATE referrals SET status = 'ACCEPTED' WHERE id = $1 RETURNING id`)).toBe('ok none');
    expect(await asWriter(receiver, `UPDATE referrals SET status = 'DECLINED', outcome_note = 'No lawyer' WHERE id = $1 RETURNING id`)).toBe('ok rows');
  });

  it('links two owners’ cases: proposed, confirmed by the other owner only, unlinked', async () => {
    const mine = await createCase(spb.caseworker, spb.org.id, { title: 'Gorelovo raid', visibility: 'SHARED' });
    const theirs = await createCase(dushanbe.caseworker, dushanbe.org.id, { title: 'Returned families, Khujand', visibility: 'COALITION' });
    const LINK = `mutation ($a: ID!, $b: ID!) { linkCases(caseId: $a, otherCaseId: $b) { id confirmed otherCase { id } } }`;
    const CONFIRM = `mutation ($id: ID!) { confirmCaseLink(linkId: $id) { id confirmed otherCase { id } } }`;
    const UNLINK = `mutation ($id: ID!) { unlinkCases(linkId: $id) }`;
    expect(await dushanbe.caseworker.code(LINK, { a: mine.id, b: theirs.id })).toBe('NOT_FOUND');
    expect(await spb.viewer.code(LINK, { a: mine.id, b: theirs.id })).toBe('FORBIDDEN');
    expect(await app.client().code(LINK, { a: mine.id, b: theirs.id })).toBe('UNAUTHENTICATED');
    const { linkCases } = await spb.caseworker.ok<{ linkCases: { id: string; confirmed: boolean; otherCase: unknown } }>(LINK, { a: mine.id, b: theirs.id });
    expect([linkCases.confirmed, linkCases.otherCase]).toEqual([false, null]);
    expect(await spb.caseworker.code(LINK, { a: mine.id, b: theirs.id })).toBe('CONFLICT');
    expect(await spb.admin.code(CONFIRM, { id: linkCases.id })).toBe('FORBIDDEN');
    expect(await third.admin.code(CONFIRM, { id: linkCases.id })).toBe('NOT_FOUND');
    expect(await dushanbe.viewer.code(CONFIRM, { id: linkCases.id })).toBe('FORBIDDEN');
    const confirmed = await dushanbe.admin.ok<{ confirmCaseLink: { confirmed: boolean; otherCase: { id: string } | null } }>(CONFIRM, { id: linkCases.id });
    // The Dushanbe side sees St. Petersburg's SHARED case only if shared with it: null here, the link stays.
    expect(confirmed.confirmCaseLink).toEqual({ id: linkCases.id, confirmed: true, otherCase: null });
    expect(await dushanbe.admin.code(CONFIRM, { id: linkCases.id })).toBe('CONFLICT');
    expect(await third.admin.code(UNLINK, { id: linkCases.id })).toBe('NOT_FOUND');
    expect((await dushanbe.caseworker.ok<{ unlinkCases: boolean }>(UNLINK, { id: linkCases.id })).unlinkCases).toBe(true);
  });
});
