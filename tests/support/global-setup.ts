import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../server/src/core/db/embedded-postgres';
import { createLogger } from '../../server/src/core/observability/logger';
import { createScratchDatabase, migrateDatabase } from '../../server/test/support/scratch-database';

/** Where `npm test` looks for PostgreSQL when TEST_DATABASE_URL is not set. */
const LOCAL_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** What global-teardown must undo; jest runs both in the same process, so a global carries it. */
export interface TestDatabaseRun {
  embedded: EmbeddedPostgres | null;
  embeddedDir: string | null;
}
declare global {
  var coalitionTestRun: TestDatabaseRun | undefined;
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * One fresh database per test run, migrated once here, removed by
 * global-teardown. In this order:
 *  1. TEST_DATABASE_URL (a server's admin URL) if set; it must answer.
 *     TEST_DATABASE_URL=embedded forces the embedded fallback.
 *  2. the local PostgreSQL (TEST_LOCAL_POSTGRES_URL, default 127.0.0.1:5432) if it answers;
 *  3. otherwise an embedded PGlite in a temporary directory, served over a
 *     loopback socket like `npm start` does. It holds one database only:
 *     tests that need scratch databases of their own skip (COALITION_TEST_EMBEDDED=1).
 */
export default async function globalSetup(): Promise<void> {
  process.env.COALITION_MASTER_KEY ??= crypto.randomBytes(32).toString('base64');
  const explicit = process.env.TEST_DATABASE_URL;
  let adminUrl: string | null = null;
  if (explicit && explicit !== 'embedded') {
    if (!(await answers(explicit))) {
      throw new Error(
        `TEST_DATABASE_URL is set but no PostgreSQL answers at ${explicit}. Unset it to use the local or the embedded database.`,
      );
    }
    adminUrl = explicit;
  } else if (!explicit) {
    const local = process.env.TEST_LOCAL_POSTGRES_URL ?? LOCAL_ADMIN_URL;
    if (await answers(local)) adminUrl = local;
  }

  if (adminUrl === null) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-test-pglite-'));
    const embedded = await startEmbeddedPostgres(dir, createLogger('silent'), { maxConnections: 200 });
    globalThis.coalitionTestRun = { embedded, embeddedDir: dir };
    await migrateDatabase(embedded.url);
    process.stderr.write(
      `\nThe tests run on an embedded PGlite (${embedded.url}): ${explicit === 'embedded' ? 'TEST_DATABASE_URL=embedded' : 'no PostgreSQL answers'}.\n`,
    );
    process.env.COALITION_TEST_DATABASE_URL = embedded.url;
    process.env.COALITION_TEST_ADMIN_URL = embedded.url;
    process.env.COALITION_TEST_EMBEDDED = '1';
    // Every worker's connections share PGlite's one backend session: prepared names would collide.
    process.env.DB_PREPARED_STATEMENTS = 'false';
    delete process.env.COALITION_TEST_DATABASE_NAME;
    return;
  }

  const { name, url } = await createScratchDatabase('coalition_test', adminUrl);
  await migrateDatabase(url);
  globalThis.coalitionTestRun = { embedded: null, embeddedDir: null };
  process.env.COALITION_TEST_DATABASE_URL = url;
  process.env.COALITION_TEST_ADMIN_URL = adminUrl;
  process.env.COALITION_TEST_DATABASE_NAME = name;
  delete process.env.COALITION_TEST_EMBEDDED;
}
