import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { waitUntil } from '../../server/test/support/wait-until';
import { freePort } from './server-process';

/** Debian's PgBouncer (package `pgbouncer`); tests that need it skip where it is not installed. */
export const PGBOUNCER = process.env.TEST_PGBOUNCER ?? '/usr/sbin/pgbouncer';

export const hasPgBouncer = (): boolean => fs.existsSync(PGBOUNCER);

export interface PgBouncerOptions {
  /** The PostgreSQL it pools, e.g. 127.0.0.1:5432. */
  upstream: { host: string; port: number };
  /** Logins it admits (SCRAM, checked against these clear passwords, which it also uses upstream). */
  users: Record<string, string>;
  /** Server connections per database and user: small, so that many clients share few backends. */
  poolSize: number;
}

export interface PgBouncer {
  port: number;
  /** `postgres://127.0.0.1:PORT/database`: without credentials (DATABASE_POOLER_URL), or as `login`. */
  url(database: string, login?: { user: string; password: string }): string;
  /** A command of the admin console (`SHOW POOLS`, `SHOW STATS`), as the admin login. */
  admin<T>(command: string): Promise<T[]>;
  output(): string;
  stop(): Promise<void>;
}

/**
 * A PgBouncer of the test's own, in transaction mode, on a free loopback port, configured in a
 * temporary directory that stop() removes. It refuses to run as root, so under root it runs as the
 * `postgres` user.
 */
export async function startPgBouncer(options: PgBouncerOptions): Promise<PgBouncer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-pgbouncer-'));
  const port = await freePort();
  const adminUser = 'coalition_bouncer_admin';
  const adminPassword = crypto.randomBytes(12).toString('hex');
  const users = { ...options.users, [adminUser]: adminPassword };
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  fs.writeFileSync(path.join(dir, 'userlist.txt'), Object.entries(users).map(([u, p]) => `${quote(u)} ${quote(p)}`).join('\n') + '\n', { mode: 0o600 });
  fs.writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      // Any database name goes to the same name upstream.
      `* = host=${options.upstream.host} port=${options.upstream.port}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = scram-sha-256',
      `auth_file = ${path.join(dir, 'userlist.txt')}`,
      `admin_users = ${adminUser}`,
      'pool_mode = transaction',
      `default_pool_size = ${options.poolSize}`,
      'min_pool_size = 0',
      'reserve_pool_size = 0',
      'max_client_conn = 1000',
      'stats_period = 1',
      '',
    ].join('\n'),
  );
  const asPostgres = process.getuid?.() === 0 ? postgresUser() : null;
  if (asPostgres) fs.chownSync(dir, asPostgres.uid, asPostgres.gid);
  for (const f of fs.readdirSync(dir)) if (asPostgres) fs.chownSync(path.join(dir, f), asPostgres.uid, asPostgres.gid);

  const child: ChildProcess = spawn(PGBOUNCER, [path.join(dir, 'pgbouncer.ini')], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(asPostgres ? { uid: asPostgres.uid, gid: asPostgres.gid } : {}),
  });
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const admin = async <T>(command: string): Promise<T[]> => {
    const client = new Client({ host: '127.0.0.1', port, database: 'pgbouncer', user: adminUser, password: adminPassword });
    client.on('error', () => undefined);
    await client.connect();
    try {
      return (await client.query(command)).rows as T[];
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntil(
      'PgBouncer answers on its admin console',
      async () => {
        if (child.exitCode !== null) throw new Error(`pgbouncer exited with ${child.exitCode}:\n${log}`);
        return admin('SHOW VERSION').then(
          () => true,
          () => false,
        );
      },
      { timeoutMs: 15_000, intervalMs: 50 },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    port,
    url: (database, login) => {
      const url = new URL(`postgres://127.0.0.1:${port}/${database}`);
      if (login) [url.username, url.password] = [login.user, login.password];
      return url.toString();
    },
    admin,
    output: () => log,
    stop,
  };
}

function postgresUser(): { uid: number; gid: number } {
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid) || uid <= 0) throw new Error('PgBouncer will not run as root, and there is no postgres user to run it as');
  return { uid, gid };
}
