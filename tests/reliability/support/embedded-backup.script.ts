/**
 * For tests/reliability/erasure.test.ts (PGlite cannot start inside jest): backs up a small embedded data
 * directory holding one person key, as a scheduled backup of the running server hands it over, and prints what
 * the test checks: where the backup and its vault went, and the rows of the backup restored into a new PGlite.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { backup } from '../../../server/src/core/backup/backup';
import { loadConfig } from '../../../server/src/core/config/config';

async function main(dir: string): Promise<void> {
  const source = await PGlite.create();
  const personId = crypto.randomUUID();
  const organisationId = crypto.randomUUID();
  const marker = `wrapped${crypto.randomBytes(16).toString('hex')}`;
  await source.exec(`CREATE TABLE organisation_keys (organisation_id uuid, version int, wrapped_key text);
    CREATE TABLE person_keys (person_id uuid PRIMARY KEY, organisation_id uuid, key_version int, wrapped_key text);`);
  await source.query(`INSERT INTO organisation_keys VALUES ($1, 1, 'organisation key')`, [organisationId]);
  await source.query(`INSERT INTO person_keys VALUES ($1, $2, 1, $3)`, [personId, organisationId, marker]);
  const dump = await source.dumpDataDir('gzip');
  await source.close();

  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: path.join(dir, 'data'), COALITION_MASTER_KEY: crypto.randomBytes(32).toString('base64') });
  const out = path.join(dir, 'embedded.tar.gz');
  const result = await backup(config, out, { recipients: [], unencrypted: true, embeddedDump: async () => dump });
  const restored = await PGlite.create({ loadDataDir: new Blob([new Uint8Array(fs.readFileSync(out))]) });
  const count = async (table: string) => (await restored.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
  const rows = { persons: await count('person_keys'), organisations: await count('organisation_keys') };
  await restored.close();
  process.stdout.write(JSON.stringify({ marker, personId, organisationId, out, vault: result.vault, rows }));
}

main(process.argv[2]!).catch((error: unknown) => {
  process.stderr.write(String(error instanceof Error ? error.stack : error));
  process.exit(1);
});
