import 'reflect-metadata';
import crypto from 'node:crypto';
import { Client } from 'pg';
import { createDataSource } from '../../server/src/core/db/data-source';
import { appEntities } from '../../server/src/modules';
import { migrations } from '../../server/src/migrations';

const LOCAL_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
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
 * One fresh database per test run, on TEST_DATABASE_URL's server or the
 * local PostgreSQL; migrated once here; dropped by global-teardown.
 */
export default async function globalSetup(): Promise<void> {
  const adminUrl = process.env.TEST_DATABASE_URL ?? LOCAL_ADMIN_URL;
  if (!(await answers(adminUrl))) {
    throw new Error(
      `No PostgreSQL answers at ${adminUrl}. Start one (on Debian: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or set TEST_DATABASE_URL.`,
    );
  }
  const name = `coalition_test_${Date.now()}_${crypto.randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;

  const dataSource = createDataSource({ url: url.toString(), poolSize: 2, entities: appEntities, migrations });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();

  process.env.COALITION_TEST_DATABASE_URL = url.toString();
  process.env.COALITION_TEST_ADMIN_URL = adminUrl;
  process.env.COALITION_TEST_DATABASE_NAME = name;
  process.env.COALITION_MASTER_KEY ??= crypto.randomBytes(32).toString('base64');
}
