import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import readline from 'node:readline';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import type { Logger } from '../observability/logger';
import { keyVaultFailuresTotal } from '../observability/metrics';
import { isAgeFile, readDecrypted, writeEncrypted } from './backup-crypto';

/**
 * The key vault: every person's own data key (table person_keys, wrapped by an organisation key) and the
 * organisation key versions that wrap them (wrapped by the master key), outside the database dumps. Backups leave
 * person_keys out; restore = any dump + the current vault. Deleting a person's key (erasure) and rewriting the
 * vault makes that person unreadable in every backup taken before, whoever holds the master key.
 * The file is JSON lines, age-encrypted to the backup recipients (the server holds only their public keys: it
 * writes the vault and cannot read it), written to a temporary file, fsynced and renamed over the old one.
 */
export const KEY_VAULT_NAME = 'coalition-keys.age';

export type VaultEntry =
  | { kind: 'organisation'; organisationId: string; version: number; wrappedKey: string }
  | { kind: 'person'; personId: string; organisationId: string; version: number; wrappedKey: string };

const HEADER = { coalitionKeyVault: 1 } as const;

/** Runs a query and returns its rows: a pg Client's, a TypeORM DataSource's, a PGlite's, adapted by the caller. */
export type RowQuery = <R>(text: string, params: unknown[]) => Promise<R[]>;

const PAGE = 5000;

/** Every row the vault holds, read page by page (keyset) so that memory stays flat at a million persons. */
export async function* vaultEntries(query: RowQuery): AsyncGenerator<VaultEntry> {
  const orgKeys = await query<{ organisation_id: string; version: number; wrapped_key: string }>(
    'SELECT organisation_id, version, wrapped_key FROM organisation_keys ORDER BY organisation_id, version',
    [],
  );
  for (const k of orgKeys) yield { kind: 'organisation', organisationId: k.organisation_id, version: k.version, wrappedKey: k.wrapped_key };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await query<{ person_id: string; organisation_id: string; key_version: number; wrapped_key: string }>(
      `SELECT person_id, organisation_id, key_version, wrapped_key FROM person_keys WHERE person_id > $1 ORDER BY person_id LIMIT ${PAGE}`,
      [after],
    );
    for (const r of rows) yield { kind: 'person', personId: r.person_id, organisationId: r.organisation_id, version: r.key_version, wrappedKey: r.wrapped_key };
    if (rows.length < PAGE) return;
    after = rows.at(-1)!.person_id;
  }
}

async function* lines(entries: AsyncIterable<VaultEntry>): AsyncGenerator<Buffer> {
  yield Buffer.from(JSON.stringify({ ...HEADER, writtenAt: new Date().toISOString() }) + '\n');
  for await (const e of entries) yield Buffer.from(JSON.stringify(e) + '\n');
}

/**
 * Writes the vault at `file` atomically: the entries go to a temporary file beside it (encrypted as they are
 * written when there are recipients), which is fsynced and renamed over `file`, and the directory fsynced. A
 * failure or a crash at any point leaves the old vault whole (and at most a temporary file, removed on failure).
 * Without recipients (`unencrypted`, a drill like an unencrypted backup) the file holds wrapped keys only.
 */
export async function writeKeyVault(file: string, entries: AsyncIterable<VaultEntry>, options: { recipients: string[]; unencrypted?: boolean }): Promise<void> {
  if (options.recipients.length === 0 && !options.unencrypted) throw new Error('the key vault is encrypted to BACKUP_RECIPIENT, which is not set');
  const target = path.resolve(file);
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const temporary = path.join(dir, `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.partial`);
  try {
    const source = Readable.from(lines(entries));
    if (options.recipients.length > 0) await writeEncrypted(source, options.recipients, temporary);
    else await pipeline(source, fs.createWriteStream(temporary, { mode: 0o600, flags: 'wx' }));
    const fd = fs.openSync(temporary, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  const dirFd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(dirFd);
  } finally {
    fs.closeSync(dirFd);
  }
}

/** The entries of a vault file, one by one (decrypted with the identities when it is an age file); a damaged file fails. */
export async function* keyVaultEntries(file: string, identities: string[]): AsyncGenerator<VaultEntry> {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new Error(`the key vault ${source} does not exist`);
  const encrypted = isAgeFile(source);
  if (encrypted && identities.length === 0) throw new Error(`the key vault ${source} is encrypted with age: give the private key's file with --identity FILE`);
  const stream = encrypted ? await readDecrypted(source, identities) : fs.createReadStream(source);
  let header = false;
  for await (const line of readline.createInterface({ input: stream, crlfDelay: Infinity })) {
    if (line === '') continue;
    const value = JSON.parse(line) as VaultEntry | typeof HEADER;
    if (!header) {
      if (!('coalitionKeyVault' in value) || value.coalitionKeyVault !== 1) throw new Error(`${source} is not a Coalition key vault`);
      header = true;
      continue;
    }
    if (!('kind' in value) || (value.kind !== 'person' && value.kind !== 'organisation') || typeof value.wrappedKey !== 'string') {
      throw new Error(`${source} holds a line that is not a key`);
    }
    yield value;
  }
  if (!header) throw new Error(`${source} is not a Coalition key vault`);
}

/** The entries of a vault file, all in memory (a restore loads them in one transaction); a damaged file fails whole. */
export async function readKeyVault(file: string, identities: string[]): Promise<VaultEntry[]> {
  const entries: VaultEntry[] = [];
  for await (const e of keyVaultEntries(file, identities)) entries.push(e);
  return entries;
}

/**
 * Loads a vault's keys into a restored database: the organisation key versions it lacks, then the person keys of
 * persons it holds (a person erased after the dump has no key in a vault written after the erasure: it stays
 * unreadable). In one transaction of the caller's.
 */
export async function loadKeyVault(query: RowQuery, entries: VaultEntry[]): Promise<{ persons: number; organisationKeys: number }> {
  const orgs = entries.filter((e) => e.kind === 'organisation');
  const persons = entries.filter((e) => e.kind === 'person');
  const orgRows = await query<{ n: number }>(
    `WITH added AS (
       INSERT INTO organisation_keys (organisation_id, version, wrapped_key)
       SELECT t.organisation_id, t.version, t.wrapped_key
         FROM jsonb_to_recordset($1::jsonb) AS t(organisation_id uuid, version int, wrapped_key text)
        WHERE EXISTS (SELECT 1 FROM organisations o WHERE o.id = t.organisation_id)
       ON CONFLICT (organisation_id, version) DO NOTHING RETURNING 1)
     SELECT count(*)::int AS n FROM added`,
    [JSON.stringify(orgs.map((o) => ({ organisation_id: o.organisationId, version: o.version, wrapped_key: o.wrappedKey })))],
  );
  let loaded = 0;
  for (let i = 0; i < persons.length; i += PAGE) {
    const page = persons.slice(i, i + PAGE);
    const rows = await query<{ n: number }>(
      `WITH added AS (
         INSERT INTO person_keys (person_id, organisation_id, key_version, wrapped_key)
         SELECT t.person_id, t.organisation_id, t.key_version, t.wrapped_key
           FROM jsonb_to_recordset($1::jsonb) AS t(person_id uuid, organisation_id uuid, key_version int, wrapped_key text)
          WHERE EXISTS (SELECT 1 FROM case_persons p WHERE p.id = t.person_id)
            AND EXISTS (SELECT 1 FROM organisation_keys k WHERE k.organisation_id = t.organisation_id AND k.version = t.key_version)
         ON CONFLICT (person_id) DO NOTHING RETURNING 1)
       SELECT count(*)::int AS n FROM added`,
      [JSON.stringify(page.map((p) => ({ person_id: p.personId, organisation_id: p.organisationId, key_version: p.version, wrapped_key: p.wrappedKey })))],
    );
    loaded += rows[0]?.n ?? 0;
  }
  return { persons: loaded, organisationKeys: orgRows[0]?.n ?? 0 };
}

/**
 * The running server's side of the vault: after an erasure committed, BACKUP_DIR's vault is rewritten without the
 * erased key. Rewrites never overlap; requests made while one runs are served by one more run after it. A failure
 * is logged and counted (coalition_key_vault_failures_total): the erasure stands in the database, and the next
 * backup or erasure writes the vault again; until then the old vault still holds the key (docs/SECURITY.md).
 */
export class KeyVaultWriter {
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  constructor(
    private readonly file: string,
    private readonly recipients: string[],
    private readonly log: Logger,
    /** Runs `write` with the current keys, under whatever lock keeps vault writers in order. */
    private readonly withEntries: (write: (entries: AsyncIterable<VaultEntry>) => Promise<void>) => Promise<void>,
  ) {}

  /** Asks for a rewrite; resolves when one that began after this call has finished (never rejects). */
  rewrite(): Promise<void> {
    // One asked for while a rewrite runs may have missed its deletion: one more run follows, shared by all who ask meanwhile.
    if (this.running) {
      this.next ??= this.running.then(() => {
        this.next = null;
        return this.rewrite();
      });
      return this.next;
    }
    this.running = this.once().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Resolves when no rewrite is under way (the server waits for it before closing its pool). */
  async idle(): Promise<void> {
    while (this.running || this.next) await (this.next ?? this.running);
  }

  private async once(): Promise<void> {
    if (this.recipients.length === 0) {
      // Without a recipient the server cannot write a vault only the backup key opens; with none there, nothing holds the key.
      if (fs.existsSync(this.file)) {
        keyVaultFailuresTotal.inc();
        this.log.error({ vault: this.file }, 'key vault not rewritten: BACKUP_RECIPIENT is not set, and the old vault still holds erased keys');
      } else this.log.warn({ vault: this.file }, 'no key vault to rewrite (BACKUP_RECIPIENT is not set)');
      return;
    }
    try {
      await this.withEntries((entries) => writeKeyVault(this.file, entries, { recipients: this.recipients }));
      this.log.info({ vault: this.file }, 'key vault rewritten');
    } catch (error) {
      keyVaultFailuresTotal.inc();
      this.log.error({ err: error, vault: this.file }, 'key vault rewrite failed: the old vault still holds erased keys until the next backup or erasure');
    }
  }
}

/**
 * Every writer of a vault (the server after an erasure, a backup in any process) holds this session lock from
 * before it reads the keys until its vault is renamed into place: a writer that read before an erasure committed
 * then always renames before the erasure's own rewrite reads, so the last vault written never holds an erased key.
 */
export const VAULT_LOCK_SQL = `SELECT pg_advisory_lock(hashtext('coalition:key-vault'))`;
export const VAULT_UNLOCK_SQL = `SELECT pg_advisory_unlock(hashtext('coalition:key-vault'))`;

/** The running server's vault writer: BACKUP_DIR's vault, BACKUP_RECIPIENT's keys, read on one owner connection under the vault lock. */
export function serverKeyVault(config: Config, log: Logger, owner: DataSource): KeyVaultWriter {
  return new KeyVaultWriter(path.join(config.backupDir, KEY_VAULT_NAME), config.BACKUP_RECIPIENT, log, async (write) => {
    const runner = owner.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(VAULT_LOCK_SQL);
      try {
        await write(vaultEntries(async <R>(text: string, params: unknown[]) => (await runner.query(text, params)) as R[]));
      } finally {
        await runner.query(VAULT_UNLOCK_SQL);
      }
    } finally {
      await runner.release();
    }
  });
}

export const ownerRowQuery = (owner: DataSource): RowQuery => async <R>(text: string, params: unknown[]) => (await owner.query(text, params)) as R[];
