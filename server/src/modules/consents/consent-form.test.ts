import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import { ADD_PERSON, createCase, SHARE } from '../../../test/support/case-fixtures';
import { ATTACH, jpegWithGps, REMOVE, uploadBytes, type EvidenceShape } from '../../../test/support/evidence-fixtures';
import type { TestClient } from '../../../test/support/test-client';
import { inPooledTransaction } from '../../core/db/session-kysely';
import { open, seal } from '../../core/crypto/secret-box';
import { dataKeyFor, unwrapDataKey } from '../cases';
import { blobKeyAad } from '../evidence';
import { bindConsentForms } from '../evidence/consent-form.backfill';
import { personBlobKeyAad, personKeyOf } from '../evidence/evidence.service';

const RECORD = `mutation ($personId: ID!, $input: ConsentInput!) { recordConsent(personId: $personId, input: $input) { id form formFile { id fileName } } }`;
const CONSENTS = `query ($id: ID!) { case(id: $id) { persons { id consents { id formFile { id } } } } }`;
const today = new Date().toISOString().slice(0, 10);

/** A consent's signed form attached as one of the person's case's evidence files, shown by the file's own read rule. */
describe('consent form', () => {
  let app: TestApp;
  let own: TestOrgWithMembers;
  let partner: TestOrgWithMembers; // reads the case with personal data
  let stranger: TestOrgWithMembers;
  let caseId: string;
  let otherCaseId: string;
  let personId: string;

  const input = (formEvidenceId: string | null) => ({ scope: 'SHARE_PERSONAL_DATA', purpose: 'Legal aid', givenOn: today, form: 'signed form', formEvidenceId });
  const attach = async (client: TestClient, onCase: string, seed: number): Promise<EvidenceShape> =>
    (await client.ok<{ attachEvidence: EvidenceShape }>(ATTACH, { caseId: onCase, uploadId: await uploadBytes(client, onCase, `form-${seed}.jpg`, await jpegWithGps(seed)) })).attachEvidence;
  const consentCount = async (): Promise<number> =>
    inPooledTransaction(app.deps.dataSource, async (db) => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM consents WHERE person_id = ${personId}`.execute(db)).rows[0].n));
  const formSeen = async (client: TestClient, consentId: string): Promise<{ id: string } | null | undefined> => {
    const r = await client.ok<{ case: { persons: { id: string; consents: { id: string; formFile: { id: string } | null }[] }[] } | null }>(CONSENTS, { id: caseId });
    return r.case?.persons.find((p) => p.id === personId)?.consents.find((k) => k.id === consentId)?.formFile;
  };

  beforeAll(async () => {
    app = await startTestApp();
    [own, partner, stranger] = [await orgWithMembers(app), await orgWithMembers(app), await orgWithMembers(app)];
    caseId = (await createCase(own.caseworker, own.org.id, { title: 'Consent form case', visibility: 'SHARED' })).id;
    otherCaseId = (await createCase(own.caseworker, own.org.id, { title: 'Another case of the owner' })).id;
    personId = (await own.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, { caseId, input: { fullName: 'Farrukh Nazarov', role: 'VICTIM' } })).addCasePerson.id;
    await own.admin.ok(SHARE, { caseId, organisationId: partner.org.id, access: 'READ', personalData: true });
  }, 120_000);
  afterAll(() => app?.close());

  it('records a consent with its signed form and reads the form back, the evidence id audited', async () => {
    const file = await attach(own.caseworker, caseId, 11);
    const { recordConsent: k } = await own.caseworker.ok<{ recordConsent: { id: string; form: string; formFile: { id: string; fileName: string } | null } }>(RECORD, {
      personId,
      input: input(file.id),
    });
    expect(k.form).toBe('signed form');
    expect(k.formFile).toEqual({ id: file.id, fileName: 'form-11.jpg' });
    expect(await formSeen(own.viewer, k.id)).toEqual({ id: file.id });
    expect(await formSeen(partner.caseworker, k.id)).toEqual({ id: file.id });
    const audit = await inPooledTransaction(app.deps.dataSource, async (db) =>
      (await sql<{ details: Record<string, unknown> }>`SELECT details FROM audit_entries WHERE action = 'consent.record' AND entity_id = ${k.id}`.execute(db)).rows,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].details.formEvidenceId).toBe(file.id);
    // Without a form the field is null.
    const { recordConsent: plain } = await own.caseworker.ok<{ recordConsent: { formFile: unknown } }>(RECORD, { personId, input: input(null) });
    expect(plain.formFile).toBeNull();
  });

  it('refuses a file of another case, a removed file, an unknown id and a caller of another organisation, recording nothing', async () => {
    const elsewhere = await attach(own.caseworker, otherCaseId, 12);
    const removed = await attach(own.caseworker, caseId, 13);
    await own.admin.ok(REMOVE, { id: removed.id, reason: 'uploaded by mistake' });
    const before = await consentCount();
    expect(await own.caseworker.code(RECORD, { personId, input: input(elsewhere.id) })).toBe('BAD_USER_INPUT');
    expect(await own.caseworker.code(RECORD, { personId, input: input(removed.id) })).toBe('BAD_USER_INPUT');
    expect(await own.caseworker.code(RECORD, { personId, input: input('00000000-0000-4000-8000-000000000000') })).toBe('BAD_USER_INPUT');
    expect(await own.caseworker.code(RECORD, { personId, input: input('not-an-id') })).toBe('BAD_USER_INPUT');
    // The stranger's own file, offered for the owner's person: the person is not the stranger's to record.
    const strangerCase = (await createCase(stranger.caseworker, stranger.org.id, { title: 'Stranger case' })).id;
    const theirs = await attach(stranger.caseworker, strangerCase, 14);
    expect(await stranger.caseworker.code(RECORD, { personId, input: input(theirs.id) })).toBe('NOT_FOUND');
    // The partner reads the case and its files but may not record (nor attach).
    const ok = await attach(own.caseworker, caseId, 15);
    expect(await partner.caseworker.code(RECORD, { personId, input: input(ok.id) })).toBe('FORBIDDEN');
    // The owner may not attach the stranger's file either.
    expect(await own.caseworker.code(RECORD, { personId, input: input(theirs.id) })).toBe('BAD_USER_INPUT');
    expect(await own.viewer.code(RECORD, { personId, input: input(ok.id) })).toBe('FORBIDDEN');
    expect(await consentCount()).toBe(before);
  });

  it('shows the form only to whoever may read the file: a consent reader without the file sees null', async () => {
    const file = await attach(own.caseworker, caseId, 16);
    const { recordConsent: k } = await own.caseworker.ok<{ recordConsent: { id: string } }>(RECORD, { personId, input: input(file.id) });
    // The row points at a file of a RESTRICTED case the partner may not read (as the owner role, past the
    // guard that keeps records unchanged): the consent stays readable, its form does not.
    const hidden = await attach(own.caseworker, otherCaseId, 17);
    await inPooledTransaction(app.deps.dataSource, async (db) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(db);
      await sql`UPDATE consents SET form_evidence_id = ${hidden.id} WHERE id = ${k.id}`.execute(db);
    });
    expect(await formSeen(own.caseworker, k.id)).toEqual({ id: hidden.id });
    expect(await formSeen(partner.caseworker, k.id)).toBeNull();
  });

  it("binds the form to the person's key: readers of the person download it; another person's consent may not name it", async () => {
    const file = await attach(own.caseworker, caseId, 19);
    await own.caseworker.ok(RECORD, { personId, input: input(file.id) });
    const blobs = async () =>
      (await app.deps.dataSource.query(
        `SELECT b.id, b.person_id, b.key_version, b.wrapped_key FROM evidence_files f JOIN evidence_blobs b ON b.id IN (f.original_blob_id, f.sanitized_blob_id, f.thumbnail_blob_id) WHERE f.id = $1 ORDER BY b.id`,
        [file.id],
      )) as { id: string; person_id: string | null; key_version: number | null; wrapped_key: string }[];
    expect((await blobs()).every((b) => b.person_id === personId && b.key_version === null)).toBe(true);
    for (const client of [own.viewer, partner.caseworker]) expect((await client.get(`/evidence/${file.id}/original`)).status).toBe(200);
    expect((await stranger.caseworker.get(`/evidence/${file.id}/original`)).status).not.toBe(200);

    const second = (await own.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, { caseId, input: { fullName: 'Dilnoza Nazarova', role: 'WITNESS' } })).addCasePerson.id;
    expect(await own.caseworker.code(RECORD, { personId: second, input: input(file.id) })).toBe('BAD_USER_INPUT');
    const recorded = await inPooledTransaction(app.deps.dataSource, async (db) => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM consents WHERE person_id = ${second}`.execute(db)).rows[0].n));
    expect(recorded).toBe(0);
    expect((await blobs()).every((b) => b.person_id === personId)).toBe(true);
  });

  it('binds at boot the forms recorded before forms were bound (backfill), resumable and idempotent', async () => {
    const file = await attach(own.caseworker, caseId, 20);
    await own.caseworker.ok(RECORD, { personId, input: input(file.id) });
    // As before this version: the blobs' keys wrapped by the organisation key.
    await inPooledTransaction(app.deps.dataSource, async (db) => {
      const org = await dataKeyFor(db, app.deps.masterKey, own.org.id);
      const personKey = await personKeyOf(app.deps.masterKey, db, personId);
      const rows = (
        await sql<{ id: string; wrapped_key: string }>`SELECT b.id, b.wrapped_key FROM evidence_files f JOIN evidence_blobs b ON b.id IN (f.original_blob_id, f.sanitized_blob_id, f.thumbnail_blob_id) WHERE f.id = ${file.id}`.execute(db)
      ).rows;
      for (const b of rows) {
        const key = open(personKey, b.wrapped_key, personBlobKeyAad(b.id, personId));
        await sql`UPDATE evidence_blobs SET wrapped_key = ${seal(org.key, key, blobKeyAad(b.id))}, person_id = NULL, key_version = ${org.version} WHERE id = ${b.id}`.execute(db);
      }
    });
    expect((await own.viewer.get(`/evidence/${file.id}/original`)).status).toBe(200);
    // Its count covers the whole database, which other test files share: another file's server may boot (and
    // bind this form) at any moment, so this file's own blobs are what the test reads.
    await bindConsentForms(app.deps);
    const blobsOfFile = async () =>
      (await app.deps.dataSource.query(
        `SELECT b.id, b.person_id, b.key_version, b.wrapped_key FROM evidence_files f JOIN evidence_blobs b ON b.id IN (f.original_blob_id, f.sanitized_blob_id, f.thumbnail_blob_id) WHERE f.id = $1 ORDER BY b.id`,
        [file.id],
      )) as { id: string; person_id: string | null; key_version: number | null; wrapped_key: string }[];
    const rows = await blobsOfFile();
    expect(rows.length).toBeGreaterThan(0);
    const [orgRow] = (await app.deps.dataSource.query(`SELECT wrapped_key FROM organisation_keys WHERE organisation_id = $1`, [own.org.id])) as { wrapped_key: string }[];
    const orgKey = unwrapDataKey(app.deps.masterKey, own.org.id, orgRow.wrapped_key);
    for (const b of rows) {
      expect(b).toMatchObject({ person_id: personId, key_version: null });
      expect(() => open(orgKey, b.wrapped_key, blobKeyAad(b.id))).toThrow();
    }
    expect((await own.viewer.get(`/evidence/${file.id}/original`)).status).toBe(200);
    // Nothing left to bind: a second boot leaves the form's keys as they are.
    await bindConsentForms(app.deps);
    expect(await blobsOfFile()).toEqual(rows);
  });

  it('keeps the form unchanged once recorded', async () => {
    const file = await attach(own.caseworker, caseId, 18);
    const { recordConsent: k } = await own.caseworker.ok<{ recordConsent: { id: string } }>(RECORD, { personId, input: input(file.id) });
    await expect(
      inPooledTransaction(app.deps.dataSource, async (db) => {
        await sql`UPDATE consents SET form_evidence_id = NULL WHERE id = ${k.id}`.execute(db);
      }),
    ).rejects.toThrow(/changed only by withdrawing/);
  });
});
