/* global fetch, setTimeout */
// Load runs (autocannon), sequential timings, the product's own histograms, cold start, the machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { BENCH_URL, DURATION, MAIN, PASSWORD, WARMUP } from './settings.mjs';
import { startProcess } from './processes.mjs';

export async function gql(url, query, variables, cookie) {
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await r.json();
  if (body.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors)}`);
  return { body, headers: r.headers };
}

export async function signIn(url, email) {
  const { headers } = await gql(url, `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, { e: email, p: PASSWORD });
  const cookie = headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  if (!cookie) throw new Error(`no session cookie for ${email}`);
  return cookie;
}

export const NESTED_PAGE = `query NestedPage($first: Int!) { cases(first: $first) { totalCount
  edges { node { id reference title status categories visibility incidentDate createdAt
    location { city countryCode } figures { detained deported }
    ownerOrganisation { id slug name }
    persons { id pseudonym role minor citizenship }
    events { id type occurredOn title recordedBy { id name } }
    shares { access personalData organisation { id name } } } }
  pageInfo { hasNextPage } } }`;

// The product's 1,000 cases: ten pages of 100 along the cursor, since the contract refuses `first` above 100.
export const NESTED_PAGE_AFTER = NESTED_PAGE.replace('($first: Int!)', '($first: Int!, $after: String)')
  .replace('cases(first: $first)', 'cases(first: $first, after: $after)')
  .replace('pageInfo { hasNextPage }', 'pageInfo { hasNextPage endCursor }');
export const PAGES_PER_1000 = 10;
// The product's runs last long enough for each connection to finish about ten requests: its p99 at 100
// connections is a target, and over two requests per connection (~200 samples) it was the run's worst
// one or two requests.
export const PRODUCT_REQUESTS_PER_CONNECTION = 10;

export const STATISTICS = `query Stats($f: CaseFilter) { caseStatistics(filter: $f) { totalCases crossBorderCases
  byStatus { key count suppressed } byCategory { key count suppressed } byCountry { key count suppressed }
  byMonth { key count suppressed } flows { fromCountryCode toCountryCode count suppressed }
  figures { detained deported injured childrenAffected } } }`;

export const SEARCH = `query Search($q: String!) { cases(first: 25, filter: { search: $q }) { totalCount edges { node { id reference title } } } }`;
/** A filtered list with its exact totalCount: the first ten of the filter (a status, a category, a country or a year). */
export const FILTERED = `query Filtered($f: CaseFilter) { cases(first: 10, filter: $f) { totalCount edges { node { id reference title } } } }`;
export const PERSON_NAME = `query PersonName($n: String!) { cases(first: 25, filter: { personName: $n }) { totalCount edges { node { id reference title } } } }`;
export const SEARCH_BOX = `query SearchBox($q: String!) { search(query: $q, first: 20) { totalCount
  hits { snippet node { __typename ... on Case { id reference title } ... on Statement { id title } ... on Briefing { id title } } } } }`;

/**
 * autocannon: a warm-up, then the measured run. With `estimateMs` (one request's time alone), the run lasts
 * long enough for every connection to finish about `perConnection` requests on this machine's cores (at most 120 s):
 * at a million cases an exact totalCount makes a page take seconds, and a 10 s run would count nothing.
 *
 * With `steady`, p50 and p99 are those of the steady state: every answer but each connection's first. The
 * measured run opens its connections afresh and they all send at once; that first wave is one answer in ten
 * when each connection finishes about ten, so it can decide p99 alone, and it is mostly the load generator's
 * start: with one autocannon thread per core, a page-of-100 run at 100 connections timed the first wave at up
 * to 5.5 s while the server's own histogram had every request of the run under 3 s, and the same wave sent
 * from plain sockets to an idle server was answered within 2.6 s. autocannon's figures over every answer are
 * kept beside them (`p50All`, `p99All`).
 *
 * Steady runs use one autocannon thread: only that one reports each answer, and its figures over every answer
 * were also the closer to the server's (p99/p50 1.1-1.2 at 100 connections, against 1.3-2.4 with a thread per
 * core, whose threads start with the run on the two cores the server and PostgreSQL use).
 */
export async function load(opts, connections, { estimateMs = 0, perConnection = 2, serverUrl = null, steady = false } = {}) {
  const cores = os.cpus().length;
  // A generous timeout: a slow answer is a figure to report, not an error. Throughput-only runs use one
  // autocannon thread per core, so that the load generator is not what limits a fast server.
  const base = { ...opts, connections, pipelining: 1, timeout: 120, workers: steady ? 0 : cores };
  const duration = Math.min(120, Math.max(DURATION, Math.ceil((perConnection * connections * estimateMs) / 1000 / cores)));
  const warmup = Math.min(30, Math.max(WARMUP, Math.ceil((connections * estimateMs) / 1000 / cores)));
  await autocannon({ ...base, duration: warmup });
  // The warm-up's last requests are still being served when autocannon hangs up (the server does not know
  // the client left): up to one per connection, seconds of work at 100 connections. The measured run's first
  // requests would queue behind that backlog.
  await drained();
  const before = serverUrl ? await graphqlDurations(serverUrl) : null;
  const run = autocannon({ ...base, duration });
  const steadyMs = [];
  if (steady) {
    const answered = new Map();
    run.on('response', (client, _status, _bytes, ms) => {
      const n = (answered.get(client) ?? 0) + 1;
      answered.set(client, n);
      if (n > 1) steadyMs.push(ms);
    });
  }
  const r = await run;
  const server = before ? serverPercentiles(before, await graphqlDurations(serverUrl)) : undefined;
  await drained();
  steadyMs.sort((a, b) => a - b);
  const at = (q) => (steadyMs.length ? Math.round(percentile(steadyMs, q)) : null);
  return {
    server,
    connections,
    requestsPerSecond: round(r.requests.average),
    p50: steady ? at(0.5) : r.latency.p50,
    p99: steady ? at(0.99) : r.latency.p99,
    p50All: r.latency.p50,
    p99All: r.latency.p99,
    steadySamples: steady ? steadyMs.length : undefined,
    durationSeconds: duration,
    errors: r.errors + (r.non2xx ?? 0),
    timeouts: r.timeouts,
    requests: r.requests.total,
  };
}

/** The product's own duration histogram of answered GraphQL requests: cumulative counts by upper bound (s). */
export async function graphqlDurations(serverUrl) {
  const text = await (await fetch(`${serverUrl}/metrics`)).text();
  const buckets = new Map();
  for (const line of text.split('\n')) {
    if (!line.startsWith('coalition_http_request_duration_seconds_bucket') || !line.includes('route="/graphql"') || !line.includes('status="200"')) continue;
    const le = /le="([^"]+)"/.exec(line)[1];
    buckets.set(le === '+Inf' ? Infinity : Number(le), Number(line.slice(line.lastIndexOf(' ') + 1)));
  }
  return buckets;
}

/**
 * What the server itself measured (first middleware to the response handed to the kernel) for the
 * requests it finished during a run: upper bounds of p50 and p99 (the bucket each falls in), next to
 * autocannon's figures, which also hold the time a request spends in the kernel and in the load generator.
 */
export function serverPercentiles(before, after) {
  const bounds = [...after.keys()].sort((a, b) => a - b);
  const counts = bounds.map((b) => after.get(b) - (before.get(b) ?? 0));
  const total = counts.at(-1) ?? 0;
  const bound = (q) => {
    const i = counts.findIndex((c) => c >= q * total);
    return total === 0 || i < 0 ? null : bounds[i] * 1000;
  };
  return { requests: total, p50AtMost: bound(0.5), p99AtMost: bound(0.99) };
}

/**
 * Waits until the bench database runs no query but this one, and holds no open transaction (a request
 * between two statements is still work in progress). autocannon stops sending when its run ends,
 * but a server keeps working through the requests it already accepted: at a million cases the floor's
 * backlog after 100 connections is tens of seconds of both cores, and the next run (the product's) would
 * be measured on a machine that is still busy with it.
 */
export async function drained(limitMs = 300_000) {
  const db = new pg.Client({ connectionString: BENCH_URL });
  await db.connect();
  try {
    const started = Date.now();
    let quiet = 0;
    while (quiet < 3 && Date.now() - started < limitMs) {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state IN ('active', 'idle in transaction') AND pid <> pg_backend_pid()`,
      );
      quiet = rows[0].n === 0 ? quiet + 1 : 0;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await db.end();
  }
}

/** Sequential timings (ms) of one call, for p50/p95 of things that are not about throughput. */
export async function timings(fn, count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const t = process.hrtime.bigint();
    await fn(i);
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  out.sort((a, b) => a - b);
  const at = (q) => round(percentile(out, q));
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), samples: count };
}

export const round = (n) => Math.round(n * 100) / 100;

/** The q-quantile of ascending samples, by nearest rank. */
export const percentile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

export async function dbQueries(url) {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('coalition_db_queries_total'));
  return Number(line?.split(' ')[1] ?? NaN);
}

export async function coldStart() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-cold-'));
  try {
    const server = await startProcess(MAIN, { NODE_ENV: 'production', LOG_LEVEL: 'warn', DATA_DIR: dataDir }, '/health');
    await server.stop();
    return server.startMs;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function setCaseRls(enabled) {
  const db = new pg.Client({ connectionString: BENCH_URL });
  await db.connect();
  for (const t of ['cases', 'case_persons', 'case_person_private', 'person_keys', 'case_events', 'case_shares', 'organisation_keys', 'organisations']) {
    await db.query(`ALTER TABLE ${t} ${enabled ? 'ENABLE' : 'DISABLE'} ROW LEVEL SECURITY`);
  }
  await db.end();
}

export function machine() {
  const cpus = os.cpus();
  let pgVersion = '';
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    ramGb: round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    set pg(v) {
      pgVersion = v;
    },
    get pg() {
      return pgVersion;
    },
  };
}
