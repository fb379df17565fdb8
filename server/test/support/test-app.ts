import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/core/config/config';
import { serverKeyVault } from '../../src/core/backup/key-vault';
import type { AppDeps } from '../../src/core/config/app-deps';
import { createDataSource } from '../../src/core/db/data-source';
import { openRequestDataSource } from '../../src/core/db/request-connection';
import { assertRequestConnection } from '../../src/core/db/rls-check';
import { startApp, type RunningApp } from '../../src/core/http/create-app';
import { createLogger } from '../../src/core/observability/logger';
import { appEntities, appModules } from '../../src/app/app-modules';
import { migrations } from '../../src/migrations';
import type { AppModule } from '../../src/core/http/app-module';
import type { Logger } from '../../src/core/observability/logger';
import { TestClient } from './test-client';
import { embeddedTestDatabase } from './scratch-database';

export interface TestAppOptions {
  /** Another database than the run's (a scratch database), already migrated. */
  databaseUrl?: string;
  /** Modules served in addition to the app's (test-only resolvers that fail on purpose). */
  extraModules?: AppModule[];
  /** A logger of the test's own, e.g. one writing into a buffer. */
  log?: Logger;
  /** A clock the test controls (TOTP checks), ms since the epoch. */
  now?: () => number;
}

export interface TestApp {
  url: string;
  deps: AppDeps;
  app: RunningApp;
  /** A client with its own cookie jar, signed out. */
  client(): TestClient;
  close(): Promise<void>;
}

/**
 * The real server (express, Apollo, row-level security) on a random port,
 * against the run's test database (tests/support/global-setup.ts).
 * Each test file starts one and builds its own data with the factories.
 */
export async function startTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const url = options.databaseUrl ?? process.env.COALITION_TEST_DATABASE_URL;
  if (!url) throw new Error('COALITION_TEST_DATABASE_URL is not set: run the tests through jest (npm test)');
  // Uploads and evidence in a directory of the server's own, removed on close, unless the test names one.
  const ownDataDir = env.DATA_DIR ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-test-data-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    ...(ownDataDir ? { DATA_DIR: ownDataDir } : {}),
    DATABASE_URL: url,
    COALITION_MASTER_KEY: process.env.COALITION_MASTER_KEY,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PORT: '0',
    ...(process.env.DB_PREPARED_STATEMENTS ? { DB_PREPARED_STATEMENTS: process.env.DB_PREPARED_STATEMENTS } : {}),
    ...env,
  });
  const log = options.log ?? createLogger(config.LOG_LEVEL);
  const masterKey = Buffer.from(config.COALITION_MASTER_KEY!, 'base64');
  // As boot makes them: the owner's pool (the factories write through it) and the request pool,
  // logged in as the app role on PostgreSQL, the same pool on the embedded database.
  const dataSource = createDataSource({ url, poolSize: 5, connectTimeoutMillis: config.DB_CONNECT_TIMEOUT_MS, entities: appEntities, migrations });
  await dataSource.initialize();
  const requestDataSource = embeddedTestDatabase()
    ? dataSource
    : await openRequestDataSource({
        owner: dataSource,
        ownerUrl: url,
        appRole: config.DB_APP_ROLE,
        masterKey,
        appUrl: config.DATABASE_APP_URL,
        poolerUrl: config.DATABASE_POOLER_URL,
        // 5 unless the test sizes it (a starved pool).
        poolSize: env.DB_POOL_SIZE ? config.DB_POOL_SIZE : 5,
        connectTimeoutMillis: config.DB_CONNECT_TIMEOUT_MS,
        entities: appEntities,
      }).catch(async (error: unknown) => {
        await dataSource.destroy();
        throw error;
      });
  if (requestDataSource !== dataSource) await assertRequestConnection(requestDataSource, config.DB_APP_ROLE);
  const keyVault = serverKeyVault(config, log, dataSource);
  const deps: AppDeps = { config, log, dataSource, requestDataSource, masterKey, keyVault, ...(options.now ? { now: options.now } : {}) };
  // As boot does: each module's derived data (the person-name index of persons recorded without one).
  for (const m of appModules) await m.prepare?.(deps);
  const app = await startApp(deps, [...appModules, ...(options.extraModules ?? [])], { host: '127.0.0.1', port: 0 });
  return {
    url: app.url,
    deps,
    app,
    client: () => new TestClient(app.url),
    async close() {
      await app.stop();
      await keyVault.idle();
      if (requestDataSource !== dataSource) await requestDataSource.destroy();
      await dataSource.destroy();
      if (ownDataDir) fs.rmSync(ownDataDir, { recursive: true, force: true });
    },
  };
}
