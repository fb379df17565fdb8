import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import type { Logger } from '../observability/logger';

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
  const { db, server, conn } = await openPglite(dataDir, options.maxConnections ?? 1);
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

/** PGlite in `dataDir/pg` (from the build's schema template when new) and its socket server, started. */
export async function openPglite(dataDir: string, maxConnections: number): Promise<{ db: PGlite; server: PGLiteSocketServer; conn: string }> {
  const dir = path.join(dataDir, 'pg');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  let db: PGlite;
  if (fs.existsSync(path.join(dir, 'PG_VERSION'))) db = await PGlite.create(dir);
  else {
    // A new directory starts from the build's template, when there is one, instead of running initdb. Imported
    // here only: naming the template loads the migrations, which an existing directory does not need.
    const template = (await import('./pglite-template')).pgliteTemplateFile();
    db = fs.existsSync(template) ? await PGlite.create(dir, { loadDataDir: new Blob([fs.readFileSync(template)]) }) : await PGlite.create(dir);
  }
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  return { db, server, conn: server.getServerConn() };
}
