/* global fetch */
// npm run bench [-- --cases N] [--quick] [--reuse] [--duration S]
//
// One script, one run, one machine, a real PostgreSQL (DATABASE_URL, or the
// local server on 127.0.0.1:5432). It (re)creates the database
// `coalition_bench`, lets the built product migrate it and seed the demo
// coalition (8 organisations and their members), generates the scale data set
// with generate_series, then measures the product against the floor
// (bench/floor-server.mjs) and writes bench/results.md and bench/results.json.
//
// --cases N    cases to generate (default 1,000,000; 2 events and 1 person each)
// --quick      short autocannon runs (3 s, 1 s warm-up) for development
// --reuse      keep an existing coalition_bench of the same size (skip generation)
// --duration S seconds per autocannon run (default 10; --quick: 3)
// --only search  the search measures alone (load-free: one request at a time), into bench/search-results.md
// --only embedded  the embedded database (PGlite) on the demo coalition alone, into bench/embedded-results.md
// --only overhead  the product's own overhead alone (issue 23's targets): the nested page of 10 and 100 against
//                 the floor reading the maintained count, one request at a time and at 50 connections, and
//                 `{ me { id } }` against the authentication floor, into bench/overhead-results.md
// --only replica  the data set on a primary and streaming replica started for the run (as the `postgres` OS
//                 user); the product without and with DATABASE_REPLICA_URLS, into bench/replica-results.md
//
// The parts: lib/settings.mjs (arguments, names), lib/processes.mjs (product and floor processes),
// lib/data-set.mjs (database and generated data), lib/measurement.mjs (load and timings), lib/report.mjs
// (results.md). This file runs them in order and writes the results.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { fileURLToPath } from 'node:url';
import { ADMIN_URL, BENCH_DB, BENCH_URL, CASES, COORDINATOR, DURATION, MAIN, MEMBER, ONLY, QUICK, ROOT, log, withDatabase } from './lib/settings.mjs';
import { productEnv, startProcess } from './lib/processes.mjs';
import { CATEGORIES, COUNTRIES, SURNAMES, WORDS, generate, migrateAndSeed, recreateDatabase, refreshDerived } from './lib/data-set.mjs';
import { FILTERED, NESTED_PAGE, NESTED_PAGE_AFTER, PAGES_PER_1000, PERSON_NAME, PRODUCT_REQUESTS_PER_CONNECTION, SEARCH, SEARCH_BOX, STATISTICS, dbQueries, gql, load, machine, round, setCaseRls, signIn, timings } from './lib/measurement.mjs';
import { markdown, overheadMarkdown, overheadTargets, replicaMarkdown, searchMarkdown, searchTargets, targets } from './lib/report.mjs';
import { replicaCaughtUp, runAgainstReplicaCluster, transactionsServed } from './lib/replica.mjs';
import { embeddedMarkdown, embeddedTargets, measureEmbedded } from './lib/embedded.mjs';

/** Writes bench/<name>.json and bench/<name>.md, then logs each target's verdict. */
function writeResults(name, results, render, t0) {
  fs.writeFileSync(path.join(ROOT, `bench/${name}.json`), JSON.stringify(results, null, 2) + '\n');
  fs.writeFileSync(path.join(ROOT, `bench/${name}.md`), render(results));
  log(`wrote bench/${name}.md and bench/${name}.json (${round((Date.now() - t0) / 1000)} s)`);
  for (const t of results.targets) log(`${t.pass ? 'pass' : 'MISS'}  ${t.target}: ${t.measured}`);
}

async function main() {
  if (!fs.existsSync(MAIN)) throw new Error('server/dist/main.js is missing: run `npm run build` first');
  const facts = machine();
  const results = { date: new Date().toISOString(), cases: CASES, quick: QUICK, durationSeconds: DURATION, machine: facts };
  const t0 = Date.now();
  if (ONLY === 'embedded') {
    results.embedded = await measureEmbedded();
    results.targets = embeddedTargets(results.embedded);
    fs.writeFileSync(path.join(ROOT, 'bench/embedded-results.md'), embeddedMarkdown(results.embedded, results));
    log(`wrote bench/embedded-results.md (${round((Date.now() - t0) / 1000)} s)`);
    for (const t of results.targets) log(`${t.pass ? 'pass' : 'MISS'}  ${t.target}: ${t.measured}`);
    return;
  }
  if (ONLY === 'replica' && !process.env.BENCH_REPLICA_URL) {
    await runAgainstReplicaCluster(fileURLToPath(import.meta.url), process.argv.slice(2));
    return;
  }
  const fresh = await recreateDatabase();
  // Also on --reuse: the product migrates on boot, so a reused database gets any newer migration.
  log(`migrating${fresh ? ' and seeding' : ''} ${BENCH_DB} through the product ...`);
  await migrateAndSeed();
  if (fresh) await generate();
  results.generateSeconds = round((Date.now() - t0) / 1000);
  const hasRollup = await refreshDerived(fresh);
  {
    const db = new pg.Client({ connectionString: BENCH_URL });
    await db.connect();
    facts.pg = (await db.query(`SHOW server_version`)).rows[0].server_version;
    results.counts = (await db.query(`SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM case_events)::int AS events,
      (SELECT count(*) FROM case_persons)::int AS persons, (SELECT count(*) FROM case_person_private)::int AS "sealedPersons",
      (SELECT count(*) FROM case_shares)::int AS shares, (SELECT count(*) FROM statements)::int AS statements,
      (SELECT count(*) FROM statement_signatures)::int AS signatures`)).rows[0];
    await db.end();
  }
  const machineFacts = { cpu: facts.cpu, cores: facts.cores, ramGb: facts.ramGb, node: facts.node, os: facts.os, postgres: facts.pg };
  results.machine = machineFacts;
  log(`data: ${JSON.stringify(results.counts)}`);

  if (ONLY === 'replica') {
    Object.assign(results, await measureReplica());
    results.targets = [];
    writeResults('replica-results', results, replicaMarkdown, t0);
    return;
  }
  const product = await startProcess(MAIN, productEnv(), '/health');
  if (ONLY === 'search') {
    try {
      Object.assign(results, await measureSearch(product, await signIn(product.url, MEMBER)));
    } finally {
      await product.stop();
    }
    results.targets = searchTargets(results);
    writeResults('search-results', results, searchMarkdown, t0);
    return;
  }
  const floor = await startProcess(path.join(ROOT, 'bench/floor-server.mjs'), { DATABASE_URL: BENCH_URL }, '/hello');
  const stops = [product.stop, floor.stop];
  try {
    const member = await signIn(product.url, MEMBER);
    const coordinator = await signIn(product.url, COORDINATOR);
    const me = await gql(product.url, `{ me { id memberships { organisation { id slug } } } }`, {}, member);
    const memberOrg = me.body.data.me.memberships.find((m) => m.organisation.slug === 'adc-memorial').organisation.id;
    if (ONLY === 'overhead') {
      Object.assign(results, await measureOverhead(product, floor, member, memberOrg));
      results.targets = overheadTargets(results);
      writeResults('overhead-results', results, overheadMarkdown, t0);
      return;
    }

    // Same rows on both sides, checked once.
    const p = await gql(product.url, NESTED_PAGE, { first: 10 }, member);
    const f = await (await fetch(`${floor.url}/cases?first=10&org=${memberOrg}`)).json();
    const sameIds = JSON.stringify(p.body.data.cases.edges.map((e) => e.node.id)) === JSON.stringify(f.data.cases.edges.map((e) => e.node.id));
    results.sameRows = sameIds && p.body.data.cases.totalCount === f.data.cases.totalCount;
    if (!results.sameRows) log('WARNING: the floor and the product disagree on the page (ids or totalCount)');

    // SQL statements per request, per page size. The counter is the process's: the mail queue's polling and
    // background maintenance add to it at any moment, so each figure is the least of five tries.
    const statementsOf = async (request) => {
      let least = Infinity;
      for (let i = 0; i < 5; i++) {
        const before = await dbQueries(product.url);
        await request();
        least = Math.min(least, (await dbQueries(product.url)) - before);
      }
      return least;
    };
    results.sqlPerRequest = {};
    for (const first of [10, 100]) results.sqlPerRequest[first] = await statementsOf(() => gql(product.url, NESTED_PAGE, { first }, member));

    // 1,000 cases from the product: the cursors of ten pages of 100, found once, then walked.
    const chain = [null];
    while (chain.length < PAGES_PER_1000) {
      chain.push((await gql(product.url, NESTED_PAGE_AFTER, { first: 100, after: chain.at(-1) }, member)).body.data.cases.pageInfo.endCursor);
    }
    const chainVariables = chain.map((after) => ({ first: 100, after }));
    const walk1000 = async () => {
      for (const variables of chainVariables) await gql(product.url, NESTED_PAGE_AFTER, variables, member);
    };
    // Per page, like the other sizes: the most any of the ten pages took.
    results.sqlPerRequest[1000] = 0;
    for (const variables of chainVariables) {
      results.sqlPerRequest[1000] = Math.max(results.sqlPerRequest[1000], await statementsOf(() => gql(product.url, NESTED_PAGE_AFTER, variables, member)));
    }

    // One request at a time: the latency of a page on an idle server, what the database costs.
    results.sequential = {};
    for (const first of [10, 100, 1000]) {
      results.sequential[first] = {
        floor: await timings(() => fetch(`${floor.url}/cases?first=${first}&org=${memberOrg}`).then((r) => r.text()), QUICK ? 5 : 20),
        // For 1,000: the ten pages one after another, the time to the last of them.
        product: await timings(() => (first <= 100 ? gql(product.url, NESTED_PAGE, { first }, member) : walk1000()), QUICK ? 5 : 20),
        // The floor with the product's maintained count instead of a scan: what the product's own SQL
        // and GraphQL cost on top of the same data work (one request at a time only).
        floorMaintained: await timings(() => fetch(`${floor.url}/cases?first=${first}&org=${memberOrg}&count=maintained`).then((r) => r.text()), QUICK ? 5 : 20),
      };
    }

    // Nested page: product vs floor.
    results.nested = [];
    for (const first of [10, 100, 1000]) {
      for (const connections of [50, 100]) {
        log(`nested page of ${first}, ${connections} connections ...`);
        const floorRun = await load({ url: `${floor.url}/cases?first=${first}&org=${memberOrg}` }, connections, { estimateMs: results.sequential[first].floor.p50, steady: true });
        const headers = { 'content-type': 'application/json', cookie: member };
        let productRun;
        if (first <= 100) {
          productRun = await load(
            { url: `${product.url}/graphql`, method: 'POST', headers, body: JSON.stringify({ query: NESTED_PAGE, variables: { first } }) },
            connections,
            { estimateMs: results.sequential[first].product.p50, perConnection: PRODUCT_REQUESTS_PER_CONNECTION, serverUrl: product.url, steady: true },
          );
        } else {
          // Each connection walks the ten pages in turn (autocannon cycles a request sequence per
          // connection): requests per second over ten is complete 1,000-case answers per second.
          // Latencies stay per page.
          const run = await load(
            { url: product.url, requests: chainVariables.map((variables) => ({ method: 'POST', path: '/graphql', headers, body: JSON.stringify({ query: NESTED_PAGE_AFTER, variables }) })) },
            connections,
            { estimateMs: results.sequential[first].product.p50 / PAGES_PER_1000, perConnection: PRODUCT_REQUESTS_PER_CONNECTION, serverUrl: product.url, steady: true },
          );
          productRun = { ...run, requestsPerSecond: round(run.requestsPerSecond / PAGES_PER_1000), pagesPerAnswer: PAGES_PER_1000 };
        }
        results.nested.push({ first, connections, floor: floorRun, product: productRun, ratio: productRun && floorRun.requestsPerSecond > 0 ? round(productRun.requestsPerSecond / floorRun.requestsPerSecond) : null });
      }
    }

    // Two server processes on the same database, the load spread over both by the client (autocannon's
    // connections alternate between the two URLs, a round robin): what a second process adds on this machine.
    log('nested page of 10, 50 connections, two processes ...');
    {
      const second = await startProcess(MAIN, productEnv(), '/health');
      stops.push(second.stop);
      const body = JSON.stringify({ query: NESTED_PAGE, variables: { first: 10 } });
      const headers = { 'content-type': 'application/json', cookie: member };
      const run = await load({ url: [`${product.url}/graphql`, `${second.url}/graphql`], method: 'POST', headers, body }, 50, { estimateMs: results.sequential[10].product.p50, steady: true });
      await second.stop();
      const one = results.nested.find((n) => n.first === 10 && n.connections === 50);
      results.twoProcesses = { first: 10, connections: 50, one: one.product.requestsPerSecond, two: run.requestsPerSecond, p50: run.p50, p99: run.p99, errors: run.errors, floor: one.floor.requestsPerSecond, gain: one.product.requestsPerSecond > 0 ? round(run.requestsPerSecond / one.product.requestsPerSecond) : null };
    }

    // Row-level security's cost: the same server and query with the case tables' RLS disabled for the run.
    log('nested page of 10 without row-level security ...');
    await setCaseRls(false);
    try {
      const noRls = await load(
        { url: `${product.url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json', cookie: member }, body: JSON.stringify({ query: NESTED_PAGE, variables: { first: 10 } }) },
        50,
        { estimateMs: results.sequential[10].product.p50, steady: true },
      );
      const withRls = results.nested.find((n) => n.first === 10 && n.connections === 50).product;
      results.rls = { withRls: withRls.requestsPerSecond, withoutRls: noRls.requestsPerSecond, cost: noRls.requestsPerSecond > 0 ? round(1 - withRls.requestsPerSecond / noRls.requestsPerSecond) : null };
    } finally {
      await setCaseRls(true);
    }

    // Statistics: first a check that the answer is right (a stale rollup would be fast and wrong).
    log('statistics ...');
    {
      const db = new pg.Client({ connectionString: BENCH_URL });
      await db.connect();
      const expected = (await db.query(`SELECT count(*)::int AS n FROM cases WHERE include_in_statistics`)).rows[0].n;
      await db.end();
      const answered = (await gql(product.url, STATISTICS, {}, coordinator)).body.data.caseStatistics.totalCases;
      results.statisticsCorrect = answered === expected;
      if (!results.statisticsCorrect) log(`WARNING: coalition-wide totalCases ${answered}, expected ${expected}`);
    }
    const samples = QUICK ? 30 : 200;
    results.statistics = {
      rollup: hasRollup,
      coalition: await timings(() => gql(product.url, STATISTICS, {}, coordinator), samples),
      organisation: await timings(() => gql(product.url, STATISTICS, { f: { ownerOrganisationId: memberOrg } }, member), samples),
    };

    Object.assign(results, await measureSearch(product, member));

    Object.assign(results, await measureOverhead(product, floor, member, memberOrg));
  } finally {
    for (const stop of stops) await stop();
  }

  // The embedded database: the nested page with and without prepared statements, then three cold starts,
  // each on a new empty directory (the median is reported, all three are kept).
  results.embedded = await measureEmbedded();
  results.coldStartRunsMs = results.embedded.coldStartRunsMs;
  results.coldStartMs = results.embedded.coldStartMs;

  results.targets = [...targets(results), ...embeddedTargets(results.embedded)];
  writeResults('results', results, markdown, t0);
}

/**
 * The product's own overhead (issue 23): the nested page of 10 and 100 against the floor that reads the same
 * maintained count, one request at a time and at 50 connections, both measured the same way (steady state, as
 * many answers per connection); `{ me { id } }` against a node:http hello world (the floor's /hello) and
 * against a floor that runs the product's authentication SQL for the same session and nothing else (/me).
 */
async function measureOverhead(product, floor, member, memberOrg) {
  const headers = { 'content-type': 'application/json', cookie: member };
  const overhead = [];
  for (const first of [10, 100]) {
    log(`overhead: nested page of ${first} against the floor reading the maintained count ...`);
    const floorUrl = `${floor.url}/cases?first=${first}&org=${memberOrg}&count=maintained`;
    const sequential = {
      product: await timings(() => gql(product.url, NESTED_PAGE, { first }, member), QUICK ? 10 : 50),
      floorMaintained: await timings(() => fetch(floorUrl).then((r) => r.text()), QUICK ? 10 : 50),
    };
    const options = { perConnection: PRODUCT_REQUESTS_PER_CONNECTION, steady: true };
    const productRun = await load(
      { url: `${product.url}/graphql`, method: 'POST', headers, body: JSON.stringify({ query: NESTED_PAGE, variables: { first } }) },
      50,
      { ...options, estimateMs: sequential.product.p50, serverUrl: product.url },
    );
    const floorRun = await load({ url: floorUrl }, 50, { ...options, estimateMs: sequential.floorMaintained.p50 });
    overhead.push({
      first,
      sequential,
      product: productRun,
      floorMaintained: floorRun,
      // How many times the floor's time the product takes: p50 one at a time, time per answer under load.
      sequentialRatio: round(sequential.product.p50 / sequential.floorMaintained.p50),
      loadRatio: productRun.requestsPerSecond > 0 ? round(floorRun.requestsPerSecond / productRun.requestsPerSecond) : null,
    });
  }
  log('{ me { id } } vs hello world and the authentication floor ...');
  const meAnswer = await gql(product.url, '{ me { id } }', {}, member);
  const floorAnswer = await (await fetch(`${floor.url}/me`, { headers: { cookie: member } })).json();
  if (floorAnswer.data.me?.id !== meAnswer.body.data.me.id) throw new Error(`the authentication floor answers ${JSON.stringify(floorAnswer)}, the product ${JSON.stringify(meAnswer.body)}`);
  const me = {
    product: await load({ url: `${product.url}/graphql`, method: 'POST', headers, body: JSON.stringify({ query: '{ me { id } }' }) }, 50),
    hello: await load({ url: `${floor.url}/hello` }, 50),
    authFloor: await load({ url: `${floor.url}/me`, headers: { cookie: member } }, 50),
  };
  me.ratio = round(me.product.requestsPerSecond / me.hello.requestsPerSecond);
  me.authRatio = round(me.product.requestsPerSecond / me.authFloor.requestsPerSecond);
  return { overhead, me };
}

/**
 * The nested page of 10 and `{ me { id } }`, one request at a time and at 50 connections, on one process
 * without replicas, one with the replica, and two with it behind a round robin; where each process's
 * transactions ran (its `coalition_db_transactions_total`).
 */
async function measureReplica() {
  const replicaUrl = withDatabase(process.env.BENCH_REPLICA_URL, BENCH_DB);
  await replicaCaughtUp(ADMIN_URL, process.env.BENCH_REPLICA_URL, BENCH_DB);
  const page = JSON.stringify({ query: NESTED_PAGE, variables: { first: 10 } });
  const me = JSON.stringify({ query: '{ me { id } }' });
  const measure = async (label, urls) => {
    log(`${label} ...`);
    const member = await signIn(urls[0], MEMBER);
    const headers = { 'content-type': 'application/json', cookie: member };
    // The sign-in is a write: the member's reads wait for the replica to replay it (read-your-writes).
    for (let i = 0; i < 50; i++) await gql(urls[0], NESTED_PAGE, { first: 10 }, member);
    const before = await Promise.all(urls.map(transactionsServed));
    const sequential = await timings(() => gql(urls[0], NESTED_PAGE, { first: 10 }, member), QUICK ? 10 : 50);
    const pageRun = await load({ url: urls.map((u) => `${u}/graphql`), method: 'POST', headers, body: page }, 50, { estimateMs: sequential.p50, steady: true });
    const meRun = await load({ url: urls.map((u) => `${u}/graphql`), method: 'POST', headers, body: me }, 50);
    const after = await Promise.all(urls.map(transactionsServed));
    const served = { primary: 0, replica: 0 };
    for (let i = 0; i < urls.length; i++) for (const k of ['primary', 'replica']) served[k] += after[i][k] - before[i][k];
    return { label, processes: urls.length, sequential, page: pageRun, me: meRun, served };
  };
  const runs = [];
  const alone = await startProcess(MAIN, productEnv(), '/health');
  try {
    runs.push(await measure('one process, primary only', [alone.url]));
  } finally {
    await alone.stop();
  }
  const first = await startProcess(MAIN, productEnv({ DATABASE_REPLICA_URLS: replicaUrl }), '/health');
  const second = await startProcess(MAIN, productEnv({ DATABASE_REPLICA_URLS: replicaUrl }), '/health');
  try {
    runs.push(await measure('one process, queries on the replica', [first.url]));
    runs.push(await measure('two processes (round robin), queries on the replica', [first.url, second.url]));
  } finally {
    await second.stop();
    await first.stop();
  }
  return { replicaRuns: runs };
}

/** A measure whose first answer takes longer is reported from that one answer and not repeated. */
const PROBE_LIMIT_MS = 5000;

/** Full-text and name search, one request at a time (`timings`), as the member. */
async function measureSearch(product, member) {
  log('search ...');
  // Full-text search: a different word each time, so no answer is cached anywhere.
  const search = await timings((i) => gql(product.url, SEARCH, { q: WORDS[i % 64] }, member), QUICK ? 64 : 256);
  // The same slice through word forms: a prefix of the word ("w1ra" for "w1raid") and an English plural
  // ("w1raids", whose stem is the word), and the search box over cases, statements and briefings.
  const n = QUICK ? 64 : 256;
  const searchPrefix = await timings((i) => gql(product.url, SEARCH, { q: WORDS[i % 64].slice(0, 4) }, member), n);
  const searchForm = await timings((i) => gql(product.url, SEARCH, { q: `${WORDS[i % 64]}s` }, member), n);
  const searchBox = await timings((i) => gql(product.url, SEARCH_BOX, { q: WORDS[i % 64] }, member), n);
  // A surname shared by 1/64 of the persons, through the blind index (only persons the member may read).
  // One probe first: at a million cases one answer has taken tens of seconds, and 256 of them would hold the run for hours.
  const byName = (i) => gql(product.url, PERSON_NAME, { n: SURNAMES[i % 64] }, member);
  const probe = await timings(byName, 1);
  const personName = probe.p50 > PROBE_LIMIT_MS ? { ...probe, abandoned: true } : await timings(byName, n);
  return { search, searchPrefix, searchForm, searchBox, personName, filtered: await measureFiltered(product, member, n) };
}

/**
 * totalCount of a list filtered by one status, category, country or incident year (a different value each
 * time: 4 statuses, 8 categories, 8 countries, the 14 years of the data set), the first ten with it.
 */
async function measureFiltered(product, member, n) {
  log('filtered counts ...');
  const STATUSES = ['OPEN', 'MONITORING', 'CLOSED', 'RESOLVED'];
  const filtered = (filter) => (i) => gql(product.url, FILTERED, { f: filter(i) }, member);
  return {
    status: await timings(filtered((i) => ({ status: [STATUSES[i % 4]] })), n),
    category: await timings(filtered((i) => ({ categories: [CATEGORIES[i % 8]] })), n),
    country: await timings(filtered((i) => ({ countryCode: COUNTRIES[i % 8] })), n),
    year: await timings(filtered((i) => ({ occurredFrom: `${2010 + (i % 14)}-01-01`, occurredTo: `${2010 + (i % 14)}-12-31` })), n),
  };
}

main().catch((error) => {
  process.stderr.write(`\nbench failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
