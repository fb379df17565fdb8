import crypto from 'node:crypto';
import { open, seal } from '../../core/crypto/secret-box';
import type { Sql } from '../../core/db/session-kysely';

/**
 * Every version of an organisation's key is wrapped under the same AAD: a version swapped for another only
 * yields a key that opens none of the rows sealed under the right one (GCM refuses them).
 */
export const organisationKeyAad = (organisationId: string) => `organisation_keys:${organisationId}:wrapped_key`;
const keyAad = organisationKeyAad;
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

/**
 * The organisation's current data key (its newest version) and that version, which whatever is sealed with it
 * records; created (version 1, wrapped by the master key) on first use.
 */
export async function dataKeyFor(db: Sql, masterKey: Buffer, organisationId: string): Promise<{ key: Buffer; version: number }> {
  const read = () =>
    db
      .selectFrom('organisation_keys')
      .select(['wrapped_key', 'version'])
      .where('organisation_id', '=', organisationId)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
  let row = await read();
  if (!row) {
    const wrapped = seal(masterKey, crypto.randomBytes(32), keyAad(organisationId));
    // A concurrent first use may win the race: whichever key committed first is the key.
    await db
      .insertInto('organisation_keys')
      // No version: the application role may insert only the first (its default), later ones are the operator's.
      .values({ organisation_id: organisationId, wrapped_key: wrapped })
      .onConflict((oc) => oc.columns(['organisation_id', 'version']).doNothing())
      .execute();
    row = await read();
  }
  if (!row) throw new Error('the organisation key is not readable');
  return { key: unwrapDataKey(masterKey, organisationId, row.wrapped_key), version: row.version };
}

/** One version of the organisation's data key: the one a sealed row names. */
export async function dataKeyVersion(db: Sql, masterKey: Buffer, organisationId: string, version: number): Promise<Buffer> {
  const row = await db
    .selectFrom('organisation_keys')
    .select('wrapped_key')
    .where('organisation_id', '=', organisationId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) throw new Error('the organisation key is not readable');
  return unwrapDataKey(masterKey, organisationId, row.wrapped_key);
}

/** A person key is wrapped under its organisation key's version: a key moved to another person or version fails to open. */
export const personKeyAad = (personId: string, version: number) => `person_keys:${personId}:${version}`;

/** A new person's own data key and its wrapping by the organisation key of `version`. */
export function newPersonKey(orgKey: Buffer, personId: string, version: number): { key: Buffer; wrapped: string } {
  const key = crypto.randomBytes(32);
  return { key, wrapped: seal(orgKey, key, personKeyAad(personId, version)) };
}

// Not cached: one GCM open of 32 bytes costs microseconds, and a cache over every person read would grow with the
// database and keep an erased person's key in memory.
export const unwrapPersonKey = (orgKey: Buffer, personId: string, version: number, wrapped: string): Buffer =>
  open(orgKey, wrapped, personKeyAad(personId, version));

/**
 * What a person's sealed fields are opened with: their own key when the row names no organisation key version
 * (null when that key is gone: erased, or a restore without it), else the organisation key that sealed them.
 */
export function personFieldsKey(
  masterKey: Buffer,
  r: { personId: string; organisationId: string; orgWrappedKey: string; rowKeyVersion: number | null; personWrappedKey: string | null; personKeyVersion: number | null },
): Buffer | null {
  const orgKey = unwrapDataKey(masterKey, r.organisationId, r.orgWrappedKey);
  if (r.rowKeyVersion !== null) return orgKey;
  if (r.personWrappedKey === null || r.personKeyVersion === null) return null;
  return unwrapPersonKey(orgKey, r.personId, r.personKeyVersion, r.personWrappedKey);
}
