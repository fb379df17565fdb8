import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../core/db/data-source';
import { appEntities } from './app-modules';
import { migrations } from '../migrations';

/** Where the table types live; `database-types.test.ts` checks it against the migrated test database. */
export const DATABASE_TYPES_FILE = path.join(__dirname, '..', 'core', 'db', 'database.generated.ts');

/** Columns a trigger fills in: optional on insert, though NOT NULL without a default. */
const TRIGGER_SET = { 'case_shares.case_visibility': 'Generated<string>' };

/** kysely-codegen's command line for the types of the database at `url`. */
export function codegenArgs(url: string, outFile: string): string[] {
  return [require.resolve('kysely-codegen/dist/cli/bin.js'), '--dialect', 'postgres', '--url', url, '--out-file', outFile,
    '--exclude-pattern', 'migrations', '--overrides', JSON.stringify({ columns: TRIGGER_SET }), '--log-level', 'error'];
}

/**
 * Regenerates database.generated.ts (the Kysely table types) from a scratch database migrated to the newest
 * migration. Run after adding a migration: npm run db:types -w server
 */
async function main(): Promise<void> {
  const adminUrl = process.env.MIGRATION_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const scratch = `coalition_types_${Date.now()}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  const url = new URL(adminUrl);
  url.pathname = `/${scratch}`;
  const dataSource = createDataSource({ url: url.toString(), poolSize: 2, entities: appEntities, migrations });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    await dataSource.destroy();
    execFileSync(process.execPath, codegenArgs(url.toString(), DATABASE_TYPES_FILE), { stdio: 'inherit' });
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await admin.end();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
