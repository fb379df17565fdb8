import crypto from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/** Plaintext bytes per chunk; each stored chunk is this plus a 16-byte GCM tag. */
export const CHUNK_SIZE = 1024 * 1024;
export const TAG = 16;

/**
 * The nonce is the chunk's index (a key encrypts one file once, so an index never repeats under a key);
 * the AAD names the file, the index and whether the chunk is the last: a chunk moved to another file or
 * position, or a file cut short, fails to authenticate.
 */
function nonce(index: number): Buffer {
  const iv = Buffer.alloc(12);
  iv.writeBigUInt64BE(BigInt(index), 4);
  return iv;
}
const aad = (fileId: string, index: number, last: boolean) => Buffer.from(`coalition-evidence:v1:${fileId}:${index}:${last ? 1 : 0}`, 'utf8');

export const storedSize = (size: number, chunkSize = CHUNK_SIZE): number => (Math.max(1, Math.ceil(size / chunkSize)) * TAG) + size;

export function sealChunk(key: Buffer, fileId: string, index: number, last: boolean, plain: Buffer): Buffer {
  return Buffer.concat(sealChunkParts(key, fileId, index, last, plain));
}

/** A sealed chunk as its ciphertext and tag, for writers that write both without joining them first. */
export function sealChunkParts(key: Buffer, fileId: string, index: number, last: boolean, plain: Buffer): [Buffer, Buffer] {
  const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce(index));
  cipher.setAAD(aad(fileId, index, last));
  const sealed = cipher.update(plain);
  const rest = cipher.final();
  return [rest.length ? Buffer.concat([sealed, rest]) : sealed, cipher.getAuthTag()];
}

export function openChunk(key: Buffer, fileId: string, index: number, last: boolean, sealed: Buffer): Buffer {
  if (sealed.length < TAG) throw new Error('chunk too short');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, nonce(index));
  decipher.setAAD(aad(fileId, index, last));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
  return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG)), decipher.final()]);
}

/** Encrypts a stream of `size` plaintext bytes into sealed chunks, holding at most one chunk. */
export class EncryptStream extends Transform {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private index = 0;
  private seen = 0;

  constructor(
    private readonly key: Buffer,
    private readonly fileId: string,
    private readonly size: number,
    private readonly chunkSize = CHUNK_SIZE,
  ) {
    super();
  }

  override _transform(data: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.seen += data.length;
    if (this.seen > this.size) return done(new Error('more bytes than declared'));
    this.pending.push(data);
    this.pendingBytes += data.length;
    while (this.pendingBytes >= this.chunkSize && (this.pendingBytes > this.chunkSize || this.seen < this.size)) this.emitChunk(this.chunkSize);
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.seen !== this.size) return done(new Error('fewer bytes than declared'));
    while (this.pendingBytes > this.chunkSize) this.emitChunk(this.chunkSize);
    this.emitChunk(this.pendingBytes, true);
    done();
  }

  private emitChunk(n: number, last = false): void {
    const all = Buffer.concat(this.pending);
    const plain = all.subarray(0, n);
    const rest = all.subarray(n);
    this.pending = rest.length ? [rest] : [];
    this.pendingBytes = rest.length;
    this.push(sealChunk(this.key, this.fileId, this.index++, last, plain));
  }
}

/**
 * Decrypts sealed chunks `first..` of a file of `size` plaintext bytes and passes on plaintext bytes
 * `skip..skip+length` of what they hold. A chunk that fails to authenticate ends the stream with an error
 * before any of its bytes are passed on.
 */
export class DecryptStream extends Transform {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private index: number;
  private readonly lastIndex: number;
  private toSkip: number;
  private toSend: number;

  constructor(
    private readonly key: Buffer,
    private readonly fileId: string,
    size: number,
    range: { first: number; skip: number; length: number },
    private readonly chunkSize = CHUNK_SIZE,
  ) {
    super();
    this.index = range.first;
    this.lastIndex = Math.max(1, Math.ceil(size / chunkSize)) - 1;
    this.toSkip = range.skip;
    this.toSend = range.length;
  }

  override _transform(data: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.pending.push(data);
    this.pendingBytes += data.length;
    try {
      while (this.pendingBytes >= this.chunkSize + TAG && this.toSend > 0) this.openNext(this.chunkSize + TAG);
    } catch (error) {
      return done(error as Error);
    }
    done();
  }

  override _flush(done: TransformCallback): void {
    try {
      if (this.toSend > 0 && this.pendingBytes > 0) this.openNext(this.pendingBytes);
      if (this.toSend > 0) throw new Error('stored file is shorter than its record');
    } catch (error) {
      return done(error as Error);
    }
    done();
  }

  private openNext(n: number): void {
    const all = Buffer.concat(this.pending);
    const sealed = all.subarray(0, n);
    const rest = all.subarray(n);
    this.pending = rest.length ? [rest] : [];
    this.pendingBytes = rest.length;
    let plain = openChunk(this.key, this.fileId, this.index, this.index === this.lastIndex, sealed);
    this.index++;
    if (this.toSkip) {
      plain = plain.subarray(Math.min(this.toSkip, plain.length));
      this.toSkip = 0;
    }
    if (plain.length > this.toSend) plain = plain.subarray(0, this.toSend);
    this.toSend -= plain.length;
    if (plain.length) this.push(plain);
  }
}

/** Which stored bytes hold plaintext bytes start..end (inclusive), and what to keep of them. */
export function storedRange(size: number, start: number, end: number, chunkSize = CHUNK_SIZE): { from: number; to: number; first: number; skip: number; length: number } {
  const first = Math.floor(start / chunkSize);
  const last = Math.max(first, Math.floor(Math.max(end, 0) / chunkSize));
  const total = storedSize(size, chunkSize);
  return {
    from: first * (chunkSize + TAG),
    to: Math.min((last + 1) * (chunkSize + TAG), total) - 1,
    first,
    skip: start - first * chunkSize,
    length: size === 0 ? 0 : end - start + 1,
  };
}
