/* global fetch, Buffer, setInterval, clearInterval */
// node bench/evidence-bench.mjs [--size-mib N] [--rounds R]   (after `npm run build`)
//
// Evidence upload and download throughput against the floor: a plain node:http server streaming a request
// to disk and a file back. The product runs as `npm start` does, on the embedded database in a fresh
// DATA_DIR with the demo coalition; a file of N MiB (default 1024) of random bytes is sent with tus PATCHes of
// 8 MiB, attached (hashed, sniffed, encrypted), then downloaded whole. The machine may be shared, so the floor
// and the product take turns: each of R rounds (default 5) times the floor's upload, the product's upload,
// the floor's download and the product's download, and the table gives the medians (each round's own figures
// below it). Every round sends different bytes (the product stores identical bytes once) and removes its
// evidence file afterwards. Peak server RSS is read from /proc/<pid>/status (VmHWM), and the resident memory
// (VmRSS) is sampled every 20 ms during each step: its rise above the level before the round's upload is what
// the file costs (target: < 64 MiB, memory constant in the file's size; the highest rise of all rounds is
// shown). Prints a Markdown table; the target is >= 50% of the floor's throughput.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { freePort, waitFor } from './lib/processes.mjs';
import { MAIN, ROOT, option } from './lib/settings.mjs';

const SIZE = Number(option('size-mib', '1024')) * 1024 * 1024;
const PATCH = 8 * 1024 * 1024;
const ROUNDS = Number(option('rounds', '5'));
const log = (m) => process.stderr.write(`${m}\n`);

function currentRss(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

/** Samples the process's resident memory until stopped; `stop()` answers the highest sample. */
function sampleRss(pid) {
  let peak = currentRss(pid);
  const timer = setInterval(() => (peak = Math.max(peak, currentRss(pid))), 20);
  return () => {
    clearInterval(timer);
    return Math.max(peak, currentRss(pid));
  };
}

function peakRss(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

async function start(script, env) {
  const port = await freePort();
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS && script === MAIN ? process.env.BENCH_NODE_ARGS.split(' ') : []), script], { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c) => (out = (out + c).slice(-20_000)));
  child.stderr.on('data', (c) => (out = (out + c).slice(-20_000)));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/health`, child, () => out, 600_000);
  // BENCH_NODE_ARGS (say `--cpu-prof --cpu-prof-dir=DIR`) goes to the product's node, for profiling.
  return { url, child, stop: () => new Promise((r) => (child.exitCode !== null ? r() : (child.once('exit', r), child.kill('SIGTERM')))) };
}

/** The floor: PUT streams the body to a file, GET streams it back. */
const FLOOR = `
const http = require('node:http'); const fs = require('node:fs'); const path = require('node:path');
const file = path.join(process.env.DATA_DIR, 'floor.bin');
http.createServer((req, res) => {
  if (req.url === '/health') return res.end('ok');
  if (req.method === 'PUT') { req.pipe(fs.createWriteStream(file)).on('finish', () => res.end('ok')); return; }
  res.setHeader('Content-Length', fs.statSync(file).size); fs.createReadStream(file).pipe(res);
}).listen(Number(process.env.PORT), process.env.HOST);`;

async function sourceFile(dir) {
  const file = path.join(dir, 'source.bin');
  const out = fs.createWriteStream(file);
  for (let left = SIZE; left > 0; left -= PATCH) out.write(crypto.randomBytes(Math.min(PATCH, left)));
  // A JPEG header makes the content an allowed type (image/jpeg by its magic number).
  await new Promise((r) => out.end(r));
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 0, 4, 0);
  fs.closeSync(fd);
  return file;
}

async function drain(response) {
  let n = 0;
  for await (const part of response.body) n += part.length;
  return n;
}

async function main() {
  if (!fs.existsSync(MAIN)) throw new Error('server/dist/main.js is missing: run `npm run build` first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-evidence-bench-'));
  try {
    const file = await sourceFile(dir);
    const mib = SIZE / 1024 / 1024;

    const floorScript = path.join(dir, 'floor.cjs');
    fs.writeFileSync(floorScript, FLOOR);
    const floor = await start(floorScript, { DATA_DIR: dir });
    log('starting the product (embedded database, demo seed) ...');
    const product = await start(MAIN, { DATA_DIR: path.join(dir, 'product'), SEED_DEMO: '1', LOG_LEVEL: 'warn', COOKIE_SECURE: 'false', NODE_ENV: 'production' });
    try {
      const login = await fetch(`${product.url}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { login(email: "caseworker@adc-memorial.example.org", password: "coalition-demo-2013") { id } }' }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
      const gql = async (query, variables) => (await (await fetch(`${product.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) })).json());
      // A case the caseworker may change (the first listed may be another organisation's COALITION case).
      const cases = await gql('{ cases(first: 50) { edges { node { id myAccess { canEdit } } } } }');
      const caseId = cases.data.cases.edges.find((e) => e.node.myAccess.canEdit).node.id;
      // Removing evidence is the owner's ADMIN's (the caseworker may not).
      const adminLogin = await fetch(`${product.url}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { login(email: "admin@adc-memorial.example.org", password: "coalition-demo-2013") { id } }' }),
      });
      const adminCookie = (adminLogin.headers.get('set-cookie') ?? '').split(';')[0];
      const tus = { 'Tus-Resumable': '1.0.0', cookie };
      const pid = product.child.pid;
      const rounds = [];
      const rise = { upload: 0, attach: 0, download: 0 };
      let baseline = 0;
      for (let round = 1; round <= ROUNDS; round++) {
        // Different bytes each round, the JPEG header kept.
        const fd = fs.openSync(file, 'r+');
        fs.writeSync(fd, crypto.randomBytes(16), 0, 16, 4);
        fs.closeSync(fd);

        let t = Date.now();
        await fetch(`${floor.url}/file`, { method: 'PUT', body: fs.createReadStream(file), duplex: 'half' });
        const floorUp = SIZE / ((Date.now() - t) / 1000);

        const before = currentRss(pid);
        baseline = Math.max(baseline, before);
        let stop = sampleRss(pid);
        t = Date.now();
        const created = await fetch(`${product.url}/uploads`, { method: 'POST', headers: { ...tus, 'Upload-Length': String(SIZE), 'Upload-Metadata': `filename ${Buffer.from('bench.jpg').toString('base64')},caseId ${Buffer.from(caseId).toString('base64')}` } });
        const location = created.headers.get('location');
        if (created.status !== 201 || !location) throw new Error(`tus creation answered ${created.status}`);
        const handle = await fs.promises.open(file, 'r');
        for (let offset = 0; offset < SIZE; offset += PATCH) {
          const length = Math.min(PATCH, SIZE - offset);
          const chunk = Buffer.alloc(length);
          await handle.read(chunk, 0, length, offset);
          const r = await fetch(`${product.url}${location}`, { method: 'PATCH', headers: { ...tus, 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' }, body: chunk });
          if (r.status !== 204) throw new Error(`PATCH answered ${r.status}`);
        }
        await handle.close();
        rise.upload = Math.max(rise.upload, stop() - before);
        stop = sampleRss(pid);
        const sent = Date.now();
        const attached = await gql('mutation ($u: ID!, $c: ID!) { attachEvidence(uploadId: $u, caseId: $c) { id sha256 } }', { u: location.split('/').pop(), c: caseId });
        if (!attached.data) throw new Error(JSON.stringify(attached.errors));
        const up = SIZE / ((Date.now() - t) / 1000);
        const attachSeconds = (Date.now() - sent) / 1000;
        rise.attach = Math.max(rise.attach, stop() - before);

        t = Date.now();
        await drain(await fetch(`${floor.url}/file`));
        const floorDown = SIZE / ((Date.now() - t) / 1000);

        stop = sampleRss(pid);
        t = Date.now();
        const got = await drain(await fetch(`${product.url}/evidence/${attached.data.attachEvidence.id}/original`, { headers: { cookie } }));
        const down = SIZE / ((Date.now() - t) / 1000);
        rise.download = Math.max(rise.download, stop() - before);
        if (got !== SIZE) throw new Error(`downloaded ${got} of ${SIZE} bytes`);
        const removed = await fetch(`${product.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: adminCookie }, body: JSON.stringify({ query: 'mutation ($id: ID!) { removeEvidence(id: $id, reason: "benchmark round") }', variables: { id: attached.data.attachEvidence.id } }) });
        const removal = await removed.json();
        if (!removal.data?.removeEvidence) throw new Error(`removeEvidence: ${JSON.stringify(removal.errors)}`);
        rounds.push({ up, floorUp, down, floorDown, attachSeconds });
        log(`round ${round}: upload ${(up / 1024 / 1024).toFixed(1)} MiB/s (floor ${(floorUp / 1024 / 1024).toFixed(1)}), download ${(down / 1024 / 1024).toFixed(1)} MiB/s (floor ${(floorDown / 1024 / 1024).toFixed(1)}), attach ${attachSeconds.toFixed(1)} s`);
      }
      const rss = peakRss(pid);
      const median = (f) => {
        const v = rounds.map(f).sort((a, b) => a - b);
        return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
      };
      const MiBs = (b) => (b / 1024 / 1024).toFixed(1);
      const m = { up: median((r) => r.up), floorUp: median((r) => r.floorUp), down: median((r) => r.down), floorDown: median((r) => r.floorDown), upShare: median((r) => r.up / r.floorUp), downShare: median((r) => r.down / r.floorDown), attach: median((r) => r.attachSeconds) };
      const rows = [
        `| upload (tus, ${PATCH / 1024 / 1024} MiB PATCHes, then attach: hash check, sniff, encrypt) | ${MiBs(m.up)} MiB/s | ${MiBs(m.floorUp)} MiB/s | ${Math.round(m.upShare * 100)}% |`,
        `| download (decrypt, hash, custody) | ${MiBs(m.down)} MiB/s | ${MiBs(m.floorDown)} MiB/s | ${Math.round(m.downShare * 100)}% |`,
      ];
      const each = rounds.map((r, i) => `| ${i + 1} | ${MiBs(r.up)} / ${MiBs(r.floorUp)} MiB/s (${Math.round((r.up / r.floorUp) * 100)}%) | ${MiBs(r.down)} / ${MiBs(r.floorDown)} MiB/s (${Math.round((r.down / r.floorDown) * 100)}%) | ${r.attachSeconds.toFixed(1)} s |`);
      process.stdout.write(`# Evidence benchmark, ${mib} MiB, ${os.cpus().length} cores, ${ROUNDS} rounds, ${new Date().toISOString()}\n\n`
        + `Medians of ${ROUNDS} rounds (the share is the median of each round's product/floor ratio):\n\n| step | product | floor | share |\n|---|---|---|---|\n${rows.join('\n')}\n\n`
        + `| round | upload: product / floor | download: product / floor | attach |\n|---|---|---|---|\n${each.join('\n')}\n\n`
        + `attach took ${m.attach.toFixed(1)} s (median); peak server RSS ${MiBs(rss)} MiB (whole process, embedded database included)\n\n`
        + `| step | server RSS before (highest of the rounds) | highest rise during the step | target |\n|---|---|---|---|\n`
        + ['upload', 'attach', 'download'].map((step) => `| ${step} | ${MiBs(baseline)} MiB | +${MiBs(rise[step])} MiB | < 64 MiB: ${rise[step] < 64 * 1024 * 1024 ? 'met' : 'NOT met'} |`).join('\n')
        + '\n');
    } finally {
      await product.stop();
      await floor.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
