import crypto from 'node:crypto';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { orgWithMembers, TEST_PASSWORD, type TestOrgWithMembers } from '../../../test/support/factories';
import { ADD_PERSON, createCase } from '../../../test/support/case-fixtures';
import { CREATE_BRIEFING, DECIDE_BRIEFING, RELEASE_BRIEFING, SUBMIT_BRIEFING } from '../../../test/support/briefing-fixtures';
import { RECORD_CONSENT } from '../../../test/support/referral-fixtures';
import { openStatement, PUBLISH, SIGN, signInput } from '../../../test/support/statement-fixtures';
import { expectNoSecrets } from '../../../test/support/no-personal-data';

const LIST = `query { notifications(first: 100) { edges { node { id kind text link organisation { id } } } } }`;
const RESET_TOTP = `mutation ($o: ID!, $u: ID!) { resetMemberTotp(organisationId: $o, userId: $u) }`;
const INVITE = `mutation ($o: ID!, $e: String!) { inviteMember(organisationId: $o, email: $e, roles: [CASEWORKER]) { id } }`;
const REFER = `mutation ($caseId: ID!, $personId: ID!, $to: ID!, $urgent: Boolean) {
  referPerson(caseId: $caseId, personId: $personId, toOrganisationId: $to, needs: [LEGAL_AID], reason: "Deported to Khujand", urgent: $urgent) { id } }`;

type Node = { id: string; kind: string; text: string; link: string; organisation: { id: string } | null };
type Conn = { notifications: { edges: { node: Node }[] } };

const PERSON = { fullName: 'Farhod Nazarov', pseudonym: 'F.N.', birthYear: 1987, contact: '+7 921 555 01 23', consentToShare: true, role: 'VICTIM', citizenship: 'TJ' };
const SECRETS = ['Farhod', 'Nazarov', '1987', '921 555', '@test.example.org', 'Test user', 'Deported', 'Khujand'];
const today = new Date().toISOString().slice(0, 10);

/** The kinds wired where their cause happens: each reaches exactly its members, and says nothing personal. */
describe('notifications sent by their causes', () => {
  let app: TestApp;
  let a: TestOrgWithMembers;
  let b: TestOrgWithMembers;
  let c: TestOrgWithMembers;

  beforeAll(async () => {
    app = await startTestApp();
    [a, b, c] = [await orgWithMembers(app), await orgWithMembers(app), await orgWithMembers(app)];
  }, 60_000);
  afterAll(() => app.close());

  const who = ['admin', 'caseworker', 'signatory', 'viewer'] as const;

  /** Every member of every test organisation, with their notifications of this kind (and link). */
  async function received(kind: string, link?: string): Promise<Record<string, Node[]>> {
    const out: Record<string, Node[]> = {};
    for (const [name, org] of Object.entries({ a, b, c })) {
      for (const w of who) {
        const data = await org[w].ok<Conn>(LIST);
        out[`${name}.${w}`] = data.notifications.edges.map((e) => e.node).filter((n) => n.kind === kind && (!link || n.link === link));
      }
    }
    return out;
  }
  const counts = (r: Record<string, Node[]>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v.length > 0).map(([k, v]) => [k, v.length]));
  const noPersonalData = (r: Record<string, Node[]>) => {
    expectNoSecrets(JSON.stringify(r), SECRETS);
  };

  it('NEW_SIGN_IN: to the account signed in from a browser not seen before, not at its first sign-in, once per browser', async () => {
    // orgWithMembers signed every member in once: a first browser is no news.
    expect(counts(await received('NEW_SIGN_IN'))).toEqual({});
    const browser = app.client();
    expect((await browser.login(a.users.viewer.email, TEST_PASSWORD)).errors).toBeUndefined();
    await browser.ok(`mutation { logout }`);
    expect((await browser.login(a.users.viewer.email, TEST_PASSWORD)).errors).toBeUndefined();
    const r = await received('NEW_SIGN_IN');
    expect(counts(r)).toEqual({ 'a.viewer': 1 });
    expect(r['a.viewer']![0]).toMatchObject({ link: '/account', organisation: null });
    noPersonalData(r);
    // A failed sign-in from yet another browser notifies nobody.
    expect((await app.client().login(a.users.viewer.email, 'wrong password')).errors).toBeDefined();
    expect(counts(await received('NEW_SIGN_IN'))).toEqual({ 'a.viewer': 1 });
  });

  it('MEMBER_TOTP_RESET: to the member whose two-factor sign-in an ADMIN reset, nobody else', async () => {
    await app.deps.dataSource.query(`UPDATE users SET totp_enabled = true, totp_secret = 'sealed' WHERE id = $1`, [a.users.caseworker.id]);
    expect(await a.admin.ok(RESET_TOTP, { o: a.org.id, u: a.users.caseworker.id })).toEqual({ resetMemberTotp: true });
    // The reset ended the member's sessions: they read their notification after signing in again.
    const member = app.client();
    expect((await member.login(a.users.caseworker.email, TEST_PASSWORD)).errors).toBeUndefined();
    const mine = (await member.ok<Conn>(LIST)).notifications.edges.map((e) => e.node).filter((n) => n.kind === 'MEMBER_TOTP_RESET');
    expect(mine).toEqual([expect.objectContaining({ link: '/account', organisation: { id: a.org.id } })]);
    a.caseworker = member;
    expect(counts(await received('MEMBER_TOTP_RESET'))).toEqual({ 'a.caseworker': 1 });
    noPersonalData({ mine });
    // A refused reset (not enabled) notifies nobody.
    expect(await a.admin.code(RESET_TOTP, { o: a.org.id, u: a.users.caseworker.id })).toBe('CONFLICT');
    expect(counts(await received('MEMBER_TOTP_RESET'))).toEqual({ 'a.caseworker': 1 });
  });

  it('INVITATION: to the account that already has the invited email, nobody when there is none', async () => {
    await a.admin.ok(INVITE, { o: a.org.id, e: `nobody-${crypto.randomUUID()}@test.example.org` });
    expect(counts(await received('INVITATION'))).toEqual({});
    await a.admin.ok(INVITE, { o: a.org.id, e: c.users.viewer.email.toUpperCase() });
    const r = await received('INVITATION');
    expect(counts(r)).toEqual({ 'c.viewer': 1 });
    expect(r['c.viewer']![0]).toMatchObject({ link: '/dashboard', organisation: { id: a.org.id } });
    expect(r['c.viewer']![0]!.text).not.toContain('/invite/');
    noPersonalData(r);
  });

  it('STATEMENT_PUBLISHED: to every member of each organisation whose signature stands under the published text (not the actor)', async () => {
    const s = await openStatement(a);
    await a.signatory.ok(SIGN, signInput(s, a));
    await b.signatory.ok(SIGN, signInput(s, b));
    const link = `/statements/${s.id}`;
    expect(counts(await received('STATEMENT_PUBLISHED', link))).toEqual({});
    await a.admin.ok(PUBLISH, { id: s.id });
    const r = await received('STATEMENT_PUBLISHED', link);
    expect(counts(r)).toEqual({ 'a.caseworker': 1, 'a.signatory': 1, 'a.viewer': 1, 'b.admin': 1, 'b.caseworker': 1, 'b.signatory': 1, 'b.viewer': 1 });
    noPersonalData(r);
  });

  it('BRIEFING_APPROVAL_REQUESTED to the ADMINs of the organisations whose approval it awaits; BRIEFING_DECIDED to the author organisation\'s ADMINs; BRIEFING_RELEASED to the owners\' ADMINs', async () => {
    const own = await createCase(a.caseworker, a.org.id);
    await a.caseworker.ok(ADD_PERSON, { caseId: own.id, input: PERSON });
    const theirs = await createCase(b.caseworker, b.org.id, { visibility: 'COALITION' });
    await b.caseworker.ok(ADD_PERSON, { caseId: theirs.id, input: PERSON });
    const { createBriefing } = await a.caseworker.ok<{ createBriefing: { id: string } }>(CREATE_BRIEFING, {
      input: { organisationId: a.org.id, title: 'Raids', audience: 'OSCE ODIHR', caseIds: [own.id, theirs.id] },
    });
    const id = createBriefing.id;
    const link = `/briefings/${id}`;
    await a.caseworker.ok(SUBMIT_BRIEFING, { id });
    // The author's and the other case owner's ADMINs; the third organisation, with no case in it, nothing.
    const asked = await received('BRIEFING_APPROVAL_REQUESTED', link);
    expect(counts(asked)).toEqual({ 'a.admin': 1, 'b.admin': 1 });
    noPersonalData(asked);
    await b.admin.ok(DECIDE_BRIEFING, { id, org: b.org.id, approve: true });
    expect(counts(await received('BRIEFING_DECIDED', link))).toEqual({ 'a.admin': 1 });
    // The author's own ADMIN decided: nobody else hears of it.
    await a.admin.ok(DECIDE_BRIEFING, { id, org: a.org.id, approve: true });
    expect(counts(await received('BRIEFING_DECIDED', link))).toEqual({ 'a.admin': 1 });
    expect(counts(await received('BRIEFING_RELEASED', link))).toEqual({});
    expect((await a.admin.ok<{ releaseBriefing: { status: string } }>(RELEASE_BRIEFING, { id })).releaseBriefing.status).toBe('RELEASED');
    const r = await received('BRIEFING_RELEASED', link);
    expect(counts(r)).toEqual({ 'b.admin': 1 });
    noPersonalData(r);
    noPersonalData(await received('BRIEFING_DECIDED', link));
  });

  it('REFERRAL_URGENT: an urgent referral to the receiving organisation\'s ADMINs and CASEWORKERs; a plain one to nobody', async () => {
    const k = await createCase(a.caseworker, a.org.id);
    const { addCasePerson } = await a.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, { caseId: k.id, input: PERSON });
    await a.caseworker.ok(RECORD_CONSENT, {
      personId: addCasePerson.id,
      input: { scope: 'REFERRAL', organisationIds: [b.org.id, c.org.id], purpose: 'Legal aid', givenOn: today, form: 'signed form' },
    });
    await a.caseworker.ok(REFER, { caseId: k.id, personId: addCasePerson.id, to: c.org.id, urgent: false });
    expect(counts(await received('REFERRAL_URGENT'))).toEqual({});
    await a.caseworker.ok(REFER, { caseId: k.id, personId: addCasePerson.id, to: b.org.id, urgent: true });
    const r = await received('REFERRAL_URGENT');
    expect(counts(r)).toEqual({ 'b.admin': 1, 'b.caseworker': 1 });
    expect(r['b.admin']![0]).toMatchObject({ link: '/referrals', organisation: { id: b.org.id } });
    noPersonalData(r);
  });
});
