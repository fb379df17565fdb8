import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Upload } from '@tus/utils';
import { CHUNK_SIZE } from '../../core/crypto/chunked-aead';
import { HashingUploadStore, UPLOAD_LIFETIME_MS } from './evidence-upload.store';

const HOUR = 60 * 60 * 1000;

describe('uploads in progress on disk', () => {
  let dir: string;
  let store: HashingUploadStore;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-uploads-'));
    store = new HashingUploadStore(dir);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** An upload of `size` bytes created `ageMs` ago, with its first whole chunk written (so it has a sealed copy). */
  async function upload(size: number, ageMs: number): Promise<string> {
    const id = crypto.randomBytes(16).toString('hex');
    await store.create(new Upload({ id, size, offset: 0, creation_date: new Date(Date.now() - ageMs).toISOString() }));
    await store.write(Readable.from([crypto.randomBytes(CHUNK_SIZE)]), id, 0);
    return id;
  }
  const sealedCopy = (id: string) => path.join(dir, '.sealed', id);

  it('deletes an upload nobody attached within 24 hours, its info and its sealed copy, and keeps a younger one', async () => {
    const old = await upload(2 * CHUNK_SIZE, UPLOAD_LIFETIME_MS + HOUR);
    const young = await upload(2 * CHUNK_SIZE, HOUR);
    for (const id of [old, young]) expect(fs.existsSync(sealedCopy(id))).toBe(true);

    await store.deleteAbandoned();

    for (const file of [old, `${old}.json`, path.join('.sealed', old)]) expect(fs.existsSync(path.join(dir, file))).toBe(false);
    for (const file of [young, `${young}.json`, path.join('.sealed', young)]) expect(fs.existsSync(path.join(dir, file))).toBe(true);
    // The young upload goes on where it stopped.
    expect(await store.write(Readable.from([Buffer.alloc(10)]), young, CHUNK_SIZE)).toBe(CHUNK_SIZE + 10);
  });

  it('deletes sealed copies whose upload is gone, and those of a restarted process once their upload expired', async () => {
    const kept = await upload(2 * CHUNK_SIZE, HOUR);
    // A copy whose upload's files were removed behind the store's back (a crash between attach and clean-up).
    const orphan = await upload(2 * CHUNK_SIZE, HOUR);
    fs.rmSync(path.join(dir, orphan));
    fs.rmSync(path.join(dir, `${orphan}.json`));
    // A copy made by an earlier process: this one does not hold its key and its upload is past its lifetime.
    const earlier = await upload(2 * CHUNK_SIZE, HOUR);
    const restarted = new HashingUploadStore(dir);
    const later = Date.now() + UPLOAD_LIFETIME_MS;

    expect(await store.deleteAbandoned()).toBe(1);
    expect(fs.existsSync(sealedCopy(orphan))).toBe(false);
    expect(fs.existsSync(sealedCopy(kept))).toBe(true);
    expect(fs.existsSync(sealedCopy(earlier))).toBe(true);

    await restarted.deleteAbandoned(later);
    expect(fs.readdirSync(path.join(dir, '.sealed'))).toEqual([]);
    expect(fs.readdirSync(dir)).toEqual(['.sealed']);
  });
});
