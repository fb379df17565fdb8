import type { Config } from './config/config';
import type { AppDeps } from './config/app-deps';
import { createDataSource } from './db/data-source';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './db/embedded-postgres';
import { installQueryCounter } from './db/query-counter';
import { assertRowLevelSecurity } from './db/rls-check';
import { loadMasterKey } from './crypto/secret-box';
import { startApp, type RunningApp } from './http/create-app';
import type { Logger } from './observability/logger';
import { appEntities, appModules } from '../modules';
import { migrations } from '../migrations';
import { isEmpty, seedDemo } from '../seed/demo-seed';

export interface Coalition {
  deps: AppDeps;
  app: RunningApp;
  /** Drains HTTP, closes the pool, stops the embedded database. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts everything in order: database (embedded or DATABASE_URL),
 * migrations, the row-level security check, the demo seed, then HTTP.
 */
export async function bootCoalition(config: Config, log: Logger): Promise<Coalition> {
  installQueryCounter();
  let embedded: EmbeddedPostgres | null = null;
  let url = config.DATABASE_URL;
  if (config.embedded) {
    embedded = await startEmbeddedPostgres(config.dataDir, log);
    url = embedded.url;
  }
  const { key: masterKey, generated } = loadMasterKey(config.COALITION_MASTER_KEY, config.dataDir);
  if (generated) log.warn({ file: `${config.dataDir}/master.key` }, 'generated a new master key: back it up, data is unreadable without it');

  const dataSource = createDataSource({
    url: url!,
    // PGlite is a single backend session: one connection, requests queue for it.
    poolSize: config.embedded ? 1 : config.DB_POOL_SIZE,
    replicaUrls: config.DATABASE_REPLICA_URLS,
    entities: appEntities,
    migrations,
  });
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    await assertRowLevelSecurity(dataSource, config.DB_APP_ROLE);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }

  const deps: AppDeps = { config, log, dataSource, masterKey };
  if ((config.embedded || config.SEED_DEMO) && (await isEmpty(deps))) await seedDemo(deps, appModules);

  const app = await startApp(deps, appModules, { host: config.HOST, port: config.PORT });
  let stopping: Promise<void> | null = null;
  return {
    deps,
    app,
    stop() {
      stopping ??= (async () => {
        await app.stop();
        await dataSource.destroy();
        await embedded?.stop();
      })();
      return stopping;
    },
  };
}
