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
 * pg-boss's maintenance runs on a timer that its `stop` clears without waiting for the statement
 * under way: `settled` lets the queue's stop wait for it before the pool closes under it.
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

/** How often each process puts back a periodic chain that broke (see `every`). */
const CHAIN_CHECK_SECONDS = 60;

/** How long `stop` waits for the jobs under way. */
const STOP_GRACE_MS = 10_000;

export interface JobQueueOptions {
  /** How often an idle worker asks for jobs. */
  pollingIntervalSeconds?: number;
}

/**
 * The job queue of the server: pg-boss in the schema `pgboss` of the application's database, run
 * through the owner's pool. Jobs survive restarts; several processes share them (each job is
 * fetched by one worker, `FOR UPDATE SKIP LOCKED`).
 *
 * pg-boss stores the jobs; the loops that fetch, run and complete them are ours. pg-boss's own
 * `work` completes a batch without awaiting the statement, so a database that goes away mid-job
 * (a failover, a restart) became an unhandled rejection that ended the process; here every
 * statement is awaited, and a failed one is logged and tried again at the next poll.
 */
export class JobQueue {
  private stopping = false;
  private readonly loops = new Set<Promise<void>>();
  private readonly sleepers = new Set<() => void>();

  private constructor(
    readonly boss: PgBoss,
    private readonly db: TrackedDb,
    private readonly log: Logger,
    private readonly pollingIntervalSeconds: number,
  ) {}

  static async start(dataSource: DataSource, log: Logger, options: JobQueueOptions = {}): Promise<JobQueue> {
    const db = poolDb(dataSource);
    const boss = new PgBoss({
      db,
      schema: 'pgboss',
      // No pg-boss cron: its worker has the same unawaited completion. A broken periodic chain is put
      // back by each process's own check instead (see `every`).
      schedule: false,
      supervise: true,
      // Expired runs (their process died) are failed by the maintenance: every 30 s, so that a periodic
      // job's next run waits no more than its maxRunSeconds plus 30 s behind a dead one.
      maintenanceIntervalSeconds: 30,
      migrate: true,
    });
    boss.on('error', (error: unknown) => log.warn({ err: error instanceof Error ? error.message : String(error) }, 'job queue error'));
    await boss.start();
    return new JobQueue(boss, db, log, options.pollingIntervalSeconds ?? 2);
  }

  /** Creates the queue if it does not exist (pg-boss needs each queue made before use). */
  async ensureQueue(name: string, options: Omit<PgBoss.Queue, 'name'> = {}): Promise<void> {
    if (!(await this.boss.getQueue(name))) await this.boss.createQueue(name, { name, ...options });
  }

  /**
   * Runs `handler` for each job of `name`, one at a time, until `stop`. Each job is completed (or failed,
   * and retried per the queue's policy) on its own as soon as it ends, so a process that dies mid-batch
   * runs again only the jobs it had not finished. Jobs are fetched up to BATCH at a poll, and a full batch
   * is followed by the next fetch at once: a burst of emails (a statement opened to every organisation)
   * goes out at the speed of the mail server, not one per polling interval.
   */
  async work<T extends object>(name: string, handler: (data: T, jobId: string) => Promise<void>): Promise<void> {
    this.loop(async () => {
      const jobs = await this.boss.fetch<T>(name, { batchSize: BATCH });
      for (const job of jobs) {
        let failure: string | null = null;
        try {
          await handler(job.data, job.id);
        } catch (error) {
          failure = error instanceof Error ? error.message : String(error);
        }
        if (failure === null) await this.boss.complete(name, job.id);
        else await this.boss.fail(name, job.id, { message: failure });
      }
      return jobs.length === BATCH ? 0 : this.pollingIntervalSeconds;
    }, name);
  }

  /**
   * Runs `job` every `everySeconds` in one process at a time, whatever the number of processes: a chain of
   * pg-boss jobs in a queue of policy `stately` (at most one job waiting and one running, in the database).
   * Each run first queues the next one (`startAfter`), then works, so a process that dies mid-run leaves the
   * next run queued for the others. Each process queues a first run at start, and again every minute: the
   * policy turns these away while a run waits, and they put the chain back if it ever broke (e.g. the
   * database was away when the next run was to be queued). A failed run is logged and not retried: the next
   * one comes anyway. A run of a process that died holds the queue until it expires (`maxRunSeconds`);
   * pg-boss's fetch of the next run meanwhile fails quietly on the policy's unique index.
   */
  async every(job: PeriodicJob, log: Logger): Promise<void> {
    const expireInSeconds = Math.max(60, Math.min(job.maxRunSeconds ?? 15 * 60, 23 * 3600));
    await this.ensureQueue(job.name, { policy: 'stately', retryLimit: 0, expireInSeconds });
    const next = (startAfter: number) => this.boss.send(job.name, {}, startAfter > 0 ? { startAfter } : {});
    await next(job.firstAfterSeconds ?? 0);
    await this.work(job.name, async () => {
      await next(job.everySeconds);
      try {
        await job.run();
      } catch (error) {
        log.warn({ job: job.name, err: error instanceof Error ? error.message : String(error) }, 'periodic job failed');
      }
    });
    this.loop(async (first) => {
      if (!first) await next(0);
      return CHAIN_CHECK_SECONDS;
    }, `${job.name} chain`);
  }

  /**
   * Ends every loop, then pg-boss, then waits for its last statements. A job under way gets up to
   * STOP_GRACE_MS to finish; one that takes longer is left to expire and run again elsewhere.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const wake of this.sleepers) wake();
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_GRACE_MS)));
    await Promise.race([Promise.allSettled([...this.loops]), grace]);
    clearTimeout(timer);
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    // pg-boss's maintenance timer may still have a statement under way: the pool must outlive it.
    await this.db.settled();
  }

  /** Runs `step` until `stop`, waiting the seconds it answers between steps; a failed step is logged and retried after the polling interval. */
  private loop(step: (first: boolean) => Promise<number>, what: string): void {
    const run = (async () => {
      let first = true;
      while (!this.stopping) {
        let pause = this.pollingIntervalSeconds;
        try {
          pause = await step(first);
        } catch (error) {
          this.log.warn({ queue: what, err: error instanceof Error ? error.message : String(error) }, 'job queue step failed');
        }
        first = false;
        if (pause > 0) await this.sleep(pause);
      }
    })();
    this.loops.add(run);
    void run.finally(() => this.loops.delete(run));
  }

  /** Waits `seconds`, or less if `stop` is called meanwhile. */
  private sleep(seconds: number): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, seconds * 1000);
      this.sleepers.add(wake);
    });
  }
}
