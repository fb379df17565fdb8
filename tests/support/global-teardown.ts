import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const name = process.env.COALITION_TEST_DATABASE_NAME;
  const adminUrl = process.env.COALITION_TEST_ADMIN_URL;
  if (!name || !adminUrl || process.env.KEEP_TEST_DATABASE === '1') return;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
