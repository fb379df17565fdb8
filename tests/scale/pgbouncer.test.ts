import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { appRolePassword } from '../../server/src/core/db/request-connection';
import { dbQueriesTotal } from '../../server/src/core/observability/metrics';
import { createScratchDatabase, embeddedTestDatabase, type ScratchDatabase } from '../../server/test/support/scratch-database';
import { startTestApp, type TestApp } from '../../server/test/support/test-app';
import { waitUntil } from '../../server/test/support/wait-until';
import { hasPgBouncer, startPgBouncer, type PgBouncer } from '../support/pgbouncer';
import { startServerProcess, type ServerProcess } from '../support/server-process';

const PASSWORD = 'coalition-demo-2013';
const APP_ROLE = 'coalition_app';
/** Server connections PgBouncer keeps per database and user: far fewer than the processes' request pools. */
const BOUNCER_POOL = 3;
/** Each process's request pool: two processes open up to 16 client connections to PgBouncer. */
const PROCESS_POOL = 8;

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`;
/** The nested page of bench/ (bench/lib/measurement.mjs NESTED_PAGE): one prepared statement on a direct connection. */
const NESTED_PAGE = `query NestedPage($first: Int!) { cases(first: $first) { totalCount
  edges { node { id reference title status categories visibility incidentDate createdAt
    location { city countryCode } figures { detained deported }
    ownerOrganisation { id slug name }
    persons { id pseudonym role minor citizenship fullName }
    events { id type occurredOn title recordedBy { id name } }
    shares { access personalData organisation { id name } } myAccess { canEdit canSeePersonalData } } }
  pageInfo { hasNextPage } } }`;
/** Who the request runs as, and what only that identity may read: a mix-up shows in either. */
const WHO = `query ($org: ID!) { me { id memberships { organisation { id slug } roles } }
  cases(first: 30) { totalCount edges { node { id ownerOrganisation { slug } persons { fullName } myAccess { canEdit canSeePersonalData } } } }
  own: cases(first: 20, filter: { ownerOrganisationId: $org }) { totalCount edges { node { id persons { fullName } myAccess { canEdit canSeePersonalData } } } } }`;
const OPEN_STATEMENTS = `{ statements(filter: { status: [OPEN_FOR_SIGNATURE] }) { edges { node { id currentVersion { contentHash } signatures { organisation { id } } } } } }`;
const ME = `{ me { id memberships { organisation { id slug } } } }`;
const SIGN = `mutation ($input: SignStatementInput!) { signStatement(input: $input) { id organisation { id } } }`;
const SUBSCRIBE = `subscription ($id: ID!) { statementSignatures(statementId: $id) { id signatureCount signatures { organisation { id } signatoryName } } }`;

interface Answer<T = unknown> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function gql<T = unknown>(url: string, query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<{ answer: Answer<T>; cookie: string | null }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { answer: (await response.json()) as Answer<T>, cookie: setCookie || null };
}

async function data<T>(url: string, query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<T> {
  const { answer } = await gql<T>(url, query, variables, cookie);
  if (answer.errors) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(answer.errors)}`);
  return answer.data!;
}

/**
 * PgBouncer 1.18 (Debian's) in transaction mode between two server processes and the primary: every
 * request transaction goes through it (DATABASE_POOLER_URL), with far fewer server connections than
 * client connections, while the owner's pool and the LISTEN connection go to the primary directly.
 * 1.18 does not carry named prepared statements across server connections; the servers prepare them
 * anyway, each transaction reading first what its server session holds (SessionClient, pooledServerSessions):
 * the nested page must answer right, in the same constant number of statements, on statements prepared once
 * per server session and shared by both processes.
 */
(embeddedTestDatabase() || !hasPgBouncer() ? describe.skip : describe)('two server processes through PgBouncer in transaction mode', () => {
  let db: ScratchDatabase;
  let bouncer: PgBouncer;
  let key: string;
  const servers: ServerProcess[] = [];
  const dataDirs: string[] = [];
  const sockets: Client[] = [];
  const apps: TestApp[] = [];

  /** The scratch database as its owner, directly. */
  async function query<T>(text: string, params: unknown[] = []): Promise<T[]> {
    const client = new PgClient({ connectionString: db.url });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  const signIn = async (server: ServerProcess, email: string): Promise<string> => {
    const { answer, cookie } = await gql(server.url, LOGIN, { email, password: PASSWORD });
    expect(answer.errors).toBeUndefined();
    return cookie!;
  };

  /** PostgreSQL backends of the request role on the scratch database: PgBouncer's server connections. */
  const requestBackends = async () =>
    Number((await query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND usename = $1`, [APP_ROLE]))[0].n);

  /** PgBouncer's own count of what went through it for the scratch database. */
  const bouncerStats = async () => {
    const rows = await bouncer.admin<{ database: string; total_xact_count: string; total_query_count: string }>('SHOW STATS');
    const row = rows.find((r) => r.database === db.name);
    return { xacts: Number(row?.total_xact_count ?? 0), queries: Number(row?.total_query_count ?? 0) };
  };

  beforeAll(async () => {
    db = await createScratchDatabase('coalition_bouncer');
    key = crypto.randomBytes(32).toString('base64');
    const upstream = new URL(db.url);
    // PgBouncer checks the request login's SCRAM proof against the password the servers derive from the master key.
    bouncer = await startPgBouncer({
      upstream: { host: upstream.hostname, port: Number(upstream.port || 5432) },
      users: { [APP_ROLE]: appRolePassword(Buffer.from(key, 'base64')) },
      poolSize: BOUNCER_POOL,
    });
    const env = (extra: Record<string, string>) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-bouncer-'));
      dataDirs.push(dataDir);
      return {
        DATABASE_URL: db.url,
        DATABASE_POOLER_URL: bouncer.url(db.name),
        // Unset: the server decides (on, also behind the pooler); the test run's own setting must not leak in.
        DB_PREPARED_STATEMENTS: '',
        DB_POOL_SIZE: String(PROCESS_POOL),
        COALITION_MASTER_KEY: key,
        DATA_DIR: dataDir,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        COOKIE_SECURE: 'false',
        ...extra,
      };
    };
    // The first migrates and seeds (on the primary); the second starts on the finished database.
    servers.push(await startServerProcess(env({ SEED_DEMO: '1' }), 120_000));
    servers.push(await startServerProcess(env({}), 120_000));
  }, 300_000);

  afterAll(async () => {
    for (const s of sockets) await s.dispose();
    for (const a of apps) await a.close();
    for (const s of servers) await s.stop();
    await bouncer?.stop();
    for (const d of dataDirs) fs.rmSync(d, { recursive: true, force: true });
    await db?.drop();
  }, 60_000);

  it('answers the nested page as a direct connection does, in the same constant number of statements', async () => {
    const cookie = await signIn(servers[0], 'caseworker@adc-memorial.example.org');
    // The oracle: the same server code in this process on the primary directly, with named prepared statements.
    const direct = await startTestApp({ COALITION_MASTER_KEY: key, DB_PREPARED_STATEMENTS: 'true' }, { databaseUrl: db.url });
    apps.push(direct);
    expect(direct.deps.config.DB_PREPARED_STATEMENTS).toBe(true);
    for (const first of [10, 50]) {
      const expected = await data<{ cases: { totalCount: number; edges: unknown[] } }>(direct.url, NESTED_PAGE, { first }, cookie);
      expect(expected.cases.edges).toHaveLength(Math.min(first, expected.cases.totalCount));
      expect(expected.cases.edges.length).toBeGreaterThan(0);
      for (const server of servers) expect(await data(server.url, NESTED_PAGE, { first }, cookie)).toEqual(expected);
    }

    // The count: the same app in this process, through PgBouncer (prepared statements on by default there too).
    const pooled = await startTestApp({ COALITION_MASTER_KEY: key, DATABASE_POOLER_URL: bouncer.url(db.name), DB_PREPARED_STATEMENTS: '' }, { databaseUrl: db.url });
    apps.push(pooled);
    expect(pooled.deps.config.DB_PREPARED_STATEMENTS).toBe(true);
    const statements = async (app: TestApp, first: number) => {
      const before = (await dbQueriesTotal.get()).values[0].value;
      await data(app.url, NESTED_PAGE, { first }, cookie);
      return (await dbQueriesTotal.get()).values[0].value - before;
    };
    // BEGIN with the identity, the page with its persons, events and shares, COMMIT: as on a direct connection.
    expect([await statements(pooled, 10), await statements(pooled, 50)]).toEqual([3, 3]);
    expect([await statements(direct, 10), await statements(direct, 50)]).toEqual([3, 3]);

    // PgBouncer's own count agrees: per nested page on a server process, one transaction of three statements.
    const before = await bouncerStats();
    const pages = 4;
    for (let i = 0; i < pages; i++) await data(servers[i % 2].url, NESTED_PAGE, { first: i % 2 ? 50 : 10 }, cookie);
    const after = await waitUntil(
      'PgBouncer counted the pages',
      async () => {
        const now = await bouncerStats();
        return now.xacts - before.xacts >= pages ? now : null;
      },
      { timeoutMs: 15_000, intervalMs: 200 },
    );
    expect(after.xacts - before.xacts).toBe(pages);
    expect(after.queries - before.queries).toBe(3 * pages);

    // Their direct request connections would count as request backends in the next test.
    for (const app of apps.splice(0)) await app.close();
  });

  it('prepares each statement once per server session, and both processes execute it there', async () => {
    const cookie = await signIn(servers[1], 'caseworker@adc-memorial.example.org');
    /** What every server session holds: three transactions open at once take all three of PgBouncer's. */
    const sessions = async () => {
      const login = bouncer.url(db.name, { user: APP_ROLE, password: appRolePassword(Buffer.from(key, 'base64')) });
      const clients = Array.from({ length: BOUNCER_POOL }, () => new PgClient({ connectionString: login }));
      for (const c of clients) await c.connect();
      try {
        for (const c of clients) await c.query('BEGIN');
        const held = new Map<string, { prepared: string; runs: number }>();
        for (const c of clients) {
          const { rows } = await c.query<{ pid: number; name: string; prepared: string; runs: string }>(
            `SELECT pg_backend_pid() AS pid, name, prepare_time::text AS prepared, generic_plans + custom_plans AS runs FROM pg_prepared_statements WHERE name LIKE 'q\\_%'`,
          );
          for (const r of rows) held.set(`${r.pid}/${r.name}`, { prepared: r.prepared, runs: Number(r.runs) });
        }
        expect(new Set((await Promise.all(clients.map((c) => c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')))).map((r) => r.rows[0].pid)).size).toBe(BOUNCER_POOL);
        for (const c of clients) await c.query('COMMIT');
        return held;
      } finally {
        for (const c of clients) await c.end();
      }
    };
    const runs = (held: Map<string, { runs: number }>) => [...held.values()].reduce((sum, s) => sum + s.runs, 0);

    for (let i = 0; i < 6; i++) await data(servers[i % 2].url, NESTED_PAGE, { first: 10 }, cookie);
    const first = await sessions();
    expect(first.size).toBeGreaterThan(0);
    const pages = 12;
    for (let i = 0; i < pages; i++) await data(servers[i % 2].url, NESTED_PAGE, { first: i % 3 ? 10 : 50 }, cookie);
    const then = await sessions();
    // Nothing prepared again (a second Parse of a name would have failed the request), nothing dropped: each
    // statement seen before is still there, prepared at the same moment, and the pages ran on prepared statements.
    for (const [at, { prepared }] of first) expect({ at, prepared: then.get(at)?.prepared }).toEqual({ at, prepared });
    expect(runs(then) - runs(first)).toBeGreaterThanOrEqual(pages);
  });

  it('never mixes identities: interleaved requests of two organisations and an anonymous caller each see only their own', async () => {
    interface Cases {
      totalCount: number;
      edges: { node: { id: string; ownerOrganisation?: { slug: string }; persons: { fullName: string | null }[]; myAccess: { canEdit: boolean; canSeePersonalData: boolean } } }[];
    }
    interface Who {
      me: { id: string; memberships: { organisation: { id: string; slug: string } }[] } | null;
      cases?: Cases;
      own?: Cases;
    }
    const identities: { cookie?: string; org?: string }[] = [];
    for (const [i, slug] of [[0, 'adc-memorial'], [1, 'chr-dushanbe']] as const) {
      const cookie = await signIn(servers[i], `caseworker@${slug}.example.org`);
      const me = (await data<Who>(servers[i].url, ME, {}, cookie)).me!;
      expect(me.memberships.map((m) => m.organisation.slug)).toEqual([slug]);
      identities.push({ cookie, org: me.memberships[0].organisation.id });
    }
    identities.push({});
    const ask = (server: ServerProcess, i: number) =>
      identities[i].cookie ? gql<Who>(server.url, WHO, { org: identities[i].org }, identities[i].cookie) : gql<Who>(server.url, `{ me { id } }`);

    // What each identity sees, one request at a time.
    const expected: Who[] = [];
    for (let i = 0; i < identities.length; i++) {
      const { answer } = await ask(servers[i % 2], i);
      expect(answer.errors).toBeUndefined();
      expected.push(answer.data!);
    }
    expect(expected[2].me).toBeNull();
    // Each member edits and reads the persons of its own organisation's cases, so a request run as the
    // other member (or as nobody) would answer differently.
    for (const i of [0, 1]) {
      expect(expected[i].own!.edges.length).toBeGreaterThan(0);
      expect(expected[i].own!.edges.some((e) => e.node.myAccess.canEdit)).toBe(true);
    }
    expect(expected[0]).not.toEqual(expected[1]);

    // 240 requests in waves of 48 at once, alternating identity and process: 16 client connections on 3
    // server connections (waves, so that the test measures mixing, not how long 240 requests queue).
    for (let wave = 0; wave < 5; wave++) {
      const answers = await Promise.all(Array.from({ length: 48 }, (_, n) => ask(servers[n % 2], n % 3).then(({ answer }) => ({ n, answer }))));
      for (const { n, answer } of answers) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data).toEqual(expected[n % 3]);
      }
    }
    // The requests did share backends: more clients of the request role on PgBouncer than server connections.
    const clients = (await bouncer.admin<{ user: string; database: string }>('SHOW CLIENTS')).filter((c) => c.user === APP_ROLE && c.database === db.name);
    expect(clients.length).toBeGreaterThan(BOUNCER_POOL);
    expect(await requestBackends()).toBeLessThanOrEqual(BOUNCER_POOL);
  });

  it('refuses to boot with a request login PgBouncer does not admit, naming DATABASE_POOLER_URL and no password', async () => {
    const wrong = new URL(db.url);
    wrong.username = APP_ROLE;
    wrong.password = 'not-the-password-pgbouncer-knows';
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-bouncer-'));
    dataDirs.push(dataDir);
    const error = await startTestApp(
      { COALITION_MASTER_KEY: key, DATA_DIR: dataDir, DATABASE_APP_URL: wrong.toString(), DATABASE_POOLER_URL: bouncer.url(db.name) },
      { databaseUrl: db.url },
    ).then(
      (app) => {
        apps.push(app);
        return null;
      },
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain(`refuses the request login ${APP_ROLE}`);
    expect(error?.message).toContain('DATABASE_POOLER_URL');
    expect(error?.message).not.toContain(wrong.password);
  });

  it('delivers a signature made on one process to a subscription on the other, through a LISTEN connection to the primary', async () => {
    const signatory = await signIn(servers[0], 'signatory@gendermedia.example.org');
    const watcher = await signIn(servers[1], 'viewer@gendermedia.example.org');
    const me = (await data<{ me: { memberships: { organisation: { id: string; slug: string } }[] } }>(servers[0].url, ME, {}, signatory)).me;
    const orgId = me.memberships.find((m) => m.organisation.slug === 'gendermedia')!.organisation.id;
    const open = (
      await data<{ statements: { edges: { node: { id: string; currentVersion: { contentHash: string }; signatures: { organisation: { id: string } }[] } }[] } }>(
        servers[0].url,
        OPEN_STATEMENTS,
        {},
        signatory,
      )
    ).statements.edges.map((e) => e.node);
    const statement = open.find((s) => !s.signatures.some((g) => g.organisation.id === orgId));
    expect(statement).toBeDefined();

    class CookieWebSocket extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie: watcher } });
      }
    }
    const client = createClient({ url: `${servers[1].url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: true });
    sockets.push(client);
    const events: { statementSignatures: { signatures: { organisation: { id: string } }[] } }[] = [];
    let failure: unknown = null;
    client.subscribe(
      { query: SUBSCRIBE, variables: { id: statement!.id } },
      { next: (v) => (v.errors ? (failure = v.errors) : events.push(v.data as (typeof events)[number])), error: (e) => (failure = e), complete: () => undefined },
    );
    // The LISTEN is on a connection of the owner's login straight to PostgreSQL, not on PgBouncer.
    const listening = await waitUntil('process 1 listens on statement_signatures', async () => {
      const rows = await query<{ usename: string }>(`SELECT usename FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN statement_signatures'`);
      return rows.length > 0 ? rows : null;
    });
    const owner = decodeURIComponent(new URL(db.url).username);
    expect(listening.map((r) => r.usename)).toEqual(listening.map(() => owner));
    const bouncerClients = await bouncer.admin<{ user: string }>('SHOW CLIENTS');
    expect(bouncerClients.filter((c) => c.user === owner)).toEqual([]);
    expect(failure).toBeNull();

    const signed = await gql(
      servers[0].url,
      SIGN,
      { input: { statementId: statement!.id, organisationId: orgId, signatoryName: 'Signatory of Gendermedia', contentHash: statement!.currentVersion.contentHash } },
      signatory,
    );
    expect(signed.answer.errors).toBeUndefined();
    await waitUntil('the signature reached the subscription on the other process', async () =>
      events.some((e) => e.statementSignatures.signatures.some((g) => g.organisation.id === orgId)),
    );
    expect(failure).toBeNull();
  });
});
