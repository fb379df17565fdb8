// npm run bench:lighthouse
//
// Lighthouse 12 (its default mobile profile: a mid-range phone, 4x CPU slowdown, simulated slow 4G) against
// the built product (`npm run build` first) on a fresh embedded database seeded with the demo coalition,
// with Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH). It measures the performance score of the
// sign-in page and of the dashboard of a signed-in caseworker RUNS times each (5 by default, alternating), and
// takes each page's median score, as Lighthouse's own guidance on variability advises: one run moves by several
// points with the machine's load. Writes the table at the top of bench/lighthouse-results.md (what follows the
// NOTES marker there is kept) and exits non-zero when either median is under 90. LIGHTHOUSE_REPORTS=<dir> also
// keeps each run's full JSON report there (main-thread breakdown, bootup time per script, long tasks, LCP
// element) for finding where the time goes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, MAIN, ROOT, sessionCookie, startProduct } from './lib/lighthouse-product.mjs';

const TARGET = 90;
const RUNS = Number(process.env.RUNS ?? 5);
const RESULTS = path.join(ROOT, 'bench/lighthouse-results.md');
const NOTES = '<!-- notes: kept by npm run bench:lighthouse -->';

/** The run with the median score of those that recorded one (a failed trace is no measurement). */
function median(rows) {
  const measured = rows.filter((r) => !r.error).sort((a, b) => a.score - b.score);
  return measured.length === 0 ? null : measured[Math.floor((measured.length - 1) / 2)];
}

async function main() {
  if (!fs.existsSync(MAIN)) throw new Error('server/dist/main.js is missing: run `npm run build` first');
  const product = await startProduct();
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const rows = [];
  try {
    const cookie = await sessionCookie(product.url);
    const pages = [
      ['/login', '/login?lang=en', {}],
      ['/dashboard', '/dashboard?lang=en', { Cookie: cookie }],
    ];
    for (let run = 0; run < RUNS; run++) {
      for (const [name, pathname, headers] of pages) {
        const result = await lighthouse(`${product.url}${pathname}`, {
          port: chrome.port,
          onlyCategories: ['performance'],
          extraHeaders: headers,
          logLevel: 'error',
          output: 'json',
        });
        const { lhr } = result;
        if (process.env.LIGHTHOUSE_REPORTS) {
          fs.mkdirSync(process.env.LIGHTHOUSE_REPORTS, { recursive: true });
          fs.writeFileSync(path.join(process.env.LIGHTHOUSE_REPORTS, `${name.slice(1)}-${run}.json`), result.report);
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
    }
  } finally {
    await chrome.kill();
    await product.stop();
  }
  const names = [...new Set(rows.map((r) => r.name))];
  const medians = names.map((name) => {
    const runs = rows.filter((r) => r.name === name);
    return { name, runs, median: median(runs) };
  });
  const lines = [
    '# Lighthouse (mobile profile) on the built product',
    '',
    `Lighthouse ${lighthouse.version ?? '12.2.3'}, ${CHROMIUM}, ${os.cpus().length} CPU(s), load average ${os.loadavg()[0].toFixed(1)} at the end, ${new Date().toISOString().slice(0, 10)}. ${RUNS} runs of each page, alternating; the median run is shown. Target: a median performance score ≥ ${TARGET}.`,
    '',
    '| page | median score | every run | FCP | LCP | TBT | CLS | final URL |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...medians.map(({ name, runs, median: m }) =>
      m
        ? `| ${name} | ${m.score} | ${runs.map((r) => (r.error ? `(${r.error})` : r.score)).join(', ')} | ${m.fcp} | ${m.lcp} | ${m.tbt} | ${m.cls} | ${m.finalUrl.replace(/^https?:\/\/[^/]+/, '')} |`
        : `| ${name} | no result (${runs.map((r) => r.error).join(', ')}), run again | | | | | | |`,
    ),
    '',
  ];
  const previous = fs.existsSync(RESULTS) ? fs.readFileSync(RESULTS, 'utf8') : '';
  const notes = previous.includes(NOTES) ? previous.slice(previous.indexOf(NOTES)) : `${NOTES}\n`;
  fs.writeFileSync(RESULTS, `${lines.join('\n')}\n${notes}`);
  if (medians.some((m) => !m.median || m.median.score < TARGET)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
