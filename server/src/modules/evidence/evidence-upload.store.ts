import crypto, { type Hash } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FileStore } from '@tus/file-store';
import type { Upload } from '@tus/server';
import { CHUNK_SIZE, TAG, sealChunkParts } from '../../core/crypto/chunked-aead';

/** An upload nobody attached within this time is deleted, finished or not. */
export const UPLOAD_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** An upload's bytes already sealed in the stored format, under a key of its own that only this process holds. */
export interface SealedUpload {
  blobId: string;
  key: Buffer;
  path: string;
}

/**
 * The sealed copy an upload grows while its bytes arrive: chunk i of the stored format holds plaintext bytes
 * i*CHUNK_SIZE.. and is sealed once, when its last byte has arrived (the upload's length says which chunk is
 * the last). Bytes of a chunk not yet complete are read back from the upload's file at the next PATCH.
 */
interface Sealing extends SealedUpload {
  size: number;
  chunks: number;
}

interface UploadState {
  /** Bytes of the upload file the hash (and the sealed chunks, up to a whole chunk) cover. */
  offset: number;
  hash: Hash;
  sealing: Sealing | null;
}

const chunkCount = (size: number) => Math.max(1, Math.ceil(size / CHUNK_SIZE));

/**
 * tus uploads in progress, on disk under DATA_DIR/uploads until attached. The SHA-256 is computed as the
 * bytes arrive: each PATCH feeds the running hash of its upload. After a restart, or when a PATCH was cut
 * off so that the hash saw bytes the file did not keep, the hash is rebuilt from the bytes on disk before
 * the next ones are added.
 *
 * The same bytes are sealed as they arrive into the format evidence is stored in (DATA_DIR/uploads/.sealed),
 * so that attaching a large file moves a finished sealed copy instead of reading the whole upload back to
 * encrypt it. The copy is a cache and never the record of an upload: its key lives in this process only, so
 * after a restart, or any PATCH whose bytes the copy and the file might not both hold, it is dropped and the
 * attach encrypts the upload file as before. The tus offset is the upload file's size, as ever.
 */
export class HashingUploadStore extends FileStore {
  private readonly states = new Map<string, UploadState>();
  private readonly sealedDir: string;

  constructor(readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    super({ directory: dir, expirationPeriodInMilliseconds: UPLOAD_LIFETIME_MS });
    this.sealedDir = path.join(dir, '.sealed');
    fs.mkdirSync(this.sealedDir, { recursive: true, mode: 0o700 });
  }

  pathOf(id: string): string {
    if (!/^[a-f0-9]{32}$/.test(id)) throw new Error('bad upload id');
    return path.join(this.dir, id);
  }

  private sealedPathOf(id: string): string {
    return path.join(this.sealedDir, path.basename(this.pathOf(id)));
  }

  private async hashOnDisk(id: string, length: number): Promise<Hash> {
    const hash = crypto.createHash('sha256');
    if (length > 0) await pipeline(fs.createReadStream(this.pathOf(id), { start: 0, end: length - 1 }), hash, { end: false });
    return hash;
  }

  private async dropSealed(id: string): Promise<void> {
    await fs.promises.rm(this.sealedPathOf(id), { force: true });
  }

  /** A new sealed copy for an upload that starts now, when its length is known. */
  private async startSealing(id: string): Promise<Sealing | null> {
    const info = await this.configstore.get(id).catch(() => undefined);
    if (info?.size === undefined || info.size === null) return null;
    return { blobId: crypto.randomUUID(), key: crypto.randomBytes(32), path: this.sealedPathOf(id), size: info.size, chunks: 0 };
  }

  override async write(readable: http.IncomingMessage | Readable, id: string, offset: number): Promise<number> {
    let state = this.states.get(id);
    this.states.delete(id);
    if (!state || state.offset !== offset) {
      if (state?.sealing || offset > 0) await this.dropSealed(id);
      state = { offset, hash: await this.hashOnDisk(id, offset), sealing: offset === 0 ? await this.startSealing(id) : null };
    }
    const { hash } = state;
    const sealer = state.sealing ? await ChunkSealer.open(state.sealing, this.pathOf(id), offset).catch(() => null) : null;
    if (state.sealing && !sealer) {
      state.sealing = null;
      await this.dropSealed(id);
    }
    let counted = 0;
    // One sealed write may be in flight while the next bytes go on to the upload file.
    let sealing: Promise<void> = Promise.resolve();
    const tee = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        counted += chunk.length;
        if (!sealer) return done(null, chunk);
        sealing.then(
          () => {
            sealing = sealer.add(chunk);
            // A failed sealed write only loses the copy; the upload goes on.
            sealing.catch(() => undefined);
            done(null, chunk);
          },
          () => done(null, chunk),
        );
      },
    });
    readable.once('error', (error) => tee.destroy(error));
    readable.pipe(tee);
    let next: number;
    try {
      next = await super.write(tee, id, offset);
    } finally {
      if (sealer) {
        const added = await sealing.then(() => true, () => false);
        const closed = await sealer.close();
        if (!added || !closed) state.sealing = null;
      }
    }
    // The bytes the copy sealed are those the file kept only when the file kept all the hash saw.
    if (next - offset === counted) this.states.set(id, { offset: next, hash, sealing: state.sealing });
    if (sealer && (!state.sealing || next - offset !== counted)) await this.dropSealed(id);
    return next;
  }

  /** The SHA-256 of a finished upload's bytes, as they arrived (rebuilt from disk after a restart). */
  async sha256(upload: Upload): Promise<string> {
    const state = this.states.get(upload.id);
    const hash = state && state.offset === upload.offset ? state.hash.copy() : await this.hashOnDisk(upload.id, upload.offset);
    return hash.digest('hex');
  }

  /**
   * The finished upload's sealed copy, when this process sealed every byte the upload file holds. Handed out
   * once: whoever takes it stores it (moving the file) or leaves it to be deleted with the upload, and a
   * second attach of the same upload encrypts the upload file.
   */
  takeSealed(upload: Upload): SealedUpload | null {
    const s = this.states.get(upload.id);
    const sealing = s?.sealing;
    if (!sealing) return null;
    s.sealing = null;
    if (s.offset !== upload.offset || upload.offset !== upload.size || sealing.size !== upload.size || sealing.chunks !== chunkCount(sealing.size)) return null;
    return { blobId: sealing.blobId, key: sealing.key, path: sealing.path };
  }

  override async remove(id: string): Promise<void> {
    this.states.delete(id);
    await this.dropSealed(id);
    await super.remove(id);
  }

  /**
   * Deletes uploads older than the lifetime, finished (never attached) or not, and sealed copies left behind:
   * a copy whose upload is gone (a crash between attach and clean-up, an info file removed by hand) or that
   * is older than the lifetime and not this process's own. Its key died with the process that made it, so
   * such a copy is unreadable noise, but it is an upload's bytes all the same and must not stay on disk.
   */
  async deleteAbandoned(now = Date.now()): Promise<number> {
    const ids = (await this.configstore.list?.()) ?? [];
    let n = 0;
    const live = new Set<string>();
    for (const id of ids) {
      const info = await this.configstore.get(id).catch(() => undefined);
      if (!info?.creation_date || now - new Date(info.creation_date).getTime() <= UPLOAD_LIFETIME_MS) {
        live.add(id);
        continue;
      }
      await this.remove(id).catch(() => undefined);
      n++;
    }
    for (const name of await fs.promises.readdir(this.sealedDir)) {
      if (!live.has(name)) this.states.delete(name);
      else if (this.states.get(name)?.sealing) continue;
      const file = path.join(this.sealedDir, name);
      const stat = await fs.promises.stat(file).catch(() => null);
      if (!stat || (live.has(name) && now - stat.mtimeMs <= UPLOAD_LIFETIME_MS)) continue;
      await fs.promises.rm(file, { force: true });
      n++;
    }
    return n;
  }
}

/** Seals one PATCH's bytes into an upload's sealed copy, whole chunks only. */
class ChunkSealer {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private failed = false;

  private constructor(
    private readonly s: Sealing,
    private readonly handle: fs.promises.FileHandle,
  ) {}

  /** Opens the copy and reads back the bytes of the incomplete chunk the previous PATCH left in the upload file. */
  static async open(s: Sealing, uploadFile: string, offset: number): Promise<ChunkSealer> {
    const from = s.chunks * CHUNK_SIZE;
    if (from > offset || offset - from >= CHUNK_SIZE) throw new Error('sealed copy out of step');
    const handle = await fs.promises.open(s.path, s.chunks === 0 && offset === 0 ? 'w' : 'r+', 0o600);
    const sealer = new ChunkSealer(s, handle);
    if (offset > from) {
      const gap = Buffer.allocUnsafe(offset - from);
      const file = await fs.promises.open(uploadFile, 'r');
      try {
        const { bytesRead } = await file.read(gap, 0, gap.length, from);
        if (bytesRead !== gap.length) throw new Error('upload file shorter than its offset');
      } finally {
        await file.close();
      }
      sealer.pending.push(gap);
      sealer.pendingBytes = gap.length;
    } else if (s.chunks === chunkCount(s.size)) {
      throw new Error('sealed copy already complete');
    }
    return sealer;
  }

  async add(chunk: Buffer): Promise<void> {
    if (this.failed) return;
    try {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      const end = this.s.chunks * CHUNK_SIZE + this.pendingBytes;
      if (end > this.s.size) throw new Error('more bytes than the upload length');
      while (this.pendingBytes >= CHUNK_SIZE || (end === this.s.size && this.pendingBytes > 0)) {
        const n = Math.min(CHUNK_SIZE, this.pendingBytes);
        const all = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
        const rest = all.subarray(n);
        this.pending = rest.length ? [rest] : [];
        this.pendingBytes = rest.length;
        const index = this.s.chunks;
        const last = index === chunkCount(this.s.size) - 1;
        const parts = sealChunkParts(this.s.key, this.s.blobId, index, last, all.subarray(0, n));
        const { bytesWritten } = await this.handle.writev(parts, index * (CHUNK_SIZE + TAG));
        if (bytesWritten !== parts[0].length + parts[1].length) throw new Error('short write to the sealed copy');
        this.s.chunks++;
        if (last) break;
      }
    } catch (error) {
      this.failed = true;
      throw error;
    }
  }

  /** Closes the copy; false when a sealed write failed (the copy is then of no use). */
  async close(): Promise<boolean> {
    await this.handle.close().catch(() => (this.failed = true));
    return !this.failed;
  }
}
