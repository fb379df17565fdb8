import 'reflect-metadata';
import { Writable } from 'node:stream';
import pino from 'pino';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../server/src/core/db/data-source';
import { JobQueue } from '../../server/src/core/mail/job-queue';
import { createScratchDatabase, embeddedTestDatabase, type ScratchDatabase } from '../../server/test/support/scratch-database';
import { waitUntil } from '../../server/test/support/wait-until';

// A database of its own: it is dropped under a running queue.
const describeServer = embeddedTestDatabase() ? describe.skip : describe;

/** A logger whose warnings the test reads. */
function recordingLogger(): { log: pino.Logger; warnings: string[] } {
  const warnings: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const line = JSON.parse(chunk.toString()) as { level: number; msg: string };
      if (line.level >= 40) warnings.push(line.msg);
      done();
    },
  });
  return { log: pino({ level: 'warn' }, sink), warnings };
}

describeServer('job queue', () => {
  let scratch: ScratchDatabase;
  let ds: DataSource;
  let queue: JobQueue | undefined;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    scratch = await createScratchDatabase('coalition_job_queue');
    ds = createDataSource({ url: scratch.url, poolSize: 3, entities: [], migrations: [] });
    await ds.initialize();
  }, 60_000);

  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await queue?.stop().catch(() => undefined);
    await ds?.destroy().catch(() => undefined);
    await scratch?.drop();
  }, 60_000);

  it('completes each job once it ends and retries a failed one alone', async () => {
    const { log } = recordingLogger();
    queue = await JobQueue.start(ds, log, { pollingIntervalSeconds: 0.5 });
    await queue.ensureQueue('work', { retryLimit: 1, retryDelay: 0 });
    const seen: string[] = [];
    let failedOnce = false;
    await queue.work<{ n: number }>('work', async ({ n }) => {
      seen.push(`run ${n}`);
      if (n === 2 && !failedOnce) {
        failedOnce = true;
        throw new Error('first attempt fails');
      }
    });
    for (const n of [1, 2, 3]) await queue.boss.send('work', { n });
    const states = async () =>
      (await ds.query(`SELECT data->>'n' AS n, state, retry_count FROM pgboss.job WHERE name = 'work' ORDER BY data->>'n'`)) as {
        n: string;
        state: string;
        retry_count: number;
      }[];
    await waitUntil('every job completed', async () => (await states()).every((j) => j.state === 'completed'), { timeoutMs: 20_000 });
    expect((await states()).map((j) => [j.n, j.retry_count])).toEqual([
      ['1', 0],
      ['2', 1],
      ['3', 0],
    ]);
    expect(seen.filter((s) => s === 'run 2')).toHaveLength(2);
    // Jobs fetched in one batch run side by side, so their order is not part of the contract.
    expect(seen.filter((s) => s !== 'run 2').sort()).toEqual(['run 1', 'run 3']);
  }, 30_000);

  it('loses the database mid-job without an unhandled rejection, logs it, and stops', async () => {
    const { log, warnings } = recordingLogger();
    await queue!.stop();
    queue = await JobQueue.start(ds, log, { pollingIntervalSeconds: 0.5 });
    await queue.ensureQueue('held');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started = false;
    await queue.work('held', async () => {
      started = true;
      await held;
    });
    await queue.boss.send('held', {});
    await waitUntil('the job runs', () => started, { timeoutMs: 20_000 });
    const admin = new Client({ connectionString: process.env.COALITION_TEST_ADMIN_URL });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE ${scratch.name} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
    // The job ends with its database gone: completing it fails, and that failure is the queue's to log.
    release();
    await waitUntil('the lost completion is logged', () => warnings.includes('job queue step failed'), { timeoutMs: 20_000 });
    await queue.stop();
    queue = undefined;
    // A rejection nobody handled is reported on a later turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    expect(unhandled).toEqual([]);
  }, 60_000);
});
