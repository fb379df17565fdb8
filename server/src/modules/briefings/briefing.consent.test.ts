import { CoalitionRole } from '@coalition/shared';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { coalitionUser, orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import type { TestClient } from '../../../test/support/test-client';
import { ADD_EVENT, ADD_PERSON, createCase, type CaseShape } from '../../../test/support/case-fixtures';
import { pdfText } from '../../../test/support/pdf-text';
import { findSecrets } from '../../../test/support/no-personal-data';
import { RECORD_CONSENT, WITHDRAW_CONSENT } from '../../../test/support/referral-fixtures';
import { inPooledTransaction } from '../../core/db/session-kysely';

const CASES = `cases { title summary persons { pseudonym role minor citizenship } withheldPersons events { title description } }`;
const FIELDS = `id status ${CASES} files { format url }`;
const CREATE = `mutation ($input: CreateBriefingInput!) { createBriefing(input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation ($id: ID!) { submitBriefing(id: $id) { id status } }`;
const DECIDE = `mutation ($id: ID!, $org: ID!) { decideBriefing(id: $id, organisationId: $org, approve: true) { id } }`;
const RELEASE = `mutation ($id: ID!) { releaseBriefing(id: $id) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { briefing(id: $id) { ${FIELDS} } }`;

interface CaseView {
  title: string;
  summary: string;
  persons: { pseudonym: string; role: string }[];
  withheldPersons: number;
  events: { title: string; description: string }[];
}
interface Shape {
  id: string;
  status: string;
  cases: CaseView[];
  files: { format: string; url: string }[];
}

const NO_CONSENT = 'a person who did not consent';
const today = new Date().toISOString().slice(0, 10);
// Invented people. Farhod consents to briefings, Umed never does.
const FARHOD = { fullName: 'Farhod Nazarov', birthYear: 1931, contact: '+7 900 111-22-33', citizenship: 'TJ', role: 'VICTIM' };
const UMED = { fullName: 'Umed Saidov', birthYear: 1962, contact: 'umed.saidov@example.org', citizenship: 'UZ', role: 'WITNESS' };
const UMED_SECRETS = ['Umed', 'Saidov', '1962', 'umed.saidov', 'Person B', 'WITNESS'];

/**
 * Issue 24: a briefing shows only persons with an active BRIEFING consent covering its author organisation;
 * every other person appears only as "a person who did not consent", in the snapshot, its views and every
 * file. Before release a withdrawal or an expiry takes effect at once; what was released stays as released.
 */
describe('briefings: only persons who consented', () => {
  let app: TestApp;
  let author: TestOrgWithMembers;
  let other: TestOrgWithMembers;
  let liaison: TestClient;
  let raid: CaseShape;
  let farhodId: string;

  const get = async (client: TestClient, id: string) => (await client.ok<{ briefing: Shape | null }>(GET, { id })).briefing!;
  const consent = async (client: TestClient, personId: string, overrides: Record<string, unknown> = {}) =>
    (await client.ok<{ recordConsent: { id: string } }>(RECORD_CONSENT, {
      personId,
      input: { scope: 'BRIEFING', organisationIds: [], purpose: 'His story, pseudonymised, in briefings', givenOn: today, form: 'signed form', ...overrides },
    })).recordConsent.id;
  const create = async (caseIds: string[]) =>
    (await author.caseworker.ok<{ createBriefing: Shape }>(CREATE, {
      input: { organisationId: author.org.id, title: 'Raids of February 2013', audience: 'OSCE ODIHR', caseIds, includeStatistics: false },
    })).createBriefing;
  const release = async (id: string) => {
    await author.caseworker.ok(SUBMIT, { id });
    await author.admin.ok(DECIDE, { id, org: author.org.id });
    return (await author.admin.ok<{ releaseBriefing: Shape }>(RELEASE, { id })).releaseBriefing;
  };
  /** Every file of a released briefing as text. */
  const files = async (b: Shape): Promise<Record<string, string>> => {
    const out: Record<string, string> = {};
    for (const f of b.files) {
      const bytes = Buffer.from(await (await liaison.get(f.url)).arrayBuffer());
      if (f.format === 'PDF') out.PDF = pdfText(bytes).replace(/\s+/g, ' ');
      else if (f.format === 'XLSX') {
        const ExcelJS = (await import('exceljs')).default;
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
        out.XLSX = workbook.worksheets.map((w) => w.getSheetValues().flat().map(String).join(' ')).join('\n');
      } else out[f.format] = bytes.toString('utf8');
    }
    return out;
  };

  beforeAll(async () => {
    app = await startTestApp();
    [author, other] = [await orgWithMembers(app), await orgWithMembers(app)];
    liaison = (await coalitionUser(app, CoalitionRole.LIAISON)).client;
    raid = await createCase(author.caseworker, author.org.id, {
      title: 'Raid: Farhod Nazarov and Umed Saidov detained',
      summary: 'Farhod Nazarov was beaten; his neighbour Umed Saidov (born 1962) saw it and wrote from umed.saidov@example.org.',
    });
    farhodId = (await author.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, { caseId: raid.id, input: FARHOD })).addCasePerson.id;
    await author.caseworker.ok(ADD_PERSON, { caseId: raid.id, input: UMED });
    await author.caseworker.ok(ADD_EVENT, {
      caseId: raid.id,
      input: { type: 'DETENTION', occurredOn: '2013-02-08', title: 'Saidov questioned', description: 'Person B, Umed, was held with Nazarov.', authority: 'Police' },
    });
  });
  afterAll(() => app.close());

  it('shows a person without a BRIEFING consent only as "a person who did not consent", in the snapshot and in every file', async () => {
    const farhodConsent = await consent(author.caseworker, farhodId);
    const b = await create([raid.id]);
    const [c] = b.cases;
    expect(c.title).toBe(`Raid: Person A and ${NO_CONSENT} detained`);
    expect(c.summary).toBe(`Person A was beaten; his neighbour ${NO_CONSENT} (born [year]) saw it and wrote from [contact].`);
    expect(c.events[0]).toEqual({ title: `${NO_CONSENT} questioned`, description: `${NO_CONSENT}, ${NO_CONSENT}, was held with Person A.` });
    expect(c.persons).toEqual([{ pseudonym: 'Person A', role: 'VICTIM', minor: false, citizenship: 'TJ' }]);
    expect(c.withheldPersons).toBe(1);

    const released = await release(b.id);
    expect(released.cases).toEqual(b.cases);
    expect(await get(liaison, b.id)).toMatchObject({ status: 'RELEASED', cases: b.cases });
    const texts = await files(released);
    expect(Object.keys(texts).sort()).toEqual(['CSV', 'JSON', 'PDF', 'XLSX']);
    for (const [format, text] of Object.entries(texts)) {
      expect({ format, consented: text.includes('Person A'), withheld: text.includes(NO_CONSENT) }).toEqual({ format, consented: true, withheld: true });
      expect({ format, found: findSecrets(text, UMED_SECRETS) }).toEqual({ format, found: [] });
    }
    expect(texts.CSV).toContain(`Persons,${raid.reference},${NO_CONSENT},,,`);
    expect(JSON.parse(texts.JSON).cases[0]).toMatchObject({ withheldPersons: 1, persons: [{ pseudonym: 'Person A' }] });

    // Released stays as released: a withdrawal afterwards changes neither the view nor the files (revoking is the remedy).
    await author.caseworker.ok(WITHDRAW_CONSENT, { id: farhodConsent });
    expect((await get(liaison, b.id)).cases).toEqual(b.cases);
    expect((await files(released)).PDF).toBe(texts.PDF);
  });

  it('withholds at once a person whose consent is withdrawn in a draft, or expires while approval is pending, and releases without them', async () => {
    const first = await consent(author.caseworker, farhodId);
    const b = await create([raid.id]);
    expect((await get(author.viewer, b.id)).cases[0].persons.map((p) => p.pseudonym)).toEqual(['Person A']);

    await author.admin.ok(WITHDRAW_CONSENT, { id: first });
    const draft = (await get(author.viewer, b.id)).cases[0];
    expect(draft.persons).toEqual([]);
    expect(draft.withheldPersons).toBe(2);
    expect(draft.summary).toBe(`${NO_CONSENT} was beaten; his neighbour ${NO_CONSENT} (born [year]) saw it and wrote from [contact].`);
    expect(JSON.stringify(draft)).not.toContain('Person A');

    // Given again (until today), the consent counts again at once; submitting takes the snapshot anew.
    const second = await consent(author.caseworker, farhodId, { expiresOn: today });
    expect((await get(author.viewer, b.id)).cases[0].persons.map((p) => p.pseudonym)).toEqual(['Person A']);
    await author.caseworker.ok(SUBMIT, { id: b.id });
    expect((await get(author.viewer, b.id)).cases[0].persons.map((p) => p.pseudonym)).toEqual(['Person A']);
    await author.admin.ok(DECIDE, { id: b.id, org: author.org.id });

    // A day passes: the consent is what it was, moved one day back (as the owner, past the guard that keeps records unchanged).
    await inPooledTransaction(app.deps.dataSource, async (db) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(db);
      await sql`UPDATE consents SET given_on = given_on - 1, expires_on = expires_on - 1 WHERE id = ${second}`.execute(db);
    });
    const pending = (await get(author.viewer, b.id)).cases[0];
    expect(pending.persons).toEqual([]);
    expect(pending.withheldPersons).toBe(2);

    const released = await author.admin.ok<{ releaseBriefing: Shape }>(RELEASE, { id: b.id });
    expect(released.releaseBriefing.cases).toEqual([pending]);
    expect((await get(liaison, b.id)).cases).toEqual([pending]);
    for (const [format, text] of Object.entries(await files(released.releaseBriefing))) {
      expect({ format, found: findSecrets(text, ['Person A', 'Farhod', 'Nazarov', 'VICTIM', '1931', '111-22-33']) }).toEqual({ format, found: [] });
      expect(text).toContain(NO_CONSENT);
    }
  });

  it('counts a consent only for the organisations it names, and shows a reader a person as consenting only when it may read their details', async () => {
    const theirs = await createCase(other.caseworker, other.org.id, {
      visibility: 'COALITION', title: 'Deportation of Rustam Karimov', summary: 'Rustam Karimov was deported to Dushanbe.',
    });
    const rustam = (await other.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, {
      caseId: theirs.id, input: { fullName: 'Rustam Karimov', role: 'VICTIM', citizenship: 'TJ' },
    })).addCasePerson.id;
    // Consent to briefings by the owner only: not by the author.
    await consent(other.caseworker, rustam, { organisationIds: [other.org.id] });
    const b = await create([theirs.id]);
    await author.caseworker.ok(SUBMIT, { id: b.id });
    const asOwner = (await get(other.admin, b.id)).cases[0];
    expect(asOwner).toMatchObject({ title: `Deportation of ${NO_CONSENT}`, persons: [], withheldPersons: 1 });

    // Consent for every member organisation: the next snapshot shows the person to the owner, who may read their details;
    // the author, which may not, sees the case as it reads it, with nobody shown as consenting.
    await consent(other.caseworker, rustam);
    await other.admin.ok(`mutation ($id: ID!, $org: ID!) { decideBriefing(id: $id, organisationId: $org, approve: false) { id } }`, { id: b.id, org: other.org.id });
    await author.caseworker.ok(SUBMIT, { id: b.id });
    expect((await get(other.admin, b.id)).cases[0]).toMatchObject({ title: 'Deportation of Person A', persons: [{ pseudonym: 'Person A' }], withheldPersons: 0 });
    expect((await get(author.viewer, b.id)).cases[0]).toMatchObject({ title: 'Deportation of Rustam Karimov', persons: [], withheldPersons: 1 });
  });
});
