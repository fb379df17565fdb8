import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import type { Config } from '../config/config';
import { isAgeFile, readDecrypted, writeEncrypted, writeNewFile } from './backup-crypto';
import { KEY_VAULT_NAME, keyVaultEntries, loadKeyVault, readKeyVault, VAULT_LOCK_SQL, vaultEntries, writeKeyVault, type RowQuery, type VaultEntry } from './key-vault';

/**
 * Printed by every backup and restore: the master key wraps every
 * organisation's data key, and it is deliberately not in the backup (a stolen
 * backup alone reveals no personal data). Without the key a restored
 * database opens, but names, contacts and TOTP secrets stay unreadable.
 */
/** PGlite is loaded by a backup or restore that needs it, not by every start of the server. */
const loadPglite = async () => (await import('@electric-sql/pglite')).PGlite;

export const MASTER_KEY_WARNING =
  'The master key is NOT in this backup. Personal data in it stays encrypted and can only be read with the same ' +
  'COALITION_MASTER_KEY (or DATA_DIR/master.key): keep a copy of the key apart from the backups, never next to them.';

export type BackupKind = 'server' | 'embedded';

export class BackupError extends Error {}

/** How a backup is written: to age recipients (the default, nobody else can read it) or, on request, in clear. */
export interface BackupOptions {
  /** age public keys (age1...); empty only with `unencrypted`. */
  recipients: string[];
  unencrypted?: boolean;
  /** The running server's own PGlite, for scheduled backups of the embedded database (the files are in use). */
  embeddedDump?: () => Promise<Blob>;
  /** The running server's keys, for scheduled backups of the embedded database (read on its owner pool). */
  embeddedVault?: () => AsyncIterable<VaultEntry>;
  /** Where the key vault is written: default coalition-keys.age beside the backup. */
  vault?: string;
  /**
   * Abandons the backup (a server shutting down): checked between its stages and given to its streams, so that
   * the caller waits seconds, not the whole backup. The file written so far is removed; nothing else changes.
   */
  signal?: AbortSignal;
}

/** The key vault that goes with a backup file: beside it, unless named. */
export const vaultBeside = (backupFile: string): string => path.join(path.dirname(path.resolve(backupFile)), KEY_VAULT_NAME);

const pgQuery = (client: Client): RowQuery => async <R>(text: string, params: unknown[]) => (await client.query(text, params)).rows as R[];
const pgliteQuery = (db: PGlite): RowQuery => async <R>(text: string, params: unknown[]) => (await db.query<R>(text, params)).rows;

/**
 * A copy of an embedded data directory without the person keys: loaded into a throwaway in-memory PGlite, the
 * table truncated (a new, empty file; the old one is unlinked), and the write-ahead log that recorded the keys'
 * insertion removed: a switch to a new segment and a checkpoint with recycling off unlink the older segments
 * (recycled ones would keep their bytes). Then dumped again. tests/reliability/erasure.test.ts checks the bytes.
 */
async function withoutPersonKeys(blob: Blob): Promise<Blob> {
  const copy = await (await loadPglite()).create({ loadDataDir: blob });
  try {
    await copy.exec(`TRUNCATE person_keys; SET wal_recycle = off; CHECKPOINT; SELECT pg_switch_wal(); CHECKPOINT;`);
    return await copy.dumpDataDir('gzip');
  } finally {
    await copy.close();
  }
}

export interface BackupResult {
  kind: BackupKind;
  encrypted: boolean;
  bytes: number;
  /** The key vault written with it. */
  vault: string;
}

/** `pg_dump`'s custom format starts with these bytes; PGlite's dump is a gzipped tarball. */
const PG_DUMP_MAGIC = Buffer.from('PGDMP');
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

function kindOfHead(head: Buffer, what: string): BackupKind {
  if (head.subarray(0, 5).equals(PG_DUMP_MAGIC)) return 'server';
  if (head.subarray(0, 2).equals(GZIP_MAGIC)) return 'embedded';
  throw new BackupError(`${what} is neither a Coalition server backup (pg_dump custom format) nor an embedded one (gzipped data directory)`);
}

const embeddedDir = (config: Config): string => path.join(config.dataDir, 'pg');

/**
 * PGlite has no lock of its own: two processes on one directory corrupt it.
 * It writes postmaster.pid while open and removes it on a clean close, so the
 * file's presence means a running server (or one that crashed).
 */
export function assertEmbeddedClosed(dir: string): void {
  if (fs.existsSync(path.join(dir, 'postmaster.pid'))) {
    throw new BackupError(
      `the embedded database in ${dir} is in use (postmaster.pid exists): stop the server first. ` +
        'If it crashed, start and stop it once so that it recovers, then back up.',
    );
  }
}

/** A PostgreSQL client tool as a stream stage; its failure (exit code, stderr) rejects `done`. */
function tool(command: string, args: string[], stdin: 'ignore' | 'pipe'): { child: ReturnType<typeof spawn>; done: Promise<void> } {
  const child = spawn(command, args, { stdio: [stdin, 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<void>((resolve, reject) => {
    child.once('error', (error) => reject(new BackupError(`${command} could not run (${error.message}): install the PostgreSQL client tools`)));
    child.once('close', (code) => (code === 0 ? resolve() : reject(new BackupError(`${command} failed (exit ${code}): ${stderr.trim()}`))));
  });
  return { child, done };
}

/** Writes a backup of the configured database (DATABASE_URL, else the embedded one in DATA_DIR) to `out`. */
export async function backup(config: Config, out: string, options: BackupOptions): Promise<BackupResult> {
  if (options.recipients.length === 0 && !options.unencrypted) {
    throw new BackupError('no age recipient: set BACKUP_RECIPIENT (an age1... public key) or pass --recipient; --unencrypted writes a readable backup');
  }
  const target = path.resolve(out);
  if (fs.existsSync(target)) throw new BackupError(`${target} exists: choose a new file, a backup never overwrites one`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  let kind: BackupKind;
  let source: Readable;
  let finished: Promise<void> = Promise.resolve();
  let embeddedKeys: VaultEntry[] = [];
  if (!config.embedded) {
    // Custom format on stdout: compressed, never on disk in clear, and pg_restore reads it back from a pipe.
    // Never the person keys: they live in the key vault, which an erasure rewrites (key-vault.ts).
    const dump = tool('pg_dump', ['--format=custom', '--no-owner', '--exclude-table-data=person_keys', `--dbname=${config.DATABASE_URL!}`], 'ignore');
    kind = 'server';
    source = dump.child.stdout!;
    finished = dump.done;
    options.signal?.addEventListener('abort', () => dump.child.kill(), { once: true });
  } else {
    kind = 'embedded';
    let blob: Blob;
    if (options.embeddedDump) {
      options.signal?.throwIfAborted();
      blob = await options.embeddedDump();
    }
    else {
      const dir = embeddedDir(config);
      if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) throw new BackupError(`no embedded database in ${dir}: check DATA_DIR`);
      assertEmbeddedClosed(dir);
      const db = await (await loadPglite()).create(dir);
      try {
        blob = await db.dumpDataDir('gzip');
      } finally {
        await db.close();
      }
    }
    options.signal?.throwIfAborted();
    embeddedKeys = await keysOfEmbeddedDump(blob, options);
    options.signal?.throwIfAborted();
    source = Readable.from(Buffer.from(await (await withoutPersonKeys(blob)).arrayBuffer()));
  }
  try {
    options.signal?.throwIfAborted();
    const writing = options.recipients.length > 0
      ? writeEncrypted(source, options.recipients, target, options.signal)
      : writeNewFile(source, target, options.signal);
    // Both settled before the file is removed below: a dump that fails (or is killed) first must not leave
    // the writer to create the file after the removal.
    const failed = (await Promise.allSettled([writing, finished])).find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    options.signal?.throwIfAborted();
  } catch (error) {
    fs.rmSync(target, { force: true });
    if (options.signal?.aborted) throw options.signal.reason;
    throw error instanceof BackupError ? error : new BackupError(error instanceof Error ? error.message : String(error));
  }
  // After the dump: a person erased meanwhile is already out of the vault; one added meanwhile is in it, unused.
  const vault = options.vault ?? vaultBeside(target);
  try {
    if (config.embedded) {
      await writeKeyVault(vault, (async function* () { yield* embeddedKeys; })(), options);
    } else {
      const client = new Client({ connectionString: config.DATABASE_URL! });
      await client.connect();
      try {
        // The lock before the snapshot (a running server's rewrite after an erasure waits for this one's rename).
        await client.query(VAULT_LOCK_SQL);
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        await writeKeyVault(vault, vaultEntries(pgQuery(client)), options);
        await client.query('COMMIT');
      } finally {
        await client.end();
      }
    }
  } catch (error) {
    throw new BackupError(`the backup ${target} is written, but its key vault ${vault} is not (${error instanceof Error ? error.message : String(error)}): without it no person's data restores`);
  }
  return { kind, encrypted: options.recipients.length > 0, bytes: fs.statSync(target).size, vault };
}

/** The keys of an embedded dump: the running server's (scheduled backups) or read from the dump itself. */
async function keysOfEmbeddedDump(blob: Blob, options: BackupOptions): Promise<VaultEntry[]> {
  const entries: VaultEntry[] = [];
  if (options.embeddedVault) {
    for await (const e of options.embeddedVault()) entries.push(e);
    return entries;
  }
  const copy = await (await loadPglite()).create({ loadDataDir: blob });
  try {
    for await (const e of vaultEntries(pgliteQuery(copy))) entries.push(e);
  } finally {
    await copy.close();
  }
  return entries;
}

/** The plaintext of a backup file (decrypted when it is an age file) and its kind, read from its first bytes. */
async function openBackup(file: string, identities: string[]): Promise<{ kind: BackupKind; encrypted: boolean; stream: Readable }> {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new BackupError(`${source} does not exist`);
  const encrypted = isAgeFile(source);
  if (encrypted && identities.length === 0) {
    throw new BackupError(`${source} is encrypted with age: give the private key's file with --identity FILE (or BACKUP_IDENTITY_FILE)`);
  }
  let plain: Readable;
  try {
    plain = encrypted ? await readDecrypted(source, identities) : fs.createReadStream(source);
  } catch (error) {
    throw new BackupError(error instanceof Error ? error.message : String(error));
  }
  const chunks = plain[Symbol.asyncIterator]();
  const first: Buffer[] = [];
  let length = 0;
  try {
    while (length < 5) {
      const next = (await chunks.next()) as IteratorResult<Buffer>;
      if (next.done) break;
      first.push(Buffer.from(next.value));
      length += next.value.length;
    }
  } catch (error) {
    throw new BackupError(`cannot read ${source}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const head = Buffer.concat(first);
  const kind = kindOfHead(head, source);
  const rest = async function* (): AsyncGenerator<Buffer> {
    yield head;
    for (;;) {
      const next = (await chunks.next()) as IteratorResult<Buffer>;
      if (next.done) return;
      yield Buffer.from(next.value);
    }
  };
  return { kind, encrypted, stream: Readable.from(rest()) };
}

/** A Blob over the buffer's bytes, without copying them (PGlite loads a data directory from a Blob). */
const asBlob = (buffer: Buffer): Blob => new Blob([new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength)]);

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  } catch (error) {
    throw new BackupError(`the backup is damaged: ${error instanceof Error ? error.message : String(error)}`);
  }
  return Buffer.concat(chunks);
}

export interface RestoreResult {
  kind: BackupKind;
  /** The vault loaded (none when there was none to load) and how many person keys it gave. */
  vault: string | null;
  persons: number;
}

/**
 * Restores `file` into the configured database, which must be empty (a restore never merges), then the keys of
 * the vault (`vault`, default coalition-keys.age beside the file) whose persons the dump holds.
 */
export async function restore(config: Config, file: string, identities: string[] = [], vaultFile?: string): Promise<RestoreResult> {
  const vault = vaultFile ?? (fs.existsSync(vaultBeside(file)) ? vaultBeside(file) : null);
  let entries: VaultEntry[] = [];
  if (vault) {
    try {
      entries = await readKeyVault(vault, identities);
    } catch (error) {
      throw new BackupError(error instanceof Error ? error.message : String(error));
    }
  }
  const kind = await restoreDump(config, file, identities);
  if (!vault) return { kind, vault: null, persons: 0 };
  if (kind === 'server') {
    const client = new Client({ connectionString: config.DATABASE_URL! });
    await client.connect();
    try {
      await client.query('BEGIN');
      const loaded = await loadKeyVault(pgQuery(client), entries);
      await client.query('COMMIT');
      return { kind, vault, persons: loaded.persons };
    } finally {
      await client.end();
    }
  }
  const db = await (await loadPglite()).create(embeddedDir(config));
  try {
    const loaded = await db.transaction(async (tx) => loadKeyVault(async <R>(text: string, params: unknown[]) => (await tx.query<R>(text, params)).rows, entries));
    return { kind, vault, persons: loaded.persons };
  } finally {
    await db.close();
  }
}

async function restoreDump(config: Config, file: string, identities: string[]): Promise<BackupKind> {
  const { kind, stream } = await openBackup(file, identities);
  const wanted: BackupKind = config.embedded ? 'embedded' : 'server';
  if (kind !== wanted) {
    stream.destroy();
    throw new BackupError(
      `${path.resolve(file)} is a backup of ${kind === 'server' ? 'a PostgreSQL server (restore it with DATABASE_URL set)' : 'the embedded database (restore it without DATABASE_URL, into an empty DATA_DIR)'}`,
    );
  }
  if (kind === 'server') {
    await prepareServerTarget(config.DATABASE_URL!, config.DB_APP_ROLE);
    const restoring = tool('pg_restore', ['--exit-on-error', '--no-owner', '--single-transaction', `--dbname=${config.DATABASE_URL!}`], 'pipe');
    await Promise.all([pipeline(stream, restoring.child.stdin!), restoring.done]);
    return 'server';
  }
  const dir = embeddedDir(config);
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    stream.destroy();
    throw new BackupError(`${dir} is not empty: restore into a new DATA_DIR, a restore never overwrites a database`);
  }
  const data = asBlob(await collect(stream));
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const db = await (await loadPglite()).create(dir, { loadDataDir: data });
  try {
    await db.query('SELECT 1');
  } finally {
    await db.close();
  }
  return 'embedded';
}

/** The key vault that goes with a checked backup. */
export type VaultCheck =
  /** The backup predates per-person keys (no table person_keys): its persons are sealed by organisation keys, no vault needed. */
  | { needed: false; file: null }
  /** Present; opened and counted when it could be (`persons` null: encrypted and no identity given). */
  | { needed: boolean; file: string; encrypted: boolean; persons: number | null; organisationKeys: number | null };

export interface BackupCheck {
  kind: BackupKind;
  encrypted: boolean;
  /** Rows per table that matters to a restore drill. */
  tables: Record<string, number>;
  vault: VaultCheck;
}

/**
 * Reads a whole backup and checks it would restore: every age chunk authenticates, a server dump's table
 * of contents is complete (pg_restore --list), an embedded one opens in a throwaway in-memory PGlite
 * whose tables are counted; then its key vault (`vaultFile`, default coalition-keys.age beside it) is there,
 * and decrypts and parses when it can be opened. Never touches the configured database.
 */
export async function verifyBackup(file: string, identities: string[] = [], vaultFile?: string): Promise<BackupCheck> {
  const { kind, encrypted, tables, personKeys } = await verifyDump(file, identities);
  return { kind, encrypted, tables, vault: await verifyVault(vaultFile ?? vaultBeside(file), identities, personKeys, vaultFile !== undefined) };
}

/**
 * Writes all of `source` into `sink` while the sink reads, and reads the rest of `source` anyway: pg_restore --list
 * stops reading a piped dump after its table of contents (EPIPE), but every later age chunk must still authenticate.
 */
async function feedWhole(source: Readable, sink: Writable): Promise<void> {
  let open = true;
  const closed = () => (open = false);
  sink.on('error', closed);
  sink.on('close', closed);
  for await (const chunk of source) {
    if (open && !sink.write(chunk)) {
      await new Promise<void>((resolve) => {
        const go = () => {
          sink.off('drain', go);
          sink.off('close', go);
          resolve();
        };
        sink.on('drain', go);
        sink.on('close', go);
      });
    }
  }
  if (open) sink.end();
}

async function verifyDump(file: string, identities: string[]): Promise<{ kind: BackupKind; encrypted: boolean; tables: Record<string, number>; personKeys: boolean }> {
  const { kind, encrypted, stream } = await openBackup(file, identities);
  const tables: Record<string, number> = {};
  if (kind === 'server') {
    const listing = tool('pg_restore', ['--list'], 'pipe');
    let toc = '';
    listing.child.stdout!.on('data', (chunk: Buffer) => (toc += chunk.toString()));
    try {
      await Promise.all([feedWhole(stream, listing.child.stdin!), listing.done]);
    } catch (error) {
      throw new BackupError(`the backup is damaged: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const match of toc.matchAll(/TABLE DATA public (\w+) /g)) tables[match[1]] = -1;
    for (const required of ['audit_entries', 'cases', 'organisations', 'users']) {
      if (!(required in tables)) throw new BackupError(`the backup lacks the data of table ${required}`);
    }
    // The table's definition is dumped, its data never (--exclude-table-data): the definition says the dump needs a vault.
    return { kind, encrypted, tables, personKeys: /^\d+; \d+ \d+ TABLE public person_keys /m.test(toc) };
  }
  const db = await (await loadPglite()).create({ loadDataDir: asBlob(await collect(stream)) });
  try {
    for (const table of ['organisations', 'users', 'cases', 'statements', 'audit_entries']) {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      tables[table] = rows[0].n;
    }
    const { rows } = await db.query<{ present: boolean }>(`SELECT to_regclass('public.person_keys') IS NOT NULL AS present`);
    return { kind, encrypted, tables, personKeys: rows[0].present };
  } catch (error) {
    throw new BackupError(`the backup does not open as a Coalition database: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await db.close();
  }
}

/**
 * A backup with table person_keys restores its persons' data only with a vault: a missing or unreadable one fails
 * the check. A backup older than per-person keys has no such table and needs none (its persons are sealed by the
 * organisation's key, in the dump): failing it would make every older backup look unsound, so a missing vault is
 * fine there, and one that is present (BACKUP_DIR's, or named with --vault) is still checked.
 */
async function verifyVault(file: string, identities: string[], needed: boolean, named: boolean): Promise<VaultCheck> {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) {
    if (!needed && !named) return { needed: false, file: null };
    throw new BackupError(`no key vault at ${source}: without it no person's name, birth year or contact restores; give the newest one (BACKUP_DIR's coalition-keys.age) with --vault FILE`);
  }
  const encrypted = isAgeFile(source);
  if (encrypted && identities.length === 0) return { needed, file: source, encrypted, persons: null, organisationKeys: null };
  let persons = 0;
  let organisationKeys = 0;
  try {
    for await (const e of keyVaultEntries(source, identities)) {
      if (e.kind === 'person') persons++;
      else organisationKeys++;
    }
  } catch (error) {
    throw new BackupError(`the key vault ${source} is unreadable: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { needed, file: source, encrypted, persons, organisationKeys };
}

/**
 * The target must hold no table, and the application role must exist: roles
 * belong to the cluster, not to the dump, and the dump's grants and policies
 * name it (the migrations create it the same way).
 */
async function prepareServerTarget(url: string, appRole: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`);
    if (Number(rows[0].n) > 0) throw new BackupError('the target database is not empty: restore into a new, empty database');
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${appRole}') THEN
        CREATE ROLE ${appRole} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      END IF;
      IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT %I TO %I', '${appRole}', current_user);
      END IF;
    END $$`);
  } finally {
    await client.end();
  }
}
