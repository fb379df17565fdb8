import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { appEntities } from '../../server/src/app/app-modules';
import { migrations } from '../../server/src/migrations';
import { createDataSource } from '../../server/src/core/db/data-source';
import { createLogger } from '../../server/src/core/observability/logger';
import { JobQueue, type PeriodicJob } from '../../server/src/core/mail/job-queue';
import { createScratchDatabase, embeddedTestDatabase, migrateDatabase, type ScratchDatabase } from '../../server/test/support/scratch-database';
import { waitUntil } from '../../server/test/support/wait-until';

// A database of its own: the queues of other test files must not see these jobs.
const describeServer = embeddedTestDatabase() ? describe.skip : describe;
const log = createLogger('silent');
const NAME = 'test-periodic';

/**
 * JobQueue.every as two server processes run it: each with its own pool and pg-boss, one database.
 * The periodic work runs in one of them at a time, no more often than its period, and goes on in the
 * other when one stops.
 */
describeServer('periodic jobs of two processes on one database', () => {
  let scratch: ScratchDatabase;
  const processes: { ds: DataSource; queue: JobQueue; stopped: boolean }[] = [];
  const runs: { by: number; startedAt: number; endedAt: number }[] = [];
  let running = 0;
  let overlapped = false;

  /** The work takes a moment in the database, so that two runs at once would overlap. */
  const job = (by: number, ds: DataSource): PeriodicJob => ({
    name: NAME,
    everySeconds: 1,
    maxRunSeconds: 60,
    run: async () => {
      if (++running > 1) overlapped = true;
      const startedAt = Date.now();
      try {
        await ds.query('SELECT pg_sleep(0.2)');
      } finally {
        running--;
        runs.push({ by, startedAt, endedAt: Date.now() });
      }
    },
  });

  async function startProcess(by: number): Promise<void> {
    const ds = createDataSource({ url: scratch.url, poolSize: 2, entities: appEntities, migrations });
    await ds.initialize();
    const queue = await JobQueue.start(ds, log, { pollingIntervalSeconds: 0.5 });
    await queue.every(job(by, ds), log);
    processes.push({ ds, queue, stopped: false });
  }

  async function stopProcess(p: (typeof processes)[number]): Promise<void> {
    if (p.stopped) return;
    p.stopped = true;
    const stopped = new Promise<void>((resolve) => p.queue.boss.once('stopped', () => resolve()));
    await p.queue.stop();
    await stopped;
  }

  beforeAll(async () => {
    scratch = await createScratchDatabase('coalition_periodic_jobs');
    await migrateDatabase(scratch.url);
    // One after the other: the first creates pg-boss's schema.
    await startProcess(0);
    await startProcess(1);
  }, 60_000);

  afterAll(async () => {
    await processes[1]?.queue.boss.unschedule(NAME).catch(() => undefined);
    for (const p of processes) await stopProcess(p);
    for (const p of processes) await p.ds.destroy().catch(() => undefined);
    await scratch?.drop();
  }, 60_000);

  const waiting = async () =>
    Number(((await processes[1]!.ds.query(`SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND state = 'created'`, [NAME])) as { n: string }[])[0]!.n);

  it('runs one at a time, no more often than every period, however many processes run it', async () => {
    await waitUntil('six runs', () => runs.length >= 6, { timeoutMs: 30_000 });
    expect(overlapped).toBe(false);
    const sorted = [...runs].sort((a, b) => a.startedAt - b.startedAt);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.startedAt).toBeGreaterThanOrEqual(sorted[i - 1]!.endedAt);
    // Two timers would run twice a second; the chain at most once a second (each run queues the next one a second on).
    const span = (sorted.at(-1)!.startedAt - sorted[0]!.startedAt) / 1000;
    expect(sorted.length).toBeLessThanOrEqual(Math.floor(span) + 1);
    expect(await waiting()).toBeLessThanOrEqual(1);
  });

  it('goes on in the other process when one stops, without a second run queued', async () => {
    await stopProcess(processes[0]!);
    const before = runs.length;
    await waitUntil('three runs of the survivor', () => runs.slice(before).filter((r) => r.by === 1).length >= 3, { timeoutMs: 30_000 });
    expect(runs.slice(before).some((r) => r.by === 0)).toBe(false);
    expect(overlapped).toBe(false);
    expect(await waiting()).toBeLessThanOrEqual(1);
  });
});
