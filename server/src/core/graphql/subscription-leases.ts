import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { AppDeps } from '../config/app-deps';
import { ActorTransaction } from '../db/actor-transaction';
import type { Sql } from '../db/session-kysely';

/** How often a process renews its leases; they last 90 s (server/src/db/sql/functions/subscription_lease_*.sql). */
export const LEASE_RENEW_MS = 30_000;

/**
 * This process's live subscriptions, as rows of `subscription_leases` in PostgreSQL, so that the cap of
 * live subscriptions per user holds across every server process: a subscription takes a lease (refused
 * at the cap), gives it back when it ends, and the process renews its leases while it runs. Those of a
 * process that died expire.
 */
export class SubscriptionLeases {
  /** Known to this process alone: renewing and releasing name it. */
  readonly processId = crypto.randomUUID();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly deps: AppDeps) {
    this.timer = setInterval(() => {
      this.run(null, (db) => sql`SELECT subscription_lease_renew(${this.processId})`.execute(db)).catch((error: unknown) =>
        deps.log.warn({ err: error }, 'renewing subscription leases failed'),
      );
    }, LEASE_RENEW_MS);
    this.timer.unref();
  }

  /**
   * A lease for one more subscription of the socket's session: its id, `full` at the cap per user,
   * `signed-out` when the session no longer acts for anyone.
   */
  async take(tokenHash: string | null): Promise<string | 'full' | 'signed-out'> {
    const lease = crypto.randomUUID();
    const taken = await this.run(tokenHash, async (db) => {
      const { rows } = await sql<{ taken: boolean | null }>`SELECT subscription_lease_take(${this.processId}, ${lease}) AS taken`.execute(db);
      return rows[0]?.taken ?? null;
    });
    if (taken === null) return 'signed-out';
    return taken ? lease : 'full';
  }

  /** Gives leases back (subscriptions that ended); none: nothing to do. */
  async release(leases: string[]): Promise<void> {
    if (leases.length === 0) return;
    await this.run(null, (db) => sql`SELECT subscription_lease_release(${this.processId}, ${leases}::uuid[])`.execute(db));
  }

  /** Stops renewing and gives back every lease of this process (the server stops). */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.run(null, (db) => sql`SELECT subscription_lease_release(${this.processId}, NULL)`.execute(db));
  }

  private async run<T>(tokenHash: string | null, fn: (db: Sql) => Promise<T>): Promise<T> {
    const tx = await ActorTransaction.open(this.deps.requestDataSource, this.deps.config.DB_APP_ROLE, tokenHash);
    try {
      const result = await fn(tx.sql);
      await tx.commit();
      return result;
    } catch (error) {
      await tx.rollback();
      throw error;
    }
  }
}
