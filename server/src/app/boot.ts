import type { DataSource } from 'typeorm';
import { masterKeySource, type Config } from '../core/config/config';
import type { AppDeps } from '../core/config/app-deps';
import { createDataSource } from '../core/db/data-source';
import type { EmbeddedPostgres } from '../core/db/embedded-postgres';
import { openRequestDataSource, requestLoginUrl, withCredentialsOf } from '../core/db/request-connection';
import { ReplicaRouter } from '../core/db/replica-router';
import { assertRequestConnection, assertRowLevelSecurity } from '../core/db/rls-check';
import { startBackupSchedule } from '../core/backup/backup-schedule';
import { ownerRowQuery, serverKeyVault, vaultEntries } from '../core/backup/key-vault';
import { loadMasterKey } from '../core/crypto/secret-box';
import { buildAppSchema } from '../core/graphql/build-schema';
import { startApp, type RunningApp } from '../core/http/create-app';
import type { Logger } from '../core/observability/logger';
import { JobQueue } from '../core/mail/job-queue';
import { MailWorker } from '../core/mail/mail-worker';
import { appEntities, appModules } from './app-modules';
import { startEmbeddedDatabase } from './embedded-database';
import { migrations } from '../migrations';
import { isEmpty, seedDemo } from '../seed/demo-seed';
import { rekeyDemoCopy } from '../seed/demo-rekey';

export interface Coalition {
  deps: AppDeps;
  app: RunningApp;
  /** Drains HTTP, closes the pool, stops the embedded database. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts everything in order: database (embedded or DATABASE_URL),
 * migrations, the request pool (logged in as the app role), the row-level
 * security checks, the demo seed, then HTTP.
 */
export async function bootCoalition(
  config: Config,
  log: Logger,
  /** The embedded database when the caller started it already (main.ts, while it loaded this module). */
  options: { embedded?: Promise<EmbeddedPostgres> } = {},
): Promise<Coalition> {
  // Work that needs no database first: on a first embedded start its thread may still be starting PGlite,
  // on the other core. The redaction's first run (V8 compiling it) and the GraphQL schema.
  const warming = performance.now();
  for (const module of appModules) module.warmUp?.();
  log.info({ ms: Math.round(performance.now() - warming) }, 'warmed up');
  const schema = buildAppSchema(appModules);
  // Awaited by startApp below; a failure before then must not count as unhandled.
  schema.catch(() => undefined);

  let embedded: EmbeddedPostgres | null = null;
  let url = config.DATABASE_URL;
  if (config.embedded) {
    embedded = await (options.embedded ?? startEmbeddedDatabase(config, log));
    url = embedded.url;
  }
  const { key: masterKey, generated } = loadMasterKey(masterKeySource(config));
  if (generated) log.warn({ file: `${config.dataDir}/master.key` }, 'generated a new master key: back it up, data is unreadable without it');

  // The owner's pool: migrations, seeding and maintenance, a few statements at a time. Requests get
  // their own pool of DB_POOL_SIZE. PGlite is a single backend session with a single user: one
  // connection for everything, requests queue for it and switch with SET LOCAL ROLE alone.
  const dataSource = createDataSource({
    url: url!,
    poolSize: config.embedded ? 1 : OWNER_POOL_SIZE,
    keepConnectionsOpen: config.embedded,
    sessionOutlivesConnection: config.embedded,
    idleTimeoutMillis: config.DB_IDLE_TIMEOUT_MS,
    connectTimeoutMillis: config.DB_CONNECT_TIMEOUT_MS,
    entities: appEntities,
    migrations,
  });
  let requestDataSource: DataSource = dataSource;
  let replicas: ReplicaRouter | undefined;
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    await assertRowLevelSecurity(dataSource, config.DB_APP_ROLE);
    if (config.embedded) await rekeyDemoCopy(dataSource, config, masterKey, log);
    if (!config.embedded) {
      requestDataSource = await openRequestDataSource({
        owner: dataSource,
        ownerUrl: url!,
        appRole: config.DB_APP_ROLE,
        masterKey,
        appUrl: config.DATABASE_APP_URL,
        poolerUrl: config.DATABASE_POOLER_URL,
        poolSize: config.DB_POOL_SIZE,
        idleTimeoutMillis: config.DB_IDLE_TIMEOUT_MS,
        connectTimeoutMillis: config.DB_CONNECT_TIMEOUT_MS,
        entities: appEntities,
      });
      await assertRequestConnection(requestDataSource, config.DB_APP_ROLE);
      if (config.DATABASE_REPLICA_URLS.length > 0) {
        const requestLogin = requestLoginUrl({ ownerUrl: url!, appRole: config.DB_APP_ROLE, masterKey, appUrl: config.DATABASE_APP_URL });
        replicas = await ReplicaRouter.start({
          primaryUrl: url!,
          replicaUrls: config.DATABASE_REPLICA_URLS.map((replica) => withCredentialsOf(replica, requestLogin)),
          maxLagMs: config.REPLICA_MAX_LAG_MS,
          poolSize: config.DB_POOL_SIZE,
          idleTimeoutMillis: config.DB_IDLE_TIMEOUT_MS,
          connectTimeoutMillis: config.DB_CONNECT_TIMEOUT_MS,
          entities: appEntities,
          touchSessions: async (ids) => void (await dataSource.query('SELECT app_sessions_touch($1::uuid[])', [ids])),
          log,
        });
      }
    }
  } catch (error) {
    await replicas?.stop();
    if (requestDataSource !== dataSource && requestDataSource.isInitialized) await requestDataSource.destroy();
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }

  const keyVault = serverKeyVault(config, log, dataSource);
  const deps: AppDeps = { config, log, dataSource, requestDataSource, replicas, masterKey, keyVault };
  for (const m of appModules) await m.prepare?.(deps);
  if ((config.embedded || config.SEED_DEMO) && (await isEmpty(deps))) await seedDemo(deps, appModules);

  const queue = await JobQueue.start(dataSource, log);
  const mailWorker = await MailWorker.start(deps, queue);
  for (const module of appModules) for (const job of module.periodicJobs?.(deps) ?? []) await queue.every(job, log);
  const app = await startApp(deps, appModules, { host: config.HOST, port: config.PORT }, await schema);
  const backups = startBackupSchedule(config, log, embedded ? { dump: () => embedded!.dumpDataDir(), keys: () => vaultEntries(ownerRowQuery(dataSource)), rewriteVault: () => keyVault.rewrite() } : null);
  let stopping: Promise<void> | null = null;
  return {
    deps,
    app,
    stop() {
      stopping ??= (async () => {
        if (backups) await stopStep(log, 'scheduled backup', STOP_STEP_MS, () => backups.stop());
        // In this order: no request may hold a connection when the pool closes, and no
        // connection may be open when PGlite flushes and closes its files.
        await stopStep(log, 'http', STOP_HTTP_MS, () => app.stop());
        await stopStep(log, 'key vault', STOP_STEP_MS, () => keyVault.idle());
        await stopStep(log, 'mail worker', STOP_STEP_MS, () => mailWorker.stop());
        await stopStep(log, 'job queue', STOP_STEP_MS, () => queue.stop());
        if (replicas) await stopStep(log, 'replicas', STOP_STEP_MS, () => replicas.stop());
        if (requestDataSource !== dataSource) await stopStep(log, 'request pool', STOP_STEP_MS, () => requestDataSource.destroy());
        await stopStep(log, 'pool', STOP_STEP_MS, () => dataSource.destroy());
        if (embedded) await stopStep(log, 'embedded database', STOP_STEP_MS, () => embedded.stop());
      })();
      return stopping;
    },
  };
}

/**
 * The owner's connections per process, beside DB_POOL_SIZE request connections (and one LISTEN). Both
 * the owner's and the LISTEN connection go to DATABASE_URL directly, also behind DATABASE_POOLER_URL.
 */
const OWNER_POOL_SIZE = 2;

/** HTTP drains in-flight requests for up to 10 s (Apollo's grace period), then cuts them. */
const STOP_HTTP_MS = 15_000;
const STOP_STEP_MS = 10_000;

/**
 * One step of the shutdown, logged, and bounded so that a stuck step turns
 * into an error (exit code 1) instead of a process that never ends.
 */
async function stopStep(log: Logger, step: string, timeoutMs: number, fn: () => Promise<void>): Promise<void> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      fn(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`shutdown step "${step}" did not finish within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    log.info({ step, ms: Date.now() - started }, 'shutdown step done');
  } finally {
    clearTimeout(timer);
  }
}
