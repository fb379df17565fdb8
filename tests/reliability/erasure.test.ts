import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { generateIdentity } from '../../server/src/core/backup/backup-crypto';
import { KEY_VAULT_NAME, readKeyVault, writeKeyVault, type VaultEntry } from '../../server/src/core/backup/key-vault';
import { Readable } from 'node:stream';
import { open } from '../../server/src/core/crypto/secret-box';
import { evidenceRuntime } from '../../server/src/modules/evidence/evidence-runtime';
import { personBlobKeyAad, rehashWithKey, type BlobRow } from '../../server/src/modules/evidence/evidence.service';
import type { EvidenceStorage } from '../../server/src/modules/evidence/evidence-storage';
import { ATTACH, jpegWithGps, sha256, uploadBytes, type EvidenceShape } from '../../server/test/support/evidence-fixtures';
import { personAad, personKeyAad, unwrapDataKey, unwrapPersonKey } from '../../server/src/modules/cases';
import { blobKeyAad } from '../../server/src/modules/evidence';
import { ADD_PERSON, createCase, GET_CASE } from '../../server/test/support/case-fixtures';
import { orgWithMembers, signIn, type TestOrgWithMembers } from '../../server/test/support/factories';
import { createScratchDatabase, embeddedTestDatabase, migrateDatabase, type ScratchDatabase } from '../../server/test/support/scratch-database';
import { startTestApp } from '../../server/test/support/test-app';
import { waitUntil } from '../../server/test/support/wait-until';
import { canary, npmRun, ownerQuery } from './support/reliability-kit';

const scratchIt = embeddedTestDatabase() ? it.skip : it;
const hasPgTools = spawnSync('pg_dump', ['--version']).status === 0 && spawnSync('pg_restore', ['--version']).status === 0;
const serverIt = hasPgTools ? scratchIt : it.skip;
const coalition = (args: string[], env: Record<string, string> = {}) => npmRun('coalition', args, env);

const ERASE = `mutation ($personId: ID!) { erasePersonalData(personId: $personId) { id pseudonym fullName } }`;
const RECORD_CONSENT = `mutation ($personId: ID!, $input: ConsentInput!) { recordConsent(personId: $personId, input: $input) { id } }`;
type StoredBlob = BlobRow & Record<string, unknown>;
const BLOB_COLUMNS = 'b.id, b.organisation_id, b.sha256, b.size::text AS size, b.chunk_size, b.storage_key, b.wrapped_key, b.key_version, b.person_id';

/** An evidence store's copy (a snapshot of its directory or bucket) of some stored blobs, read back as storage. */
const snapshotStorage = (objects: Map<string, Buffer>): EvidenceStorage => ({
  put: () => Promise.reject(new Error('read-only')),
  putFile: () => Promise.reject(new Error('read-only')),
  delete: () => Promise.reject(new Error('read-only')),
  get: async (key, from, to) => Readable.from([objects.get(key)!.subarray(from, to + 1)]),
});

interface PersonView {
  id: string;
  pseudonym: string;
  fullName: string | null;
  birthYear: number | null;
  contact: string | null;
}

const personEntries = (entries: VaultEntry[]) => entries.filter((e): e is Extract<VaultEntry, { kind: 'person' }> => e.kind === 'person');

describe('the key vault file', () => {
  let dir = '';
  let identity = '';
  let recipient = '';
  const entry = (i: number): VaultEntry => ({
    kind: 'person',
    personId: crypto.randomUUID(),
    organisationId: crypto.randomUUID(),
    version: 1,
    wrappedKey: `v1.${crypto.randomBytes(12).toString('base64url')}.${crypto.randomBytes(16).toString('base64url')}.wrapped${i}`,
  });
  async function* from(entries: VaultEntry[], failAfter?: number): AsyncGenerator<VaultEntry> {
    for (const [i, e] of entries.entries()) {
      if (failAfter !== undefined && i === failAfter) throw new Error('the database went away mid-write');
      yield e;
    }
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-vault-'));
    ({ identity, recipient } = await generateIdentity());
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is encrypted to the backup recipient: no key, wrapped or not, and no id in clear; it reads back whole', async () => {
    const file = path.join(dir, KEY_VAULT_NAME);
    const entries = Array.from({ length: 20 }, (_, i) => entry(i));
    await writeKeyVault(file, from(entries), { recipients: [recipient] });
    const bytes = fs.readFileSync(file).toString('latin1');
    expect(bytes.startsWith('age-encryption.org/v1')).toBe(true);
    for (const e of personEntries(entries)) {
      expect(bytes).not.toContain(e.personId);
      expect(bytes).not.toContain(e.wrappedKey);
      expect(bytes).not.toContain(e.wrappedKey.split('.')[3]);
    }
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    expect(await readKeyVault(file, [identity])).toEqual(entries);
    // Only the private key opens it.
    const other = await generateIdentity();
    await expect(readKeyVault(file, [other.identity])).rejects.toThrow();
    // Without a recipient the server writes no vault at all.
    await expect(writeKeyVault(path.join(dir, 'none.age'), from(entries), { recipients: [] })).rejects.toThrow('BACKUP_RECIPIENT');
    expect(fs.existsSync(path.join(dir, 'none.age'))).toBe(false);
  });

  it('is replaced atomically: a write interrupted half-way leaves the old vault whole and no temporary file', async () => {
    const file = path.join(dir, KEY_VAULT_NAME);
    const old = Array.from({ length: 5 }, (_, i) => entry(i));
    await writeKeyVault(file, from(old), { recipients: [recipient] });
    const oldBytes = fs.readFileSync(file);

    const next = Array.from({ length: 5000 }, (_, i) => entry(i));
    await expect(writeKeyVault(file, from(next, 4000), { recipients: [recipient] })).rejects.toThrow('mid-write');
    expect(fs.readFileSync(file).equals(oldBytes)).toBe(true);
    expect(await readKeyVault(file, [identity])).toEqual(old);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.partial'))).toEqual([]);

    // A process killed mid-write leaves at most its temporary file, which is not the vault: the vault reads as before.
    fs.writeFileSync(path.join(dir, `.${KEY_VAULT_NAME}.12345.abcdef.partial`), oldBytes.subarray(0, 40));
    expect(await readKeyVault(file, [identity])).toEqual(old);

    // A complete write replaces it.
    await writeKeyVault(file, from(next), { recipients: [recipient] });
    expect(await readKeyVault(file, [identity])).toHaveLength(5000);
  });
});

describe('erasure and backups (PostgreSQL server)', () => {
  let dir = '';
  const databases: ScratchDatabase[] = [];
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-erasure-'));
  });
  afterAll(async () => {
    for (const db of databases) await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  serverIt(
    'a backup taken before an erasure, restored with the vault written after it: every other person reads, the erased one does not, master key or not',
    async () => {
      const masterKey = crypto.randomBytes(32).toString('base64');
      const master = Buffer.from(masterKey, 'base64');
      const backupDir = path.join(dir, 'backups');
      const { identity, recipient } = await generateIdentity();
      const keyFile = path.join(dir, 'backup-key.txt');
      fs.writeFileSync(keyFile, `${identity}\n`, { mode: 0o600 });
      const source = await createScratchDatabase('coalition_erase_src');
      databases.push(source);
      await migrateDatabase(source.url);
      const env = { COALITION_MASTER_KEY: masterKey, BACKUP_DIR: backupDir, BACKUP_RECIPIENT: recipient };
      const farhod = { fullName: canary('Farhod'), contact: canary('Phone'), role: 'VICTIM', birthYear: 1981 };
      const umed = { fullName: canary('Umed'), contact: canary('Mail'), role: 'WITNESS', birthYear: 1962 };
      const zarina = { fullName: canary('Zarina'), contact: null, role: 'VICTIM', birthYear: null };

      const app = await startTestApp(env, { databaseUrl: source.url });
      let org: TestOrgWithMembers;
      let other: TestOrgWithMembers;
      let caseId: string;
      let otherCaseId: string;
      let farhodId: string;
      let formId: string;
      let photoId: string;
      const formBytes = await jpegWithGps(51);
      const photoBytes = await jpegWithGps(52);
      // The evidence store is not in a dump: what an operator's snapshot of it taken with the backup would hold.
      const snapshot = new Map<string, Buffer>();
      const backup = path.join(backupDir, 'before.age');
      let oldVault: Buffer;
      try {
        org = await orgWithMembers(app);
        other = await orgWithMembers(app);
        caseId = (await createCase(org.caseworker, org.org.id)).id;
        farhodId = (await org.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, { caseId, input: farhod })).addCasePerson.id;
        await org.caseworker.ok(ADD_PERSON, { caseId, input: umed });
        // Farhod's signed consent form, and a photo of the case that is no one's own.
        const attach = async (bytes: Buffer, name: string) =>
          (await org.caseworker.ok<{ attachEvidence: EvidenceShape }>(ATTACH, { caseId, uploadId: await uploadBytes(org.caseworker, caseId, name, bytes) })).attachEvidence.id;
        formId = await attach(formBytes, 'consent.jpg');
        photoId = await attach(photoBytes, 'raid.jpg');
        await org.caseworker.ok(RECORD_CONSENT, {
          personId: farhodId,
          input: { scope: 'SHARE_PERSONAL_DATA', purpose: 'Legal aid', givenOn: new Date().toISOString().slice(0, 10), form: 'signed form', formEvidenceId: formId },
        });
        expect((await org.caseworker.get(`/evidence/${formId}/original`)).status).toBe(200);
        otherCaseId = (await createCase(other.caseworker, other.org.id)).id;
        await other.caseworker.ok(ADD_PERSON, { caseId: otherCaseId, input: zarina });

        // The backup BEFORE the erasure, with the server running (a PostgreSQL dump is consistent), into BACKUP_DIR.
        const backedUp = await coalition(['backup', '--out', backup], { DATABASE_URL: source.url, ...env });
        expect(backedUp.stderr).not.toContain('failed');
        expect(backedUp.code).toBe(0);
        expect(backedUp.stdout).toContain(`Key vault written to ${path.join(backupDir, KEY_VAULT_NAME)}`);
        oldVault = fs.readFileSync(path.join(backupDir, KEY_VAULT_NAME));
        expect(personEntries(await readKeyVault(path.join(backupDir, KEY_VAULT_NAME), [identity])).map((e) => e.personId)).toContain(farhodId);
        // The dump holds no person key: not one row of person_keys.
        const listing = spawnSync('pg_restore', ['--list'], { input: (await decrypted(backup, identity)), encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 });
        expect(listing.stdout).toContain('TABLE DATA public case_person_private');
        expect(listing.stdout).not.toContain('TABLE DATA public person_keys');

        const { storage } = evidenceRuntime(app.deps);
        for (const b of await ownerQuery<StoredBlob>(source.url, `SELECT ${BLOB_COLUMNS} FROM evidence_files f JOIN evidence_blobs b ON b.id = f.original_blob_id WHERE f.id IN ($1, $2)`, [formId, photoId])) {
          const parts: Buffer[] = [];
          const stored = fs.statSync(path.join(app.deps.config.dataDir, 'evidence')).isDirectory() ? await storage.get(b.storage_key, 0, Number.MAX_SAFE_INTEGER) : null;
          for await (const part of stored!) parts.push(part as Buffer);
          snapshot.set(b.storage_key, Buffer.concat(parts));
        }

        // The erasure, by the owner's ADMIN: the server rewrites BACKUP_DIR's vault once it committed.
        const erased = await org.admin.ok<{ erasePersonalData: { fullName: string | null } }>(ERASE, { personId: farhodId });
        expect(erased.erasePersonalData.fullName).toBeNull();
        expect((await org.admin.get(`/evidence/${formId}/original`)).status).not.toBe(200);
        expect((await org.caseworker.get(`/evidence/${photoId}/original`)).status).toBe(200);
        await waitUntil('the vault is rewritten without the erased key', async () =>
          personEntries(await readKeyVault(path.join(backupDir, KEY_VAULT_NAME), [identity])).every((e) => e.personId !== farhodId),
        );
      } finally {
        await app.close();
      }

      // The source is lost; the old backup is restored with the CURRENT vault (the default: beside the backup).
      await source.drop();
      databases.splice(databases.indexOf(source), 1);
      const target = await createScratchDatabase('coalition_erase_dst');
      databases.push(target);
      const restored = await coalition(['restore', '--in', backup, '--identity', keyFile], { DATABASE_URL: target.url });
      expect(restored.stderr).not.toContain('failed');
      expect(restored.code).toBe(0);
      expect(restored.stdout).toContain('Loaded 2 person keys');

      const after = await startTestApp({ COALITION_MASTER_KEY: masterKey }, { databaseUrl: target.url });
      try {
        const persons = async (client: Awaited<ReturnType<typeof signIn>>, id: string) =>
          (await client.ok<{ case: { persons: PersonView[] } }>(GET_CASE, { id })).case.persons;
        const caseworker = await signIn(after, org.users.caseworker);
        const mine = await persons(caseworker, caseId);
        expect(mine.find((p) => p.id === farhodId)).toMatchObject({ pseudonym: 'Person A', fullName: null, birthYear: null, contact: null });
        expect(mine.find((p) => p.id !== farhodId)).toMatchObject({ fullName: umed.fullName, contact: umed.contact, birthYear: 1962 });
        expect((await persons(await signIn(after, other.users.caseworker), otherCaseId))[0]).toMatchObject({ fullName: zarina.fullName });
        expect(JSON.stringify(mine)).not.toContain(farhod.fullName);
      } finally {
        await after.close();
      }

      // With the master key, and so every organisation key, in hand: the erased person's ciphertext (the old dump still
      // holds it) opens with no organisation key; their own key is in neither the database nor the vault.
      const [sealed] = await ownerQuery<{ full_name: string; contact: string }>(target.url, `SELECT full_name, contact FROM case_person_private WHERE person_id = $1`, [farhodId]);
      expect(sealed.full_name).toBeTruthy();
      expect(await ownerQuery(target.url, `SELECT 1 FROM person_keys WHERE person_id = $1`, [farhodId])).toEqual([]);
      const orgKeys = await ownerQuery<{ organisation_id: string; wrapped_key: string }>(target.url, `SELECT organisation_id, wrapped_key FROM organisation_keys`);
      expect(orgKeys.length).toBeGreaterThan(0);
      for (const k of orgKeys) {
        const key = unwrapDataKey(master, k.organisation_id, k.wrapped_key);
        expect(() => open(key, sealed.full_name, personAad(farhodId, 'full_name'))).toThrow();
        expect(() => open(key, sealed.contact, personAad(farhodId, 'contact'))).toThrow();
      }
      const vault = await readKeyVault(path.join(backupDir, KEY_VAULT_NAME), [identity]);
      expect(personEntries(vault).map((e) => e.personId)).not.toContain(farhodId);

      // The consent form: the old dump holds its blob's wrapped key, the snapshot its bytes; no organisation key
      // opens that key (Farhod's did, and is nowhere). The photo, no one's own, still opens and hashes right.
      const blobOf = async (url: string, fileId: string) =>
        (await ownerQuery<StoredBlob>(url, `SELECT ${BLOB_COLUMNS} FROM evidence_files f JOIN evidence_blobs b ON b.id = f.original_blob_id WHERE f.id = $1`, [fileId]))[0];
      const formBlob = await blobOf(target.url, formId);
      expect(formBlob).toMatchObject({ person_id: farhodId, key_version: null });
      expect(formBlob.wrapped_key).toBeTruthy();
      for (const k of orgKeys) {
        const key = unwrapDataKey(master, k.organisation_id, k.wrapped_key);
        expect(() => open(key, formBlob.wrapped_key!, blobKeyAad(formBlob.id))).toThrow();
        expect(() => open(key, formBlob.wrapped_key!, personBlobKeyAad(formBlob.id, farhodId))).toThrow();
      }
      const photoBlob = await blobOf(target.url, photoId);
      const [photoOrgKey] = await ownerQuery<{ wrapped_key: string }>(target.url, `SELECT wrapped_key FROM organisation_keys WHERE organisation_id = $1 AND version = $2`, [
        photoBlob.organisation_id,
        photoBlob.key_version,
      ]);
      const photoKey = open(unwrapDataKey(master, photoBlob.organisation_id, photoOrgKey.wrapped_key), photoBlob.wrapped_key!, blobKeyAad(photoBlob.id));
      expect(await rehashWithKey(photoKey, snapshotStorage(snapshot), photoBlob, sha256(photoBytes))).toBe(true);

      // What the vault decides: the same old dump with the vault of before the erasure still opens the person,
      // which is why the erasure rewrites it and why an older vault must not be kept.
      const drill = path.join(dir, 'old-vault.age');
      fs.writeFileSync(drill, oldVault!);
      const control = await createScratchDatabase('coalition_erase_old_vault');
      databases.push(control);
      const withOld = await coalition(['restore', '--in', backup, '--identity', keyFile, '--vault', drill], { DATABASE_URL: control.url });
      expect(withOld.code).toBe(0);
      const [key] = await ownerQuery<{ wrapped_key: string; key_version: number; organisation_id: string }>(
        control.url,
        `SELECT pk.wrapped_key, pk.key_version, pk.organisation_id FROM person_keys pk WHERE pk.person_id = $1`,
        [farhodId],
      );
      const [orgKey] = await ownerQuery<{ wrapped_key: string }>(control.url, `SELECT wrapped_key FROM organisation_keys WHERE organisation_id = $1 AND version = $2`, [
        key.organisation_id,
        key.key_version,
      ]);
      const personKey = open(unwrapDataKey(master, key.organisation_id, orgKey.wrapped_key), key.wrapped_key, personKeyAad(farhodId, key.key_version));
      expect(open(personKey, sealed.full_name, personAad(farhodId, 'full_name')).toString()).toBe(farhod.fullName);
      // And his key opened the form's bytes too.
      const sameKey = unwrapPersonKey(unwrapDataKey(master, key.organisation_id, orgKey.wrapped_key), farhodId, key.key_version, key.wrapped_key);
      const formKey = open(sameKey, formBlob.wrapped_key!, personBlobKeyAad(formBlob.id, farhodId));
      expect(await rehashWithKey(formKey, snapshotStorage(snapshot), formBlob, sha256(formBytes))).toBe(true);
    },
    240_000,
  );
});

/** The plaintext of an age file, through the CLI-free library (the test holds the private key). */
async function decrypted(file: string, identity: string): Promise<Buffer> {
  const { readDecrypted } = await import('../../server/src/core/backup/backup-crypto');
  const chunks: Buffer[] = [];
  for await (const chunk of await readDecrypted(file, [identity])) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe('an embedded backup', () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-erasure-embedded-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('holds no byte of a person key (no row, no dead tuple, no log record): they go to the vault beside it', async () => {
    // PGlite loads its WebAssembly by a dynamic import, which jest's module system refuses: the backup runs in a
    // process of its own (support/embedded-backup.script.ts), on a data directory holding one person key.
    const run = spawnSync(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'support/embedded-backup.script.ts'), dir], {
      cwd: path.resolve(__dirname, '../..'),
      encoding: 'utf8',
      env: { ...process.env, SWC_NODE_PROJECT: path.resolve(__dirname, '../../server/tsconfig.json') },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { marker: string; personId: string; organisationId: string; out: string; vault: string; rows: { persons: number; organisations: number } };
    expect(result.vault).toBe(path.join(dir, KEY_VAULT_NAME));
    // Not in the archive's bytes at all, and the restored copy has the table empty, the organisation keys whole.
    const archive = zlib.gunzipSync(fs.readFileSync(result.out));
    expect(archive.length).toBeGreaterThan(1_000_000);
    expect(archive.includes(Buffer.from(result.marker))).toBe(false);
    expect(result.rows).toEqual({ persons: 0, organisations: 1 });
    // The vault beside it has the key.
    expect(personEntries(await readKeyVault(result.vault, []))).toEqual([
      { kind: 'person', personId: result.personId, organisationId: result.organisationId, version: 1, wrappedKey: result.marker },
    ]);
    // A new embedded database, migrated, backed up and restored in a process of its own: minutes beside three
    // other test workers on two cores (as the embedded fallback test in tests/smoke).
  }, 360_000);
});
