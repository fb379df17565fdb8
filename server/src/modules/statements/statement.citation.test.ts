import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import type { TestClient } from '../../../test/support/test-client';
import { ADD_PERSON, createCase, GET_CASE, type CaseShape } from '../../../test/support/case-fixtures';
import { RECORD_CONSENT, WITHDRAW_CONSENT } from '../../../test/support/referral-fixtures';
import { ONE, openStatement, PUBLISH, PUBLISHED, SIGN, signInput, type StatementView } from '../../../test/support/statement-fixtures';
import { inPooledTransaction } from '../../core/db/session-kysely';

const today = new Date().toISOString().slice(0, 10);

/**
 * Issue 24: a public statement cites a case only as its persons' PUBLICATION consents allow. Publication
 * needs, for every person of every cited case, an active PUBLICATION consent covering the initiator (the
 * service and the database's guard both refuse otherwise); after publication a withdrawn or expired
 * consent takes the citation down at once.
 */
describe('statements: citations need PUBLICATION consents', () => {
  let app: TestApp;
  let own: TestOrgWithMembers;
  let other: TestOrgWithMembers;
  let raid: CaseShape;
  let theirs: CaseShape;
  let empty: CaseShape;
  let farhod: string;
  let rustam: string;

  const consent = async (client: TestClient, personId: string, overrides: Record<string, unknown> = {}) =>
    (await client.ok<{ recordConsent: { id: string } }>(RECORD_CONSENT, {
      personId,
      input: { scope: 'PUBLICATION', organisationIds: [], purpose: 'The appeal', givenOn: today, form: 'signed form', ...overrides },
    })).recordConsent.id;
  const addPerson = async (client: TestClient, caseId: string, fullName: string) =>
    (await client.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, { caseId, input: { fullName, role: 'VICTIM' } })).addCasePerson.id;
  /** Open, signed by the initiator: ready to publish. */
  const ready = async (caseIds: string[]) => {
    const s = await openStatement(own, { caseIds });
    await own.admin.ok(SIGN, signInput(s, own));
    return s;
  };
  const cited = async (client: TestClient, s: StatementView) => (await client.ok<{ statement: StatementView | null }>(ONE, { id: s.id })).statement?.cases.map((c) => c.id);
  const citedBy = async (client: TestClient, caseId: string) =>
    (await client.ok<{ case: { statements: { id: string }[] } | null }>(GET_CASE.replace('shares {', 'statements { id } shares {'), { id: caseId })).case?.statements.map(
      (x) => x.id,
    );

  beforeAll(async () => {
    app = await startTestApp();
    [own, other] = [await orgWithMembers(app), await orgWithMembers(app)];
    raid = await createCase(own.caseworker, own.org.id, { visibility: 'COALITION' });
    farhod = await addPerson(own.caseworker, raid.id, 'Farhod Nazarov');
    theirs = await createCase(other.caseworker, other.org.id, { visibility: 'COALITION' });
    rustam = await addPerson(other.caseworker, theirs.id, 'Rustam Karimov');
    empty = await createCase(own.caseworker, own.org.id, { visibility: 'COALITION' });
  });
  afterAll(() => app.close());

  it('refuses to publish while a person of a cited case has no PUBLICATION consent for the initiator, and changes nothing', async () => {
    const s = await ready([raid.id, theirs.id, empty.id]);
    const refused = await own.admin.gql(PUBLISH, { id: s.id });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', caseIds: [raid.id, theirs.id].sort() });
    // A consent naming another organisation does not cover the initiator.
    await consent(own.caseworker, farhod, { organisationIds: [other.org.id] });
    await consent(other.caseworker, rustam);
    expect((await own.admin.gql(PUBLISH, { id: s.id })).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', caseIds: [raid.id] });
    expect((await own.viewer.ok<{ statement: StatementView }>(ONE, { id: s.id })).statement.status).toBe('OPEN_FOR_SIGNATURE');

    // Drafts and open statements are not public: they cite whatever their authors may read.
    expect((await cited(other.viewer, s))?.sort()).toEqual([raid.id, theirs.id, empty.id].sort());

    // The database refuses it too, whatever the service does.
    await expect(
      inPooledTransaction(app.deps.dataSource, async (db) => {
        await sql`SELECT * FROM app_act_as(${own.users.admin.id})`.execute(db);
        await sql`SELECT set_config('role', 'coalition_app', true)`.execute(db);
        await sql`UPDATE statements SET status = 'PUBLISHED', published_at = now() WHERE id = ${s.id}`.execute(db);
      }),
    ).rejects.toThrow(/PUBLICATION consent/);
  });

  it('publishes once every person consented; a withdrawal or an expiry afterwards takes the citation down at once', async () => {
    const withdrawn = await consent(own.caseworker, farhod, { expiresOn: today });
    const s = await ready([raid.id, theirs.id, empty.id]);
    expect((await own.admin.ok<{ publishStatement: { status: string } }>(PUBLISH, { id: s.id })).publishStatement.status).toBe('PUBLISHED');
    expect((await cited(other.viewer, s))?.sort()).toEqual([raid.id, theirs.id, empty.id].sort());
    expect(await citedBy(other.viewer, raid.id)).toContain(s.id);

    // Rustam withdraws his consent: the published text stands, its citation of his case does not.
    const rustamConsents = (await other.caseworker.ok<{ case: { persons: { consents: { id: string; active: boolean }[] }[] } }>(
      `query ($id: ID!) { case(id: $id) { persons { consents { id active } } } }`, { id: theirs.id },
    )).case.persons[0].consents.filter((k) => k.active);
    for (const k of rustamConsents) await other.admin.ok(WITHDRAW_CONSENT, { id: k.id });
    expect((await cited(own.viewer, s))?.sort()).toEqual([raid.id, empty.id].sort());
    expect(await citedBy(other.viewer, theirs.id)).not.toContain(s.id);
    expect(await citedBy(own.viewer, raid.id)).toContain(s.id);

    // A day passes: Farhod's consent, which ran until today, has expired (moved one day back, as the owner).
    await inPooledTransaction(app.deps.dataSource, async (db) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(db);
      await sql`UPDATE consents SET given_on = given_on - 1, expires_on = expires_on - 1 WHERE id = ${withdrawn}`.execute(db);
    });
    expect(await cited(own.viewer, s)).toEqual([empty.id]);
    expect(await citedBy(own.viewer, raid.id)).not.toContain(s.id);
    // The public text itself is unchanged.
    expect((await app.client().ok<{ publishedStatement: StatementView }>(PUBLISHED, { slug: s.slug })).publishedStatement.currentVersion.contentHash).toBe(
      s.currentVersion.contentHash,
    );
  });
});
