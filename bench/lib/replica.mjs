/* global URL, fetch, setTimeout */
// `--only replica`: the product on a primary with a streaming replica (hot standby) of the bench's own, started
// in a temporary directory as the `postgres` OS user (as tests/support/replica-cluster.ts does), on the same
// data set as every other measure. run.mjs starts the cluster, then runs itself again against it
// (BENCH_REPLICA_URL set), so that every part reads DATABASE_URL as usual.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './processes.mjs';
import { log, withDatabase } from './settings.mjs';

const BIN = '/usr/lib/postgresql/15/bin';

/** Starts a primary and its streaming replica; returns their superuser URLs (database `postgres`) and a stop. */
export async function startReplicaCluster() {
  if (!fs.existsSync(path.join(BIN, 'initdb'))) throw new Error(`--only replica needs PostgreSQL 15's binaries in ${BIN}`);
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-bench-replica-'));
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  fs.chmodSync(base, 0o755);
  fs.chownSync(base, uid, gid);
  const asPostgres = (bin, args) => execFileSync('runuser', ['-u', 'postgres', '--', path.join(BIN, bin), ...args], { cwd: base, stdio: 'pipe' });
  const primaryDir = path.join(base, 'primary');
  const replicaDir = path.join(base, 'replica');
  const started = [];
  // The machine's own cluster's settings that matter for the page (the bench's other measures run there).
  const options = (port) => `-p ${port} -k ${base} -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=512MB -c fsync=off`;
  const start = (dir, port) => {
    asPostgres('pg_ctl', ['-D', dir, '-o', options(port), '-l', path.join(base, `${path.basename(dir)}.log`), '-w', '-t', '120', 'start']);
    started.push(dir);
  };
  const stop = () => {
    for (const dir of started.reverse()) {
      try {
        asPostgres('pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop']);
      } catch {
        // already stopped
      }
    }
    fs.rmSync(base, { recursive: true, force: true });
  };
  try {
    const primaryPort = await freePort();
    asPostgres('initdb', ['-D', primaryDir, '-A', 'trust', '-U', 'postgres']);
    fs.appendFileSync(path.join(primaryDir, 'pg_hba.conf'), '\nhost replication all 127.0.0.1/32 trust\n');
    start(primaryDir, primaryPort);
    asPostgres('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replicaDir, '-R']);
    const replicaPort = await freePort();
    start(replicaDir, replicaPort);
    return { primaryUrl: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`, replicaUrl: `postgres://postgres@127.0.0.1:${replicaPort}/postgres`, stop };
  } catch (error) {
    stop();
    throw new Error(`cannot start the bench's primary and replica: ${error.message}\n${error.stderr?.toString() ?? ''}`);
  }
}

/** Runs `node bench/run.mjs <the same arguments>` against a primary and replica of its own, then stops them. */
export async function runAgainstReplicaCluster(script, args) {
  const cluster = await startReplicaCluster();
  log(`primary ${new URL(cluster.primaryUrl).host}, replica ${new URL(cluster.replicaUrl).host} (temporary)`);
  try {
    const child = spawn(process.execPath, [script, ...args], {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: cluster.primaryUrl, BENCH_REPLICA_URL: cluster.replicaUrl },
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`the replica run exited with ${code}`);
  } finally {
    cluster.stop();
  }
}

/** Waits until the replica has replayed what the primary has written (the generated data set). */
export async function replicaCaughtUp(primaryUrl, replicaUrl, db) {
  const query = async (url, text) => {
    const client = new pg.Client({ connectionString: withDatabase(url, db) });
    await client.connect();
    try {
      return (await client.query(text)).rows[0];
    } finally {
      await client.end();
    }
  };
  const { lsn } = await query(primaryUrl, `SELECT pg_current_wal_lsn()::text AS lsn`);
  for (let i = 0; ; i++) {
    const { caught } = await query(replicaUrl, `SELECT pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn AS caught`);
    if (caught) return;
    if (i % 20 === 0) log(`waiting for the replica to replay ${lsn} ...`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** `coalition_db_transactions_total` by server, from a product's /metrics. */
export async function transactionsServed(url) {
  const text = await (await fetch(`${url}/metrics`)).text();
  const count = (server) => Number(new RegExp(`^coalition_db_transactions_total\\{server="${server}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  return { primary: count('primary'), replica: count('replica') };
}
