import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import { sha256Hex } from '../../server/src/core/crypto/secret-box';
import WebSocket from 'ws';
import { embeddedTestDatabase } from '../../server/test/support/scratch-database';
import { waitUntil } from '../../server/test/support/wait-until';
import { canStartReplicaCluster, startReplicaCluster, type ReplicaCluster } from '../support/replica-cluster';
import { startServerProcess, type ServerProcess } from '../support/server-process';

const PASSWORD = 'coalition-demo-2013';
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`;
const ME = `{ me { id memberships { organisation { id slug } roles } } }`;
const PAGE = `{ cases(first: 20) { totalCount edges { node { id reference title visibility ownerOrganisation { slug }
  persons { id pseudonym fullName birthYear contact } events { id type title } shares { access personalData organisation { slug } } } } } }`;
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

/** Where GraphQL requests' transactions ran, from the server's own counter. */
interface Served {
  primary: number;
  replica: number;
}

/** A signed-in browser: its cookies, kept as a browser keeps them (the session, and the last write's LSN). */
class Browser {
  readonly cookies = new Map<string, string>();
  constructor(private readonly url: () => string) {}

  get header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async graphql<T>(query: string, variables: Record<string, unknown> = {}, extraCookie?: string): Promise<Answer<T>> {
    // An extra cookie replaces the browser's own of that name (as a page setting it would).
    const extra = extraCookie ? extraCookie.split('=')[0] : null;
    const cookie = [...[...this.cookies].filter(([k]) => k !== extra).map(([k, v]) => `${k}=${v}`), extraCookie].filter(Boolean).join('; ');
    const response = await fetch(`${this.url()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    for (const set of response.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return (await response.json()) as Answer<T>;
  }

  async ok<T>(query: string, variables: Record<string, unknown> = {}, extraCookie?: string): Promise<T> {
    const answer = await this.graphql<T>(query, variables, extraCookie);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  }
}

/** A write LSN no server reaches: its holder's reads go to the primary (a forged cookie sends only its holder there). */
const PRIMARY_ONLY = 'coalition_lsn=FFFFFFFF/FFFFFFFF';
/** Small enough that a test waits for it, large enough that a busy machine's replay stays within it. */
const MAX_LAG_MS = 3_000;

/**
 * The product on a real primary with a real streaming replica (hot standby), both started by the test
 * (tests/support/replica-cluster.ts), with DATABASE_REPLICA_URLS naming the replica: queries run on the
 * replica under the same access rules, a writer reads their own writes, a replica that lags or stops is
 * skipped, subscriptions deliver, and the identity a replica holds cannot be forged or replayed.
 */
(embeddedTestDatabase() || !canStartReplicaCluster() ? describe.skip : describe)('a primary with a streaming replica', () => {
  let cluster: ReplicaCluster | null = null;
  let server: (ServerProcess & { startMs: number }) | null = null;
  let dataDir: string | null = null;
  const sockets: Client[] = [];
  const browser = () => new Browser(() => server!.url);

  async function login(email: string): Promise<Browser> {
    const b = browser();
    await b.ok(LOGIN, { email, password: PASSWORD });
    return b;
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

  async function served(): Promise<Served> {
    const text = await (await fetch(`${server!.url}/metrics`)).text();
    const count = (target: string) => Number(new RegExp(`^coalition_db_transactions_total\\{server="${target}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return { primary: count('primary'), replica: count('replica') };
  }

  /** Runs `fn` and says where the GraphQL requests it made ran. */
  async function where<T>(fn: () => Promise<T>): Promise<{ result: T; ran: Served }> {
    const before = await served();
    const result = await fn();
    const after = await served();
    return { result, ran: { primary: after.primary - before.primary, replica: after.replica - before.replica } };
  }

  /** Waits until the replica has replayed everything the primary has written so far. */
  async function replicaCaughtUp(): Promise<void> {
    const [{ lsn }] = await sql<{ lsn: string }>(cluster!.primaryUrl, `SELECT pg_current_wal_lsn()::text AS lsn`);
    await waitUntil('the replica replayed the primary', async () => {
      const [row] = await sql<{ caught: boolean }>(cluster!.replicaUrl, `SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS caught`, [lsn]);
      return row.caught;
    });
  }

  async function orgOf(b: Browser, slug: string): Promise<string> {
    const { me } = await b.ok<{ me: { memberships: { organisation: { id: string; slug: string } }[] } }>(ME);
    return me.memberships.find((m) => m.organisation.slug === slug)!.organisation.id;
  }

  async function openStatements(b: Browser, extraCookie?: string): Promise<OpenStatement[]> {
    const data = await b.ok<{ statements: { edges: { node: OpenStatement }[] } }>(OPEN_STATEMENTS, {}, extraCookie);
    return data.statements.edges.map((e) => e.node);
  }

  async function sign(b: Browser, statement: OpenStatement, organisationId: string): Promise<void> {
    await b.ok(SIGN, {
      input: { statementId: statement.id, organisationId, signatoryName: 'Signatory', contentHash: statement.currentVersion.contentHash },
    });
  }

  /** A signatory whose organisation has an open statement left to sign. */
  async function signatoryWithWork(skip: string[] = []): Promise<{ signatory: Browser; orgId: string; statement: OpenStatement; slug: string }> {
    for (const slug of ['gendermedia', 'nota-bene', 'adc-memorial', 'chr-dushanbe', 'civil-assistance', 'bureau-hr', 'migrant-union', 'fidh']) {
      if (skip.includes(slug)) continue;
      const signatory = await login(`signatory@${slug}.example.org`);
      const orgId = await orgOf(signatory, slug);
      const statement = (await openStatements(signatory, PRIMARY_ONLY)).find((s) => !s.signatures.some((g) => g.organisation.id === orgId));
      if (statement) return { signatory, orgId, statement, slug };
    }
    throw new Error('no organisation has a statement left to sign');
  }

  /** A statement's signing organisations as `b` reads them (where the server chooses). */
  async function signersOf(b: Browser, statementId: string): Promise<string[]> {
    return (await openStatements(b)).find((s) => s.id === statementId)!.signatures.map((g) => g.organisation.id);
  }

  beforeAll(async () => {
    cluster = await startReplicaCluster();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-replica-data-'));
    server = await startServerProcess(
      {
        DATABASE_URL: cluster.primaryUrl,
        DATABASE_REPLICA_URLS: cluster.replicaUrl,
        REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
        COALITION_MASTER_KEY: crypto.randomBytes(32).toString('base64'),
        DATA_DIR: dataDir,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        COOKIE_SECURE: 'false',
        SEED_DEMO: '1',
      },
      180_000,
    );
    await replicaCaughtUp();
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
    await replicaCaughtUp();
    const [replica] = await sql<{ n: string; recovering: boolean }>(cluster!.replicaUrl, `SELECT count(*) AS n, pg_is_in_recovery() AS recovering FROM users`);
    expect(replica).toEqual({ n: users, recovering: true });
  });

  it('runs queries and read-only file routes on the replica, under the same access rules as on the primary', async () => {
    await replicaCaughtUp();
    const casesScans = async () =>
      Number((await sql<{ n: string }>(cluster!.replicaUrl, `SELECT coalesce(seq_scan, 0) + coalesce(idx_scan, 0) AS n FROM pg_stat_user_tables WHERE relname = 'cases'`))[0].n);
    const scansBefore = await casesScans();
    for (const email of ['caseworker@adc-memorial.example.org', 'viewer@fidh.example.org', 'admin@chr-dushanbe.example.org', 'liaison@coalition.example.org']) {
      const b = await login(email);
      // Signing in is a write: this browser's reads go to the replica once it has replayed it.
      await waitUntil('the replica has the sign-in', async () => (await where(() => b.ok(ME))).ran.replica === 1);
      const onReplica = await where(() => b.ok<{ cases: { totalCount: number } }>(PAGE));
      expect(onReplica.ran).toEqual({ primary: 0, replica: 1 });
      const onPrimary = await where(() => b.ok<{ cases: { totalCount: number } }>(PAGE, {}, PRIMARY_ONLY));
      expect(onPrimary.ran).toEqual({ primary: 1, replica: 0 });
      // The same answer, names and all, whichever server read it.
      expect(onReplica.result).toEqual(onPrimary.result);
    }
    const nobody = await where(() => browser().graphql<{ cases: unknown }>(PAGE));
    expect(nobody.ran).toEqual({ primary: 0, replica: 1 });
    expect(nobody.result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The replica itself read the cases table for them (its own statistics, which an idle backend flushes
    // within PostgreSQL's 10 s).
    await waitUntil('the replica counts the reads of cases', async () => (await casesScans()) > scansBefore, { timeoutMs: 30_000, intervalMs: 200 });
    // A published statement's document (a read-only file route) too, byte for byte as the primary's.
    const { statements } = await (await login('viewer@fidh.example.org')).ok<{ statements: { edges: { node: { slug: string } }[] } }>(
      `{ statements(filter: { status: [PUBLISHED] }) { edges { node { slug } } } }`, {}, PRIMARY_ONLY,
    );
    const document = (cookie?: string) =>
      fetch(`${server!.url}/statements/${statements.edges[0].node.slug}.md`, { headers: cookie ? { cookie } : {} }).then(async (r) => ({ status: r.status, body: await r.text() }));
    const fromReplica = await where(() => document());
    expect(fromReplica.ran).toEqual({ primary: 0, replica: 1 });
    const fromPrimary = await where(() => document(PRIMARY_ONLY));
    expect(fromPrimary.ran).toEqual({ primary: 1, replica: 0 });
    expect(fromReplica.result.status).toBe(200);
    expect(fromReplica.result).toEqual(fromPrimary.result);
    // A mutation never goes to the replica.
    const signIn = await where(() => login('coordinator@coalition.example.org'));
    expect(signIn.ran).toEqual({ primary: 1, replica: 0 });
  }, 90_000);

  it('answers every kind of query on the replica exactly as on the primary', async () => {
    await replicaCaughtUp();
    const EVERY_QUERY = `query Every($org: ID!, $admin: Boolean!, $coordinator: Boolean!, $auditor: Boolean!) {
      auditLog(first: 20) @include(if: $auditor) { totalCount edges { node { action entityType hash } } } verifyAuditChain @include(if: $coordinator) { ok checked }
      briefings { id audience } caseStatistics { crossBorderCases byStatus { key count suppressed } }
      cases(first: 10) { totalCount edges { node { id title persons { fullName } } } }
      invitations(organisationId: $org) @include(if: $admin) { id email } members(organisationId: $org) @include(if: $admin) { roles user { id } }
      me { id } mySessions { id current } myWork { statementsToSign { id } tasksDue { id } briefingsToDecide { id } }
      notificationPreferences { email language } notifications(first: 10) { unreadCount edges { node { id kind text } } }
      organisations { id slug } referralStatistics { accepted byStatus { status count } } referrals { id status }
      search(query: "raid") { totalCount hits { snippet } } statements(first: 10) { edges { node { id title status } } } }`;
    // Two organisations' members (an admin, a caseworker: members, invitations and the audit log are not the
    // caseworker's) and the coordinator.
    const readers = [
      { reader: await login('admin@adc-memorial.example.org'), slug: 'adc-memorial' },
      { reader: await login('caseworker@chr-dushanbe.example.org'), slug: 'chr-dushanbe' },
      { reader: await login('coordinator@coalition.example.org'), slug: null },
    ];
    const variables = await Promise.all(
      readers.map(async ({ reader, slug }) => ({ org: slug ? await orgOf(reader, slug) : '00000000-0000-4000-8000-000000000000', admin: slug === 'adc-memorial', coordinator: slug === null, auditor: slug !== 'chr-dushanbe' })),
    );
    for (const { reader } of readers) {
      await waitUntil('the replica has the sign-in', async () => (await where(() => reader.ok(ME))).ran.replica === 1);
    }
    for (const [i, { reader }] of readers.entries()) {
      const onReplica = await where(() => reader.graphql<Record<string, unknown>>(EVERY_QUERY, variables[i]));
      expect(onReplica.ran).toEqual({ primary: 0, replica: 1 });
      const onPrimary = await where(() => reader.graphql<Record<string, unknown>>(EVERY_QUERY, variables[i], PRIMARY_ONLY));
      expect(onPrimary.ran).toEqual({ primary: 1, replica: 0 });
      // Data and errors alike: what one may not read is refused the same way on both.
      expect(onReplica.result).toEqual(onPrimary.result);
      expect(onReplica.result.errors).toBeUndefined();
    }
  }, 90_000);

  it('reads a write back at once, and skips a replica that lags', async () => {
    await replicaCaughtUp();
    const { signatory, orgId, statement, slug } = await signatoryWithWork();
    const watcher = await login(`viewer@${slug === 'fidh' ? 'nota-bene' : 'fidh'}.example.org`);
    // The replica stops replaying: from now on it falls behind everything the primary writes.
    await sql(cluster!.replicaUrl, `SELECT pg_wal_replay_pause()`);
    try {
      await sign(signatory, statement, orgId);
      expect(decodeURIComponent(signatory.cookies.get('coalition_lsn')!)).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
      // The writer's next read waits for a replica that has the write: the primary serves it, with the signature.
      const own = await where(() => signersOf(signatory, statement.id));
      expect(own.ran).toEqual({ primary: 1, replica: 0 });
      expect(own.result).toContain(orgId);
      // Another reader, within the lag allowed, may still read the replica as it was.
      const [{ stale }] = await sql<{ stale: boolean }>(cluster!.replicaUrl, `SELECT NOT EXISTS (SELECT 1 FROM statement_signatures WHERE statement_id = $1 AND organisation_id = $2) AS stale`, [statement.id, orgId]);
      expect(stale).toBe(true);
      // Past REPLICA_MAX_LAG_MS the replica is skipped: every read goes to the primary and sees the write.
      await waitUntil('the lagging replica is skipped', async () => (await where(() => signersOf(watcher, statement.id))).ran.primary === 1, { timeoutMs: 30_000, intervalMs: 100 });
      const skipped = await where(() => signersOf(watcher, statement.id));
      expect(skipped.ran).toEqual({ primary: 1, replica: 0 });
      expect(skipped.result).toContain(orgId);
    } finally {
      await sql(cluster!.replicaUrl, `SELECT pg_wal_replay_resume()`);
    }
    // Caught up again, the replica serves again, the write included.
    await replicaCaughtUp();
    await waitUntil('the replica serves again', async () => (await where(() => signersOf(watcher, statement.id))).ran.replica === 1, { timeoutMs: 30_000, intervalMs: 100 });
    const back = await where(() => signersOf(watcher, statement.id));
    expect(back.ran).toEqual({ primary: 0, replica: 1 });
    expect(back.result).toContain(orgId);
  });

  it('holds an identity on the replica that the application role can neither forge nor carry to another transaction', async () => {
    await replicaCaughtUp();
    const caseworker = await login('caseworker@adc-memorial.example.org');
    const tokenHash = sha256Hex(caseworker.cookies.get('coalition_session')!);
    await replicaCaughtUp();
    const [{ user_id: userId }] = await sql<{ user_id: string }>(cluster!.primaryUrl, `SELECT user_id FROM sessions WHERE token_hash = $1`, [tokenHash]);
    const [{ owner }] = await sql<{ owner: string }>(cluster!.primaryUrl, `SELECT id AS owner FROM organisations WHERE slug = 'adc-memorial'`);
    const client = new PgClient({ connectionString: cluster!.replicaUrl });
    await client.connect();
    try {
      const q = async <T>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as T[];
      const asApp = async () => {
        await q('BEGIN');
        await q(`SET LOCAL ROLE coalition_app`);
      };
      // Nobody: no actor, no organisation.
      await asApp();
      expect(await q(`SELECT app_user_id() AS u, app_org_ids() AS o`)).toEqual([{ u: null, o: [] }]);
      const [{ n: readableByNobody }] = await q<{ n: string }>(`SELECT count(*) AS n FROM cases`);
      await q('ROLLBACK');

      // A real session, authenticated on the replica: its user acts, and the seal is in the setting.
      await asApp();
      const [me] = await q<{ user_id: string }>(`SELECT user_id FROM app_authenticate($1, 1800)`, [tokenHash]);
      expect(me.user_id).toBe(userId);
      expect(await q(`SELECT app_user_id() AS u, $1::uuid = ANY(app_writer_org_ids()) AS writes`, [owner])).toEqual([{ u: userId, writes: true }]);
      const [{ n: readableByCaseworker }] = await q<{ n: string }>(`SELECT count(*) AS n FROM cases`);
      expect(Number(readableByCaseworker)).toBeGreaterThan(Number(readableByNobody));
      const [{ sealed }] = await q<{ sealed: string }>(`SELECT current_setting('app.standby_actor') AS sealed`);
      // Nothing the application role may call seals or reveals the key.
      for (const forbidden of [`SELECT * FROM app_standby_key`, `SELECT app_standby_mac('x')`, `SELECT app_standby_seal($1)`, `SELECT * FROM app_actor_row($1, '0')`]) {
        await q('SAVEPOINT s');
        await expect(q(forbidden, forbidden.includes('$1') ? [userId] : [])).rejects.toThrow(/permission denied/);
        await q('ROLLBACK TO SAVEPOINT s');
      }
      await q('ROLLBACK');

      // The same sealed value set by the application role in another transaction: nobody.
      await asApp();
      await q(`SELECT set_config('app.standby_actor', $1, true)`, [sealed]);
      expect(await q(`SELECT app_user_id() AS u, app_org_ids() AS o`)).toEqual([{ u: null, o: [] }]);
      expect(await q<{ n: string }>(`SELECT count(*) AS n FROM cases`)).toEqual([{ n: readableByNobody }]);
      await q('ROLLBACK');

      // A payload of the application role's choosing (a coordinator of every organisation) with any code: nobody.
      await asApp();
      const payload = sealed.slice(0, -65).replace('{}', '{COORDINATOR}');
      for (const forged of [`${payload}|${'0'.repeat(64)}`, `${payload}|${sealed.slice(-64)}`, payload, '']) {
        await q(`SELECT set_config('app.standby_actor', $1, true)`, [forged]);
        expect(await q(`SELECT app_user_id() AS u, app_has_coalition_role('COORDINATOR') AS c`)).toEqual([{ u: null, c: false }]);
      }
      await q('ROLLBACK');
    } finally {
      await client.end();
    }

    // On the primary the setting means nothing at all: the actor is the context row.
    const primary = new PgClient({ connectionString: cluster!.primaryUrl });
    await primary.connect();
    try {
      await primary.query('BEGIN');
      await primary.query(`SET LOCAL ROLE coalition_app`);
      await primary.query(`SELECT set_config('app.standby_actor', $1, true)`, ['anything']);
      expect((await primary.query(`SELECT app_user_id() AS u`)).rows).toEqual([{ u: null }]);
      await primary.query('ROLLBACK');
    } finally {
      await primary.end();
    }
  });

  it('keeps a reader who reads only on the replica signed in, loses no request when the replica stops, and a subscription still delivers', async () => {
    // A reader who reads once, on the replica, as if unseen for ten minutes before (the replica learns it too).
    const reader = await login('viewer@bureau-hr.example.org');
    const tokenHash = sha256Hex(reader.cookies.get('coalition_session')!);
    await sql(cluster!.primaryUrl, `UPDATE sessions SET last_seen_at = now() - interval '10 minutes' WHERE token_hash = $1`, [tokenHash]);
    await replicaCaughtUp();
    // (Without the sign-in's write position: a read waiting for it would run on the primary, which touches.)
    reader.cookies.delete('coalition_lsn');
    const read = await where(() => reader.ok(PAGE));
    expect(read.ran).toEqual({ primary: 0, replica: 1 });

    const watcher = await login('viewer@fidh.example.org');

    cluster!.stopReplica();
    await expect(sql(cluster!.replicaUrl, 'SELECT 1')).rejects.toThrow();
    expect((await fetch(`${server!.url}/health`)).status).toBe(200);
    for (let i = 0; i < 10; i++) {
      const { me } = await watcher.ok<{ me: { id: string } }>(ME);
      expect(me.id).toBeTruthy();
    }
    const afterStop = await where(() => watcher.ok(PAGE));
    expect(afterStop.ran).toEqual({ primary: 1, replica: 0 });

    const { signatory, orgId, statement } = await signatoryWithWork();
    class CookieWebSocket extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie: watcher.header } });
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

    // The reader's session, authenticated on the replica (which cannot write), was touched on the primary:
    // in the process's next batch, at the latest when the server stops.
    for (const s of sockets.splice(0)) await s.dispose();
    await server!.stop();
    const [{ idle }] = await sql<{ idle: number }>(cluster!.primaryUrl, `SELECT extract(epoch FROM now() - last_seen_at)::float AS idle FROM sessions WHERE token_hash = $1`, [tokenHash]);
    expect(idle).toBeLessThan(120);
  });
});
