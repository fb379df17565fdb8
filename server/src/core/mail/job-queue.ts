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

/**
 * pg-boss's database interface over the owner's pool: a connection per statement, so pg-boss needs
 * no pool of its own. On the embedded database (PGlite over a socket that admits one connection)
 * this is the only way pg-boss can run: it shares the server's single connection with everything.
 */
export function poolDb(dataSource: DataSource): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      const runner = dataSource.createQueryRunner('master');
      try {
        const client = (await runner.connect()) as QueryClient;
        return { rows: resultRows(await client.query(text, values)) };
      } finally {
        await runner.release();
      }
    },
  };
}

/** A multi-statement text answers with one result per statement: pg-boss wants the last one's rows. */
function resultRows(result: unknown): unknown[] {
  const last: unknown = Array.isArray(result) ? result[result.length - 1] : result;
  const rows = (last as { rows?: unknown[] } | undefined)?.rows;
  return rows ?? [];
}

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
    private readonly pollingIntervalSeconds: number,
  ) {}

  static async start(dataSource: DataSource, log: Logger, options: JobQueueOptions = {}): Promise<JobQueue> {
    const boss = new PgBoss({
      db: poolDb(dataSource),
      schema: 'pgboss',
      // Cron schedules are not used: reminders are jobs with startAfter, recurring work re-queues itself.
      schedule: false,
      supervise: true,
      migrate: true,
    });
    boss.on('error', (error: unknown) => log.warn({ err: error instanceof Error ? error.message : String(error) }, 'job queue error'));
    await boss.start();
    return new JobQueue(boss, options.pollingIntervalSeconds ?? 2);
  }

  /** Creates the queue if it does not exist (pg-boss needs each queue made before use). */
  async ensureQueue(name: string, options: Omit<PgBoss.Queue, 'name'> = {}): Promise<void> {
    if (!(await this.boss.getQueue(name))) await this.boss.createQueue(name, { name, ...options });
  }

  /** Runs `handler` for each job of `name`, one at a time; a throw retries the job per the queue's policy. */
  async work<T extends object>(name: string, handler: (data: T, jobId: string) => Promise<void>): Promise<void> {
    await this.boss.work<T>(name, { batchSize: 1, pollingIntervalSeconds: this.pollingIntervalSeconds }, async ([job]) => {
      if (job) await handler(job.data, job.id);
    });
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
