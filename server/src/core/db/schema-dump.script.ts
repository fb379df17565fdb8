import crypto from 'node:crypto';
import fs from 'node:fs';
import { Client } from 'pg';
import { migrations } from '../../migrations';
import { createDataSource } from './data-source';
import { dumpSchema, SCHEMA_SQL_FILE } from './schema-dump';

/**
 * Writes server/schema.sql: a new database on the server of ADMIN_DATABASE_URL (default: the local
 * PostgreSQL), migrated and given the SQL definitions, dumped, dropped. `npm run schema:sql -w server`.
 */
async function main(): Promise<void> {
  const adminUrl = process.env.ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `coalition_schema_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    const dataSource = createDataSource({ url: url.toString(), poolSize: 1, entities: [], migrations });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await dataSource.destroy();
    }
    fs.writeFileSync(SCHEMA_SQL_FILE, await dumpSchema(url.toString()));
    console.warn(`wrote ${SCHEMA_SQL_FILE}`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
