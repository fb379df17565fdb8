import type pg from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { CoalitionRole, OrgRole } from '@coalition/shared';
import type { Actor } from '../auth/actor';

interface ActorRow {
  user_id: string | null;
  session_id: string | null;
  display_name: string | null;
  coalition_roles: CoalitionRole[] | null;
  memberships: { organisationId: string; roles: OrgRole[] }[] | null;
}

function toActor(row: ActorRow | undefined): Actor | null {
  if (!row?.user_id) return null;
  return {
    userId: row.user_id,
    sessionId: row.session_id,
    displayName: row.display_name ?? '',
    coalitionRoles: row.coalition_roles ?? [],
    memberships: row.memberships ?? [],
  };
}

/** Session idle timeout: a session unused this long is dead. */
export const SESSION_IDLE_SECONDS = 30 * 60;

/**
 * One transaction that runs as the non-owner application role with the
 * actor decided by the database (`app_authenticate`, `app_act_as`: a context
 * row keyed by the transaction, see server/src/db/sql/functions/app_actor.sql),
 * so row-level security sees who acts and nothing survives into the next
 * use of the pooled connection.
 */
export class ActorTransaction {
  private finished = false;

  private constructor(
    readonly runner: QueryRunner,
    public actor: Actor | null,
  ) {}

  get db(): EntityManager {
    return this.runner.manager;
  }

  /**
   * Opens the transaction. With a session token hash, the session is checked
   * (not revoked, not idle, not past its absolute expiry) and its user's
   * memberships become the settings, all in one statement.
   */
  static async open(dataSource: DataSource, appRole: string, tokenHash: string | null): Promise<ActorTransaction> {
    const runner = dataSource.createQueryRunner('master');
    const client = (await runner.connect()) as pg.PoolClient;
    try {
      // BEGIN and the identity in ONE round trip (a statement per request saved, see docs/SCALING.md):
      // without parameters the driver uses the simple-query protocol, which takes several statements,
      // so the values are inlined as literals the driver escapes (the role name is also config-validated).
      // TypeORM is then told that its runner is inside a transaction, as startTransaction() would have.
      // JIT is off for the request: row-level security makes the planner overestimate short queries,
      // and compiling them cost ~150 ms each in the benchmark, more than running them.
      Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
      const results = (await client.query(
        `START TRANSACTION; SELECT set_config('role', ${client.escapeLiteral(appRole)}, true) AS role, set_config('jit', 'off', true) AS jit, a.*
           FROM (SELECT 1) one LEFT JOIN LATERAL app_authenticate(${tokenHash === null ? 'NULL::text' : client.escapeLiteral(tokenHash)}, ${Math.trunc(SESSION_IDLE_SECONDS)}) a ON true`,
      )) as unknown as pg.QueryResult<ActorRow>[];
      return new ActorTransaction(runner, toActor(results[1].rows[0]));
    } catch (error) {
      await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
      throw error;
    }
  }

  /** Acts as another user from now on in this transaction (sign-in), or as nobody. */
  async becomeUser(userId: string | null, sessionId: string | null = null): Promise<Actor | null> {
    if (!userId) {
      await this.runner.query(`SELECT FROM app_act_as(NULL)`);
      this.actor = null;
      return null;
    }
    const rows = (await this.runner.query(`SELECT * FROM app_act_as($1)`, [userId])) as ActorRow[];
    const actor = toActor(rows[0]);
    this.actor = actor ? { ...actor, sessionId } : null;
    return this.actor;
  }

  async commit(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    try {
      await this.runner.commitTransaction();
    } finally {
      await this.runner.release();
    }
  }

  /**
   * Never throws: when the connection died mid-transaction (killed backend,
   * database restart), PostgreSQL has already discarded the transaction, and
   * the request must still end in its own clean error instead of a 500 from
   * the failed ROLLBACK. pg-pool drops the dead connection on release.
   */
  async rollback(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    try {
      if (this.runner.isTransactionActive) await this.runner.rollbackTransaction();
    } catch {
      // nothing left to roll back on a dead connection
    } finally {
      await this.runner.release();
    }
  }

  get isFinished(): boolean {
    return this.finished;
  }
}

/**
 * Runs `fn` in an actor transaction outside a GraphQL request (HTTP
 * downloads, seeding, subscriptions) and commits when it returns.
 */
export async function withActorTransaction<T>(
  dataSource: DataSource,
  appRole: string,
  actor: { userId: string } | null,
  fn: (tx: ActorTransaction) => Promise<T>,
): Promise<T> {
  const tx = await ActorTransaction.open(dataSource, appRole, null);
  try {
    if (actor) await tx.becomeUser(actor.userId);
    const result = await fn(tx);
    await tx.commit();
    return result;
  } catch (error) {
    await tx.rollback();
    throw error;
  }
}
