import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { createScratchDatabase, embeddedTestDatabase, type ScratchDatabase } from '../../server/test/support/scratch-database';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { waitUntil } from '../../server/test/support/wait-until';

const PASSWORD = 'coalition-demo-2013';
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`;
const OPEN_STATEMENTS = `{ statements(filter: { status: [OPEN_FOR_SIGNATURE] }) { edges { node { id currentVersion { contentHash } signatures { organisation { id } } } } } }`;
const ME = `{ me { id memberships { organisation { id slug } roles } } }`;
const SIGN = `mutation ($input: SignStatementInput!) { signStatement(input: $input) { id organisation { id } } }`;
const SUBSCRIBE = `subscription ($id: ID!) { statementSignatures(statementId: $id) { id signatureCount signatures { organisation { id } signatoryName } } }`;

interface Answer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Two server processes on one PostgreSQL database behind a round-robin
 * client: nothing that matters lives in a process's memory. Sessions, the
 * login rate limit and the subscriptions' fan-out are all in PostgreSQL. The
 * second process also runs with DATABASE_REPLICA_URLS pointing at the
 * primary, which is not in recovery: it must serve, every read on the primary
 * (reads on a real replica: replica.test.ts).
 */
(embeddedTestDatabase() ? describe.skip : describe)('two server processes on one database', () => {
  let db: ScratchDatabase;
  const servers: (ServerProcess & { startMs: number })[] = [];
  const dataDirs: string[] = [];
  const sockets: Client[] = [];
  let turn = 0;

  /** Each call goes to the next process, as a round-robin load balancer would send it. */
  async function roundRobin<T>(query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<{ answer: Answer<T>; cookie: string | null; server: number }> {
    const server = turn++ % servers.length;
    const response = await fetch(`${servers[server].url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    return { answer: (await response.json()) as Answer<T>, cookie: setCookie || null, server };
  }

  function socket(server: ServerProcess, cookie: string): Client {
    class CookieWebSocket extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    }
    const client = createClient({ url: `${server.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: true });
    sockets.push(client);
    return client;
  }

  /** The scratch database as its owner: what the processes left in PostgreSQL. */
  async function query(text: string, params: unknown[] = []): Promise<unknown[]> {
    const client = new PgClient({ connectionString: db.url });
    await client.connect();
    try {
      return (await client.query(text, params)).rows;
    } finally {
      await client.end();
    }
  }

  /** Backends listening on a channel (the LISTEN connection of a process with a subscription on it). */
  const listeners = async (channel: string) =>
    Number(((await query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND query = $1`, [`LISTEN ${channel}`])) as { n: string }[])[0].n);

  beforeAll(async () => {
    db = await createScratchDatabase('coalition_scale');
    const key = crypto.randomBytes(32).toString('base64');
    const env = (extra: Record<string, string>) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-two-'));
      dataDirs.push(dataDir);
      return { DATABASE_URL: db.url, COALITION_MASTER_KEY: key, DATA_DIR: dataDir, NODE_ENV: 'production', LOG_LEVEL: 'warn', COOKIE_SECURE: 'false', ...extra };
    };
    // The first migrates and seeds; the second starts on the finished database.
    servers.push(await startServerProcess(env({ SEED_DEMO: '1' }), 120_000));
    servers.push(await startServerProcess(env({ DATABASE_REPLICA_URLS: db.url }), 120_000));
  }, 300_000);

  afterAll(async () => {
    for (const s of sockets) await s.dispose();
    for (const s of servers) await s.stop();
    for (const d of dataDirs) fs.rmSync(d, { recursive: true, force: true });
    await db?.drop();
  }, 60_000);

  it('signs in on one process and the session works on the other, until signed out on either', async () => {
    turn = 0;
    const login = await roundRobin(LOGIN, { email: 'viewer@fidh.example.org', password: PASSWORD });
    expect(login.server).toBe(0);
    expect(login.answer.errors).toBeUndefined();
    const cookie = login.cookie!;
    expect(cookie).toContain('coalition_session=');
    const seen = new Set<number>();
    for (let i = 0; i < 4; i++) {
      const me = await roundRobin<{ me: { id: string } | null }>(ME, {}, cookie);
      expect(me.answer.data?.me?.id).toBe(login.answer.data && (login.answer.data as { login: { id: string } }).login.id);
      seen.add(me.server);
    }
    expect([...seen].sort()).toEqual([0, 1]);
    const out = await roundRobin<{ logout: boolean }>(`mutation { logout }`, {}, cookie);
    expect(out.answer.data?.logout).toBe(true);
    for (let i = 0; i < 2; i++) {
      const me = await roundRobin<{ me: null }>(ME, {}, cookie);
      expect(me.answer.data?.me ?? null).toBeNull();
    }
  });

  it('delivers a signature made on one process to a subscription on the other', async () => {
    turn = 0;
    const signatory = (await roundRobin(LOGIN, { email: 'signatory@gendermedia.example.org', password: PASSWORD })).cookie!;
    const watcherCookie = (await roundRobin(LOGIN, { email: 'viewer@gendermedia.example.org', password: PASSWORD })).cookie!;
    const me = (await roundRobin<{ me: { memberships: { organisation: { id: string; slug: string } }[] } }>(ME, {}, signatory)).answer.data!.me;
    const orgId = me.memberships.find((m) => m.organisation.slug === 'gendermedia')!.organisation.id;
    const open = (await roundRobin<{ statements: { edges: { node: { id: string; currentVersion: { contentHash: string }; signatures: { organisation: { id: string } }[] } }[] } }>(
      OPEN_STATEMENTS,
      {},
      signatory,
    )).answer.data!.statements.edges.map((e) => e.node);
    const statement = open.find((s) => !s.signatures.some((g) => g.organisation.id === orgId));
    expect(statement).toBeDefined();

    // Subscribed on process 1 (the second); the signature goes to process 0 (the first).
    const events: { statementSignatures: { signatureCount: number; signatures: { organisation: { id: string } }[] } }[] = [];
    let failure: unknown = null;
    socket(servers[1], watcherCookie).subscribe(
      { query: SUBSCRIBE, variables: { id: statement!.id } },
      { next: (v) => (v.errors ? (failure = v.errors) : events.push(v.data as (typeof events)[number])), error: (e) => (failure = e), complete: () => undefined },
    );
    // No event is sent until something changes: wait until process 1 listens on the channel.
    await waitUntil('process 1 listens on statement_signatures', async () => (await listeners('statement_signatures')) > 0);
    expect(failure).toBeNull();
    const before = statement!.signatures.length;

    const signed = await fetch(`${servers[0].url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: signatory },
      body: JSON.stringify({ query: SIGN, variables: { input: { statementId: statement!.id, organisationId: orgId, signatoryName: 'Signatory of Gendermedia', contentHash: statement!.currentVersion.contentHash } } }),
    }).then((r) => r.json() as Promise<Answer<{ signStatement: { id: string } }>>);
    expect(signed.errors).toBeUndefined();

    const crossed = () => events.some((e) => e.statementSignatures.signatures.some((g) => g.organisation.id === orgId));
    await waitUntil('the signature reached the subscription on the other process', async () => crossed());
    expect(events.at(-1)!.statementSignatures.signatures).toHaveLength(before + 1);
  });

  it('holds at most 50 live subscriptions per user across both processes, and frees the places a closed socket held', async () => {
    turn = 0;
    const cookie = (await roundRobin(LOGIN, { email: 'viewer@fidh.example.org', password: PASSWORD })).cookie!;
    const [me] = (await query(`SELECT u.id FROM users u WHERE u.email = 'viewer@fidh.example.org'`)) as { id: string }[];
    const open = (await roundRobin<{ statements: { edges: { node: { id: string } }[] } }>(OPEN_STATEMENTS, {}, cookie)).answer.data!.statements.edges;
    const statementId = open[0].node.id;
    const leases = async () => Number(((await query(`SELECT count(*) AS n FROM subscription_leases WHERE user_id = $1`, [me.id])) as { n: string }[])[0].n);
    const refused: string[] = [];
    const subscribeMany = (client: Client, n: number) => {
      for (let i = 0; i < n; i++) {
        client.subscribe(
          { query: SUBSCRIBE, variables: { id: statementId } },
          {
            next: () => undefined,
            error: (e) => refused.push((e as { extensions?: { code?: string } }[])[0]?.extensions?.code ?? String(e)),
            complete: () => undefined,
          },
        );
      }
    };
    // Two sockets of 20 on process 0, one of 20 on process 1: 60 asked, 50 live, 10 refused, whichever process.
    const first = socket(servers[0], cookie);
    subscribeMany(first, 20);
    await waitUntil('the user holds 20 leases', async () => (await leases()) === 20);
    subscribeMany(socket(servers[0], cookie), 20);
    await waitUntil('the user holds 40 leases', async () => (await leases()) === 40);
    subscribeMany(socket(servers[1], cookie), 20);
    await waitUntil('10 subscriptions were refused', async () => refused.length === 10);
    expect(refused).toEqual(Array(10).fill('RATE_LIMITED'));
    expect(await leases()).toBe(50);

    // A closed socket on process 0 gives its 20 places back; process 1 may use them.
    await first.dispose();
    await waitUntil('the user holds 30 leases', async () => (await leases()) === 30);
    subscribeMany(socket(servers[1], cookie), 20);
    await waitUntil('the user holds 50 leases', async () => (await leases()) === 50);
    expect(refused).toHaveLength(10);
  });

  it('shares the login rate limit: failures counted on both processes lock the email on both', async () => {
    turn = 0;
    const email = 'caseworker@nota-bene.example.org';
    const codes: (string | undefined)[] = [];
    const servedBy: number[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await roundRobin(LOGIN, { email, password: 'wrong password' });
      codes.push(r.answer.errors?.[0]?.extensions?.code);
      servedBy.push(r.server);
    }
    // 5 failures alternate between the processes (3 on one, 2 on the other); both then refuse.
    expect(codes.slice(0, 5).every((c) => c !== 'RATE_LIMITED')).toBe(true);
    expect(codes.slice(5)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    expect(new Set(servedBy.slice(5))).toEqual(new Set([0, 1]));
    // Even the right password is refused on either process now.
    for (let i = 0; i < 2; i++) expect((await roundRobin(LOGIN, { email, password: PASSWORD })).answer.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('serves with DATABASE_REPLICA_URLS set (the second process)', async () => {
    const health = await fetch(`${servers[1].url}/health`);
    expect(health.status).toBe(200);
    const anonymous = await fetch(`${servers[1].url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    }).then((r) => r.json() as Promise<Answer<{ me: null }>>);
    expect(anonymous.data?.me).toBeNull();
  });
});
