/* global fetch, setTimeout */
// npm run bench:lighthouse
//
// Lighthouse 12 (its default mobile profile: a mid-range phone, 4x CPU slowdown, simulated slow 4G) against
// the built product (`npm run build` first) on a fresh embedded database seeded with the demo coalition,
// with Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH). It measures the performance score of the
// sign-in page and of the dashboard of a signed-in caseworker, writes bench/lighthouse-results.md and exits
// non-zero when either is under 90. LIGHTHOUSE_REPORTS=<dir> also keeps each page's full JSON report there
// (main-thread breakdown, bootup time per script, long tasks, LCP element) for finding where the time goes.
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
const TARGET = 90;
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

async function startProduct() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-lighthouse-'));
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'inherit', 'inherit'],
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
  if (!fs.existsSync(MAIN)) throw new Error('server/dist/main.js is missing: run `npm run build` first');
  const product = await startProduct();
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const rows = [];
  try {
    const cookie = await sessionCookie(product.url);
    for (const [name, pathname, headers] of [
      ['/login', '/login?lang=en', {}],
      ['/dashboard', '/dashboard?lang=en', { Cookie: cookie }],
    ]) {
      const result = await lighthouse(`${product.url}${pathname}`, { port: chrome.port, onlyCategories: ['performance'], extraHeaders: headers, logLevel: 'error', output: 'json' });
      const { lhr } = result;
      if (process.env.LIGHTHOUSE_REPORTS) {
        fs.mkdirSync(process.env.LIGHTHOUSE_REPORTS, { recursive: true });
        fs.writeFileSync(path.join(process.env.LIGHTHOUSE_REPORTS, `${name.slice(1)}.json`), result.report);
      }
      const metric = (id) => lhr.audits[id]?.displayValue ?? '';
      const row = {
        name,
        score: Math.round((lhr.categories.performance.score ?? 0) * 100),
        fcp: metric('first-contentful-paint'),
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        finalUrl: lhr.finalDisplayedUrl,
        // Lighthouse sometimes fails to record the trace on a busy machine (NO_NAVSTART): a 0 that is no measurement.
        error: lhr.runtimeError?.code ?? '',
      };
      rows.push(row);
      console.log(JSON.stringify(row));
    }
  } finally {
    await chrome.kill();
    await product.stop();
  }
  const lines = [
    '# Lighthouse (mobile profile) on the built product',
    '',
    `Lighthouse ${lighthouse.version ?? '12.2.3'}, ${CHROMIUM}, ${os.cpus().length} CPU(s), ${new Date().toISOString().slice(0, 10)}. Target: performance ≥ ${TARGET}.`,
    '',
    '| page | score | FCP | LCP | TBT | CLS | final URL |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.name} | ${r.error ? `no result (${r.error}), run again` : r.score} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${r.finalUrl.replace(/^https?:\/\/[^/]+/, '')} |`),
    '',
  ];
  fs.writeFileSync(path.join(ROOT, 'bench/lighthouse-results.md'), lines.join('\n'));
  if (rows.some((r) => r.score < TARGET)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
