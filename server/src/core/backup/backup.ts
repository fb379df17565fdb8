import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { PGlite } from '@electric-sql/pglite';
import type { Config } from '../config/config';

/**
 * Printed by every backup and restore: the master key wraps every
 * organisation's data key, and it is deliberately not in the backup (a stolen
 * backup alone reveals no personal data). Without the key a restored
 * database opens, but names, contacts and TOTP secrets stay unreadable.
 */
export const MASTER_KEY_WARNING =
  'The master key is NOT in this backup. Personal data in it stays encrypted and can only be read with the same ' +
  'COALITION_MASTER_KEY (or DATA_DIR/master.key): keep a copy of the key apart from the backups, never next to them.';

export type BackupKind = 'server' | 'embedded';

export class BackupError extends Error {}

/** `pg_dump`'s custom format starts with these bytes; PGlite's dump is a gzipped tarball. */
const PG_DUMP_MAGIC = Buffer.from('PGDMP');
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

export function backupKindOfFile(file: string): BackupKind {
  const head = Buffer.alloc(5);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 5, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.subarray(0, 5).equals(PG_DUMP_MAGIC)) return 'server';
  if (head.subarray(0, 2).equals(GZIP_MAGIC)) return 'embedded';
  throw new BackupError(`${file} is neither a Coalition server backup (pg_dump custom format) nor an embedded one (gzipped data directory)`);
}

const embeddedDir = (config: Config): string => path.join(config.dataDir, 'pg');

/**
 * PGlite has no lock of its own: two processes on one directory corrupt it.
 * It writes postmaster.pid while open and removes it on a clean close, so the
 * file's presence means a running server (or one that crashed).
 */
function assertEmbeddedClosed(dir: string): void {
  if (fs.existsSync(path.join(dir, 'postmaster.pid'))) {
    throw new BackupError(
      `the embedded database in ${dir} is in use (postmaster.pid exists): stop the server first. ` +
        'If it crashed, start and stop it once so that it recovers, then back up.',
    );
  }
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (result.error) throw new BackupError(`${command} could not run (${result.error.message}): install the PostgreSQL client tools`);
  if (result.status !== 0) throw new BackupError(`${command} failed (exit ${result.status}): ${result.stderr.trim()}`);
}

/** Writes a backup of the configured database (DATABASE_URL, else the embedded one in DATA_DIR) to `out`. */
export async function backup(config: Config, out: string): Promise<BackupKind> {
  const target = path.resolve(out);
  if (fs.existsSync(target)) throw new BackupError(`${target} exists: choose a new file, a backup never overwrites one`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (!config.embedded) {
    // Custom format: compressed, and pg_restore can restore it into an empty database of any name.
    run('pg_dump', ['--format=custom', '--no-owner', `--file=${target}`, `--dbname=${config.DATABASE_URL!}`]);
    fs.chmodSync(target, 0o600);
    return 'server';
  }
  const dir = embeddedDir(config);
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) throw new BackupError(`no embedded database in ${dir}: check DATA_DIR`);
  assertEmbeddedClosed(dir);
  const db = await PGlite.create(dir);
  try {
    const dump = await db.dumpDataDir('gzip');
    fs.writeFileSync(target, Buffer.from(await dump.arrayBuffer()), { mode: 0o600, flag: 'wx' });
  } finally {
    await db.close();
  }
  return 'embedded';
}

/** Restores `file` into the configured database, which must be empty (a restore never merges). */
export async function restore(config: Config, file: string): Promise<BackupKind> {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new BackupError(`${source} does not exist`);
  const kind = backupKindOfFile(source);
  const wanted: BackupKind = config.embedded ? 'embedded' : 'server';
  if (kind !== wanted) {
    throw new BackupError(
      `${source} is a backup of ${kind === 'server' ? 'a PostgreSQL server (restore it with DATABASE_URL set)' : 'the embedded database (restore it without DATABASE_URL, into an empty DATA_DIR)'}`,
    );
  }
  if (kind === 'server') {
    await prepareServerTarget(config.DATABASE_URL!, config.DB_APP_ROLE);
    run('pg_restore', ['--exit-on-error', '--no-owner', '--single-transaction', `--dbname=${config.DATABASE_URL!}`, source]);
    return 'server';
  }
  const dir = embeddedDir(config);
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    throw new BackupError(`${dir} is not empty: restore into a new DATA_DIR, a restore never overwrites a database`);
  }
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const data = new Blob([fs.readFileSync(source)]);
  const db = await PGlite.create(dir, { loadDataDir: data });
  try {
    await db.query('SELECT 1');
  } finally {
    await db.close();
  }
  return 'embedded';
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
