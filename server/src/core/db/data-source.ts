import { DataSource, type Migration, type MixedList, type EntitySchema } from 'typeorm';
import { SessionClient } from './session-client';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { applySqlDefinitions } from './sql-definitions';

export interface DataSourceOptions {
  url: string;
  poolSize: number;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /**
   * Never close idle pooled connections. For the embedded database: its
   * loopback port has no password and admits one connection, so a connection
   * the pool let go could be taken by any local process as the superuser.
   */
  keepConnectionsOpen?: boolean;
  /**
   * The database session outlives the socket connection (the embedded database: PGlite is one backend
   * session whichever connection speaks to it). A new connection then starts with DEALLOCATE ALL, so that the
   * names a lost connection prepared do not collide with the ones the new client (which knows none) prepares.
   * Only where one connection is open at a time: it would drop the statements of another.
   */
  sessionOutlivesConnection?: boolean;
  /**
   * Each transaction may run on another server session, shared with other clients (a transaction pooler:
   * PgBouncer's transaction mode). Named prepared statements then follow the transaction's server session
   * (SessionClient's forServerSession), so they work behind a PgBouncer that does not track them (< 1.21).
   */
  pooledServerSessions?: boolean;
  /** When pooled connections idle this long are closed (unless kept open). */
  idleTimeoutMillis?: number;
  /** How long taking a connection may wait while every one is busy (then PoolBusyError); 10 s unless set. */
  connectTimeoutMillis?: number;
}

/**
 * Running the migrations also applies the SQL definitions (server/src/db/sql): every caller (boot, the
 * PGlite template, the tests' databases) gets both, in that order.
 */
export class CoalitionDataSource extends DataSource {
  override async runMigrations(options?: Parameters<DataSource['runMigrations']>[0]): Promise<Migration[]> {
    const applied = await super.runMigrations(options);
    await applySqlDefinitions(this, applied.length > 0);
    return applied;
  }
}

/** Migrations and SQL definitions only, never `synchronize`: the schema is what they say. */
export function createDataSource(options: DataSourceOptions): DataSource {
  const common = {
    type: 'postgres' as const,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto' as const,
    namingStrategy: new SnakeNamingStrategy(),
    logging: false,
    // Every connection of the pool (requests, migrations, scripts) is a SessionClient: counted and serialised.
    extra: {
      Client: SessionClient,
      deallocateOnConnect: options.sessionOutlivesConnection === true,
      pooledServerSessions: options.pooledServerSessions === true,
      max: options.poolSize,
      idleTimeoutMillis: options.keepConnectionsOpen ? 0 : (options.idleTimeoutMillis ?? 30_000),
      connectionTimeoutMillis: options.connectTimeoutMillis ?? 10_000,
    },
  };
  return new CoalitionDataSource({ ...common, url: options.url });
}
