import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { codegenArgs, DATABASE_TYPES_FILE } from './db-types.script';

/**
 * The typed SQL is only as true as database.generated.ts: it must be what kysely-codegen makes of the
 * database the migrations build (the run's test database). After a migration: npm run db:types -w server
 */
describe('database types', () => {
  it('database.generated.ts matches the migrated database', async () => {
    const url = process.env.COALITION_TEST_DATABASE_URL!;
    const run = promisify(execFile)(process.execPath, [...codegenArgs(url, DATABASE_TYPES_FILE), '--verify']);
    await expect(run).resolves.toBeDefined();
  });
});
