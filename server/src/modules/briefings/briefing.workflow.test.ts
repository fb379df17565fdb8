import crypto from 'node:crypto';
import { CoalitionRole } from '@coalition/shared';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { coalitionUser, orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import type { TestClient } from '../../../test/support/test-client';
import { ADD_EVENT, ADD_PERSON, createCase, type CaseShape } from '../../../test/support/case-fixtures';
import { pdfText } from '../../../test/support/pdf-text';
import { briefingsAuthoredBy } from '../../../test/support/briefing-fixtures';
import { ATTACH, jpegWithGps, uploadBytes } from '../../../test/support/evidence-fixtures';
import { RECORD_CONSENT } from '../../../test/support/referral-fixtures';
import { expectNoSecrets } from '../../../test/support/no-personal-data';

const FIELDS = `id title audience status includeStatistics releasedAt createdAt author { id }
  approvals { organisation { id } approved decidedAt }
  cases { reference title summary status categories incidentDate countries ownerOrganisation { id }
          location { city countryCode } figures { detained }
          persons { pseudonym role minor citizenship } withheldPersons events { type occurredOn title description authority }
          evidence { fileName kind mediaType uploadedOn sha256 } }
  files { format url sha256 sizeBytes createdAt }`;
const CREATE = `mutation ($input: CreateBriefingInput!) { createBriefing(input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation ($id: ID!) { submitBriefing(id: $id) { ${FIELDS} } }`;
const DECIDE = `mutation ($id: ID!, $org: ID!, $approve: Boolean!) { decideBriefing(id: $id, organisationId: $org, approve: $approve) { ${FIELDS} } }`;
const RELEASE = `mutation ($id: ID!) { releaseBriefing(id: $id) { ${FIELDS} } }`;
const REVOKE = `mutation ($id: ID!) { revokeBriefing(id: $id) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { briefing(id: $id) { ${FIELDS} } }`;
const LIST = `query { briefings { id status } }`;

interface Shape {
  id: string; status: string;
  approvals: { organisation: { id: string }; approved: boolean | null }[];
  cases: {
    reference: string; title: string; summary: string; persons: { pseudonym: string }[]; withheldPersons: number; events: { title: string; description: string }[];
    evidence: { fileName: string; kind: string; mediaType: string; uploadedOn: string; sha256: string | null }[];
  }[];
  files: { format: string; url: string; sha256: string; sizeBytes: number }[];
}

// Invented people; their birth years and contacts are chosen so that nothing else in a briefing contains them.
const PEOPLE = {
  farhod: { fullName: 'Farhod Nazarov', birthYear: 1931, contact: '+7 900 111-22-33', citizenship: 'TJ', consentToShare: true },
  maria: { fullName: 'Мария Назарова', birthYear: 1947, contact: 'maria.n@example.org', citizenship: 'TJ' },
  umed: { fullName: 'Umed Saidov', birthYear: 1962, contact: 'Telegram @umed_saidov', citizenship: 'TJ' },
  // A pseudonym typed by hand that is the name itself.
  dilnoza: { fullName: 'Dilnoza Karimova', pseudonym: 'Dilnoza K.', birthYear: 1956, contact: 'dk@example.org' },
};
const SECRETS = Object.values(PEOPLE).flatMap((p) => [p.fullName, ...p.fullName.split(' '), String(p.birthYear), p.contact, 'Dilnoza K.']);

describe('briefings: workflow, access, redaction and files', () => {
  let app: TestApp;
  let author: TestOrgWithMembers;
  let owner: TestOrgWithMembers;
  let stranger: TestOrgWithMembers;
  let liaison: TestClient;
  let coordinator: TestClient;
  let ownCase: CaseShape;
  let otherCase: CaseShape;
  let strangerCase: CaseShape;
  let id: string;
  /** SHA-256 of evidence attached to ownCase and otherCase: originals, and copies without metadata. */
  const hashes = { ownOriginal: '', otherOriginal: '', otherCopy: '', removedCopy: '' };
  const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
  const attach = async (client: TestClient, caseId: string, fileName: string, bytes: Buffer, containsPersonalData = true) =>
    (await client.ok<{ attachEvidence: { id: string } }>(ATTACH, { uploadId: await uploadBytes(client, caseId, fileName, bytes), caseId, containsPersonalData })).attachEvidence.id;
  const copyHash = async (fileId: string) =>
    ((await app.deps.dataSource.query(`SELECT b.sha256 FROM evidence_blobs b JOIN evidence_files f ON f.sanitized_blob_id = b.id WHERE f.id = $1`, [fileId]))[0]?.sha256 as string) ?? '';
  const get = async (client: TestClient) => (await client.ok<{ briefing: Shape | null }>(GET, { id })).briefing;
  const status = async () => (await app.deps.dataSource.query(`SELECT status FROM briefings WHERE id = $1`, [id]))[0].status as string;
  const auditCount = async (action: string) =>
    Number((await app.deps.dataSource.query(`SELECT count(*) AS n FROM audit_entries WHERE action = $1 AND entity_id = $2`, [action, id]))[0].n);

  beforeAll(async () => {
    app = await startTestApp();
    [author, owner, stranger] = [await orgWithMembers(app), await orgWithMembers(app), await orgWithMembers(app)];
    liaison = (await coalitionUser(app, CoalitionRole.LIAISON)).client;
    coordinator = (await coalitionUser(app, CoalitionRole.COORDINATOR)).client;
    ownCase = await createCase(author.caseworker, author.org.id, {
      title: 'Raid: Farhod Nazarov detained',
      summary: 'Farhod Nazarov and his mother Мария Назарова were detained; NAZAROV was beaten, Марию Назарову released at night.',
    });
    // Everyone here consented to briefings (briefing.consent.test.ts covers those who did not).
    const add = async (client: TestClient, caseId: string, input: Record<string, unknown>) => {
      const { addCasePerson } = await client.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, { caseId, input });
      await client.ok(RECORD_CONSENT, {
        personId: addCasePerson.id,
        input: { scope: 'BRIEFING', purpose: 'Briefings to diplomats', givenOn: new Date().toISOString().slice(0, 10), form: 'signed form' },
      });
    };
    await add(author.caseworker, ownCase.id, { ...PEOPLE.farhod, role: 'VICTIM' });
    await add(author.caseworker, ownCase.id, { ...PEOPLE.maria, role: 'RELATIVE' });
    await author.caseworker.ok(ADD_EVENT, {
      caseId: ownCase.id,
      input: { type: 'DETENTION', occurredOn: '2013-02-08', title: 'farhod held', description: 'Назарова asked for her son Farhod.', authority: 'Police' },
    });
    // Readable by the author (COALITION) without personal data: redaction must still know the name.
    otherCase = await createCase(owner.caseworker, owner.org.id, { title: 'Deportation', summary: 'Umed Saidov was deported; SAIDOV had lived in Moscow.', visibility: 'COALITION' });
    await add(owner.caseworker, otherCase.id, { ...PEOPLE.umed, role: 'VICTIM' });
    await add(owner.caseworker, otherCase.id, { ...PEOPLE.dilnoza, role: 'WITNESS' });
    strangerCase = await createCase(stranger.caseworker, stranger.org.id);
    // Evidence whose names hold the persons' names: a briefing lists them redacted, with type and date, and a hash
    // only of a copy without metadata of a file that shows no one.
    const ownBytes = Buffer.from('Complaint to the prosecutor about the detention.\n');
    const otherBytes = await jpegWithGps(41);
    hashes.ownOriginal = sha(ownBytes);
    hashes.otherOriginal = sha(otherBytes);
    await attach(author.caseworker, ownCase.id, 'Farhod_Nazarov complaint.txt', ownBytes);
    hashes.otherCopy = await copyHash(await attach(owner.caseworker, otherCase.id, 'Umed Saidov market.jpg', otherBytes, false));
    const removed = await attach(author.caseworker, ownCase.id, 'mistake.jpg', await jpegWithGps(42), false);
    hashes.removedCopy = await copyHash(removed);
    expect(hashes.otherCopy).toMatch(/^[0-9a-f]{64}$/);
    expect(hashes.otherCopy).not.toBe(hashes.otherOriginal);
    await author.admin.ok(`mutation ($id: ID!) { removeEvidence(id: $id, reason: "Attached by mistake") }`, { id: removed });
  });
  afterAll(() => app.close());

  const input = (overrides: Record<string, unknown> = {}) => ({
    organisationId: author.org.id, title: 'Raids of February 2013', audience: 'OSCE ODIHR', caseIds: [ownCase.id, otherCase.id], ...overrides,
  });

  it('creates only for the author organisation\'s writers, only with cases the author can read', async () => {
    const authored = () => briefingsAuthoredBy(app, author.org.id);
    const before = await authored();
    expect(await app.client().code(CREATE, { input: input() })).toBe('UNAUTHENTICATED');
    expect(await author.viewer.code(CREATE, { input: input() })).toBe('FORBIDDEN');
    expect(await author.signatory.code(CREATE, { input: input() })).toBe('FORBIDDEN');
    expect(await stranger.caseworker.code(CREATE, { input: input() })).toBe('FORBIDDEN');
    expect(await liaison.code(CREATE, { input: input() })).toBe('FORBIDDEN');
    expect(await author.caseworker.code(CREATE, { input: input({ caseIds: [ownCase.id, strangerCase.id] }) })).toBe('BAD_USER_INPUT');
    expect(await author.caseworker.code(CREATE, { input: input({ caseIds: [] }) })).toBe('BAD_USER_INPUT');
    expect(await author.caseworker.code(CREATE, { input: input({ title: ' ' }) })).toBe('BAD_USER_INPUT');
    expect(await authored()).toBe(before);

    const created = (await author.caseworker.ok<{ createBriefing: Shape }>(CREATE, { input: input() })).createBriefing;
    id = created.id;
    expect(created.status).toBe('DRAFT');
    expect(created.files).toEqual([]);
    const [mine, theirs] = created.cases;
    expect(mine.title).toBe('Raid: Person A detained');
    expect(mine.summary).toBe('Person A and his mother Person B were detained; Person A was beaten, Person B Person B released at night.');
    expect(mine.events[0]).toMatchObject({ title: 'Person A held', description: 'Person B asked for her son Person A.' });
    expect(mine.persons).toEqual([
      { pseudonym: 'Person A', role: 'VICTIM', minor: false, citizenship: 'TJ' },
      { pseudonym: 'Person B', role: 'RELATIVE', minor: false, citizenship: 'TJ' },
    ]);
    // The author may read the other organisation's case but not its persons' details: before release it sees that
    // case redacted without them (contract, "Changed rules: Redaction"), i.e. as the case itself reads; the owner
    // approves, and the liaison gets, the fully redacted text (below).
    // Whether persons it may not read consented is not the author's to learn: none shows as consenting.
    expect(theirs.summary).toBe('Umed Saidov was deported; SAIDOV had lived in Moscow.');
    expect(theirs.persons).toEqual([]);
    expect(theirs.withheldPersons).toBe(2);
    expect(JSON.stringify(mine)).not.toMatch(/Nazarov|Назаров|1931|1947|maria\.n|111-22-33/i);
    // The evidence of each case: name redacted as the text is, type, day received; the hash of the copy without
    // metadata of a file that shows no one, none for a file that may show persons; removed files left out.
    const today = new Date().toISOString().slice(0, 10);
    expect(mine.evidence).toEqual([{ fileName: 'Person A_Person A complaint.txt', kind: 'DOCUMENT', mediaType: 'text/plain', uploadedOn: today, sha256: null }]);
    expect(theirs.evidence).toEqual([{ fileName: 'Umed Saidov market.jpg', kind: 'IMAGE', mediaType: 'image/jpeg', uploadedOn: today, sha256: hashes.otherCopy }]);
  });

  it('shows a draft to the author\'s members only', async () => {
    for (const c of [author.admin, author.viewer]) expect((await get(c))?.id).toBe(id);
    for (const c of [owner.admin, stranger.admin, liaison, coordinator]) expect(await get(c)).toBeNull();
    expect(await app.client().code(GET, { id })).toBe('UNAUTHENTICATED');
    expect((await liaison.ok<{ briefings: { id: string }[] }>(LIST)).briefings.map((b) => b.id)).not.toContain(id);
  });

  it('refuses wrong transitions with CONFLICT and changes nothing', async () => {
    expect(await author.admin.code(RELEASE, { id })).toBe('CONFLICT');
    expect(await author.admin.code(REVOKE, { id })).toBe('CONFLICT');
    expect(await author.admin.code(DECIDE, { id, org: author.org.id, approve: true })).toBe('CONFLICT');
    expect(await status()).toBe('DRAFT');
  });

  it('submits: one approval per owner organisation, the author\'s too; owners read it while pending', async () => {
    expect(await author.viewer.code(SUBMIT, { id })).toBe('FORBIDDEN');
    expect(await stranger.admin.code(SUBMIT, { id })).toBe('NOT_FOUND');
    const submitted = (await author.caseworker.ok<{ submitBriefing: Shape }>(SUBMIT, { id })).submitBriefing;
    expect(submitted.status).toBe('AWAITING_APPROVAL');
    expect(submitted.approvals.map((a) => a.organisation.id).sort()).toEqual([author.org.id, owner.org.id].sort());
    expect(submitted.approvals.every((a) => a.approved === null)).toBe(true);
    expect(await author.caseworker.code(SUBMIT, { id })).toBe('CONFLICT');
    const asOwner = (await get(owner.viewer))!;
    expect(asOwner.status).toBe('AWAITING_APPROVAL');
    // The owner reads its own case as it will be released, and the author's RESTRICTED case only as whose it is.
    expect(asOwner.cases[1].summary).toBe('Person A was deported; Person A had lived in Moscow.');
    expect(asOwner.cases[1].persons.map((p) => p.pseudonym)).toEqual(['Person A', 'Person B']);
    expect(asOwner.cases[1].evidence.map((f) => [f.fileName, f.sha256])).toEqual([['Person A market.jpg', hashes.otherCopy]]);
    expect(asOwner.cases[0]).toMatchObject({ reference: '', title: `A case of ${author.org.name}`, summary: '', persons: [], events: [], evidence: [] });
    expect(await get(stranger.admin)).toBeNull();
    expect(await get(liaison)).toBeNull();
  });

  it('lets only each owner\'s ADMIN decide; a refusal returns it to DRAFT naming the organisation', async () => {
    expect(await owner.caseworker.code(DECIDE, { id, org: owner.org.id, approve: true })).toBe('FORBIDDEN');
    expect(await author.admin.code(DECIDE, { id, org: owner.org.id, approve: true })).toBe('FORBIDDEN');
    expect(await stranger.admin.code(DECIDE, { id, org: stranger.org.id, approve: true })).toBe('NOT_FOUND');
    expect(await author.admin.code(RELEASE, { id })).toBe('CONFLICT');
    const refused = (await owner.admin.ok<{ decideBriefing: Shape }>(DECIDE, { id, org: owner.org.id, approve: false })).decideBriefing;
    expect(refused.status).toBe('DRAFT');
    const [row] = await app.deps.dataSource.query(`SELECT refused_by_organisation_id AS r FROM briefings WHERE id = $1`, [id]);
    expect(row.r).toBe(owner.org.id);
    expect((await get(author.viewer))!.approvals.find((a) => a.organisation.id === owner.org.id)?.approved).toBe(false);
    const [audit] = await app.deps.dataSource.query(`SELECT details FROM audit_entries WHERE action = 'briefing.refuse' AND entity_id = $1`, [id]);
    expect(audit.details).toEqual({ approved: false, refusedBy: owner.org.id });
  });

  it('releases when every owner approved, rendering the four files once', async () => {
    await author.caseworker.ok(SUBMIT, { id });
    await owner.admin.ok(DECIDE, { id, org: owner.org.id, approve: true });
    expect(await owner.admin.code(DECIDE, { id, org: owner.org.id, approve: false })).toBe('CONFLICT');
    expect(await author.admin.code(RELEASE, { id })).toBe('CONFLICT');
    await author.admin.ok(DECIDE, { id, org: author.org.id, approve: true });
    expect(await author.caseworker.code(RELEASE, { id })).toBe('FORBIDDEN');
    const released = (await author.admin.ok<{ releaseBriefing: Shape }>(RELEASE, { id })).releaseBriefing;
    expect(released.status).toBe('RELEASED');
    expect(released.files.map((f) => f.format)).toEqual(['PDF', 'CSV', 'JSON', 'XLSX']);
    expect(released.files[0].url).toBe(`/briefings/${id}/files/pdf`);
    expect(await author.admin.code(RELEASE, { id })).toBe('CONFLICT');
    expect((await get(liaison))?.status).toBe('RELEASED');
    expect(await get(owner.viewer)).toBeNull(); // owners read it only while approval is pending
    expect(await get(stranger.admin)).toBeNull();
    expect(await get(coordinator)).toBeNull();
  });

  it('serves each file to readers only, with the stored hash, audited, and no name, birth year or contact in it', async () => {
    const files = (await get(liaison))!.files;
    for (const file of files) {
      const before = await auditCount('export.download');
      for (const client of [app.client(), stranger.admin, owner.admin, coordinator]) expect((await client.get(file.url)).status).toBe(404);
      const response = await liaison.get(file.url);
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
      expect(bytes.length).toBe(file.sizeBytes);
      const [stored] = await app.deps.dataSource.query(`SELECT sha256 FROM briefing_files WHERE briefing_id = $1 AND format = $2`, [id, file.format]);
      expect(stored.sha256).toBe(file.sha256);
      expect(await auditCount('export.download')).toBe(before + 1);
      expect((await author.viewer.get(file.url)).status).toBe(200);

      let text: string;
      if (file.format === 'PDF') text = pdfText(bytes);
      else if (file.format === 'XLSX') {
        const ExcelJS = (await import('exceljs')).default;
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
        text = workbook.worksheets.map((w) => w.getSheetValues().flat().map(String).join(' ')).join('\n');
      } else text = bytes.toString('utf8');
      expect(text).toContain('Person A');
      // Every file gives the hash of the copy without metadata, never an original's (it depends on personal data)
      // nor a removed file's; pdftotext may break a line inside a hash.
      const flat = text.replace(/\s+/g, '');
      expect(flat).toContain(hashes.otherCopy);
      for (const hash of [hashes.ownOriginal, hashes.otherOriginal, hashes.removedCopy]) expect(flat).not.toContain(hash);
      expectNoSecrets(text.toLowerCase(), SECRETS.map((secret) => secret.toLowerCase()));
    }
    expect((await liaison.get(`/briefings/${id}/files/docx`)).status).toBe(404);
    expect((await liaison.get(`/briefings/not-a-uuid/files/pdf`)).status).toBe(404);
  });

  it('revokes: files are no longer served, liaisons no longer read it', async () => {
    expect(await author.caseworker.code(REVOKE, { id })).toBe('FORBIDDEN');
    expect(await liaison.code(REVOKE, { id })).toBe('FORBIDDEN'); // it reads the released briefing, may not change it
    expect(await stranger.admin.code(REVOKE, { id })).toBe('NOT_FOUND');
    expect((await author.admin.ok<{ revokeBriefing: Shape }>(REVOKE, { id })).revokeBriefing.status).toBe('REVOKED');
    expect(await author.admin.code(REVOKE, { id })).toBe('CONFLICT');
    expect(await get(liaison)).toBeNull();
    expect((await liaison.get(`/briefings/${id}/files/pdf`)).status).toBe(404);
    expect((await author.viewer.get(`/briefings/${id}/files/pdf`)).status).toBe(410);
    expect((await get(author.viewer))!.files).toEqual([]);
  });

  it('lets the database refuse what the service refuses (row-level security)', async () => {
    const runner = app.deps.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT * FROM app_act_as($1)`, [stranger.users.admin.id]);
      await runner.query(`SELECT set_config('role', 'coalition_app', true)`);
      expect(await runner.query(`SELECT id FROM briefings WHERE id = $1`, [id])).toEqual([]);
      expect(await runner.query(`SELECT format FROM briefing_files WHERE briefing_id = $1`, [id])).toEqual([]);
      const names = (await runner.query(`SELECT * FROM briefing_redaction_subjects($1::uuid[])`, [[ownCase.id]])) as unknown[];
      expect(names).toEqual([]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
