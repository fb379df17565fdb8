import crypto from 'node:crypto';
import { Client } from 'pg';
import { createDataSource } from '../../src/core/db/data-source';
import { appEntities } from '../../src/app/app-modules';
import { migrations } from '../../src/migrations';

export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * True when the run's database is the embedded PGlite fallback: it has one
 * database only, so tests that need a scratch database of their own skip.
 */
export const embeddedTestDatabase = (): boolean => process.env.COALITION_TEST_EMBEDDED === '1';

/**
 * An empty database of its own on the test server, for tests that break
 * things on purpose (tampered audit rows, weakened roles) and must not
 * disturb the run's shared database. The one place tests create databases:
 * the run's own database (tests/support/global-setup.ts) is made here too.
 */
export async function createScratchDatabase(prefix = 'coalition_scratch', adminUrl = process.env.COALITION_TEST_ADMIN_URL): Promise<ScratchDatabase> {
  if (!adminUrl) throw new Error('COALITION_TEST_ADMIN_URL is not set: run the tests through jest (npm test)');
  const name = `${prefix}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const again = new Client({ connectionString: adminUrl });
      await again.connect();
      try {
        await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await again.end();
      }
    },
  };
}

/** Runs every migration on the database, as the owner, as boot does. */
export async function migrateDatabase(url: string): Promise<void> {
  const dataSource = createDataSource({ url, poolSize: 1, entities: appEntities, migrations });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
