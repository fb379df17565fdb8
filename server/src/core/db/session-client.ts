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
 * - opens a transaction together with its first statement (`beginWith`), one round trip instead of two.
 */
export interface SessionClientConfig extends pg.ClientConfig {
  /** DEALLOCATE ALL once connected: see DataSourceOptions.sessionOutlivesConnection (data-source.ts). */
  deallocateOnConnect?: boolean;
}

export class SessionClient extends pg.Client {
  private readonly deallocateOnConnect: boolean;

  /** pg-pool builds each client from the pool's options, which carry `deallocateOnConnect` (data-source.ts). */
  constructor(config?: SessionClientConfig) {
    super(config);
    this.deallocateOnConnect = config?.deallocateOnConnect === true;
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
    const results = (await this.query(`START TRANSACTION; ${text}`)) as unknown as pg.QueryResult<R>[];
    this.beginSent = true;
    return results[1].rows;
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
