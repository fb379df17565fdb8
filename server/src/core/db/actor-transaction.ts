import { sql } from 'kysely';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { Actor, ActorAccount } from '../auth/actor';
import { SessionClient } from './session-client';
import { connectOrBusy } from './pool-busy';
import { sessionKysely, withPooledSql, type Sql } from './session-kysely';
import type { ActorRow, LoginLookupRow } from './sql-functions';

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

function toAccount(row: ActorRow | undefined): ActorAccount | null {
  if (!row?.user_id || row.email === null || row.locale === null) return null;
  return { email: row.email, locale: row.locale, totpEnabled: row.totp_enabled ?? false };
}

/** Session idle timeout: a session unused this long is dead. */
export const SESSION_IDLE_SECONDS = 30 * 60;

export interface ActorTransactionOptions {
  /** Lets `preparedSql` name its statements (DB_PREPARED_STATEMENTS). */
  preparedStatements?: boolean;
  /**
   * The owner's pool, which alone may read an account before sign-in and grant this transaction an
   * actor (`becomeUser`): needed only where a user signs in or joins. The same data source as the
   * request's when both log in as the owner (the embedded database): then this connection's session
   * user is the owner, and the step runs on it with the application role set aside for its length.
   */
  owner?: DataSource;
}

/**
 * One transaction that runs as the non-owner application role with the
 * actor decided by the database (`app_authenticate`, `app_act_as_granted`: a context
 * row keyed by the transaction, see server/src/db/sql/functions/app_actor.sql),
 * so row-level security sees who acts and nothing survives into the next
 * use of the pooled connection.
 *
 * It owns the request's one connection and offers it twice: `db`, TypeORM's
 * manager (entities and repositories), and `sql`, the typed query builder for
 * hand-written SQL. Both send through the same SessionClient, which counts
 * and serialises every statement.
 */
export class ActorTransaction {
  private finished = false;
  private readonly committed: (() => void)[] = [];
  private plain: Sql | null = null;
  private prepared: Sql | null = null;

  private constructor(
    private readonly runner: QueryRunner,
    private readonly client: SessionClient,
    private readonly preparedStatements: boolean,
    public actor: Actor | null,
    /** The actor's own account, read by the same statement that decided the actor. */
    public account: ActorAccount | null,
    private readonly appRole: string,
    private readonly sameLoginAsOwner: boolean,
    private readonly owner: DataSource | undefined,
  ) {}

  /** Typed SQL on the transaction's connection (made on first use: many requests need none). */
  get sql(): Sql {
    this.plain ??= sessionKysely(this.client, { prepared: false, isOpen: () => !this.finished });
    return this.plain;
  }

  /** The same, as named prepared statements where enabled: for texts from a small, bounded set. */
  get preparedSql(): Sql {
    if (!this.preparedStatements) return this.sql;
    this.prepared ??= sessionKysely(this.client, { prepared: true, isOpen: () => !this.finished });
    return this.prepared;
  }

  get db(): EntityManager {
    return this.runner.manager;
  }

  /**
   * Opens the transaction. With a session token hash, the session is checked
   * (not revoked, not idle, not past its absolute expiry) and its user's
   * memberships become the settings, all in one statement.
   */
  static async open(
    dataSource: DataSource,
    appRole: string,
    tokenHash: string | null,
    options: ActorTransactionOptions = {},
  ): Promise<ActorTransaction> {
    const runner = dataSource.createQueryRunner('master');
    // No connection, nothing to end: runner.query() would wait for a new one.
    const client: unknown = await connectOrBusy(() => runner.connect());
    try {
      if (!(client instanceof SessionClient)) throw new Error('the data source must be made by createDataSource (its clients are SessionClients)');
      // BEGIN and the identity in ONE round trip (a statement per request saved, see docs/SCALING.md):
      // a multi-statement text goes by the simple-query protocol, which takes no parameters, so the
      // values are inlined as literals the driver escapes (the role name is also config-validated).
      // TypeORM then learns of the transaction through its own startTransaction(), whose START
      // TRANSACTION the client answers without sending it.
      // JIT is off for the request: row-level security makes the planner overestimate short queries,
      // and compiling them cost ~150 ms each in the benchmark, more than running them.
      const [row] = await client.beginWith<ActorRow>(
        `SELECT set_config('role', ${client.escapeLiteral(appRole)}, true) AS role, set_config('jit', 'off', true) AS jit, a.*
           FROM (SELECT 1) one LEFT JOIN LATERAL app_authenticate(${tokenHash === null ? 'NULL::text' : client.escapeLiteral(tokenHash)}, ${Math.trunc(SESSION_IDLE_SECONDS)}) a ON true`,
      );
      await runner.startTransaction();
      return new ActorTransaction(
        runner,
        client,
        options.preparedStatements ?? false,
        toActor(row),
        toAccount(row),
        appRole,
        options.owner === dataSource,
        options.owner,
      );
    } catch (error) {
      // beginWith failed after START TRANSACTION (or before it): end whatever is open on this connection.
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      else await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
      throw error;
    }
  }

  /**
   * Acts as another user from now on in this transaction (sign-in, a joined invitation), or as nobody.
   * The application role cannot name whom it acts as: the owner grants this transaction (its backend
   * and transaction id) that user, and the transaction takes the grant (`app_grant_actor`,
   * `app_act_as_granted`). Call it only after the check that entitles to it (password, invitation).
   */
  async becomeUser(userId: string | null, sessionId: string | null = null): Promise<Actor | null> {
    if (!userId) {
      await sql`SELECT app_act_as_nobody()`.execute(this.sql);
      this.actor = null;
      this.account = null;
      return null;
    }
    const {
      rows: [me],
    } = await sql<{ pid: number; xact: string }>`SELECT pg_backend_pid() AS pid, pg_current_xact_id()::text AS xact`.execute(this.sql);
    await this.asOwner((db) => sql`SELECT app_grant_actor(${me.pid}, ${me.xact}::xid8, ${userId})`.execute(db));
    const { rows } = await sql<ActorRow>`SELECT * FROM app_act_as_granted()`.execute(this.sql);
    const actor = toActor(rows[0]);
    this.actor = actor ? { ...actor, sessionId } : null;
    this.account = toAccount(rows[0]);
    return this.actor;
  }

  /**
   * The account of a normalised email, whatever the actor may read (sign-in, invitations), read by the
   * owner (`app_login_lookup` is not the application role's): none when there is none.
   */
  async lookupLogin(email: string): Promise<LoginLookupRow | undefined> {
    return this.asOwner(async (db) => (await sql<LoginLookupRow>`SELECT * FROM app_login_lookup(${email})`.execute(db)).rows[0]);
  }

  /** Runs a pre-authentication step as the owner: on the owner's pool, or on this connection (see `owner`). */
  private async asOwner<T>(fn: (db: Sql) => Promise<T>): Promise<T> {
    if (!this.owner) throw new Error('this transaction was opened without the owner pool: it cannot sign anyone in');
    if (!this.sameLoginAsOwner) return withPooledSql(this.owner, fn);
    await sql`SET LOCAL ROLE NONE`.execute(this.sql);
    const result = await fn(this.sql);
    await sql`SELECT set_config('role', ${this.appRole}, true)`.execute(this.sql);
    return result;
  }

  /**
   * Commits. With `walPosition`, then reads the primary's WAL position on the same connection, which the
   * commit is behind: a replica that has replayed it shows this transaction's writes (read-your-writes,
   * core/db/replica-router.ts). Null when not asked, or when the position could not be read.
   */
  async commit(options: { walPosition?: boolean } = {}): Promise<string | null> {
    if (this.finished) return null;
    this.finished = true;
    let position: string | null = null;
    try {
      await this.runner.commitTransaction();
      if (options.walPosition) {
        const rows = (await this.runner.query('SELECT pg_current_wal_lsn()::text AS lsn').catch(() => [])) as { lsn: string }[];
        position = rows[0]?.lsn ?? null;
      }
    } finally {
      await this.runner.release();
    }
    // Only once the work is durable, and after the connection is back in the pool (the embedded database has one).
    for (const fn of this.committed.splice(0)) fn();
    return position;
  }

  /**
   * Work that must follow this transaction's commit and never run if it rolls back (an erasure's rewrite of the
   * key vault). Called synchronously after the commit; `fn` starts its own asynchronous work and handles its errors.
   */
  afterCommit(fn: () => void): void {
    this.committed.push(fn);
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
  pools: { requestDataSource: DataSource; dataSource: DataSource; config: { DB_APP_ROLE: string } },
  actor: { userId: string } | null,
  fn: (tx: ActorTransaction) => Promise<T>,
): Promise<T> {
  const tx = await ActorTransaction.open(pools.requestDataSource, pools.config.DB_APP_ROLE, null, { owner: pools.dataSource });
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
