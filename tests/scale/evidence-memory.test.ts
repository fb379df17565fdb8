import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createScratchDatabase, embeddedTestDatabase, type ScratchDatabase } from '../../server/test/support/scratch-database';
import { startServerProcess, type ServerProcess } from '../support/server-process';

const MiB = 1024 * 1024;
/** Three times the bound below: a server that held the file in memory once, anywhere on the way, would exceed it. */
const FILE = 192 * MiB;
/** The bound for a 1 GiB download, here for the whole round (upload, attach, download) of a smaller file. */
const BOUND = 64 * MiB;

/** The server process's resident memory now (VmRSS), in bytes. */
function rss(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

/** `size` bytes of plain text (an allowed type, and no thumbnail or sanitised copy to make), 1 MiB at a time, never all at once. */
function* text(size: number, seed: string): Generator<Buffer> {
  for (let sent = 0, n = 0; sent < size; n++) {
    const line = `Witness statement ${seed}, part ${n}. `;
    const chunk = Buffer.from(line.repeat(Math.ceil(MiB / line.length))).subarray(0, Math.min(MiB, size - sent));
    sent += chunk.length;
    yield chunk;
  }
}

/**
 * Evidence streams through the server: uploading (tus, one PATCH of the whole file), attaching (hash check,
 * sniffing, encryption into storage) and downloading (decryption, hashing) a 192 MiB file raise the server
 * process's resident memory by less than 64 MiB, sampled every 10 ms from /proc. A real `npm start` process
 * on its own database, so nothing else shares its memory. bench/evidence-bench.mjs measures the same with
 * 1 GiB (bench/evidence-results.md); this is the CI-sized proof.
 */
(embeddedTestDatabase() || process.platform !== 'linux' ? describe.skip : describe)('evidence memory: constant whatever the file size', () => {
  let db: ScratchDatabase;
  let server: ServerProcess;
  let dataDir: string;
  let cookie = '';

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const answer = (await response.json()) as { data?: T; errors?: unknown[] };
    if (!answer.data || answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  };

  /** tus creation, then the whole body in one streamed PATCH; the upload id and the SHA-256 of what was sent. */
  async function upload(caseId: string, name: string, size: number): Promise<{ id: string; sha256: string }> {
    const tus = { 'Tus-Resumable': '1.0.0', cookie };
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const created = await fetch(`${server.url}/uploads`, { method: 'POST', headers: { ...tus, 'Upload-Length': String(size), 'Upload-Metadata': `filename ${b64(name)},caseId ${b64(caseId)}` } });
    expect(created.status).toBe(201);
    const location = created.headers.get('location')!;
    const id = location.split('/').pop()!;
    const hash = crypto.createHash('sha256');
    const url = new URL(`${server.url}/uploads/${id}`);
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({
        host: url.hostname, port: url.port, path: url.pathname, method: 'PATCH',
        headers: { ...tus, 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream', 'Content-Length': String(size) },
      });
      req.once('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.once('error', reject);
      const body = Readable.from((function* () {
        for (const chunk of text(size, name)) {
          hash.update(chunk);
          yield chunk;
        }
      })());
      pipeline(body, req).catch(reject);
    });
    expect(status).toBe(204);
    return { id, sha256: hash.digest('hex') };
  }

  /** Upload, attach, download whole; checks the hashes and returns nothing but success. */
  async function round(caseId: string, name: string, size: number): Promise<void> {
    const sent = await upload(caseId, name, size);
    const { attachEvidence } = await gql<{ attachEvidence: { id: string; sha256: string; size: number } }>(
      `mutation ($u: ID!, $c: ID!) { attachEvidence(uploadId: $u, caseId: $c) { id sha256 size } }`, { u: sent.id, c: caseId },
    );
    expect(attachEvidence).toMatchObject({ sha256: sent.sha256, size });
    const response = await fetch(`${server.url}/evidence/${attachEvidence.id}/original`, { headers: { cookie } });
    expect(response.status).toBe(200);
    const got = crypto.createHash('sha256');
    let n = 0;
    for await (const part of response.body as unknown as AsyncIterable<Uint8Array>) {
      got.update(part);
      n += part.length;
    }
    expect(n).toBe(size);
    expect(got.digest('hex')).toBe(sent.sha256);
  }

  beforeAll(async () => {
    db = await createScratchDatabase('coalition_evidence_memory');
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-evidence-memory-'));
    server = await startServerProcess({
      DATABASE_URL: db.url, COALITION_MASTER_KEY: crypto.randomBytes(32).toString('base64'), DATA_DIR: dataDir,
      SEED_DEMO: '1', NODE_ENV: 'production', LOG_LEVEL: 'warn', COOKIE_SECURE: 'false',
    }, 180_000);
    const login = await fetch(`${server.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "caseworker@adc-memorial.example.org", password: "coalition-demo-2013") { id } }' }),
    });
    cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    expect(cookie).toContain('session');
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    await db?.drop();
  }, 60_000);

  it('uploads, attaches and downloads 192 MiB with less than 64 MiB more resident memory', async () => {
    const { cases } = await gql<{ cases: { edges: { node: { id: string; myAccess: { canEdit: boolean } } }[] } }>(
      `{ cases(first: 50) { edges { node { id myAccess { canEdit } } } } }`,
    );
    const caseId = cases.edges.find((e) => e.node.myAccess.canEdit)!.node.id;
    const pid = server.child.pid!;
    // A small round first: code paths, pools and the exiftool process are warm, so what follows is the file's own cost.
    await round(caseId, 'warm-up.txt', 4 * MiB);
    const baseline = rss(pid);
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, rss(pid))), 10);
    try {
      await round(caseId, 'large-statement.txt', FILE);
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, rss(pid));
    const rise = peak - baseline;
    process.stderr.write(`evidence memory: ${FILE / MiB} MiB round, server RSS ${(baseline / MiB).toFixed(0)} MiB -> peak ${(peak / MiB).toFixed(0)} MiB (+${(rise / MiB).toFixed(1)} MiB)\n`);
    expect(rise).toBeLessThan(BOUND);
  }, 300_000);
});
