import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './server-process';

const BIN = '/usr/lib/postgresql/15/bin';

/** True when this machine has the PostgreSQL 15 binaries and a `postgres` OS user to run them as. */
export function canStartReplicaCluster(): boolean {
  if (!fs.existsSync(path.join(BIN, 'initdb'))) return false;
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface ReplicaCluster {
  /** The superuser's URL of `database` on the primary and on the replica. */
  primaryUrl: string;
  replicaUrl: string;
  /** Stops the replica's server (fast shutdown); the primary keeps running. */
  stopReplica(): void;
  /** Stops both servers and removes every file. Idempotent. */
  destroy(): void;
}

/**
 * A primary and its streaming replica (physical, hot standby) in a temporary
 * directory, on free loopback ports, apart from the machine's own cluster.
 * initdb refuses root, so the binaries run as the `postgres` OS user, which
 * owns the directory. Both trust loopback logins: the test's own servers.
 */
export async function startReplicaCluster(database = 'coalition'): Promise<ReplicaCluster> {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-replica-'));
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  fs.chmodSync(base, 0o755);
  fs.chownSync(base, uid, gid);
  const primaryDir = path.join(base, 'primary');
  const replicaDir = path.join(base, 'replica');
  const socketDir = base;
  const asPostgres = (bin: string, args: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', path.join(BIN, bin), ...args], { cwd: base, stdio: 'pipe' });
  const started: string[] = [];
  const stop = (dir: string) => {
    if (!started.includes(dir)) return;
    try {
      asPostgres('pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop']);
    } catch {
      // already stopped
    }
    started.splice(started.indexOf(dir), 1);
  };
  let destroyed = false;
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    stop(replicaDir);
    stop(primaryDir);
    fs.rmSync(base, { recursive: true, force: true });
  };
  const start = (dir: string, port: number) => {
    const options = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    asPostgres('pg_ctl', ['-D', dir, '-o', options, '-l', path.join(base, `${path.basename(dir)}.log`), '-w', 'start']);
    started.push(dir);
  };
  try {
    const primaryPort = await freePort();
    asPostgres('initdb', ['-D', primaryDir, '-A', 'trust', '-U', 'postgres']);
    fs.appendFileSync(path.join(primaryDir, 'pg_hba.conf'), '\nhost replication all 127.0.0.1/32 trust\n');
    start(primaryDir, primaryPort);
    asPostgres('psql', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-d', 'postgres', '-c', `CREATE DATABASE ${database}`]);
    asPostgres('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replicaDir, '-R']);
    const replicaPort = await freePort();
    start(replicaDir, replicaPort);
    return {
      primaryUrl: `postgres://postgres@127.0.0.1:${primaryPort}/${database}`,
      replicaUrl: `postgres://postgres@127.0.0.1:${replicaPort}/${database}`,
      stopReplica: () => stop(replicaDir),
      destroy,
    };
  } catch (error) {
    const logs = ['primary.log', 'replica.log']
      .map((f) => path.join(base, f))
      .filter((f) => fs.existsSync(f))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    destroy();
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`cannot start the primary and its replica: ${(error as Error).message}\n${stderr}\n${logs}`);
  }
}
