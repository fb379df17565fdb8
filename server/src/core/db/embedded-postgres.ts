import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import type { Logger } from '../observability/logger';
import { pgliteTemplateFile } from './pglite-template';

export interface EmbeddedPostgres {
  url: string;
  /** A consistent copy of the running database's files (PGlite runs one statement at a time). */
  dumpDataDir(): Promise<Blob>;
  stop(): Promise<void>;
}

/**
 * PGlite persisted in `dataDir/pg`, served over the PostgreSQL wire protocol
 * on a free loopback port so that `pg` and TypeORM use it like any server.
 * PGlite is one backend session: callers must use a pool of one connection.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: Logger,
  options: {
    /**
     * Socket connections admitted at once. The server uses one; the test run's
     * fallback serves several jest workers, whose transactions PGlite's queue
     * runs one after the other.
     */
    maxConnections?: number;
  } = {},
): Promise<EmbeddedPostgres> {
  const dir = path.join(dataDir, 'pg');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // A new directory starts from the build's template, when there is one, instead of running initdb.
  const template = pgliteTemplateFile();
  const fresh = !fs.existsSync(path.join(dir, 'PG_VERSION'));
  const db =
    fresh && fs.existsSync(template) ? await PGlite.create(dir, { loadDataDir: new Blob([fs.readFileSync(template)]) }) : await PGlite.create(dir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: options.maxConnections ?? 1 });
  await server.start();
  const conn = server.getServerConn();
  log.info({ conn }, 'embedded PostgreSQL (PGlite) started');
  return {
    url: `postgres://postgres@${conn}/postgres`,
    dumpDataDir: () => db.dumpDataDir('gzip'),
    async stop() {
      await server.stop();
      await db.close();
      log.info('embedded PostgreSQL stopped');
    },
  };
}
