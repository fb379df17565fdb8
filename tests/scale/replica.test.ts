import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { embeddedTestDatabase } from '../../server/test/support/scratch-database';
import { waitUntil } from '../../server/test/support/wait-until';
import { canStartReplicaCluster, startReplicaCluster, type ReplicaCluster } from '../support/replica-cluster';
import { startServerProcess, type ServerProcess } from '../support/server-process';

const PASSWORD = 'coalition-demo-2013';
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`;
const ME = `{ me { id memberships { organisation { id slug } roles } } }`;
const OPEN_STATEMENTS = `{ statements(filter: { status: [OPEN_FOR_SIGNATURE] }) { edges { node { id currentVersion { contentHash } signatures { organisation { id } } } } } }`;
const SIGN = `mutation ($input: SignStatementInput!) { signStatement(input: $input) { id organisation { id } } }`;
const SUBSCRIBE = `subscription ($id: ID!) { statementSignatures(statementId: $id) { id signatureCount signatures { organisation { id } } } }`;

interface Answer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}
interface OpenStatement {
  id: string;
  currentVersion: { contentHash: string };
  signatures: { organisation: { id: string } }[];
}

/**
 * The product on a real primary with a real streaming replica (hot standby), both started by the test
 * (tests/support/replica-cluster.ts), with DATABASE_REPLICA_URLS naming the replica.
 *
 * What this pins down today: the product boots and serves with a replica configured, every request
 * (reads included) runs on the primary, so a write is read back at once and a stopped replica costs
 * no request, and subscriptions deliver. Reads do NOT go to the replica yet: a request's identity is
 * a row of the UNLOGGED table app_actor_context, which a hot standby can neither write nor even read
 * (see docs/SCALING.md, "Replicas"). The last test asserts that reason, so that whoever lifts it
 * turns this file into the routing test.
 */
(embeddedTestDatabase() || !canStartReplicaCluster() ? describe.skip : describe)('a primary with a streaming replica', () => {
  let cluster: ReplicaCluster | null = null;
  let server: (ServerProcess & { startMs: number }) | null = null;
  let dataDir: string | null = null;
  const sockets: Client[] = [];

  async function graphql<T>(query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<{ answer: Answer<T>; cookie: string | null }> {
    const response = await fetch(`${server!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    return { answer: (await response.json()) as Answer<T>, cookie: setCookie || null };
  }

  async function login(email: string): Promise<string> {
    const { answer, cookie } = await graphql(LOGIN, { email, password: PASSWORD });
    expect(answer.errors).toBeUndefined();
    return cookie!;
  }

  /** One statement on a server as its superuser. */
  async function sql<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
    const client = new PgClient({ connectionString: url });
    client.on('error', () => undefined);
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /**
   * The statements the application role's sessions on a server last ran (requests log in as it, see
   * core/db/request-connection.ts). TypeORM opens one connection to each replica at boot to check it,
   * and runs nothing on it: that session shows an empty query.
   */
  const appStatements = async (url: string) =>
    (await sql<{ query: string }>(url, `SELECT query FROM pg_stat_activity WHERE usename = 'coalition_app' AND query <> ''`)).map((r) => r.query);

  async function orgOf(cookie: string, slug: string): Promise<string> {
    const me = (await graphql<{ me: { memberships: { organisation: { id: string; slug: string } }[] } }>(ME, {}, cookie)).answer.data!.me;
    return me.memberships.find((m) => m.organisation.slug === slug)!.organisation.id;
  }

  async function openStatements(cookie: string): Promise<OpenStatement[]> {
    const { answer } = await graphql<{ statements: { edges: { node: OpenStatement }[] } }>(OPEN_STATEMENTS, {}, cookie);
    expect(answer.errors).toBeUndefined();
    return answer.data!.statements.edges.map((e) => e.node);
  }

  async function sign(cookie: string, statement: OpenStatement, organisationId: string): Promise<void> {
    const { answer } = await graphql(SIGN, {
      input: { statementId: statement.id, organisationId, signatoryName: 'Signatory', contentHash: statement.currentVersion.contentHash },
    }, cookie);
    expect(answer.errors).toBeUndefined();
  }

  beforeAll(async () => {
    cluster = await startReplicaCluster();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-replica-data-'));
    server = await startServerProcess(
      {
        DATABASE_URL: cluster.primaryUrl,
        DATABASE_REPLICA_URLS: cluster.replicaUrl,
        COALITION_MASTER_KEY: crypto.randomBytes(32).toString('base64'),
        DATA_DIR: dataDir,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        COOKIE_SECURE: 'false',
        SEED_DEMO: '1',
      },
      180_000,
    );
  }, 300_000);

  afterAll(async () => {
    for (const s of sockets) await s.dispose();
    await server?.stop();
    cluster?.destroy();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('streams what the product wrote on the primary to the replica', async () => {
    const [{ n: users }] = await sql<{ n: string }>(cluster!.primaryUrl, `SELECT count(*) AS n FROM users`);
    expect(Number(users)).toBeGreaterThan(0);
    const [{ lsn }] = await sql<{ lsn: string }>(cluster!.primaryUrl, `SELECT pg_current_wal_lsn()::text AS lsn`);
    await waitUntil('the replica replayed the seed', async () => {
      const [row] = await sql<{ caught: boolean }>(cluster!.replicaUrl, `SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS caught`, [lsn]);
      return row.caught;
    });
    const [replica] = await sql<{ n: string; recovering: boolean }>(cluster!.replicaUrl, `SELECT count(*) AS n, pg_is_in_recovery() AS recovering FROM users`);
    expect(replica).toEqual({ n: users, recovering: true });
  });

  it('reads a write back at once: every request runs on the primary, none on the replica', async () => {
    const cookie = await login('signatory@gendermedia.example.org');
    const orgId = await orgOf(cookie, 'gendermedia');
    const statement = (await openStatements(cookie)).find((s) => !s.signatures.some((g) => g.organisation.id === orgId))!;
    expect(statement).toBeDefined();
    await sign(cookie, statement, orgId);
    const after = (await openStatements(cookie)).find((s) => s.id === statement.id)!;
    expect(after.signatures.map((g) => g.organisation.id)).toContain(orgId);
    expect(after.signatures).toHaveLength(statement.signatures.length + 1);
    expect((await appStatements(cluster!.primaryUrl)).length).toBeGreaterThan(0);
    expect(await appStatements(cluster!.replicaUrl)).toEqual([]);
  });

  it('cannot carry a request identity on the replica yet: the actor context is unlogged', async () => {
    // Why reads stay on the primary (docs/SCALING.md): every policy reads app_actor(), whose row lives
    // in an UNLOGGED table, and a hot standby refuses to plan a statement that touches one.
    await expect(sql(cluster!.replicaUrl, `SELECT * FROM app_actor()`)).rejects.toThrow(/unlogged relations during recovery/);
    await expect(sql(cluster!.primaryUrl, `SELECT * FROM app_actor()`)).resolves.toEqual([]);
  });

  it('loses no request when the replica stops, and a subscription still delivers', async () => {
    cluster!.stopReplica();
    await expect(sql(cluster!.replicaUrl, 'SELECT 1')).rejects.toThrow();
    expect((await fetch(`${server!.url}/health`)).status).toBe(200);

    const watcher = await login('viewer@fidh.example.org');
    for (let i = 0; i < 10; i++) {
      const { answer } = await graphql<{ me: { id: string } }>(ME, {}, watcher);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.me.id).toBeTruthy();
    }

    // A signatory whose organisation has an open statement left to sign (the seed signed some).
    let found: { signatory: string; orgId: string; statement: OpenStatement } | null = null;
    for (const slug of ['nota-bene', 'adc-memorial', 'chr-dushanbe', 'civil-assistance', 'bureau-hr', 'migrant-union', 'fidh']) {
      const cookie = await login(`signatory@${slug}.example.org`);
      const org = await orgOf(cookie, slug);
      const open = (await openStatements(cookie)).find((s) => !s.signatures.some((g) => g.organisation.id === org));
      if (open) {
        found = { signatory: cookie, orgId: org, statement: open };
        break;
      }
    }
    expect(found).not.toBeNull();
    const { signatory, orgId, statement } = found!;
    class CookieWebSocket extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie: watcher } });
      }
    }
    const client = createClient({ url: `${server!.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: true });
    sockets.push(client);
    const events: { statementSignatures: { signatures: { organisation: { id: string } }[] } }[] = [];
    let failure: unknown = null;
    client.subscribe(
      { query: SUBSCRIBE, variables: { id: statement.id } },
      { next: (v) => (v.errors ? (failure = v.errors) : events.push(v.data as (typeof events)[number])), error: (e) => (failure = e), complete: () => undefined },
    );
    await waitUntil('the server listens on statement_signatures', async () =>
      Number((await sql<{ n: string }>(cluster!.primaryUrl, `SELECT count(*) AS n FROM pg_stat_activity WHERE query = 'LISTEN statement_signatures'`))[0].n) > 0,
    );
    expect(failure).toBeNull();
    await sign(signatory, statement, orgId);
    await waitUntil('the signature reached the subscription', async () =>
      events.some((e) => e.statementSignatures.signatures.some((g) => g.organisation.id === orgId)),
    );
    expect(failure).toBeNull();
  });
});
