/* global fetch, setTimeout, clearTimeout */
// Starting the built product and the floor server as child processes on free ports.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { BENCH_URL, MASTER_KEY, ROOT } from './settings.mjs';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function waitFor(url, child, output, timeoutMs = 120_000) {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url} exited with ${child.exitCode}:\n${output()}`);
    if (Date.now() - started > timeoutMs) throw new Error(`${url} not up after ${timeoutMs} ms:\n${output()}`);
    try {
      const r = await fetch(url);
      if (r.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startProcess(script, env, healthPath) {
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, [script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c) => (out = (out + c).slice(-20_000)));
  child.stderr.on('data', (c) => (out = (out + c).slice(-20_000)));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}${healthPath}`, child, () => out);
  const exited = new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));
  return {
    url,
    startMs: Date.now() - started,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export const productEnv = (extra = {}) => ({
  DATABASE_URL: BENCH_URL,
  COALITION_MASTER_KEY: MASTER_KEY,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  COOKIE_SECURE: 'false',
  DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-bench-')),
  ...extra,
});
