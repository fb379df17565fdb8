import { CoalitionRole } from '@coalition/shared';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { coalitionUser, orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import type { TestClient } from '../../../test/support/test-client';
import { ADD_EVENT, ADD_PERSON, createCase, SHARE, type CaseShape } from '../../../test/support/case-fixtures';
import { RECORD_CONSENT } from '../../../test/support/referral-fixtures';

const CASE_FIELDS = `reference title summary status categories incidentDate countries ownerOrganisation { id }
  location { city region countryCode } figures { detained deported injured childrenAffected }
  persons { pseudonym role minor citizenship } events { type occurredOn title description authority }`;
const FIELDS = `id status cases { ${CASE_FIELDS} }`;
const CREATE = `mutation ($input: CreateBriefingInput!) { createBriefing(input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation ($id: ID!) { submitBriefing(id: $id) { ${FIELDS} } }`;
const DECIDE = `mutation ($id: ID!, $org: ID!, $approve: Boolean!) { decideBriefing(id: $id, organisationId: $org, approve: $approve) { id status } }`;
const RELEASE = `mutation ($id: ID!) { releaseBriefing(id: $id) { id status } }`;
const GET = `query ($id: ID!) { briefing(id: $id) { ${FIELDS} } }`;

interface BriefingCaseShape {
  reference: string;
  title: string;
  summary: string;
  persons: { pseudonym: string }[];
  events: { title: string; description: string }[];
}
interface Shape {
  id: string;
  status: string;
  cases: BriefingCaseShape[];
}

/** The person consents to appear in briefings (briefing.consent.test.ts covers those who do not). */
const consentToBriefings = (client: TestClient, personId: string) =>
  client.ok(RECORD_CONSENT, {
    personId, input: { scope: 'BRIEFING', purpose: 'Briefings to diplomats', givenOn: new Date().toISOString().slice(0, 10), form: 'signed form' },
  });

/** A case's view without its reference, which differs between any two cases. */
const withoutReference = ({ reference: _r, ...rest }: BriefingCaseShape) => rest;

// The attacker's guesses: every candidate's name, transliteration, birth year and contact, in every world.
const GUESSES =
  'Witnesses: Farhod Nazarov (1931), Фарход Назаров, Rustam Karimov (1947), Рустам Каримов; call +7 900 111-22-33 or +7 900 444-55-66.';

describe('briefings: what a reader sees depends only on what it may read', () => {
  let app: TestApp;
  let owner: TestOrgWithMembers;
  let writer: TestOrgWithMembers;
  let liaison: TestClient;

  const get = async (client: TestClient, id: string) => (await client.ok<{ briefing: Shape | null }>(GET, { id })).briefing!;

  /** One world: the owner's case, shared for WRITE without personal data, with one person the writer may not read. */
  async function world(person: { fullName: string; birthYear: number; contact: string }): Promise<CaseShape> {
    const c = await createCase(owner.caseworker, owner.org.id, {
      title: 'Detention at the market', summary: 'A worker was detained at the market.', visibility: 'SHARED',
    });
    const { addCasePerson } = await owner.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, {
      caseId: c.id, input: { ...person, role: 'VICTIM', citizenship: 'TJ', consentToShare: false },
    });
    await consentToBriefings(owner.caseworker, addCasePerson.id);
    await owner.admin.ok(SHARE, { caseId: c.id, organisationId: writer.org.id, access: 'WRITE', personalData: false });
    await writer.caseworker.ok(ADD_EVENT, {
      caseId: c.id, input: { type: 'DETENTION', occurredOn: '2013-02-08', title: 'Detention', description: GUESSES, authority: 'Police' },
    });
    return c;
  }

  beforeAll(async () => {
    app = await startTestApp();
    [owner, writer] = [await orgWithMembers(app), await orgWithMembers(app)];
    liaison = (await coalitionUser(app, CoalitionRole.LIAISON)).client;
  });
  afterAll(() => app.close());

  it('gives a writer without the personal-data right the same snapshot whichever name, birth year or contact the person has', async () => {
    const farhod = await world({ fullName: 'Farhod Nazarov', birthYear: 1931, contact: '+7 900 111 22 33' });
    const rustam = await world({ fullName: 'Rustam Karimov', birthYear: 1947, contact: '+79004445566' });
    const create = async (c: CaseShape) =>
      (await writer.caseworker.ok<{ createBriefing: Shape }>(CREATE, {
        input: { organisationId: writer.org.id, title: 'Market detentions', audience: 'OSCE ODIHR', caseIds: [c.id] },
      })).createBriefing;
    const [first, second] = [await create(farhod), await create(rustam)];
    expect(withoutReference(first.cases[0])).toEqual(withoutReference(second.cases[0]));
    // Nothing was replaced: the writer reads exactly what the case says, and learns nothing from the briefing.
    expect(first.cases[0].events[0].description).toBe(GUESSES);

    // Submitted, the same for the writer; the owner reads its case fully redacted, as it will be released.
    const [a, b] = [first, second].map((x) => x.id);
    await writer.caseworker.ok(SUBMIT, { id: a });
    await writer.caseworker.ok(SUBMIT, { id: b });
    expect(withoutReference((await get(writer.viewer, a)).cases[0])).toEqual(withoutReference((await get(writer.viewer, b)).cases[0]));
    const asOwner = (await get(owner.admin, a)).cases[0].events[0].description;
    expect(asOwner).toBe('Witnesses: Person A ([year]), Person A, Rustam Karimov (1947), Рустам Каримов; call +[contact] or +7 900 444-55-66.');

    // Released, every reader gets that same text.
    await owner.admin.ok(DECIDE, { id: a, org: owner.org.id, approve: true });
    await writer.admin.ok(DECIDE, { id: a, org: writer.org.id, approve: true });
    await writer.admin.ok(RELEASE, { id: a });
    expect((await get(liaison, a)).cases[0].events[0].description).toBe(asOwner);
    expect((await get(writer.viewer, a)).cases[0].events[0].description).toBe(asOwner);
  });

  it('shows an approving organisation another organisation\'s case it may not read only as whose it is, until release', async () => {
    const restricted = await createCase(writer.caseworker, writer.org.id, {
      title: 'Raid on the hostel', summary: 'Twelve workers were taken from the hostel.', figures: { detained: 12 },
    });
    const { addCasePerson } = await writer.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, {
      caseId: restricted.id, input: { fullName: 'Umed Saidov', role: 'VICTIM' },
    });
    await consentToBriefings(writer.caseworker, addCasePerson.id);
    const shared = await createCase(owner.caseworker, owner.org.id, { title: 'Shared case', summary: 'Shared with the writer.', visibility: 'SHARED' });
    await owner.admin.ok(SHARE, { caseId: shared.id, organisationId: writer.org.id, access: 'READ', personalData: false });
    const id = (await writer.caseworker.ok<{ createBriefing: Shape }>(CREATE, {
      input: { organisationId: writer.org.id, title: 'Hostel raids', audience: 'Embassy', caseIds: [restricted.id, shared.id] },
    })).createBriefing.id;
    await writer.caseworker.ok(SUBMIT, { id });

    const [theirs, own] = (await get(owner.admin, id)).cases;
    expect(theirs).toEqual({
      reference: '', title: `A case of ${writer.org.name}`, summary: '', status: 'OPEN', categories: [], incidentDate: null, countries: [],
      ownerOrganisation: { id: writer.org.id }, location: { city: null, region: null, countryCode: '' },
      figures: { detained: 0, deported: 0, injured: 0, childrenAffected: 0 }, persons: [], events: [],
    });
    expect(own.title).toBe('Shared case');

    await owner.admin.ok(DECIDE, { id, org: owner.org.id, approve: true });
    await writer.admin.ok(DECIDE, { id, org: writer.org.id, approve: true });
    await writer.admin.ok(RELEASE, { id });
    const released = (await get(liaison, id)).cases[0];
    expect(released).toMatchObject({ title: 'Raid on the hostel', summary: 'Twelve workers were taken from the hostel.', persons: [{ pseudonym: 'Person A' }] });
  });

  it('keeps the unredacted sources from readers who may not read the case and the released text from readers who do not own it, in the database too', async () => {
    const sources = async (briefingId: string) =>
      Number((await app.deps.dataSource.query(`SELECT count(*) AS n FROM briefing_case_sources WHERE briefing_id = $1`, [briefingId]))[0].n);
    const restricted = await createCase(writer.caseworker, writer.org.id, { title: 'Restricted', summary: 'Only the writer reads this.' });
    const shared = await createCase(owner.caseworker, owner.org.id, { title: 'Shared', summary: 'Shared.', visibility: 'COALITION' });
    const id = (await writer.caseworker.ok<{ createBriefing: Shape }>(CREATE, {
      input: { organisationId: writer.org.id, title: 'Sources', audience: 'Embassy', caseIds: [restricted.id, shared.id] },
    })).createBriefing.id;
    await writer.caseworker.ok(SUBMIT, { id });
    expect(await sources(id)).toBe(2);

    const runner = app.deps.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT * FROM app_act_as($1)`, [owner.users.admin.id]);
      await runner.query(`SELECT set_config('role', 'coalition_app', true)`);
      // The owner reads the briefing (pending) and its own case's source, never the writer's restricted one.
      expect(await runner.query(`SELECT id FROM briefings WHERE id = $1`, [id])).toHaveLength(1);
      const readable = (await runner.query(`SELECT case_id FROM briefing_case_sources WHERE briefing_id = $1`, [id])) as { case_id: string }[];
      expect(readable.map((r) => r.case_id)).toEqual([shared.id]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    // Before release, the author's members (not owners of the shared case) read only their own case's released text.
    const author = app.deps.dataSource.createQueryRunner();
    await author.connect();
    await author.startTransaction();
    try {
      await author.query(`SELECT * FROM app_act_as($1)`, [writer.users.caseworker.id]);
      await author.query(`SELECT set_config('role', 'coalition_app', true)`);
      const contents = (await author.query(`SELECT case_id FROM briefing_case_contents($1)`, [id])) as { case_id: string }[];
      expect(contents.map((r) => r.case_id)).toEqual([restricted.id]);
      await expect(author.query(`SELECT content FROM briefing_cases WHERE briefing_id = $1`, [id])).rejects.toThrow(/permission denied/);
    } finally {
      await author.rollbackTransaction();
      await author.release();
    }

    await owner.admin.ok(DECIDE, { id, org: owner.org.id, approve: true });
    await writer.admin.ok(DECIDE, { id, org: writer.org.id, approve: true });
    await writer.admin.ok(RELEASE, { id });
    expect(await sources(id)).toBe(0);
  });
});
