import crypto from 'node:crypto';
import { open, seal } from '../../core/crypto/secret-box';
import type { Sql } from '../../core/db/session-kysely';

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
export async function dataKeyFor(db: Sql, masterKey: Buffer, organisationId: string): Promise<Buffer> {
  const read = () => db.selectFrom('organisation_keys').select('wrapped_key').where('organisation_id', '=', organisationId).executeTakeFirst();
  let row = await read();
  if (!row) {
    const wrapped = seal(masterKey, crypto.randomBytes(32), keyAad(organisationId));
    // A concurrent first use may win the race: whichever key committed first is the key.
    await db
      .insertInto('organisation_keys')
      .values({ organisation_id: organisationId, wrapped_key: wrapped })
      .onConflict((oc) => oc.column('organisation_id').doNothing())
      .execute();
    row = await read();
  }
  if (!row) throw new Error('the organisation key is not readable');
  return unwrapDataKey(masterKey, organisationId, row.wrapped_key);
}
