/* global fetch */
// The embedded default (`npm start` with no DATABASE_URL: PGlite in DATA_DIR) on the demo coalition: the nested
// page of 10 one request at a time and at 10 connections, with the hot statements prepared (the default) and
// without (DB_PREPARED_STATEMENTS=false, as before they were on there), and the cold start of a new DATA_DIR.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startProcess } from './processes.mjs';
import { DURATION, MAIN, MEMBER, WARMUP, log } from './settings.mjs';
import { NESTED_PAGE, coldStart, dbQueries, round, signIn } from './measurement.mjs';

export const EMBEDDED_TARGET_RPS = 100;
export const COLD_START_TARGET_MS = 3000;
const EMBEDDED_WARMUP_S = 15;

async function measureOne(prepared) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-embedded-bench-'));
  const product = await startProcess(MAIN, { NODE_ENV: 'production', LOG_LEVEL: 'warn', DATA_DIR: dataDir, DB_PREPARED_STATEMENTS: String(prepared) }, '/health');
  try {
    const cookie = await signIn(product.url, MEMBER);
    const body = JSON.stringify({ query: NESTED_PAGE, variables: { first: 10 } });
    const request = { url: `${product.url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json', cookie }, body };
    const answer = await (await fetch(request.url, request)).json();
    if (answer.errors || !answer.data.cases.edges.length) throw new Error(`the nested page failed: ${JSON.stringify(answer).slice(0, 300)}`);
    const before = await dbQueries(product.url);
    await fetch(request.url, request);
    const statements = (await dbQueries(product.url)) - before;
    const out = { prepared, cases: answer.data.cases.edges.length, statementsPerRequest: statements, runs: [] };
    // PGlite's WebAssembly and the server's JavaScript reach full speed only after some seconds of work
    // (one connection: ~55 req/s in the first 5 s, ~105 after 15), so each setting is warmed up that long first.
    await autocannon({ ...request, connections: 1, duration: Math.max(WARMUP, EMBEDDED_WARMUP_S) });
    for (const connections of [1, 10]) {
      await autocannon({ ...request, connections, duration: WARMUP });
      const r = await autocannon({ ...request, connections, duration: DURATION });
      out.runs.push({ connections, requestsPerSecond: round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx });
    }
    return out;
  } finally {
    await product.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Both settings, then three cold starts (the median is the figure). */
export async function measureEmbedded() {
  log('embedded database: the nested page of 10 on the demo coalition ...');
  const pages = [];
  for (const prepared of [false, true]) {
    pages.push(await measureOne(prepared));
    log(`  prepared ${prepared}: ${pages.at(-1).runs.map((r) => `${r.connections} conn. ${r.requestsPerSecond} req/s`).join(', ')}`);
  }
  log('embedded database: cold start of a new DATA_DIR ...');
  const coldStartRunsMs = [];
  for (let i = 0; i < 3; i++) coldStartRunsMs.push(await coldStart());
  return { pages, coldStartRunsMs, coldStartMs: [...coldStartRunsMs].sort((x, y) => x - y)[1] };
}

export function embeddedTargets(e) {
  const best = (prepared) => Math.max(...e.pages.find((p) => p.prepared === prepared).runs.map((r) => r.requestsPerSecond));
  return [
    { target: `embedded database: nested page of 10 on the demo data ≥ ${EMBEDDED_TARGET_RPS} req/s`, measured: `${best(true)} req/s (${best(false)} without prepared statements)`, pass: best(true) >= EMBEDDED_TARGET_RPS },
    { target: `embedded database: cold start of a new DATA_DIR < ${COLD_START_TARGET_MS / 1000} s`, measured: `${round(e.coldStartMs / 1000)} s (median of ${e.coldStartRunsMs.map((ms) => round(ms / 1000)).join(', ')} s)`, pass: e.coldStartMs < COLD_START_TARGET_MS },
  ];
}

export function embeddedMarkdown(e, { date, machine, targets }) {
  return [
    '# Embedded database benchmark',
    '',
    `${date}. Produced by \`npm run bench -- --only embedded\`; do not edit by hand. The full benchmark (bench/results.md) runs the same measures among its others.`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGb} GB RAM, ${machine.os}; Node ${machine.node}. The built product (\`node server/dist/main.js\`, as \`npm start\` runs it) on a new DATA_DIR with the demo coalition, as the ADMIN of adc-memorial (${e.pages[0].cases} readable cases on the page).`,
    '',
    '## Targets',
    '',
    '| Target | Measured | |',
    '|---|---|---|',
    ...targets.map((t) => `| ${t.target} | ${t.measured} | ${t.pass ? 'pass' : '**miss**'} |`),
    '',
    '## Nested page of 10',
    '',
    '| Prepared statements | SQL statements per request | Connections | req/s | p50 ms | p99 ms | errors |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...e.pages.flatMap((p) => p.runs.map((r) => `| ${p.prepared ? 'on (default)' : 'off'} | ${p.statementsPerRequest} | ${r.connections} | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.errors} |`)),
    '',
  ].join('\n');
}
