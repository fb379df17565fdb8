import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { TestClient } from '../../../test/support/test-client';
import { pdfText } from '../../../test/support/pdf-text';
import { waitUntil } from '../../../test/support/wait-until';

const ONE = `query ($id: ID!) { statement(id: $id) { id currentVersion { contentHash } signatures { organisation { id slug } current } } }`;
const SIGN = `mutation ($input: SignStatementInput!) { signStatement(input: $input) { current } }`;

/**
 * The embedded database (PGlite, one connection, one process): the seed runs
 * through the statement rules, and live updates go through the in-process
 * emitter instead of LISTEN/NOTIFY.
 */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('statements on the embedded database', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-statements-'));
  let child: ChildProcess;
  let url: string;
  let log = '';
  // PGlite cannot start inside jest's VM, so the server runs from source in its own process, as `npm start` would.
  beforeAll(async () => {
    const port = await freePort();
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('COALITION_') && !k.startsWith('TEST_') && k !== 'DATABASE_URL' && k !== 'NODE_ENV'),
    );
    child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      cwd: path.resolve(__dirname, '../../..'),
      env: { ...env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    url = `http://127.0.0.1:${port}`;
    await waitUntil(
      'the server answers /health',
      async () => {
        if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log}`);
        return fetch(`${url}/health`).then((r) => r.status === 200).catch(() => false);
      },
      { timeoutMs: 110_000, intervalMs: 200 },
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${log}`);
    });
  }, 120_000);
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const gqlAs = async <T>(client: TestClient, query: string, variables: Record<string, unknown> = {}) => client.ok<T>(query, variables);

  it('seeds the appeal, serves its PDF, and delivers a signature to a subscriber', async () => {
    const viewer = new TestClient(url);
    await viewer.login('viewer@fidh.example.org', 'coalition-demo-2013');
    const signatory = new TestClient(url);
    await signatory.login('signatory@nota-bene.example.org', 'coalition-demo-2013');
    const byStatus = async (status: string) =>
      (await gqlAs<{ statements: { edges: { node: { id: string; slug: string } }[] } }>(viewer, `query ($s: [StatementStatus!]) { statements(filter: { status: $s }) { edges { node { id slug } } } }`, { s: [status] })).statements.edges.map((e) => e.node);
    const [appeal] = await byStatus('PUBLISHED');
    const [open] = await byStatus('OPEN_FOR_SIGNATURE');
    expect(await byStatus('DRAFT')).toEqual([]);

    const pdf = await fetch(`${url}/statements/${appeal.slug}.pdf`);
    expect(pdf.status).toBe(200);
    const text = pdfText(Buffer.from(await pdf.arrayBuffer())).replace(/\s+/g, ' ');
    expect(text).toContain('Обращение правозащитников к руководству Российской Федерации и Республики Таджикистан');
    for (const name of ['Olga Abramenko', 'Nodira Abdulloeva', 'Svetlana Gannushkina', 'Suer Bellasen', 'Nargis Zokirova', 'Renat Karimov', 'Галина Петриашвили', 'Nigina Bakhrieva']) {
      expect(text).toContain(`(${name})`);
    }

    const before = (await signatory.ok<{ statement: { currentVersion: { contentHash: string }; signatures: { organisation: { id: string; slug: string }; current: boolean }[] } }>(ONE, { id: open.id })).statement;
    const notaBene = before.signatures.find((s) => s.organisation.slug === 'nota-bene')!;
    expect(notaBene.current).toBe(false);

    const cookie = viewer.cookie!;
    class CookieWebSocket extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    }
    const ws = createClient({ url: `${url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: CookieWebSocket, retryAttempts: 0 });
    try {
      const received = new Promise<{ signatureCount: number }>((resolve, reject) => {
        ws.subscribe<{ statementSignatures: { signatureCount: number } }>(
          { query: `subscription ($id: ID!) { statementSignatures(statementId: $id) { signatureCount } }`, variables: { id: open.id } },
          { next: (v) => (v.data ? resolve(v.data.statementSignatures) : reject(new Error(JSON.stringify(v.errors)))), error: reject, complete: () => undefined },
        );
      });
      // No event is sent until something changes: wait until the server's subscription listens.
      await waitUntil('the subscription listens', async () => /^coalition_live_subscriptions 1$/m.test(await (await fetch(`${url}/metrics`)).text()));
      await signatory.ok(SIGN, { input: { statementId: open.id, organisationId: notaBene.organisation.id, contentHash: before.currentVersion.contentHash, signatoryName: 'Nigina Bakhrieva' } });
      expect((await received).signatureCount).toBe(3);
    } finally {
      await ws.dispose();
    }
  }, 120_000);
});
