import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import { ADD_EVENT, createCase, SHARE } from '../../../test/support/case-fixtures';
import {
  ATTACH, CASE_EVIDENCE, EVIDENCE, exifOf, jpegWithGps, REMOVE, sha256, tusCreate, tusOffset, tusPatch, tusPatchCut, uploadBytes, VERIFY,
  type EvidenceShape,
} from '../../../test/support/evidence-fixtures';
import { waitUntil } from '../../../test/support/wait-until';
import { LocalEvidenceStorage } from './evidence-storage';
import { verifyAllEvidence } from './evidence.maintenance';

describe('evidence files', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-evidence-test-'));
  let app: TestApp;
  let own: TestOrgWithMembers;
  let partner: TestOrgWithMembers;
  let pdPartner: TestOrgWithMembers;
  let third: TestOrgWithMembers;
  let caseId: string;
  let photo: Buffer;
  let photoFile: EvidenceShape;
  const db = new Client({ connectionString: process.env.COALITION_TEST_DATABASE_URL });

  beforeAll(async () => {
    app = await startTestApp({ DATA_DIR: dataDir });
    [own, partner, pdPartner, third] = [await orgWithMembers(app), await orgWithMembers(app), await orgWithMembers(app), await orgWithMembers(app)];
    caseId = (await createCase(own.caseworker, own.org.id, { title: 'Evidence case', visibility: 'SHARED' })).id;
    await own.admin.ok(SHARE, { caseId, organisationId: partner.org.id, access: 'READ', personalData: false });
    await own.admin.ok(SHARE, { caseId, organisationId: pdPartner.org.id, access: 'READ', personalData: true });
    photo = await jpegWithGps();
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const attach = (client = own.caseworker, vars: Record<string, unknown>) => client.ok<{ attachEvidence: EvidenceShape }>(ATTACH, { caseId, ...vars });
  const uploadDir = () => path.join(dataDir, 'uploads');

  it('resumes an upload cut off mid-request and after a server restart; hashes server-side; leaves no plaintext', async () => {
    const { id } = await tusCreate(own.caseworker, caseId, 'фото из Горелово.jpg', photo.length);
    expect(id).toMatch(/^[a-f0-9]{32}$/);
    const third1 = Math.floor(photo.length / 3);
    expect((await tusPatch(own.caseworker, id!, 0, photo.subarray(0, third1))).status).toBe(204);
    // A dropped connection: some bytes may reach the disk, the hash must not count others.
    await tusPatchCut(own.caseworker, id!, third1, photo.subarray(third1), Math.floor(third1 / 2), path.join(uploadDir(), id!));
    let offset = 0;
    await waitUntil('the cut request\'s bytes are on disk', async () => {
      offset = (await tusOffset(own.caseworker, id!)).offset;
      return offset > third1;
    });
    // A restart: a new server on the same DATA_DIR knows the upload from disk alone.
    const restarted = await startTestApp({ DATA_DIR: dataDir });
    try {
      const again = restarted.client();
      again.cookie = own.caseworker.cookie;
      expect((await tusOffset(again, id!)).offset).toBe(offset);
      expect((await tusPatch(again, id!, offset, photo.subarray(offset))).status).toBe(204);
      const { attachEvidence } = await again.ok<{ attachEvidence: EvidenceShape }>(ATTACH, { caseId, uploadId: id, description: 'Injuries' });
      photoFile = attachEvidence;
    } finally {
      await restarted.close();
    }
    expect(photoFile.sha256).toBe(sha256(photo));
    expect(photoFile).toMatchObject({ fileName: 'фото из Горелово.jpg', mediaType: 'image/jpeg', kind: 'IMAGE', size: photo.length, containsPersonalData: true });
    expect(photoFile.latitude).toBeCloseTo(59.93863, 4);
    expect(photoFile.longitude).toBeCloseTo(30.31413, 4);
    expect(photoFile.capturedAt).toBe('2024-03-05T14:22:01.000Z');
    expect(photoFile.custody.map((c) => c.action)).toEqual(['UPLOADED']);
    expect(fs.readdirSync(uploadDir()).filter((f) => f.startsWith(id!))).toEqual([]);
    // The stored bytes are not the plaintext.
    const [{ storage_key }] = (await db.query(`SELECT b.storage_key FROM evidence_blobs b JOIN evidence_files f ON f.original_blob_id = b.id WHERE f.id = $1`, [photoFile.id])).rows as { storage_key: string }[];
    const stored = fs.readFileSync(new LocalEvidenceStorage(path.join(dataDir, 'evidence')).pathOf(storage_key));
    expect(stored.includes(photo.subarray(0, 64))).toBe(false);
    expect(stored.includes(Buffer.from('TestCam'))).toBe(false);
  });

  it('seals a file of several chunks as it arrives, across PATCHes that end mid-chunk and one cut off; the stored copy decrypts to the original', async () => {
    const MiB = 1024 * 1024;
    const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(3 * MiB + 123 - 4)]);
    const { id } = await tusCreate(own.caseworker, caseId, 'long.jpg', bytes.length);
    const sealedCopy = path.join(uploadDir(), '.sealed', id!);
    const sealedSize = () => (fs.existsSync(sealedCopy) ? fs.statSync(sealedCopy).size : 0);
    expect((await tusPatch(own.caseworker, id!, 0, bytes.subarray(0, 700 * 1024))).status).toBe(204);
    // No chunk is whole yet: nothing sealed.
    expect(sealedSize()).toBe(0);
    expect((await tusPatch(own.caseworker, id!, 700 * 1024, bytes.subarray(700 * 1024, 2 * MiB + 5))).status).toBe(204);
    expect(sealedSize()).toBe(2 * (MiB + 16));
    await tusPatchCut(own.caseworker, id!, 2 * MiB + 5, bytes.subarray(2 * MiB + 5), 300 * 1024, path.join(uploadDir(), id!));
    let offset = 0;
    await waitUntil("the cut request's bytes are on disk", async () => {
      offset = (await tusOffset(own.caseworker, id!)).offset;
      return offset > 2 * MiB + 5;
    });
    expect((await tusPatch(own.caseworker, id!, offset, bytes.subarray(offset))).status).toBe(204);
    expect(sealedSize()).toBe(bytes.length + 4 * 16);
    const sealedInode = fs.statSync(sealedCopy).ino;
    const { attachEvidence: f } = await attach(own.caseworker, { uploadId: id });
    expect(f.sha256).toBe(sha256(bytes));
    // The attach stored the copy sealed on arrival (moved, not encrypted again).
    const [{ storage_key }] = (await db.query(`SELECT b.storage_key FROM evidence_blobs b JOIN evidence_files f ON f.original_blob_id = b.id WHERE f.id = $1`, [f.id])).rows as { storage_key: string }[];
    expect(fs.statSync(new LocalEvidenceStorage(path.join(dataDir, 'evidence')).pathOf(storage_key)).ino).toBe(sealedInode);
    expect(fs.existsSync(sealedCopy)).toBe(false);
    expect(fs.readdirSync(uploadDir()).filter((n) => n.startsWith(id!))).toEqual([]);
    const whole = await own.caseworker.get(f.downloadUrl!);
    expect(whole.status).toBe(200);
    expect(sha256(Buffer.from(await whole.arrayBuffer()))).toBe(sha256(bytes));
    const across = await fetch(`${app.url}${f.downloadUrl}`, { headers: { cookie: own.caseworker.cookie!, range: `bytes=${MiB - 10}-${3 * MiB + 50}` } });
    expect(Buffer.from(await across.arrayBuffer()).equals(bytes.subarray(MiB - 10, 3 * MiB + 51))).toBe(true);
    const verified = (await own.caseworker.ok<{ verifyEvidence: { custody: { action: string; sha256Matched: boolean | null }[] } }>(VERIFY, { id: f.id })).verifyEvidence;
    expect(verified.custody.at(-1)).toEqual({ action: 'VERIFIED', sha256Matched: true });
  });

  it('serves the original with ranges and a safe Content-Disposition, a sanitised copy without GPS, a thumbnail; each in the custody log', async () => {
    const res = await own.viewer.get(photoFile.downloadUrl!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="____ __ ________.jpg"; filename*=UTF-8''${encodeURIComponent('фото из Горелово.jpg')}`);
    expect(sha256(Buffer.from(await res.arrayBuffer()))).toBe(photo.length && sha256(photo));
    const ranged = await fetch(`${app.url}${photoFile.downloadUrl}`, { headers: { cookie: own.viewer.cookie!, range: 'bytes=100-1999' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe(`bytes 100-1999/${photo.length}`);
    expect(Buffer.from(await ranged.arrayBuffer()).equals(photo.subarray(100, 2000))).toBe(true);
    const clean = Buffer.from(await (await own.viewer.get(photoFile.sanitizedUrl!)).arrayBuffer());
    const exif = await exifOf(clean);
    expect(exif.MIMEType).toBe('image/jpeg');
    expect(exif.GPSLatitude).toBeUndefined();
    expect(exif.Make).toBeUndefined();
    const thumb = await own.viewer.get(photoFile.thumbnailUrl!);
    expect(thumb.headers.get('content-type')).toBe('image/jpeg');
    expect((await exifOf(Buffer.from(await thumb.arrayBuffer()))).GPSLatitude).toBeUndefined();
    const { evidenceFile } = await own.admin.ok<{ evidenceFile: EvidenceShape }>(EVIDENCE, { id: photoFile.id });
    expect(evidenceFile.custody.map((c) => [c.action, c.sha256Matched])).toEqual([
      ['UPLOADED', null], ['DOWNLOADED', true], ['DOWNLOADED', null], ['SANITIZED_DOWNLOADED', true], ['VIEWED', true],
    ]);
    expect(evidenceFile.custody[1].user?.id).toBe(own.users.viewer.id);
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_id = $1 AND action LIKE 'evidence.%'`, [photoFile.id])).rows as { n: number }[];
    expect(n).toBe(5);
  });

  it('reads as the case plus the personal-data rule, through the API', async () => {
    const shown = async (client = partner.viewer) => (await client.ok<{ evidenceFile: EvidenceShape | null }>(EVIDENCE, { id: photoFile.id })).evidenceFile;
    const noPd = (await shown())!;
    expect(noPd).toMatchObject({ sha256: photoFile.sha256, downloadUrl: null, sanitizedUrl: null, thumbnailUrl: null, capturedAt: null, latitude: null, longitude: null, uploadedBy: null });
    expect((await partner.viewer.get(`/evidence/${photoFile.id}/original`)).status).toBe(403);
    expect((await partner.viewer.get(`/evidence/${photoFile.id}/sanitized`)).status).toBe(403);
    const pd = (await shown(pdPartner.viewer))!;
    expect(pd.downloadUrl).toBe(`/evidence/${photoFile.id}/original`);
    expect(pd.latitude).toBeCloseTo(59.93863, 4);
    expect(pd.uploadedBy).toBeNull();
    expect(await shown(third.admin)).toBeNull();
    expect((await third.admin.get(`/evidence/${photoFile.id}/original`)).status).toBe(404);
    expect((await app.client().get(`/evidence/${photoFile.id}/original`)).status).toBe(401);
    // A file the owner marked as showing no one: its sanitised copy to every reader of the case, never the original.
    const other = await jpegWithGps(2);
    const { attachEvidence: shareable } = await attach(own.caseworker, { uploadId: await uploadBytes(own.caseworker, caseId, 'document.jpg', other), containsPersonalData: false });
    const seen = (await partner.viewer.ok<{ evidenceFile: EvidenceShape }>(EVIDENCE, { id: shareable.id })).evidenceFile;
    expect(seen.downloadUrl).toBeNull();
    expect(seen.sanitizedUrl).toBe(`/evidence/${shareable.id}/sanitized`);
    expect(seen.latitude).toBeNull();
    const copy = await partner.viewer.get(seen.sanitizedUrl!);
    expect(copy.status).toBe(200);
    expect((await exifOf(Buffer.from(await copy.arrayBuffer()))).GPSLatitude).toBeUndefined();
    const custody = (await partner.viewer.ok<{ evidenceFile: EvidenceShape }>(EVIDENCE, { id: shareable.id })).evidenceFile.custody;
    expect(custody.at(-1)).toMatchObject({ action: 'SANITIZED_DOWNLOADED', organisation: { id: partner.org.id }, user: null });
  });

  it('lets only those who may change the case upload and attach, and only their own uploads', async () => {
    expect((await tusCreate(own.viewer, caseId, 'x.jpg', 10)).status).toBe(403);
    expect((await tusCreate(partner.caseworker, caseId, 'x.jpg', 10)).status).toBe(403);
    expect((await tusCreate(app.client(), caseId, 'x.jpg', 10)).status).toBe(401);
    const mine = await uploadBytes(own.caseworker, caseId, 'mine.jpg', await jpegWithGps(3));
    expect((await tusOffset(own.admin, mine)).status).toBe(404);
    expect(await own.admin.code(ATTACH, { caseId, uploadId: mine })).toBe('BAD_USER_INPUT');
    expect(await own.viewer.code(ATTACH, { caseId, uploadId: mine })).toBe('FORBIDDEN');
    expect(await third.admin.code(ATTACH, { caseId, uploadId: mine })).toBe('NOT_FOUND');
    expect(await own.caseworker.code(ATTACH, { caseId, uploadId: 'f'.repeat(32) })).toBe('BAD_USER_INPUT');
    // Unfinished.
    const { id: half } = await tusCreate(own.caseworker, caseId, 'half.jpg', 100);
    await tusPatch(own.caseworker, half!, 0, Buffer.alloc(50, 1));
    expect(await own.caseworker.code(ATTACH, { caseId, uploadId: half })).toBe('BAD_USER_INPUT');
    // A type the allow-list does not name (an ELF executable), refused by content whatever its name.
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(4000, 7)]);
    const bad = await uploadBytes(own.caseworker, caseId, 'photo.jpg', elf);
    const refused = await own.caseworker.gql(ATTACH, { caseId, uploadId: bad });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TYPE_NOT_ALLOWED' });
    expect(fs.existsSync(path.join(uploadDir(), bad))).toBe(false);
    // Over the size limit: tus refuses to create it.
    expect((await tusCreate(own.caseworker, caseId, 'big.mp4', 3 * 1024 ** 3)).status).toBe(413);
    // Plain text is accepted, sniffed as such.
    const { attachEvidence: text } = await attach(own.caseworker, { uploadId: await uploadBytes(own.caseworker, caseId, 'notes.txt', Buffer.from('Протокол задержания\n')) });
    expect(text.mediaType).toBe('text/plain');
    expect(text.kind).toBe('DOCUMENT');
    expect(await own.caseworker.ok(ATTACH, { caseId, uploadId: mine })).toBeTruthy();
  });

  it('stores the same bytes once per organisation, also when attached concurrently', async () => {
    const same = await jpegWithGps(4);
    const [u1, u2] = [await uploadBytes(own.caseworker, caseId, 'a.jpg', same), await uploadBytes(own.admin, caseId, 'b.jpg', same)];
    const [a, b] = await Promise.all([attach(own.caseworker, { uploadId: u1 }), attach(own.admin, { uploadId: u2 })]);
    const rows = (await db.query(`SELECT original_blob_id FROM evidence_files WHERE id = ANY($1)`, [[a.attachEvidence.id, b.attachEvidence.id]])).rows as { original_blob_id: string }[];
    expect(rows[0].original_blob_id).toBe(rows[1].original_blob_id);
    // Never across organisations.
    const theirCase = (await createCase(third.caseworker, third.org.id, { title: 'Theirs' })).id;
    const { attachEvidence: theirs } = await third.caseworker.ok<{ attachEvidence: EvidenceShape }>(ATTACH, { caseId: theirCase, uploadId: await uploadBytes(third.caseworker, theirCase, 'c.jpg', same) });
    const [{ original_blob_id: theirBlob }] = (await db.query(`SELECT original_blob_id FROM evidence_files WHERE id = $1`, [theirs.id])).rows as { original_blob_id: string }[];
    expect(theirBlob).not.toBe(rows[0].original_blob_id);
  });

  it('lists evidence on the case and on its event', async () => {
    const event = await own.caseworker.ok<{ addCaseEvent: { id: string } }>(ADD_EVENT, { caseId, input: { type: 'DETENTION', occurredOn: '2024-03-05', title: 'Detained' } });
    const { attachEvidence } = await attach(own.caseworker, { uploadId: await uploadBytes(own.caseworker, caseId, 'e.jpg', await jpegWithGps(5)), eventId: event.addCaseEvent.id });
    const { case: c } = await own.viewer.ok<{ case: { evidence: EvidenceShape[]; events: { id: string; evidence: { id: string }[] }[] } }>(CASE_EVIDENCE, { id: caseId });
    expect(c.evidence[0].id).toBe(attachEvidence.id);
    expect(c.events.find((e) => e.id === event.addCaseEvent.id)!.evidence).toEqual([{ id: attachEvidence.id }]);
    // The case JSON export lists the files with their hashes, never their bytes.
    const exported = (await (await partner.viewer.get(`/exports/cases.json?ownerOrganisationId=${own.org.id}`)).json()) as { id: string; evidence: { fileName: string; sha256: string; size: number }[] }[];
    const listed = exported.find((x) => x.id === caseId)!.evidence;
    expect(listed).toContainEqual(expect.objectContaining({ fileName: 'фото из Горелово.jpg', sha256: sha256(photo), size: photo.length, mediaType: 'image/jpeg' }));
  });

  it('detects tampered stored bytes: refuses the download, records VERIFICATION_FAILED, verifyEvidence and the nightly job agree', async () => {
    const { attachEvidence: f } = await attach(own.caseworker, { uploadId: await uploadBytes(own.caseworker, caseId, 't.jpg', await jpegWithGps(6)) });
    expect((await own.caseworker.ok<{ verifyEvidence: EvidenceShape }>(VERIFY, { id: f.id })).verifyEvidence.verifiedAt).not.toBeNull();
    const [{ storage_key }] = (await db.query(`SELECT b.storage_key FROM evidence_blobs b JOIN evidence_files f ON f.original_blob_id = b.id WHERE f.id = $1`, [f.id])).rows as { storage_key: string }[];
    const file = new LocalEvidenceStorage(path.join(dataDir, 'evidence')).pathOf(storage_key);
    const bytes = fs.readFileSync(file);
    bytes[200] ^= 0x01;
    fs.writeFileSync(file, bytes);
    const res = await own.viewer.get(`/evidence/${f.id}/original`);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('VERIFICATION_FAILED');
    const verified = (await own.caseworker.ok<{ verifyEvidence: { custody: { action: string; sha256Matched: boolean | null }[] } }>(VERIFY, { id: f.id })).verifyEvidence;
    expect(verified.custody.slice(-2)).toEqual([{ action: 'VERIFICATION_FAILED', sha256Matched: false }, { action: 'VERIFICATION_FAILED', sha256Matched: false }]);
    expect(await own.viewer.code(VERIFY, { id: f.id })).toBe('FORBIDDEN');
    await db.query(`UPDATE evidence_files SET verified_at = NULL WHERE case_id = $1`, [caseId]);
    const nightly = await verifyAllEvidence(app.deps, 0);
    expect(nightly.failed).toBeGreaterThanOrEqual(1);
    const { evidenceFile } = await own.admin.ok<{ evidenceFile: EvidenceShape }>(EVIDENCE, { id: f.id });
    expect(evidenceFile.custody.at(-1)).toMatchObject({ action: 'VERIFICATION_FAILED', organisation: null, user: null });
  });

  it('removeEvidence destroys the key (owner ADMIN only); the hash and custody stay', async () => {
    const bytes = await jpegWithGps(7);
    const { attachEvidence: f } = await attach(own.caseworker, { uploadId: await uploadBytes(own.caseworker, caseId, 'r.jpg', bytes) });
    expect(await own.caseworker.code(REMOVE, { id: f.id, reason: 'duplicate' })).toBe('FORBIDDEN');
    expect(await pdPartner.admin.code(REMOVE, { id: f.id, reason: 'duplicate' })).toBe('FORBIDDEN');
    expect(await own.admin.code(REMOVE, { id: f.id, reason: ' ' })).toBe('BAD_USER_INPUT');
    const [{ original_blob_id: blobId }] = (await db.query(`SELECT original_blob_id FROM evidence_files WHERE id = $1`, [f.id])).rows as { original_blob_id: string }[];
    expect(await own.admin.ok(REMOVE, { id: f.id, reason: 'Consent withdrawn' })).toEqual({ removeEvidence: true });
    const [blob] = (await db.query(`SELECT wrapped_key, storage_key FROM evidence_blobs WHERE id = $1`, [blobId])).rows as { wrapped_key: string | null; storage_key: string }[];
    expect(blob.wrapped_key).toBeNull();
    expect(fs.existsSync(new LocalEvidenceStorage(path.join(dataDir, 'evidence')).pathOf(blob.storage_key))).toBe(false);
    expect((await own.admin.get(`/evidence/${f.id}/original`)).status).toBe(404);
    const { evidenceFile } = await own.admin.ok<{ evidenceFile: EvidenceShape }>(EVIDENCE, { id: f.id });
    expect(evidenceFile).toMatchObject({ sha256: sha256(bytes), downloadUrl: null });
    expect(evidenceFile.custody.at(-1)?.action).toBe('REMOVED');
    const { case: c } = await own.admin.ok<{ case: { evidence: { id: string }[] } }>(CASE_EVIDENCE, { id: caseId });
    expect(c.evidence.map((e) => e.id)).not.toContain(f.id);
  });

  it('holds in PostgreSQL: raw SQL as the app role', async () => {
    const asApp = async <T>(userId: string, fn: () => Promise<T>): Promise<T> => {
      await db.query('BEGIN');
      try {
        // Only the owner chooses whom a transaction acts as; then the app role reads under the policies.
        await db.query(`SELECT FROM app_act_as($1)`, [userId]);
        await db.query(`SET LOCAL ROLE coalition_app`);
        return await fn();
      } finally {
        await db.query('ROLLBACK');
      }
    };
    const count = async (userId: string, sql: string) => asApp(userId, async () => ((await db.query(sql, [photoFile.id])).rows as { n: number }[])[0].n);
    const files = `SELECT count(*)::int AS n FROM evidence_files WHERE id = $1`;
    const meta = `SELECT count(*)::int AS n FROM evidence_metadata WHERE evidence_id = $1`;
    const original = `SELECT count(*)::int AS n FROM evidence_blobs b JOIN evidence_files f ON f.original_blob_id = b.id WHERE f.id = $1`;
    const custody = `SELECT count(*)::int AS n FROM evidence_custody WHERE evidence_id = $1`;
    expect(await count(own.users.viewer.id, files)).toBe(1);
    expect(await count(own.users.viewer.id, meta)).toBe(1);
    expect(await count(own.users.viewer.id, original)).toBe(1);
    expect(await count(partner.users.viewer.id, files)).toBe(1);
    expect(await count(partner.users.viewer.id, meta)).toBe(0);
    expect(await count(partner.users.viewer.id, original)).toBe(0);
    expect(await count(pdPartner.users.viewer.id, meta)).toBe(1);
    expect(await count(pdPartner.users.viewer.id, original)).toBe(1);
    expect(await count(third.users.admin.id, files)).toBe(0);
    expect(await count(third.users.admin.id, custody)).toBe(0);
    // Writes: a viewer attaches nothing, nobody rewrites custody, only the owner's ADMIN shreds.
    await expect(asApp(own.users.viewer.id, () => db.query(`INSERT INTO evidence_files (id, case_id, organisation_id, file_name, media_type, kind, size, sha256, uploaded_by_id) VALUES (gen_random_uuid(), $1, $2, 'x', 'text/plain', 'DOCUMENT', 1, 'x', $3)`, [caseId, own.org.id, own.users.viewer.id]))).rejects.toThrow(/row-level security/);
    await expect(asApp(own.users.admin.id, () => db.query(`UPDATE evidence_custody SET sha256_matched = true WHERE evidence_id = $1`, [photoFile.id]))).rejects.toThrow(/permission denied/);
    await expect(asApp(partner.users.viewer.id, () => db.query(`INSERT INTO evidence_custody (evidence_id, action, organisation_id, user_id) VALUES ($1, 'VIEWED', $2, $3)`, [photoFile.id, own.org.id, partner.users.viewer.id]))).rejects.toThrow(/row-level security/);
    // A CASEWORKER may bind a blob to a person (evidence_blobs_bind, a consent's form), never shred one: the check refuses it.
    await expect(
      asApp(own.users.caseworker.id, () => db.query(`UPDATE evidence_blobs SET wrapped_key = NULL WHERE id IN (SELECT original_blob_id FROM evidence_files WHERE id = $1)`, [photoFile.id])),
    ).rejects.toThrow(/row-level security/);
  });
});
