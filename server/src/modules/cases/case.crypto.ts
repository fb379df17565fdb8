import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { open, seal } from '../../core/crypto/secret-box';

const keyAad = (organisationId: string) => `organisation_keys:${organisationId}:wrapped_key`;
export const personAad = (personId: string, column: 'full_name' | 'birth_year' | 'contact') => `case_person_private:${personId}:${column}`;

// Unwrapping is cheap but not free; a wrapped key never changes, so its plaintext is cached by its
// ciphertext, per master key (a cache hit must never stand in for a successful unwrap under another key).
const unwrapped = new WeakMap<Buffer, Map<string, Buffer>>();

export function unwrapDataKey(masterKey: Buffer, organisationId: string, wrapped: string): Buffer {
  let cache = unwrapped.get(masterKey);
  if (!cache) unwrapped.set(masterKey, (cache = new Map()));
  const cacheKey = `${organisationId}:${wrapped}`;
  let key = cache.get(cacheKey);
  if (!key) {
    key = open(masterKey, wrapped, keyAad(organisationId));
    cache.set(cacheKey, key);
  }
  return key;
}

/** The organisation's data key, created (and wrapped by the master key) on first use. */
export async function dataKeyFor(db: EntityManager, masterKey: Buffer, organisationId: string): Promise<Buffer> {
  const read = async () =>
    ((await db.query(`SELECT wrapped_key FROM organisation_keys WHERE organisation_id = $1`, [organisationId])) as { wrapped_key: string }[])[0];
  let row = await read();
  if (!row) {
    const wrapped = seal(masterKey, crypto.randomBytes(32), keyAad(organisationId));
    // A concurrent first use may win the race: whichever key committed first is the key.
    await db.query(`INSERT INTO organisation_keys (organisation_id, wrapped_key) VALUES ($1, $2) ON CONFLICT (organisation_id) DO NOTHING`, [
      organisationId,
      wrapped,
    ]);
    row = await read();
  }
  return unwrapDataKey(masterKey, organisationId, row.wrapped_key);
}
