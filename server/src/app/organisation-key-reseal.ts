import crypto from 'node:crypto';
import { open, seal } from '../core/crypto/secret-box';
import type { Sql } from '../core/db/session-kysely';
import { organisationKeyAad, personAad, personKeyAad, unwrapDataKey } from '../modules/cases';
import { blobKeyAad } from '../modules/evidence';
import { CliError } from './cli/cli-args';

/*
 * Re-sealing an organisation's data under a new version of its key: used by the operator's
 * `rotate-organisation-key` (batch by batch, resumable) and by a first start from the build's demo
 * template (all at once, see seed/demo-template.ts). One copy of what is sealed under an organisation key.
 */

/** Every version of the organisation's key, unwrapped; the master key must open each (or nothing is changed). */
export function unwrapAll(
  masterKey: Buffer,
  organisationId: string,
  rows: { version: number; wrapped_key: string }[],
): Map<number, Buffer> {
  const keys = new Map<number, Buffer>();
  for (const row of rows) {
    try {
      keys.set(row.version, unwrapDataKey(masterKey, organisationId, row.wrapped_key));
    } catch {
      throw new CliError(
        `version ${row.version} of the organisation's key does not open with the current master key: nothing was changed (is the right key configured?)`,
      );
    }
  }
  return keys;
}

/** `sealed` opened with version `from` and sealed again with `to`; `toAad` when the AAD names the version (a person's key). */
export const reopen = (
  keys: Map<number, Buffer>,
  from: number,
  to: Buffer,
  sealed: string,
  aad: string,
  what: string,
  toAad = aad,
): string => {
  const old = keys.get(from);
  if (!old) throw new CliError(`${what} names key version ${from}, which does not exist`);
  try {
    return seal(to, open(old, sealed, aad), toAad);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      `${what} does not open with key version ${from}: stopped, the batches before it are kept (run again after checking it)`,
    );
  }
};

/**
 * One batch of the organisation's persons sealed before persons had keys of their own (key_version set; the boot
 * gives them keys, so only a database not yet started since has any) and not under `target`: re-sealed.
 */
export async function personsBatch(
  db: Sql,
  organisationId: string,
  keys: Map<number, Buffer>,
  target: number,
  limit: number,
): Promise<number> {
  const next = keys.get(target)!;
  const rows = await db
    .selectFrom('case_person_private')
    .select(['person_id', 'key_version', 'full_name', 'birth_year', 'contact'])
    .where('owner_organisation_id', '=', organisationId)
    .where('key_version', 'is not', null)
    .where('key_version', '<>', target)
    .orderBy('person_id')
    .limit(limit)
    .forUpdate()
    .execute();
  for (const r of rows) {
    const again = (sealed: string | null, column: 'full_name' | 'birth_year' | 'contact') =>
      sealed === null
        ? null
        : reopen(keys, r.key_version!, next, sealed, personAad(r.person_id, column), `person ${r.person_id}`);
    await db
      .updateTable('case_person_private')
      .set({
        full_name: again(r.full_name, 'full_name')!,
        birth_year: again(r.birth_year, 'birth_year'),
        contact: again(r.contact, 'contact'),
        key_version: target,
      })
      .where('person_id', '=', r.person_id)
      .execute();
  }
  return rows.length;
}

/**
 * One batch of the organisation's person keys not yet wrapped by `target`: each person's own key is re-wrapped
 * (their fields are sealed under it, which does not change, so none is rewritten). Only the wrapping changes:
 * the vault written by the next backup holds the new one.
 */
export async function personKeysBatch(
  db: Sql,
  organisationId: string,
  keys: Map<number, Buffer>,
  target: number,
  limit: number,
): Promise<number> {
  const next = keys.get(target)!;
  const rows = await db
    .selectFrom('person_keys')
    .select(['person_id', 'key_version', 'wrapped_key'])
    .where('organisation_id', '=', organisationId)
    .where('key_version', '<>', target)
    .orderBy('person_id')
    .limit(limit)
    .forUpdate()
    .execute();
  for (const r of rows) {
    const id = r.person_id;
    const wrapped = reopen(
      keys,
      r.key_version,
      next,
      r.wrapped_key,
      personKeyAad(id, r.key_version),
      `the key of person ${id}`,
      personKeyAad(id, target),
    );
    await db
      .updateTable('person_keys')
      .set({ wrapped_key: wrapped, key_version: target })
      .where('person_id', '=', r.person_id)
      .execute();
  }
  return rows.length;
}

/**
 * One batch of the organisation's evidence blobs not yet under `target`: each blob's own key is re-wrapped (the
 * stored chunks are encrypted under that per-blob key, which does not change, so no stored byte is rewritten).
 * A shredded blob (no key left) only moves to the new version.
 */
export async function evidenceBatch(
  db: Sql,
  organisationId: string,
  keys: Map<number, Buffer>,
  target: number,
  limit: number,
): Promise<number> {
  const next = keys.get(target)!;
  const rows = await db
    .selectFrom('evidence_blobs')
    .select(['id', 'key_version', 'wrapped_key'])
    .where('organisation_id', '=', organisationId)
    // A consent form's blobs are wrapped by its person's key (key_version NULL): re-wrapping the person key suffices.
    .where('key_version', 'is not', null)
    .where('key_version', '<>', target)
    .orderBy('id')
    .limit(limit)
    .forUpdate()
    .execute();
  for (const r of rows) {
    const wrapped =
      r.wrapped_key === null
        ? null
        : reopen(keys, r.key_version!, next, r.wrapped_key, blobKeyAad(r.id), `evidence blob ${r.id}`);
    await db.updateTable('evidence_blobs').set({ wrapped_key: wrapped, key_version: target }).where('id', '=', r.id).execute();
  }
  return rows.length;
}

export const left = async (db: Sql, organisationId: string, target: number) => {
  const persons = await db
    .selectFrom('case_person_private')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('owner_organisation_id', '=', organisationId)
    .where('key_version', 'is not', null)
    .where('key_version', '<>', target)
    .executeTakeFirstOrThrow();
  const personKeys = await db
    .selectFrom('person_keys')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('key_version', '<>', target)
    .executeTakeFirstOrThrow();
  const blobs = await db
    .selectFrom('evidence_blobs')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('key_version', '<>', target)
    .executeTakeFirstOrThrow();
  return { persons: Number(persons.n) + Number(personKeys.n), blobs: Number(blobs.n) };
};

/** A new version of the organisation's key, wrapped by the master key: the version rotation re-seals to. */
export async function addOrganisationKeyVersion(
  db: Sql,
  masterKey: Buffer,
  organisationId: string,
  newest: number,
): Promise<{ version: number; key: Buffer }> {
  const key = crypto.randomBytes(32);
  const version = newest + 1;
  await db
    .insertInto('organisation_keys')
    .values({ organisation_id: organisationId, version, wrapped_key: seal(masterKey, key, organisationKeyAad(organisationId)) })
    .execute();
  return { version, key };
}

/** Every batch of one kind, in order: what a rotation re-seals. */
export const RESEAL_BATCHES = [
  ['persons', personKeysBatch],
  ['persons', personsBatch],
  ['blobs', evidenceBatch],
] as const;

/**
 * The organisation's key replaced within the caller's transaction: a new version, everything re-sealed under
 * it, every older version deleted. For small data only (one transaction); the operator's command batches.
 */
export async function replaceOrganisationKey(
  db: Sql,
  masterKey: Buffer,
  organisationId: string,
): Promise<{ persons: number; blobs: number; deleted: number[] } | null> {
  const rows = await db
    .selectFrom('organisation_keys')
    .select(['version', 'wrapped_key'])
    .where('organisation_id', '=', organisationId)
    .orderBy('version')
    .forUpdate()
    .execute();
  if (rows.length === 0) return null;
  const keys = unwrapAll(masterKey, organisationId, rows);
  const { version: target, key } = await addOrganisationKeyVersion(db, masterKey, organisationId, rows.at(-1)!.version);
  keys.set(target, key);
  const done = { persons: 0, blobs: 0 };
  for (const [what, batch] of RESEAL_BATCHES) {
    for (;;) {
      const n = await batch(db, organisationId, keys, target, ALL_AT_ONCE);
      if (n === 0) break;
      done[what] += n;
    }
  }
  const deleted = rows.map((r) => r.version);
  await db
    .deleteFrom('organisation_keys')
    .where('organisation_id', '=', organisationId)
    .where('version', 'in', deleted)
    .execute();
  return { ...done, deleted };
}

const ALL_AT_ONCE = 1_000_000;
