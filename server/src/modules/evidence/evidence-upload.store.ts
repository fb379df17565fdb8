import crypto, { type Hash } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FileStore } from '@tus/file-store';
import type { Upload } from '@tus/server';

/** An upload nobody attached within this time is deleted, finished or not. */
export const UPLOAD_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * tus uploads in progress, on disk under DATA_DIR/uploads until attached. The SHA-256 is computed as the
 * bytes arrive: each PATCH feeds the running hash of its upload. After a restart, or when a PATCH was cut
 * off so that the hash saw bytes the file did not keep, the hash is rebuilt from the bytes on disk before
 * the next ones are added.
 */
export class HashingUploadStore extends FileStore {
  private readonly hashes = new Map<string, { offset: number; hash: Hash }>();

  constructor(readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    super({ directory: dir, expirationPeriodInMilliseconds: UPLOAD_LIFETIME_MS });
  }

  pathOf(id: string): string {
    if (!/^[a-f0-9]{32}$/.test(id)) throw new Error('bad upload id');
    return path.join(this.dir, id);
  }

  private async hashOnDisk(id: string, length: number): Promise<Hash> {
    const hash = crypto.createHash('sha256');
    if (length > 0) await pipeline(fs.createReadStream(this.pathOf(id), { start: 0, end: length - 1 }), hash, { end: false });
    return hash;
  }

  override async write(readable: http.IncomingMessage | Readable, id: string, offset: number): Promise<number> {
    let state = this.hashes.get(id);
    if (!state || state.offset !== offset) state = { offset, hash: await this.hashOnDisk(id, offset) };
    this.hashes.delete(id);
    const hash = state.hash;
    let counted = 0;
    const tee = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        counted += chunk.length;
        done(null, chunk);
      },
    });
    readable.once('error', (error) => tee.destroy(error));
    readable.pipe(tee);
    const next = await super.write(tee, id, offset);
    if (next - offset === counted) this.hashes.set(id, { offset: next, hash });
    return next;
  }

  /** The SHA-256 of a finished upload's bytes, as they arrived (rebuilt from disk after a restart). */
  async sha256(upload: Upload): Promise<string> {
    const state = this.hashes.get(upload.id);
    const hash = state && state.offset === upload.offset ? state.hash.copy() : await this.hashOnDisk(upload.id, upload.offset);
    return hash.digest('hex');
  }

  override async remove(id: string): Promise<void> {
    this.hashes.delete(id);
    await super.remove(id);
  }

  /** Deletes uploads older than the lifetime, finished (never attached) or not. */
  async deleteAbandoned(now = Date.now()): Promise<number> {
    const ids = (await this.configstore.list?.()) ?? [];
    let n = 0;
    for (const id of ids) {
      const info = await this.configstore.get(id).catch(() => undefined);
      if (!info?.creation_date || now - new Date(info.creation_date).getTime() <= UPLOAD_LIFETIME_MS) continue;
      await this.remove(id).catch(() => undefined);
      n++;
    }
    return n;
  }
}
