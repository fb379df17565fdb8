import path from 'node:path';
import type { DataSource } from 'typeorm';
import { assertEmbeddedClosed } from '../../core/backup/backup';
import type { Config } from '../../core/config/config';
import { createDataSource } from '../../core/db/data-source';
import { startEmbeddedPostgres } from '../../core/db/embedded-postgres';
import { createLogger } from '../../core/observability/logger';
import { migrations } from '../../migrations';
import { appEntities } from '../app-modules';

/**
 * The owner's connection for an operator's command: DATABASE_URL, or the embedded database in DATA_DIR,
 * which must not be in use by a server (PGlite has one process). Closed when `fn` ends.
 */
export async function withOperatorDatabase<T>(config: Config, fn: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const log = createLogger('warn');
  let url = config.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | null = null;
  if (config.embedded) {
    assertEmbeddedClosed(path.join(config.dataDir, 'pg'));
    const embedded = await startEmbeddedPostgres(config.dataDir, log);
    url = embedded.url;
    stopEmbedded = () => embedded.stop();
  }
  const dataSource = createDataSource({ url: url!, poolSize: 1, keepConnectionsOpen: config.embedded, entities: appEntities, migrations });
  try {
    await dataSource.initialize();
    return await fn(dataSource);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await stopEmbedded?.();
  }
}
