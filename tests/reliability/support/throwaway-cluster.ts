import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../support/server-process';

const BIN = '/usr/lib/postgresql/15/bin';

export interface ThrowawayCluster {
  url: string;
  port: number;
  start(): void;
  stop(): void;
  destroy(): void;
}

/** The PostgreSQL 15 server binaries, and as root the `postgres` system user to run them. */
export const clusterToolsAvailable = (): boolean =>
  fs.existsSync(path.join(BIN, 'initdb')) &&
  fs.existsSync(path.join(BIN, 'pg_ctl')) &&
  (process.getuid?.() !== 0 || spawnSync('id', ['postgres']).status === 0);

/**
 * A PostgreSQL cluster of the test's own in a temporary directory, on a free
 * loopback port, so that a test may stop and start it without touching the
 * server others use. PostgreSQL refuses to run as root: then it runs as the
 * `postgres` system user.
 */
export async function createThrowawayCluster(settings: { hbaFirst?: string[] } = {}): Promise<ThrowawayCluster> {
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-cluster-'));
  const data = path.join(dir, 'data');
  const port = await freePort();
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const sh = (command: string) => {
    if (asRoot) execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', command], { stdio: 'pipe' });
    else execFileSync('/bin/sh', ['-c', command], { stdio: 'pipe' });
  };
  sh(`${BIN}/initdb -D ${data} -U postgres --auth=trust --no-sync -E UTF8 >/dev/null`);
  if (settings.hbaFirst) {
    // pg_hba.conf takes the first matching line: these come before initdb's trust lines.
    const hba = path.join(data, 'pg_hba.conf');
    fs.writeFileSync(hba, `${settings.hbaFirst.join('\n')}\n${fs.readFileSync(hba, 'utf8')}`);
  }
  const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=on`;
  const start = () => sh(`${BIN}/pg_ctl -D ${data} -o "${options}" -l ${dir}/log -w -t 60 start >/dev/null`);
  const stop = () => sh(`${BIN}/pg_ctl -D ${data} -m fast -w -t 60 stop >/dev/null`);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    destroy() {
      try {
        stop();
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
