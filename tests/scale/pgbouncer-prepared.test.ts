import { SessionClient } from '../../server/src/core/db/session-client';
import { createScratchDatabase, embeddedTestDatabase, type ScratchDatabase } from '../../server/test/support/scratch-database';
import { hasPgBouncer, startPgBouncer, type PgBouncer } from '../support/pgbouncer';

const LOGIN = 'postgres';
/** PgBouncer checks it; the machine's PostgreSQL trusts the loopback, so upstream it is not asked for. */
const PASSWORD = 'pgbouncer-prepared-test';

/**
 * Named prepared statements behind PgBouncer 1.18 in transaction mode, which passes them through to whichever
 * server session the transaction gets. With ONE server session, every client's transaction runs on the same
 * session: what one client prepared is there for the next, which pg alone does not know.
 */
(embeddedTestDatabase() || !hasPgBouncer() ? describe.skip : describe)('prepared statements behind a transaction pooler (SessionClient, pooledServerSessions)', () => {
  let db: ScratchDatabase;
  let bouncer: PgBouncer;
  const clients: SessionClient[] = [];

  beforeAll(async () => {
    db = await createScratchDatabase('coalition_bouncer_prepared');
    const upstream = new URL(db.url);
    bouncer = await startPgBouncer({ upstream: { host: upstream.hostname, port: Number(upstream.port || 5432) }, users: { [LOGIN]: PASSWORD }, poolSize: 1 });
  }, 60_000);

  afterAll(async () => {
    for (const c of clients) await c.end().catch(() => undefined);
    await bouncer?.stop();
    await db?.drop();
  });

  async function client(pooledServerSessions: boolean): Promise<SessionClient> {
    const c = new SessionClient({ connectionString: bouncer.url(db.name, { user: LOGIN, password: PASSWORD }), pooledServerSessions });
    await c.connect();
    clients.push(c);
    return c;
  }

  const statement = (name: string) => ({ name, text: 'SELECT $1::int + 1 AS n, pg_backend_pid() AS pid', values: [41] });
  const run = async (c: SessionClient, name: string) => (await c.query<{ n: number; pid: number }>(statement(name))).rows[0];

  it("shares the server session's statements among its clients, through a rollback, and names none outside a transaction", async () => {
    const [a, b] = [await client(true), await client(true)];
    await a.beginWith('SELECT 1');
    const first = await run(a, 'q_shared');
    expect(first.n).toBe(42);
    await a.query('ROLLBACK');

    // B's transaction gets the same session, where the statement outlived A's rollback: B executes it.
    await b.beginWith('SELECT 1');
    expect(await run(b, 'q_shared')).toEqual(first);
    await b.query('COMMIT');
    await a.beginWith('SELECT 1');
    expect(await run(a, 'q_shared')).toEqual(first);
    expect(await run(a, 'q_shared')).toEqual(first);
    await a.query('COMMIT');
    // Outside a transaction begun by beginWith the session is unknown: the statement goes unnamed.
    expect(await run(b, 'q_shared')).toEqual(first);

    await a.beginWith('SELECT 1');
    const { rows } = await a.query<{ runs: number }>(`SELECT generic_plans + custom_plans AS runs FROM pg_prepared_statements WHERE name = 'q_shared'`);
    await a.query('COMMIT');
    // Prepared once, executed four times under its name (the unnamed one is not counted here).
    expect(rows.map((r) => Number(r.runs))).toEqual([4]);
  });

  it("without it, the second client prepares again what the session holds, and PostgreSQL refuses (42P05)", async () => {
    const [a, b] = [await client(false), await client(false)];
    await a.beginWith('SELECT 1');
    expect((await run(a, 'q_plain')).n).toBe(42);
    await a.query('COMMIT');
    await b.beginWith('SELECT 1');
    await expect(run(b, 'q_plain')).rejects.toMatchObject({ code: '42P05' });
    await b.query('ROLLBACK');
  });
});
