/* global fetch, setTimeout */
// node bench/lighthouse-compare.mjs RUNS DIST_A [DIST_B …]   (after `npm run build`; WITH_LOGIN=1 adds /login)
//
// Like with like on a busy machine: each built client directory (a copy of client/dist, e.g. the previous
// commit's) is served by its own product process (CLIENT_DIST) on a fresh embedded database, and Lighthouse's
// mobile profile measures the dashboard of each in turn, RUNS times, so that the machine's load falls on
// all of them alike. One line per run: score, FCP, LCP, TBT, CLS, requests, bytes, main-thread time and the
// load average at its start. LIGHTHOUSE_REPORTS=<dir> keeps each full JSON report.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAIN = path.join(ROOT, 'server/dist/main.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EMAIL = 'caseworker@adc-memorial.example.org';
const PASSWORD = 'coalition-demo-2013';

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startProduct(clientDist) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-lighthouse-'));
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, CLIENT_DIST: clientDist, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'error', DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the product exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error('the product did not start in 180 s');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function sessionCookie(url) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', variables: { e: EMAIL, p: PASSWORD } }),
  });
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (!response.ok || cookies.length === 0) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return cookies.join('; ');
}

async function main() {
  const [, , runs, ...dists] = process.argv;
  const products = [];
  for (const dist of dists) products.push({ dist, product: await startProduct(path.resolve(dist)) });
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    for (const p of products) p.cookie = await sessionCookie(p.product.url);
    for (let i = 0; i < Number(runs); i++) {
      for (const p of products) {
        for (const [name, pathname, headers] of [['/dashboard', '/dashboard?lang=en', { Cookie: p.cookie }], ...(process.env.WITH_LOGIN ? [['/login', '/login?lang=en', {}]] : [])]) {
          const load = os.loadavg()[0].toFixed(1);
          const result = await lighthouse(`${p.product.url}${pathname}`, { port: chrome.port, onlyCategories: ['performance'], extraHeaders: headers, logLevel: 'error', output: 'json' });
          const { lhr } = result;
          const a = lhr.audits;
          const d = a.diagnostics?.details?.items?.[0] ?? {};
          if (process.env.LIGHTHOUSE_REPORTS) { fs.mkdirSync(process.env.LIGHTHOUSE_REPORTS, { recursive: true }); fs.writeFileSync(path.join(process.env.LIGHTHOUSE_REPORTS, `${path.basename(p.dist)}-${name.slice(1)}-${i}.json`), result.report); }
          console.log([path.basename(p.dist), name, Math.round((lhr.categories.performance.score ?? 0) * 100), a['first-contentful-paint']?.displayValue, a['largest-contentful-paint']?.displayValue, a['total-blocking-time']?.displayValue, a['cumulative-layout-shift']?.displayValue, `req ${d.numRequests}`, `bytes ${d.totalByteWeight}`, `tasks ${Math.round(d.totalTaskTime)}ms`, `load ${load}`, lhr.runtimeError?.code ?? ''].join(' | '));
        }
      }
    }
  } finally {
    await chrome.kill();
    for (const p of products) await p.product.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
