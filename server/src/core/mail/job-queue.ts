import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { Logger } from '../observability/logger';

type QueryClient = { query(text: string, values?: unknown[]): Promise<unknown> };

/** pg-boss's database interface over one pg client (e.g. the client of an open transaction). */
export function clientDb(client: QueryClient): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      return { rows: resultRows(await client.query(text, values)) };
    },
  };
}

/** pg-boss's database interface, with a way to wait for the statements it still has under way. */
export interface TrackedDb extends PgBoss.Db {
  /** Resolves once no statement is under way (those started meanwhile included). */
  settled(): Promise<void>;
}

/**
 * pg-boss's database interface over the owner's pool: a connection per statement, so pg-boss needs
 * no pool of its own. On the embedded database (PGlite over a socket that admits one connection)
 * this is the only way pg-boss can run: it shares the server's single connection with everything.
 * pg-boss completes a worker's batch without awaiting it, so its `stop` may resolve while that
 * statement runs: `settled` lets the queue's stop wait for it before the pool closes under it.
 */
export function poolDb(dataSource: DataSource): TrackedDb {
  const underWay = new Set<Promise<unknown>>();
  return {
    executeSql(text: string, values: unknown[]) {
      const statement = (async () => {
        const runner = dataSource.createQueryRunner('master');
        try {
          const client = (await runner.connect()) as QueryClient;
          return { rows: resultRows(await client.query(text, values)) };
        } finally {
          await runner.release();
        }
      })();
      underWay.add(statement);
      void statement.then(
        () => underWay.delete(statement),
        () => underWay.delete(statement),
      );
      return statement;
    },
    async settled() {
      while (underWay.size > 0) await Promise.allSettled([...underWay]);
    },
  };
}

/** A multi-statement text answers with one result per statement: pg-boss wants the last one's rows. */
function resultRows(result: unknown): unknown[] {
  const last: unknown = Array.isArray(result) ? result[result.length - 1] : result;
  const rows = (last as { rows?: unknown[] } | undefined)?.rows;
  return rows ?? [];
}

/** Work that runs periodically in one process of all (see JobQueue.every). */
export interface PeriodicJob {
  /** The pg-boss queue's name. */
  name: string;
  everySeconds: number;
  /** When the first run of a new database is due (default: at once); a queued run is never moved. */
  firstAfterSeconds?: number;
  /** How long a run may take before another process may start the next one (default 15 min, at most 23 h). */
  maxRunSeconds?: number;
  run(): Promise<void>;
}

/** Jobs a worker takes at one poll (see `work`). */
const BATCH = 10;

export interface JobQueueOptions {
  /** How often an idle worker asks for jobs (pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
}

/**
 * The job queue of the server: pg-boss in the schema `pgboss` of the application's database, run
 * through the owner's pool. Jobs survive restarts; several processes share them (each job is
 * fetched by one worker, `FOR UPDATE SKIP LOCKED`).
 */
export class JobQueue {
  private constructor(
    readonly boss: PgBoss,
    private readonly db: TrackedDb,
    private readonly pollingIntervalSeconds: number,
  ) {}

  static async start(dataSource: DataSource, log: Logger, options: JobQueueOptions = {}): Promise<JobQueue> {
    const db = poolDb(dataSource);
    const boss = new PgBoss({
      db,
      schema: 'pgboss',
      // Cron schedules back up the periodic jobs (see `every`): one process a minute (pg-boss's
      // cron lock in the database) puts back a chain that broke.
      schedule: true,
      supervise: true,
      // Expired runs (their process died) are failed by the maintenance: every 30 s, so that a periodic
      // job's next run waits no more than its maxRunSeconds plus 30 s behind a dead one.
      maintenanceIntervalSeconds: 30,
      migrate: true,
    });
    boss.on('error', (error: unknown) => log.warn({ err: error instanceof Error ? error.message : String(error) }, 'job queue error'));
    await boss.start();
    return new JobQueue(boss, db, options.pollingIntervalSeconds ?? 2);
  }

  /** Creates the queue if it does not exist (pg-boss needs each queue made before use). */
  async ensureQueue(name: string, options: Omit<PgBoss.Queue, 'name'> = {}): Promise<void> {
    if (!(await this.boss.getQueue(name))) await this.boss.createQueue(name, { name, ...options });
  }

  /**
   * Runs `handler` for each job of `name`, one at a time; a throw retries that job alone per the queue's policy.
   * Jobs are fetched up to BATCH at a poll: pg-boss waits a polling interval after every fetch, so one job a
   * fetch would deliver a burst of emails (a statement opened to every organisation) at one per interval.
   */
  async work<T extends object>(name: string, handler: (data: T, jobId: string) => Promise<void>): Promise<void> {
    await this.boss.work<T>(name, { batchSize: BATCH, pollingIntervalSeconds: this.pollingIntervalSeconds }, async (jobs) => {
      for (const job of jobs) {
        try {
          await handler(job.data, job.id);
        } catch (error) {
          // Failed alone (retried per the queue's policy); pg-boss completes the batch's other jobs, still active.
          await this.boss.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
        }
      }
    });
  }

  /**
   * Runs `job` every `everySeconds` in one process at a time, whatever the number of processes: a chain of
   * pg-boss jobs in a queue of policy `stately` (at most one job waiting and one running, in the database).
   * Each run first queues the next one (`startAfter`), then works, so a process that dies mid-run leaves the
   * next run queued for the others. Each process queues a first run at start (deduplicated by the policy), and
   * a cron schedule every minute queues one if the chain ever broke (e.g. the database was away when the
   * next run was to be queued). A failed run is logged and not retried: the next one comes anyway. A run of a
   * process that died holds the queue until it expires (`maxRunSeconds`); pg-boss's fetch of the next run
   * meanwhile fails quietly on the policy's unique index.
   */
  async every(job: PeriodicJob, log: Logger): Promise<void> {
    const expireInSeconds = Math.max(60, Math.min(job.maxRunSeconds ?? 15 * 60, 23 * 3600));
    await this.ensureQueue(job.name, { policy: 'stately', retryLimit: 0, expireInSeconds });
    const next = (startAfter: number) => this.boss.send(job.name, {}, startAfter > 0 ? { startAfter } : {});
    // Queued before the schedule exists, so that the cron has a waiting run to defer to.
    await next(job.firstAfterSeconds ?? 0);
    await this.work(job.name, async () => {
      await next(job.everySeconds);
      try {
        await job.run();
      } catch (error) {
        log.warn({ job: job.name, err: error instanceof Error ? error.message : String(error) }, 'periodic job failed');
      }
    });
    await this.boss.schedule(job.name, '* * * * *', {});
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    await this.db.settled();
  }
}
