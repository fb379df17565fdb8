import crypto from 'node:crypto';
import {
  type CompiledQuery,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from 'kysely';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { DB } from './database.generated';
import { SessionClient } from './session-client';
import { connectOrBusy } from './pool-busy';

export type Database = DB;

/** The typed query builder of one transaction. */
export type Sql = Kysely<Database>;

/**
 * A Kysely over the one client of a transaction. The transaction is ActorTransaction's (it owns BEGIN,
 * COMMIT and ROLLBACK on this client), so Kysely's own transactions are refused here.
 *
 * With `prepared`, every statement goes as a named prepared statement: PostgreSQL parses, rewrites (the
 * row-level security policies are expanded there) and plans it once per connection, then reuses the plan.
 * For the nested case page that planning was ~12 ms of each request over 100,000 cases (docs/SCALING.md).
 * The name is a hash of the text, so one text is one statement per connection whatever code sends it.
 * Policies stay correct: they read the actor's settings when the plan runs, and PostgreSQL re-plans if
 * the role changes. Use the prepared builder only for texts from a small set (no literals that vary per
 * request other than bounded ones, no IN lists of varying length), since each distinct text stays
 * prepared on every pooled connection.
 */
export function sessionKysely(client: SessionClient, { prepared, isOpen = () => true }: { prepared: boolean; isOpen?: () => boolean }): Sql {
  return new Kysely<Database>({ dialect: new SessionDialect(new SessionConnection(client, prepared, isOpen)) });
}

/** Typed SQL on a pooled connection of its own, outside any request and transaction (boot checks). */
export async function withPooledSql<T>(dataSource: DataSource, fn: (db: Sql) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner('master');
  try {
    const client: unknown = await connectOrBusy(() => runner.connect());
    if (!(client instanceof SessionClient)) throw new Error('the data source must be made by createDataSource (its clients are SessionClients)');
    return await fn(sessionKysely(client, { prepared: false }));
  } finally {
    await runner.release();
  }
}

/**
 * Typed SQL in a transaction of its own on a pooled connection, as the connecting role (the demo seed):
 * committed when `fn` resolves, rolled back when it throws.
 */
export async function inPooledTransaction<T>(dataSource: DataSource, fn: (db: Sql) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner('master');
  let open = false;
  try {
    const client: unknown = await runner.connect();
    if (!(client instanceof SessionClient)) throw new Error('the data source must be made by createDataSource (its clients are SessionClients)');
    await runner.startTransaction();
    open = true;
    const result = await fn(sessionKysely(client, { prepared: false, isOpen: () => open }));
    open = false;
    await runner.commitTransaction();
    return result;
  } catch (error) {
    open = false;
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

class SessionDialect implements Dialect {
  constructor(private readonly connection: SessionConnection) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new SessionDriver(this.connection);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
}

class SessionDriver implements Driver {
  constructor(private readonly connection: SessionConnection) {}
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.connection;
  }
  // The connection is the transaction's: it goes back to the pool when the transaction ends, not here.
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
  beginTransaction(): Promise<void> {
    return refuseTransaction();
  }
  commitTransaction(): Promise<void> {
    return refuseTransaction();
  }
  rollbackTransaction(): Promise<void> {
    return refuseTransaction();
  }
}

function refuseTransaction(): Promise<void> {
  return Promise.reject(new Error('the transaction belongs to ActorTransaction: use a savepoint inside it'));
}

/**
 * Prepared statements' names by text. The texts come from a small set (see `prepared` above) and are mostly
 * the same string objects request after request (compileOnce, CompiledShapes), whose hash V8 keeps: a lookup
 * instead of a SHA-1 over a page statement's few kilobytes. Bounded all the same.
 */
const preparedNames = new Map<string, string>();
const MAX_PREPARED_NAMES = 1000;

function preparedName(text: string): string {
  let name = preparedNames.get(text);
  if (name === undefined) {
    name = `q_${crypto.createHash('sha1').update(text).digest('base64url')}`;
    if (preparedNames.size >= MAX_PREPARED_NAMES) preparedNames.clear();
    preparedNames.set(text, name);
  }
  return name;
}

class SessionConnection implements DatabaseConnection {
  constructor(
    private readonly client: SessionClient,
    private readonly prepared: boolean,
    private readonly isOpen: () => boolean,
  ) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    // Once its transaction has ended the client is back in the pool, maybe another request's by now: a
    // late statement (a DataLoader batch after the response) must not run there as that request's actor.
    if (!this.isOpen()) throw new Error('the transaction has ended: no more statements on its connection');
    const config: pg.QueryConfig = { text: compiled.sql, values: [...compiled.parameters] };
    if (this.prepared) config.name = preparedName(compiled.sql);
    const result = (await this.client.query(config)) as pg.QueryResult;
    const affects = result.command === 'INSERT' || result.command === 'UPDATE' || result.command === 'DELETE' || result.command === 'MERGE';
    return { rows: result.rows as R[], numAffectedRows: affects ? BigInt(result.rowCount ?? 0) : undefined };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported on a request transaction');
  }
}

