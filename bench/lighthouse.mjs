// npm run bench:lighthouse
//
// Lighthouse 12 (its default mobile profile: a mid-range phone, 4x CPU slowdown, simulated slow 4G) against
// the built product (`npm run build` first) on a fresh embedded database seeded with the demo coalition,
// with Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH). It measures the performance score of the
// sign-in page and of the dashboard of a signed-in caseworker, writes bench/lighthouse-results.md and exits
// non-zero when either is under 90. LIGHTHOUSE_REPORTS=<dir> also keeps each page's full JSON report there
// (main-thread breakdown, bootup time per script, long tasks, LCP element) for finding where the time goes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, MAIN, ROOT, sessionCookie, startProduct } from './lib/lighthouse-product.mjs';

const TARGET = 90;

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
