import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import { createCase } from '../../../test/support/case-fixtures';
import { ATTACH, REMOVE, jpegWithGps, sha256, uploadBytes, VERIFY, type EvidenceShape } from '../../../test/support/evidence-fixtures';

/** The S3 backend against a real S3-compatible server (s3rver) started here. */
describe('evidence on an S3-compatible bucket', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-s3rver-'));
  const s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: 'coalition-evidence' }] });
  let app: TestApp;
  let own: TestOrgWithMembers;
  let caseId: string;

  const objects = (): string[] => {
    const found: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(d, e.name));
        else if (!e.name.startsWith('.') && !e.name.endsWith('._S3rver_metadata.json')) found.push(path.join(d, e.name));
      }
    };
    walk(path.join(dir, 'coalition-evidence'));
    return found.filter((f) => f.endsWith('._S3rver_object'));
  };

  beforeAll(async () => {
    const { port } = await s3.run();
    app = await startTestApp({ EVIDENCE_S3_URL: `http://S3RVER:S3RVER@127.0.0.1:${port}/coalition-evidence/files` });
    own = await orgWithMembers(app);
    caseId = (await createCase(own.caseworker, own.org.id, { title: 'S3 case' })).id;
  });
  afterAll(async () => {
    await app.close();
    await s3.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores encrypted chunks in the bucket, serves them back with ranges, verifies, and shreds', async () => {
    const photo = await jpegWithGps(21);
    const uploadId = await uploadBytes(own.caseworker, caseId, 'bucket.jpg', photo);
    const { attachEvidence: f } = await own.caseworker.ok<{ attachEvidence: EvidenceShape }>(ATTACH, { uploadId, caseId });
    expect(f.sha256).toBe(sha256(photo));
    const stored = objects();
    // Original, sanitised copy and thumbnail; none holds the plaintext.
    expect(stored).toHaveLength(3);
    for (const o of stored) expect(fs.readFileSync(o).includes(photo.subarray(0, 64))).toBe(false);
    const res = await own.viewer.get(f.downloadUrl!);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(photo)).toBe(true);
    const ranged = await fetch(`${app.url}${f.downloadUrl}`, { headers: { cookie: own.viewer.cookie!, range: `bytes=${photo.length - 100}-` } });
    expect(ranged.status).toBe(206);
    expect(Buffer.from(await ranged.arrayBuffer()).equals(photo.subarray(photo.length - 100))).toBe(true);
    const verified = await own.caseworker.ok<{ verifyEvidence: { custody: { action: string }[] } }>(VERIFY, { id: f.id });
    expect(verified.verifyEvidence.custody.at(-1)?.action).toBe('VERIFIED');
    await own.admin.ok(REMOVE, { id: f.id, reason: 'test' });
    expect(objects()).toHaveLength(0);
    expect((await own.viewer.get(`/evidence/${f.id}/original`)).status).toBe(404);
  });
});
