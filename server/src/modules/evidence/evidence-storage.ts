import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';

/** Where encrypted evidence lives. Keys are opaque random names; nothing in them says what a file is. */
export interface EvidenceStorage {
  /** Stores the stream under `key`; nothing is visible under it until the whole stream is stored. */
  put(key: string, body: Readable, length: number): Promise<void>;
  /** Stores a finished file of `length` bytes under `key`, taking the file away (moved when it can be). */
  putFile(key: string, file: string, length: number): Promise<void>;
  /** Bytes `from..to` (inclusive) of what is stored under `key`. */
  get(key: string, from: number, to: number): Promise<Readable>;
  delete(key: string): Promise<void>;
}

export class LocalEvidenceStorage implements EvidenceStorage {
  constructor(private readonly dir: string) {}

  private file(key: string): string {
    if (!/^[a-f0-9-]{16,}$/.test(key)) throw new Error('bad storage key');
    return path.join(this.dir, key.slice(0, 2), key);
  }

  async put(key: string, body: Readable, _length: number): Promise<void> {
    const file = this.file(key);
    await fs.promises.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    const temp = `${file}.${crypto.randomBytes(6).toString('hex')}.part`;
    try {
      await pipeline(body, fs.createWriteStream(temp, { mode: 0o600 }));
      await fs.promises.rename(temp, file);
    } catch (error) {
      await fs.promises.rm(temp, { force: true });
      throw error;
    }
  }

  async putFile(key: string, file: string, length: number): Promise<void> {
    const target = this.file(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    try {
      await fs.promises.rename(file, target);
    } catch (error) {
      // Another file system: copied whole under a temporary name first, like any stored stream.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await this.put(key, fs.createReadStream(file), length);
      await fs.promises.rm(file, { force: true });
    }
  }

  async get(key: string, from: number, to: number): Promise<Readable> {
    const handle = await fs.promises.open(this.file(key), 'r');
    return handle.createReadStream({ start: from, end: to });
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.file(key), { force: true });
  }

  /** For tests that tamper with stored bytes. */
  pathOf(key: string): string {
    return this.file(key);
  }
}

/**
 * An S3-compatible bucket. `http(s)://ACCESS:SECRET@host:port/bucket/prefix` addresses a self-hosted server
 * path-style (MinIO, Garage, s3rver); `s3://bucket/prefix` is AWS with credentials from the environment.
 */
export class S3EvidenceStorage implements EvidenceStorage {
  // The SDK is loaded only by a server that stores evidence in S3, not by every start.
  private readonly sdk = import('@aws-sdk/client-s3');
  private readonly client: Promise<S3Client>;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(url: string) {
    const u = new URL(url);
    const parts = (u.protocol === 's3:' ? `${u.host}${u.pathname}` : u.pathname.slice(1)).split('/').filter(Boolean);
    const bucket = parts.shift();
    if (!bucket) throw new Error('EVIDENCE_S3_URL names no bucket');
    this.bucket = bucket;
    this.prefix = parts.length ? `${parts.join('/')}/` : '';
    this.client = this.sdk.then(({ S3Client }) =>
      u.protocol === 's3:'
        ? new S3Client({})
        : new S3Client({
            endpoint: `${u.protocol}//${u.host}`,
            forcePathStyle: true,
            // Self-hosted servers may not know the SDK's newer default checksums (aws-chunked trailers).
            requestChecksumCalculation: 'WHEN_REQUIRED',
            responseChecksumValidation: 'WHEN_REQUIRED',
            region: process.env.AWS_REGION ?? 'us-east-1',
            credentials: { accessKeyId: decodeURIComponent(u.username), secretAccessKey: decodeURIComponent(u.password) },
          }),
    );
  }

  async put(key: string, body: Readable, length: number): Promise<void> {
    // One streamed PUT of known length (S3 takes up to 5 GiB so, above EVIDENCE_MAX_BYTES' default): memory stays flat.
    const { PutObjectCommand } = await this.sdk;
    await (await this.client).send(new PutObjectCommand({ Bucket: this.bucket, Key: this.prefix + key, Body: body, ContentLength: length }));
  }

  async putFile(key: string, file: string, length: number): Promise<void> {
    await this.put(key, fs.createReadStream(file), length);
    await fs.promises.rm(file, { force: true });
  }

  async get(key: string, from: number, to: number): Promise<Readable> {
    const { GetObjectCommand } = await this.sdk;
    const out = await (await this.client).send(new GetObjectCommand({ Bucket: this.bucket, Key: this.prefix + key, Range: `bytes=${from}-${to}` }));
    if (!(out.Body instanceof Readable)) throw new Error('S3 answered without a body');
    return out.Body;
  }

  async delete(key: string): Promise<void> {
    const { DeleteObjectCommand } = await this.sdk;
    await (await this.client).send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.prefix + key }));
  }

  destroy(): void {
    void this.client.then((client) => client.destroy());
  }
}

export function createEvidenceStorage(config: { EVIDENCE_S3_URL?: string; evidenceDir: string }): EvidenceStorage {
  return config.EVIDENCE_S3_URL ? new S3EvidenceStorage(config.EVIDENCE_S3_URL) : new LocalEvidenceStorage(config.evidenceDir);
}
