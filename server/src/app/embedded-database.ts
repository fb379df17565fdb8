import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../core/config/config';
import type { EmbeddedPostgres } from '../core/db/embedded-postgres';
import { startEmbeddedPostgresThread } from '../core/db/embedded-postgres-thread';
import type { Logger } from '../core/observability/logger';

const WORKER = path.join(__dirname, 'embedded-database.worker.js');

/** The copy of the demo template, logged by whichever thread made it. */
export const demoCopiedMessage = "demo coalition copied from the build's template";

/**
 * The server's embedded database: a new DATA_DIR made from the build's demo template when it may be
 * (seed/demo-template.ts), then PGlite. Compiled (`npm start`), both run in a worker thread
 * (embedded-database.worker.ts), so `main.ts` starts them before it loads the rest of the server, which it
 * does meanwhile on the other core. From the TypeScript sources (tests booting in-process) there is no compiled
 * worker to start: both run in this thread.
 */
export async function startEmbeddedDatabase(config: Config, log: Logger): Promise<EmbeddedPostgres> {
  if (fs.existsSync(WORKER)) return startEmbeddedPostgresThread(WORKER, { config }, log);
  const [{ copyDemoTemplate }, { startEmbeddedPostgres }] = await Promise.all([
    import('../seed/demo-template'),
    import('../core/db/embedded-postgres'),
  ]);
  const copied = copyDemoTemplate(config);
  if (copied) log.info(copied, demoCopiedMessage);
  return startEmbeddedPostgres(config.dataDir, log);
}
