import pg from 'pg';
import { SessionClient } from './session-client';

/**
 * DataLoaders of one request send their statements on one client in the same tick. pg 8 still
 * queues them but deprecates that (pg 9 drops the queue); the session client must hand them to pg one
 * after another, in call order, and a failure must not block what follows.
 */
describe('session client', () => {
  let client: SessionClient;
  // What pg itself is asked to run at once on a connection: a probe (test-only) under the session client.
  let inFlight = 0;
  let maxInFlight = 0;

  beforeAll(async () => {
    const send = pg.Client.prototype.query as (this: pg.Client, ...args: unknown[]) => unknown;
    pg.Client.prototype.query = function probe(this: pg.Client, ...args: unknown[]) {
      const result = send.apply(this, args);
      if (result instanceof Promise) {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        void result.then(
          () => (inFlight -= 1),
          () => (inFlight -= 1),
        );
      }
      return result;
    } as typeof pg.Client.prototype.query;
    client = new SessionClient({ connectionString: process.env.COALITION_TEST_DATABASE_URL });
    await client.connect();
  });

  afterAll(async () => {
    await client.end();
  });

  beforeEach(() => {
    maxInFlight = 0;
  });

  it('sends overlapping calls on one client one at a time, in call order', async () => {
    await client.query('BEGIN');
    await client.query('CREATE TEMP TABLE turn_order (n int, at timestamptz DEFAULT clock_timestamp()) ON COMMIT DROP');
    // The first statement sleeps, so the others are called while it still runs.
    const results = await Promise.all([
      client.query(`SELECT pg_sleep(0.2); INSERT INTO turn_order (n) VALUES (1)`),
      client.query(`INSERT INTO turn_order (n) VALUES ($1)`, [2]),
      client.query({ text: `INSERT INTO turn_order (n) VALUES ($1)`, values: [3] }),
      client.query<{ n: number }>(`SELECT n FROM turn_order ORDER BY at`),
    ]);
    expect(maxInFlight).toBe(1);
    expect(results[3].rows.map((r) => r.n)).toEqual([1, 2, 3]);
    await client.query('COMMIT');
  });

  it('a failed statement rejects its own call and the next one still runs', async () => {
    const failing = client.query(`SELECT pg_sleep(0.05), 1 / 0`);
    const next = client.query<{ ok: number }>(`SELECT 1 AS ok`);
    await expect(failing).rejects.toThrow(/division by zero/);
    expect((await next).rows).toEqual([{ ok: 1 }]);
    expect(maxInFlight).toBe(1);
  });

  it('lets calls on different clients run at the same time', async () => {
    const other = new SessionClient({ connectionString: process.env.COALITION_TEST_DATABASE_URL });
    await other.connect();
    try {
      await Promise.all([client.query(`SELECT pg_sleep(0.1)`), other.query(`SELECT pg_sleep(0.1)`)]);
      expect(maxInFlight).toBe(2);
    } finally {
      await other.end();
    }
  });
});
