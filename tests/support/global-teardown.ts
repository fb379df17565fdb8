import fs from 'node:fs';
import { Client } from 'pg';
import './global-setup';

/** Removes what global-setup made: the run's database, or the embedded PGlite and its files. */
export default async function globalTeardown(): Promise<void> {
  const run = globalThis.coalitionTestRun;
  if (run?.embedded) {
    await run.embedded.stop();
    if (run.embeddedDir && process.env.KEEP_TEST_DATABASE !== '1') fs.rmSync(run.embeddedDir, { recursive: true, force: true });
    return;
  }
  const name = process.env.COALITION_TEST_DATABASE_NAME;
  const adminUrl = process.env.COALITION_TEST_ADMIN_URL;
  if (!name || !adminUrl || process.env.KEEP_TEST_DATABASE === '1') return;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
