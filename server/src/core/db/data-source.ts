import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { installQuerySerialiser } from './query-serialiser';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceOptions {
  url: string;
  poolSize: number;
  replicaUrls?: string[];
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
  /** When pooled connections idle this long are closed (unless kept open). */
  idleTimeoutMillis?: number;
}

/** Migrations only, never `synchronize`: the schema is what the migrations say. */
export function createDataSource(options: DataSourceOptions): DataSource {
  // Every connection of the process comes from here: requests, migrations, scripts.
  installQuerySerialiser();
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
    extra: { max: options.poolSize, idleTimeoutMillis: options.keepConnectionsOpen ? 0 : (options.idleTimeoutMillis ?? 30_000), connectionTimeoutMillis: 10_000 },
  };
  if (options.replicaUrls && options.replicaUrls.length > 0) {
    return new DataSource({
      ...common,
      replication: {
        master: { url: options.url },
        slaves: options.replicaUrls.map((url) => ({ url })),
      },
    });
  }
  return new DataSource({ ...common, url: options.url });
}
