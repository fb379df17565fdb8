import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CoalitionRole } from '@coalition/shared';
import { generateIdentity } from '../../core/backup/backup-crypto';
import { KEY_VAULT_NAME, readKeyVault } from '../../core/backup/key-vault';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { coalitionUser, orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import type { TestClient } from '../../../test/support/test-client';
import { waitUntil } from '../../../test/support/wait-until';
import { expectNoSecrets } from '../../../test/support/no-personal-data';
import { ADD_PERSON, createCase, GET_CASE, LIST_CASES, type CaseShape } from '../../../test/support/case-fixtures';
import { CREATE_BRIEFING, DECIDE_BRIEFING, RELEASE_BRIEFING, SUBMIT_BRIEFING } from '../../../test/support/briefing-fixtures';
import { ATTACH, EVIDENCE, jpegWithGps, sha256, uploadBytes, VERIFY, type EvidenceShape } from '../../../test/support/evidence-fixtures';
import { open } from '../../core/crypto/secret-box';
import { blobKeyAad } from '../evidence';
import { evidenceRuntime } from '../evidence/evidence-runtime';
import { unwrapDataKey } from './case.crypto';

const ERASE = `mutation ($personId: ID!) { erasePersonalData(personId: $personId) { id pseudonym role fullName birthYear contact } }`;
const REVOKE = `mutation ($id: ID!) { revokeBriefing(id: $id) { id status } }`;
const RECORD_CONSENT = `mutation ($personId: ID!, $input: ConsentInput!) { recordConsent(personId: $personId, input: $input) { id formFile { id } } }`;

interface PersonView {
  id: string;
  pseudonym: string;
  role: string;
  fullName: string | null;
  birthYear: number | null;
  contact: string | null;
}

// Invented people.
const FARHOD = { fullName: 'Farhod Nazarov', birthYear: 1981, contact: '+7 900 123-45-67', role: 'VICTIM', citizenship: 'TJ' };
const UMED = { fullName: 'Umed Saidov', birthYear: 1962, contact: 'umed.saidov@example.org', role: 'WITNESS' };
const FARHOD_TRACES = ['Farhod', 'Nazarov', '1981', '123-45-67'];

/**
 * erasePersonalData (issue 22): the owner organisation's ADMIN destroys a person's own key; the person reads with
 * the pseudonym only, everywhere, the audit holds no personal data, and BACKUP_DIR's key vault is rewritten
 * without the key. Refused for everyone else and while a released briefing holds the case.
 */
describe('erasePersonalData', () => {
  let app: TestApp;
  let own: TestOrgWithMembers;
  let other: TestOrgWithMembers;
  let coordinator: TestClient;
  let liaison: TestClient;
  let raid: CaseShape;
  let farhod: string;
  let umed: string;
  let backupDir: string;
  let identity: string;
  let formBytes: Buffer;
  let form: EvidenceShape;
  let sameBytes: EvidenceShape;
  let umedForm: EvidenceShape;
  let formBlobs: { id: string; wrapped_key: string; storage_key: string }[];

  const persons = async (client: TestClient, caseId: string) =>
    (await client.ok<{ case: { persons: PersonView[] } | null }>(GET_CASE, { id: caseId })).case!.persons;
  const add = async (caseId: string, input: Record<string, unknown>) =>
    (await own.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, { caseId, input })).addCasePerson.id;
  const owner = <R>(text: string, params: unknown[] = []) => app.deps.dataSource.query(text, params) as Promise<R[]>;

  beforeAll(async () => {
    backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-erase-'));
    const pair = await generateIdentity();
    identity = pair.identity;
    app = await startTestApp({ BACKUP_DIR: backupDir, BACKUP_RECIPIENT: pair.recipient });
    [own, other] = [await orgWithMembers(app), await orgWithMembers(app)];
    coordinator = (await coalitionUser(app, CoalitionRole.COORDINATOR)).client;
    liaison = (await coalitionUser(app, CoalitionRole.LIAISON)).client;
    // COALITION: every organisation reads the case, so another organisation's ADMIN is refused by the rule, not by not seeing it.
    raid = await createCase(own.caseworker, own.org.id, { title: 'Apraksin Dvor raid', visibility: 'COALITION' });
    farhod = await add(raid.id, FARHOD);
    umed = await add(raid.id, UMED);
    // Farhod's signed consent form, and another file of the case with the very same bytes (deduplicated by hash).
    formBytes = await jpegWithGps(41);
    const attach = async (bytes: Buffer, name: string) =>
      (await own.caseworker.ok<{ attachEvidence: EvidenceShape }>(ATTACH, { caseId: raid.id, uploadId: await uploadBytes(own.caseworker, raid.id, name, bytes) })).attachEvidence;
    sameBytes = await attach(formBytes, 'scan-of-the-form.jpg');
    form = await attach(formBytes, 'consent-farhod.jpg');
    umedForm = await attach(await jpegWithGps(42), 'consent-umed.jpg');
    const today = new Date().toISOString().slice(0, 10);
    for (const [personId, file] of [[farhod, form], [umed, umedForm]] as const) {
      await own.caseworker.ok(RECORD_CONSENT, { personId, input: { scope: 'SHARE_PERSONAL_DATA', purpose: 'Legal aid', givenOn: today, form: 'signed form', formEvidenceId: file.id } });
    }
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(backupDir, { recursive: true, force: true });
  });

  it('is refused to the anonymous, the wrong role, another organisation, the coordinator and the liaison, changing nothing', async () => {
    expect(await app.client().code(ERASE, { personId: farhod })).toBe('UNAUTHENTICATED');
    for (const client of [own.caseworker, own.signatory, own.viewer]) expect(await client.code(ERASE, { personId: farhod })).toBe('FORBIDDEN');
    expect(await other.admin.code(ERASE, { personId: farhod })).toBe('FORBIDDEN');
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(await coordinator.code(ERASE, { personId: farhod }));
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(await liaison.code(ERASE, { personId: farhod }));
    expect(await own.admin.code(ERASE, { personId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    expect(await own.admin.code(ERASE, { personId: 'not-an-id' })).toBe('NOT_FOUND');
    expect((await persons(own.viewer, raid.id)).find((p) => p.id === farhod)).toMatchObject({ fullName: FARHOD.fullName, birthYear: 1981, contact: FARHOD.contact });
    expect(await owner(`SELECT 1 FROM person_keys WHERE person_id = $1`, [farhod])).toHaveLength(1);
    // This file's person only: other files share the database and erase persons of their own.
    expect(await owner(`SELECT 1 FROM audit_entries WHERE action = 'case.person.erase' AND entity_id = $1`, [farhod])).toHaveLength(0);
  });

  it("binds a consent's signed form to its person's key: it downloads and verifies; a file of the same bytes keeps a blob of its own", async () => {
    formBlobs = await owner(
      `SELECT b.id, b.wrapped_key, b.storage_key, b.person_id, b.key_version FROM evidence_files f JOIN evidence_blobs b ON b.id IN (f.original_blob_id, f.sanitized_blob_id, f.thumbnail_blob_id) WHERE f.id = $1`,
      [form.id],
    );
    expect(formBlobs.length).toBeGreaterThanOrEqual(2);
    for (const b of formBlobs) expect(b).toMatchObject({ person_id: farhod, key_version: null });
    const [shared] = await owner<{ original_blob_id: string }>(`SELECT original_blob_id FROM evidence_files WHERE id = $1`, [sameBytes.id]);
    expect(formBlobs.map((b) => b.id)).not.toContain(shared.original_blob_id);
    // The organisation's key opens none of the form's keys: the person's key wraps them.
    const [orgKey] = await owner<{ wrapped_key: string }>(`SELECT wrapped_key FROM organisation_keys WHERE organisation_id = $1`, [own.org.id]);
    const orgDataKey = unwrapDataKey(app.deps.masterKey, own.org.id, orgKey.wrapped_key);
    for (const b of formBlobs) expect(() => open(orgDataKey, b.wrapped_key, blobKeyAad(b.id))).toThrow();

    const { evidenceFile } = await own.viewer.ok<{ evidenceFile: EvidenceShape }>(EVIDENCE, { id: form.id });
    expect(evidenceFile.containsPersonalData).toBe(true);
    const res = await own.viewer.get(evidenceFile.downloadUrl!);
    expect(res.status).toBe(200);
    expect(sha256(Buffer.from(await res.arrayBuffer()))).toBe(sha256(formBytes));
    expect((await own.viewer.get(evidenceFile.thumbnailUrl!)).status).toBe(200);
    const { verifyEvidence } = await own.caseworker.ok<{ verifyEvidence: { custody: { action: string; sha256Matched: boolean | null }[] } }>(VERIFY, { id: form.id });
    expect(verifyEvidence.custody.at(-1)).toEqual({ action: 'VERIFIED', sha256Matched: true });
  });

  it('is refused (CONFLICT) while a released briefing holds the case, and nothing changes', async () => {
    const deported = await createCase(own.caseworker, own.org.id, { title: 'Deportation via Domodedovo' });
    const held = await add(deported.id, { fullName: 'Jamshed Rahimov', role: 'VICTIM', birthYear: 1990 });
    const { createBriefing } = await own.caseworker.ok<{ createBriefing: { id: string } }>(CREATE_BRIEFING, {
      input: { organisationId: own.org.id, title: 'Deportations of 2013', audience: 'OSCE ODIHR', caseIds: [deported.id], includeStatistics: false },
    });
    await own.caseworker.ok(SUBMIT_BRIEFING, { id: createBriefing.id });
    await own.admin.ok(DECIDE_BRIEFING, { id: createBriefing.id, org: own.org.id, approve: true });
    await own.admin.ok(RELEASE_BRIEFING, { id: createBriefing.id });

    const refused = await own.admin.gql(ERASE, { personId: held });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain('released briefing');
    expect((await persons(own.admin, deported.id))[0]).toMatchObject({ fullName: 'Jamshed Rahimov', birthYear: 1990 });
    expect(await owner(`SELECT 1 FROM person_keys WHERE person_id = $1`, [held])).toHaveLength(1);
    expect(await owner(`SELECT 1 FROM audit_entries WHERE action = 'case.person.erase' AND entity_id = $1`, [held])).toHaveLength(0);

    // Once revoked, nothing released holds it any more.
    await own.admin.ok(REVOKE, { id: createBriefing.id });
    const { erasePersonalData } = await own.admin.ok<{ erasePersonalData: PersonView }>(ERASE, { personId: held });
    expect(erasePersonalData).toMatchObject({ pseudonym: 'Person A', fullName: null, birthYear: null, contact: null });
  });

  it("by the owner's ADMIN: the pseudonym stays, name, birth year and contact are gone for everyone, the audit names no one", async () => {
    const { erasePersonalData } = await own.admin.ok<{ erasePersonalData: PersonView }>(ERASE, { personId: farhod });
    expect(erasePersonalData).toEqual({ id: farhod, pseudonym: 'Person A', role: 'VICTIM', fullName: null, birthYear: null, contact: null });

    for (const client of [own.admin, own.caseworker, own.viewer]) {
      const now = await persons(client, raid.id);
      expect(now.find((p) => p.id === farhod)).toMatchObject({ pseudonym: 'Person A', role: 'VICTIM', fullName: null, birthYear: null, contact: null });
      // Every other person reads as before.
      expect(now.find((p) => p.id === umed)).toMatchObject({ fullName: UMED.fullName, birthYear: 1962, contact: UMED.contact });
    }
    // Not found by name any more.
    const byName = await own.viewer.ok<{ cases: { edges: { node: { id: string } }[] } }>(LIST_CASES, { filter: { personName: 'Nazarov' } });
    expect(byName.cases.edges).toEqual([]);
    const byOtherName = await own.viewer.ok<{ cases: { edges: { node: { id: string } }[] } }>(LIST_CASES, { filter: { personName: 'Saidov' } });
    expect(byOtherName.cases.edges.map((e) => e.node.id)).toEqual([raid.id]);

    // Nothing of the person is left in the database but the pseudonym's row.
    expect(await owner(`SELECT 1 FROM person_keys WHERE person_id = $1`, [farhod])).toHaveLength(0);
    expect(await owner(`SELECT 1 FROM case_person_private WHERE person_id = $1`, [farhod])).toHaveLength(0);
    expect(await owner(`SELECT pseudonym FROM case_persons WHERE id = $1`, [farhod])).toEqual([{ pseudonym: 'Person A' }]);

    const entries = await owner<{ row: string; entity_type: string; entity_id: string; organisation_id: string }>(
      `SELECT row_to_json(a)::text AS row, entity_type, entity_id, organisation_id FROM audit_entries a WHERE action = 'case.person.erase' AND entity_id = $1`,
      [farhod],
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entity_type: 'CasePerson', entity_id: farhod, organisation_id: own.org.id });
    expectNoSecrets(entries[0].row, FARHOD_TRACES);

    // A second erasure finds nothing left to erase, and says so the same way.
    const again = await own.admin.ok<{ erasePersonalData: PersonView }>(ERASE, { personId: farhod });
    expect(again.erasePersonalData.fullName).toBeNull();
  });

  it("shreds the person's consent form as removeEvidence does; the file of the same bytes and the other person's form still download", async () => {
    const { evidenceFile } = await own.admin.ok<{ evidenceFile: EvidenceShape }>(EVIDENCE, { id: form.id });
    expect(evidenceFile).toMatchObject({ downloadUrl: null, thumbnailUrl: null, sanitizedUrl: null, sha256: sha256(formBytes) });
    for (const variant of ['original', 'sanitized', 'thumbnail']) expect((await own.admin.get(`/evidence/${form.id}/${variant}`)).status).not.toBe(200);
    expect(await owner(`SELECT id FROM evidence_blobs WHERE person_id = $1 AND wrapped_key IS NOT NULL`, [farhod])).toEqual([]);
    const { storage } = evidenceRuntime(app.deps);
    const gone = (key: string) => storage.get(key, 0, 0).then((r) => (r.destroy(), null), () => true);
    for (const b of formBlobs) await waitUntil('the stored bytes are deleted', () => gone(b.storage_key));
    const custody = await owner<{ action: string; organisation_id: string }>(`SELECT action, organisation_id FROM evidence_custody WHERE evidence_id = $1 ORDER BY at`, [form.id]);
    expect(custody.at(-1)).toEqual({ action: 'REMOVED', organisation_id: own.org.id });
    const [audit] = await owner<{ row: string }>(`SELECT row_to_json(a)::text AS row FROM audit_entries a WHERE action = 'evidence.removed' AND entity_id = $1`, [form.id]);
    expectNoSecrets(audit.row, FARHOD_TRACES);

    for (const file of [sameBytes, umedForm]) {
      const { evidenceFile: still } = await own.viewer.ok<{ evidenceFile: EvidenceShape }>(EVIDENCE, { id: file.id });
      const res = await own.viewer.get(still.downloadUrl!);
      expect(res.status).toBe(200);
      expect(sha256(Buffer.from(await res.arrayBuffer()))).toBe(file.sha256);
    }
  });

  it("rewrites BACKUP_DIR's key vault without the erased key once the erasure committed", async () => {
    const vault = path.join(backupDir, KEY_VAULT_NAME);
    const entries = await waitUntil('the vault holds no key of the erased person', async () => {
      if (!fs.existsSync(vault)) return null;
      const read = await readKeyVault(vault, [identity]);
      return read.some((e) => e.kind === 'person' && e.personId === farhod) ? null : read;
    });
    expect(entries.some((e) => e.kind === 'person' && e.personId === umed)).toBe(true);
    expect(entries.some((e) => e.kind === 'organisation' && e.organisationId === own.org.id)).toBe(true);
    // Encrypted to the backup key: no wrapped key, no id in clear.
    const bytes = fs.readFileSync(vault).toString('latin1');
    expect(bytes.startsWith('age-encryption.org/v1')).toBe(true);
    expect(bytes).not.toContain(umed);
    const [umedKey] = await owner<{ wrapped_key: string }>(`SELECT wrapped_key FROM person_keys WHERE person_id = $1`, [umed]);
    expect(bytes).not.toContain(umedKey.wrapped_key);
    // Once no rewrite is under way, no temporary file is left beside it.
    await app.deps.keyVault!.idle();
    expect(fs.readdirSync(backupDir)).toEqual([KEY_VAULT_NAME]);
  });
});
