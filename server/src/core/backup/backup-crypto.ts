import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';

/** Every age file begins with this line (age-encryption.org/v1). */
export const AGE_MAGIC = Buffer.from('age-encryption.org/v1\n');

type Age = typeof import('age-encryption');

/**
 * age-encryption is an ES module: it is loaded when a backup is written or read, so loading the server
 * (or a test that never backs up) never needs it.
 */
const loadAge = (): Promise<Age> => import('age-encryption');

export function isAgeFile(file: string): boolean {
  const head = Buffer.alloc(AGE_MAGIC.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  return head.equals(AGE_MAGIC);
}

/** The identities (AGE-SECRET-KEY-1...) of an age identity file as `age-keygen` writes it; comments skipped. */
export function readIdentityFile(file: string): string[] {
  if (!fs.existsSync(file)) throw new Error(`identity file ${file} does not exist`);
  const identities = fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (identities.length === 0 || !identities.every((i) => /^AGE-SECRET-KEY-(PQ-)?1[0-9A-Z]+$/.test(i))) {
    throw new Error(`${file} holds no age identity (a line AGE-SECRET-KEY-1...)`);
  }
  return identities;
}

/** A new X25519 identity and its recipient, for operators without the age tool and for the tests. */
export async function generateIdentity(): Promise<{ identity: string; recipient: string }> {
  const age = await loadAge();
  const identity = await age.generateIdentity();
  return { identity, recipient: await age.identityToRecipient(identity) };
}

/**
 * Streams `source` into `out`, encrypted to every recipient: what is written never holds a plaintext byte,
 * and memory stays constant whatever the size of the dump. `out` is created (never overwritten) with mode 0600.
 */
export async function writeEncrypted(source: Readable, recipients: string[], out: string, signal?: AbortSignal): Promise<void> {
  const age = await loadAge();
  const encrypter = new age.Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
  const encrypted = await encrypter.encrypt(Readable.toWeb(source) as unknown as ReadableStream<Uint8Array>);
  await writeNewFile(Readable.fromWeb(encrypted as unknown as WebReadableStream<Uint8Array>), out, signal);
}

/**
 * Streams `source` into a new file `out` (mode 0600, never overwriting). When it fails or is aborted, it
 * resolves only once the file is closed: the file's open may still be under way, and a caller that removes
 * the file before it completes would leave it behind.
 */
export async function writeNewFile(source: Readable, out: string, signal?: AbortSignal): Promise<void> {
  const sink = fs.createWriteStream(out, { mode: 0o600, flags: 'wx' });
  try {
    await pipeline(source, sink, { signal });
  } catch (error) {
    if (!sink.closed) await once(sink, 'close');
    throw error;
  }
}

/** The plaintext of an age file as a stream; a wrong identity or a changed byte fails (age authenticates every chunk). */
export async function readDecrypted(file: string, identities: string[]): Promise<Readable> {
  const age = await loadAge();
  const decrypter = new age.Decrypter();
  for (const identity of identities) decrypter.addIdentity(identity);
  try {
    const plain = await decrypter.decrypt(Readable.toWeb(fs.createReadStream(file)) as unknown as ReadableStream<Uint8Array>);
    return Readable.fromWeb(plain as unknown as WebReadableStream<Uint8Array>);
  } catch (error) {
    throw new Error(`cannot decrypt ${file} with the given identity: ${error instanceof Error ? error.message : String(error)}`);
  }
}
