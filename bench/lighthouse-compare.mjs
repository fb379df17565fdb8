// node bench/lighthouse-compare.mjs RUNS DIST_A [DIST_B …]   (after `npm run build`; WITH_LOGIN=1 adds /login)
//
// Like with like on a busy machine: each built client directory (a copy of client/dist, e.g. the previous
// commit's) is served by its own product process (CLIENT_DIST) on a fresh embedded database, and Lighthouse's
// mobile profile measures the dashboard of each in turn, RUNS times, so that the machine's load falls on
// all of them alike. One line per run: score, FCP, LCP, TBT, CLS, requests, bytes, main-thread time and the
// load average at its start. LIGHTHOUSE_REPORTS=<dir> keeps each full JSON report.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, sessionCookie, startProduct } from './lib/lighthouse-product.mjs';

async function main() {
  const [, , runs, ...dists] = process.argv;
  const products = [];
  for (const dist of dists) products.push({ dist, product: await startProduct({ clientDist: path.resolve(dist), logLevel: 'error', stdout: 'ignore' }) });
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
