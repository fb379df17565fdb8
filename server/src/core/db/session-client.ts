import pg from 'pg';
import { dbQueriesTotal } from '../observability/metrics';

/**
 * Every connection of the process's pool (TypeORM's, so requests, migrations and scripts alike) is one of
 * these: pg-pool builds its clients from the `Client` option (data-source.ts), so nothing of pg's is patched.
 * A session client
 * - counts every statement it sends into `coalition_db_queries_total`, the ground truth the constant-SQL
 *   tests and the benchmark read;
 * - sends one statement at a time, in call order. A request's DataLoaders share its transaction's client
 *   and fire in the same tick: pg 8 queues such overlapping calls itself but warns that the queue goes in
 *   pg 9 ("client.query() when the client is already executing a query"). Promise-style calls therefore
 *   wait for the previous one here; a failed statement does not stop the next (inside a transaction
 *   PostgreSQL refuses it anyway). Callback and stream calls, which our code does not make, keep pg's path;
 * - opens a transaction together with its first statement (`beginWith`), one round trip instead of two;
 * - behind a transaction pooler, learns in that same round trip which statements the transaction's server
 *   session has prepared (see `pooledServerSessions`).
 */
export interface SessionClientConfig extends pg.ClientConfig {
  /** DEALLOCATE ALL once connected: see DataSourceOptions.sessionOutlivesConnection (data-source.ts). */
  deallocateOnConnect?: boolean;
  /** Each transaction may run on another server session: see DataSourceOptions.pooledServerSessions. */
  pooledServerSessions?: boolean;
}

/** The part of pg's connection that remembers which names it has prepared (pg 8: no public API for it). */
interface PreparedNames {
  parsedStatements: Record<string, string>;
}

export class SessionClient extends pg.Client {
  private readonly deallocateOnConnect: boolean;
  private readonly pooledServerSessions: boolean;
  /**
   * Behind a transaction pooler, the names the current transaction's server session has prepared, read by
   * beginWith; null outside such a transaction, where a named statement goes unnamed instead.
   */
  private serverPrepared: Set<string> | null = null;

  /** pg-pool builds each client from the pool's options, which carry these flags (data-source.ts). */
  constructor(config?: SessionClientConfig) {
    super(config);
    this.deallocateOnConnect = config?.deallocateOnConnect === true;
    this.pooledServerSessions = config?.pooledServerSessions === true;
  }

  /** Connects, then forgets the session's prepared statements where the session outlived another connection. */
  private async connected(): Promise<this> {
    await (pg.Client.prototype.connect as (this: pg.Client) => Promise<unknown>).call(this);
    if (this.deallocateOnConnect) await this.query('DEALLOCATE ALL');
    return this;
  }

  /** The promise that settles when the last queued statement has. */
  private lastTurn: Promise<void> | null = null;
  /** Set by beginWith: the transaction is open, so TypeORM's own START TRANSACTION is answered here. */
  private beginSent = false;

  /** Serialises and counts promise-style calls; see the class comment. */
  private serialised(args: unknown[]): unknown {
    if (this.pooledServerSessions) args = this.forServerSession(args);
    const send = () => (pg.Client.prototype.query as (this: pg.Client, ...a: unknown[]) => unknown).apply(this, args);
    if (!isPromiseCall(args)) return send();
    if (this.beginSent && args[0] === 'START TRANSACTION') {
      this.beginSent = false;
      return Promise.resolve(EMPTY_RESULT);
    }
    const previous = this.lastTurn;
    const run = () => {
      dbQueriesTotal.inc();
      return send() as Promise<unknown>;
    };
    // Nothing in flight: send now, exactly as pg would (no extra tick on the common path).
    const result = previous ? previous.then(run) : run();
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.lastTurn = settled;
    void settled.then(() => {
      if (this.lastTurn === settled) this.lastTurn = null;
    });
    return result;
  }

  /**
   * Sends `START TRANSACTION; <text>` as one simple-protocol statement (so `text` takes no parameters:
   * escape literals with escapeLiteral) and returns the rows of `text`. The transaction manager that then
   * calls its own START TRANSACTION (TypeORM's startTransaction(), which keeps its state right through its
   * public API) gets an empty result without a round trip.
   */
  async beginWith<R extends pg.QueryResultRow>(text: string): Promise<R[]> {
    // Behind a transaction pooler, also the names this transaction's server session holds (forServerSession).
    const held = this.pooledServerSessions ? 'SELECT array(SELECT name::text FROM pg_prepared_statements) AS prepared; ' : '';
    if (held) {
      this.serverPrepared = null;
      this.preparedNames().parsedStatements = {};
    }
    const results = (await this.query(`START TRANSACTION; ${held}${text}`)) as unknown as pg.QueryResult[];
    this.beginSent = true;
    if (held) this.serverPrepared = new Set((results[1] as pg.QueryResult<{ prepared: string[] }>).rows[0].prepared);
    return (results.at(-1) as pg.QueryResult<R>).rows;
  }

  /**
   * Behind a transaction pooler (PgBouncer's transaction mode) each transaction runs on whichever server
   * session is free, shared with the pool's other clients and other server processes; PgBouncer before 1.21
   * passes a named statement through to it as it comes. So pg's own record of what it prepared on "this
   * connection" means nothing here: within a transaction begun by beginWith it starts from what that
   * server session holds (read in the same round trip), and pg parses only a name the session lacks. A name
   * is its text's hash (session-kysely.ts), so a statement another client prepared is the same statement.
   * Any statement outside such a transaction goes unnamed. A prepared statement outlives a rolled-back
   * transaction, and the next read sees it: nothing is assumed across transactions.
   */
  private forServerSession(args: unknown[]): unknown[] {
    const [first, ...rest] = args;
    if (first === 'COMMIT' || first === 'ROLLBACK') {
      this.serverPrepared = null;
      return args;
    }
    if (typeof first !== 'object' || first === null || typeof (first as pg.QueryConfig).name !== 'string') return args;
    const config = first as pg.QueryConfig;
    const names = this.preparedNames();
    if (!this.serverPrepared) return [{ ...config, name: undefined }, ...rest];
    if (this.serverPrepared.has(config.name!) && names.parsedStatements[config.name!] === undefined) names.parsedStatements[config.name!] = config.text;
    return args;
  }

  private preparedNames(): PreparedNames {
    return (this as unknown as { connection: PreparedNames }).connection;
  }
}

// pg's query() has a dozen overloads; SessionClient's keeps their types and forwards every call, whichever
// overload, to serialised(). Set on SessionClient's own prototype: pg.Client's is left as it is.
SessionClient.prototype.query = function query(this: SessionClient, ...args: unknown[]) {
  return this['serialised'](args);
} as pg.Client['query'];

// Both of connect()'s forms (pg-pool passes a callback), through connected(). On SessionClient's own prototype.
SessionClient.prototype.connect = function connect(this: SessionClient, callback?: (error: Error | null, client?: SessionClient) => void) {
  const ready = this['connected']();
  if (!callback) return ready;
  ready.then(
    (client) => callback(null, client),
    (error: Error) => callback(error),
  );
  return undefined;
} as pg.Client['connect'];

const EMPTY_RESULT: pg.QueryResult = { command: 'BEGIN', rowCount: null, oid: 0, fields: [], rows: [] };

function isPromiseCall(args: unknown[]): boolean {
  const [first] = args;
  const submittable = typeof first === 'object' && first !== null && typeof (first as { submit?: unknown }).submit === 'function';
  return !submittable && typeof args.at(-1) !== 'function';
}
