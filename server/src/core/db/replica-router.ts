import { Client } from 'pg';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { Logger } from '../observability/logger';
import { databaseTransactionsTotal } from '../observability/metrics';
import { createDataSource } from './data-source';

/**
 * Reads on PostgreSQL's own streaming replicas (docs/SCALING.md, "Replicas").
 *
 * Every ~100 ms each process asks the primary for its WAL position and each replica (hot standby) for how
 * far it has replayed. A read may go to a replica that answers, is still in recovery, has replayed
 * what the primary had written REPLICA_MAX_LAG_MS ago (so it is no further behind than that), and has
 * replayed the reader's own last write (read-your-writes: the LSN the server gave that user after their
 * last committed write, see `afterLsn`). Otherwise, or when opening its transaction fails, the primary
 * serves: a replica can make a read faster, never make it fail or go back in time for its writer.
 *
 * On a replica the request's identity is the sealed setting app_authenticate leaves there
 * (db/sql/functions/app_standby_seal.sql), and nothing is written: the sessions it authenticated are
 * touched on the primary in one statement every SESSION_TOUCH_MS, so a user who only reads is not signed out.
 */

/** How often each process polls the primary's and every replica's WAL position. */
export const REPLICA_POLL_MS = 100;
/** A replica whose last answer is older than this is treated as down. */
const STALE_MS = 2_000;
/** How often the sessions authenticated on replicas are touched on the primary (the idle clock's grain is 30 s). */
export const SESSION_TOUCH_MS = 30_000;

/** A PostgreSQL LSN (`16/B374D848`) as a number, or null for anything else. */
export function parseLsn(text: string | null | undefined): bigint | null {
  const m = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(text ?? '');
  return m ? (BigInt(`0x${m[1]}`) << 32n) | BigInt(`0x${m[2]}`) : null;
}

interface Replica {
  readonly name: string;
  readonly url: string;
  /** The request pool on this replica (the request login), made once the replica first answers. */
  dataSource: DataSource | null;
  probe: Client | null;
  replayed: bigint | null;
  inRecovery: boolean;
  answeredAt: number;
}

export interface ReplicaRouterOptions {
  /** The owner's URL of the primary: its WAL position. */
  primaryUrl: string;
  /** Each replica with the request login's credentials. */
  replicaUrls: string[];
  maxLagMs: number;
  poolSize: number;
  idleTimeoutMillis?: number;
  connectTimeoutMillis?: number;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  /** Touches sessions on the primary (app_sessions_touch, on the owner's pool). */
  touchSessions: (ids: string[]) => Promise<void>;
  log: Logger;
}

/** A replica chosen for one read. */
export interface ReplicaChoice {
  name: string;
  dataSource: DataSource;
}

export class ReplicaRouter {
  private readonly replicas: Replica[];
  /** The primary's WAL position as polled: (time, lsn), oldest first, a little longer than the lag allowed. */
  private readonly primary: { at: number; lsn: bigint }[] = [];
  private primaryProbe: Client | null = null;
  private readonly seen = new Set<string>();
  private next = 0;
  private polling: Promise<void> | null = null;
  private readonly timers: NodeJS.Timeout[] = [];
  private stopped = false;

  private constructor(private readonly options: ReplicaRouterOptions) {
    this.replicas = options.replicaUrls.map((url, i) => ({
      name: `replica ${i + 1} (${new URL(url).host})`,
      url,
      dataSource: null,
      probe: null,
      replayed: null,
      inRecovery: false,
      answeredAt: 0,
    }));
  }

  /** Starts polling; the first poll is awaited, so a replica that answers at boot serves from the first request. */
  static async start(options: ReplicaRouterOptions): Promise<ReplicaRouter> {
    const router = new ReplicaRouter(options);
    await router.poll();
    router.timers.push(
      setInterval(() => void router.poll(), REPLICA_POLL_MS).unref(),
      setInterval(() => void router.touchSeen(), SESSION_TOUCH_MS).unref(),
    );
    return router;
  }

  /**
   * A replica for a read by someone whose last write was at `afterLsn` (null: none known), or null when
   * the primary must serve. Round robin over the replicas that qualify.
   */
  choose(afterLsn: bigint | null, now = Date.now()): ReplicaChoice | null {
    const floor = this.lagFloor(now);
    if (floor === null) return null;
    const usable = this.replicas.filter(
      (r) =>
        r.dataSource !== null &&
        r.inRecovery &&
        r.replayed !== null &&
        now - r.answeredAt <= STALE_MS &&
        r.replayed >= floor &&
        (afterLsn === null || r.replayed >= afterLsn),
    );
    if (usable.length === 0) return null;
    const chosen = usable[this.next++ % usable.length];
    return { name: chosen.name, dataSource: chosen.dataSource! };
  }

  /** A session authenticated on a replica: touched on the primary with the next batch. */
  sawSession(sessionId: string): void {
    this.seen.add(sessionId);
  }

  /** Opening a transaction on the replica failed: it serves nothing until it answers a poll again. */
  failed(choice: ReplicaChoice, error: unknown): void {
    const replica = this.replicas.find((r) => r.name === choice.name);
    if (replica) replica.answeredAt = 0;
    this.options.log.warn({ replica: choice.name, err: error instanceof Error ? error.message : String(error) }, 'a replica failed a read: the primary serves it');
  }

  /** Counts where a request's transaction ran (`coalition_db_transactions_total`). */
  static served(target: 'primary' | 'replica'): void {
    databaseTransactionsTotal.inc({ server: target });
  }

  /**
   * What the primary had written `maxLagMs` ago: a replica that has not replayed it is too far behind.
   * Before the first poll that old, the oldest one (stricter). Null when the primary has not answered
   * within STALE_MS.
   */
  private lagFloor(now: number): bigint | null {
    // No recent answer from the primary: how far behind a replica is cannot be known, so none serves.
    if (this.primary.length === 0 || now - this.primary[this.primary.length - 1].at > STALE_MS) return null;
    let floor = this.primary[0].lsn;
    for (const sample of this.primary) {
      if (sample.at > now - this.options.maxLagMs) break;
      floor = sample.lsn;
    }
    return floor;
  }

  private poll(): Promise<void> {
    // One poll at a time: a slow server delays the next one, never piles them up.
    this.polling ??= (async () => {
      try {
        await Promise.all([this.pollPrimary(), ...this.replicas.map((r) => this.pollReplica(r))]);
      } finally {
        this.polling = null;
      }
    })();
    return this.polling;
  }

  private async pollPrimary(): Promise<void> {
    try {
      this.primaryProbe ??= await connect(this.options.primaryUrl);
      const { rows } = await this.primaryProbe.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
      const lsn = parseLsn(rows[0]?.lsn);
      if (lsn === null) return;
      const now = Date.now();
      this.primary.push({ at: now, lsn });
      // Keep one sample older than the lag allowed (the floor), drop the ones before it.
      while (this.primary.length > 1 && this.primary[1].at <= now - this.options.maxLagMs) this.primary.shift();
    } catch (error) {
      await this.primaryProbe?.end().catch(() => undefined);
      this.primaryProbe = null;
      if (!this.stopped) this.options.log.warn({ err: error instanceof Error ? error.message : String(error) }, 'cannot read the primary\'s WAL position: reads stay on the primary');
    }
  }

  private async pollReplica(replica: Replica): Promise<void> {
    try {
      replica.probe ??= await connect(replica.url);
      const { rows } = await replica.probe.query<{ recovering: boolean; lsn: string | null }>(
        'SELECT pg_is_in_recovery() AS recovering, pg_last_wal_replay_lsn()::text AS lsn',
      );
      if (!replica.dataSource) replica.dataSource = await this.openPool(replica);
      replica.inRecovery = rows[0].recovering;
      replica.replayed = parseLsn(rows[0].lsn);
      replica.answeredAt = Date.now();
    } catch (error) {
      const wasUp = replica.answeredAt > 0;
      replica.answeredAt = 0;
      await replica.probe?.end().catch(() => undefined);
      replica.probe = null;
      if (wasUp && !this.stopped) this.options.log.warn({ replica: replica.name, err: error instanceof Error ? error.message : String(error) }, 'a replica does not answer: the primary serves its reads');
    }
  }

  private async openPool(replica: Replica): Promise<DataSource> {
    const dataSource = createDataSource({
      url: replica.url,
      poolSize: this.options.poolSize,
      idleTimeoutMillis: this.options.idleTimeoutMillis,
      connectTimeoutMillis: this.options.connectTimeoutMillis,
      entities: this.options.entities,
      migrations: [],
    });
    await dataSource.initialize();
    this.options.log.info({ replica: replica.name }, 'reads may go to a replica');
    return dataSource;
  }

  private async touchSeen(): Promise<void> {
    if (this.seen.size === 0) return;
    const ids = [...this.seen];
    this.seen.clear();
    try {
      await this.options.touchSessions(ids);
    } catch (error) {
      for (const id of ids) this.seen.add(id);
      this.options.log.warn({ err: error instanceof Error ? error.message : String(error) }, 'cannot touch the sessions read on replicas');
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    await this.polling;
    await this.touchSeen();
    await this.primaryProbe?.end().catch(() => undefined);
    for (const replica of this.replicas) {
      await replica.probe?.end().catch(() => undefined);
      if (replica.dataSource?.isInitialized) await replica.dataSource.destroy();
    }
  }
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000, statement_timeout: 2_000 });
  // A dropped connection is found by the next poll's failed query.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}
