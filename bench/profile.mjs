// npm run bench:profile [-- --query me|page10|page100] [--seconds S] [--connections N]
//
// Where the product's own time goes: starts the built server with `--cpu-prof` on the benchmark database
// (`coalition_bench`, made by `npm run bench`; any size), loads one query with autocannon, stops the server so
// that V8 writes its profile, and writes bench/profiles/<query>.md: self time by package and by function.
// The .cpuprofile itself (open it in Chrome DevTools' Performance panel or speedscope for the flame graph)
// stays in bench/profiles/ and is not committed (.gitignore).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { BENCH_URL, MAIN, MEMBER, ROOT, log, option } from './lib/settings.mjs';
import { freePort, productEnv, waitFor } from './lib/processes.mjs';
import { NESTED_PAGE, signIn } from './lib/measurement.mjs';

const QUERIES = {
  me: { query: '{ me { id } }' },
  page10: { query: NESTED_PAGE, variables: { first: 10 } },
  page100: { query: NESTED_PAGE, variables: { first: 100 } },
};
const name = option('query', 'me');
const seconds = Number(option('seconds', '10'));
const connections = Number(option('connections', '50'));
if (!QUERIES[name]) throw new Error(`--query must be one of ${Object.keys(QUERIES).join(', ')}`);
const OUT = path.join(ROOT, 'bench/profiles');

/** Which package a frame belongs to: node_modules' package, the product's own code, Node itself, V8. */
function owner(url) {
  if (!url) return '(V8 / native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node';
  if (url.includes('/server/dist/')) return 'coalition server';
  if (url.includes('/shared/dist/')) return 'coalition shared';
  return url;
}

function summarise(profile, totalRequests) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0)));
  const packages = new Map();
  const functions = new Map();
  let total = 0;
  for (const [id, micros] of self) {
    const node = byId.get(id);
    const frame = node.callFrame;
    if (frame.functionName === '(idle)') continue;
    total += micros;
    const pkg = owner(frame.url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
    const fn = `${frame.functionName || '(anonymous)'} ${pkg === 'coalition server' ? frame.url.slice(frame.url.indexOf('/server/dist/') + 1) : pkg}:${frame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + micros);
  }
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  const pct = (micros) => `${((100 * micros) / total).toFixed(1)}%`;
  const perRequest = (micros) => `${(micros / totalRequests).toFixed(1)}`;
  return [
    `Busy CPU time of the server's main thread: ${(total / 1000).toFixed(0)} ms over ${totalRequests} answers, ${perRequest(total)} µs per answer.`,
    '',
    '| Package | Self time | µs per answer |',
    '|---|---:|---:|',
    ...top(packages, 25).map(([k, v]) => `| ${k} | ${pct(v)} | ${perRequest(v)} |`),
    '',
    '| Function | Self time |',
    '|---|---:|',
    ...top(functions, 40).map(([k, v]) => `| \`${k.replace(/\|/g, '\\|')}\` | ${pct(v)} |`),
  ].join('\n');
}

async function main() {
  if (!fs.existsSync(MAIN)) throw new Error('server/dist/main.js is missing: run `npm run build` first');
  fs.mkdirSync(OUT, { recursive: true });
  const dir = fs.mkdtempSync(path.join(OUT, '.run-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), HOST: '127.0.0.1', ...productEnv() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c) => (out = (out + c).slice(-20_000)));
  child.stderr.on('data', (c) => (out = (out + c).slice(-20_000)));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    await waitFor(`${url}/health`, child, () => out);
    const cookie = await signIn(url, MEMBER);
    const { query, variables } = QUERIES[name];
    const opts = {
      url: `${url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
      connections,
      pipelining: 1,
    };
    log(`warming up ${name} ...`);
    await autocannon({ ...opts, duration: 3 });
    log(`profiling ${name}, ${connections} connections, ${seconds} s ...`);
    const run = await autocannon({ ...opts, duration: seconds });
    child.kill('SIGTERM');
    await exited;
    const [file] = fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error(`the server wrote no profile:\n${out}`);
    const target = path.join(OUT, `${name}.cpuprofile`);
    fs.renameSync(path.join(dir, file), target);
    const profile = JSON.parse(fs.readFileSync(target, 'utf8'));
    const db = new pg.Client({ connectionString: BENCH_URL });
    await db.connect();
    const cases = (await db.query('SELECT count(*)::int AS n FROM cases')).rows[0].n;
    await db.end();
    // The profile spans start-up and the warm-up too: count those answers as well (warm-up ≈ the run's rate).
    const answers = Math.round(run.requests.total * (1 + 3 / seconds));
    const report = [
      `# CPU profile: ${name}`,
      '',
      `\`npm run bench:profile -- --query ${name}\`, ${new Date().toISOString()}, ${cases.toLocaleString('en')} cases, ${connections} connections: ${Math.round(run.requests.average)} req/s, ` +
        `p50 ${run.latency.p50} ms, errors ${run.errors + (run.non2xx ?? 0)}. Flame graph: \`bench/profiles/${name}.cpuprofile\` (not committed; open it in ` +
        'Chrome DevTools or speedscope). Start-up is in the profile too, a small share of a 10 s run.',
      '',
      summarise(profile, answers),
      '',
    ].join('\n');
    fs.writeFileSync(path.join(OUT, `${name}.md`), report);
    log(`wrote bench/profiles/${name}.md`);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  log(error instanceof Error ? error.stack ?? error.message : String(error));
  process.exitCode = 1;
});
