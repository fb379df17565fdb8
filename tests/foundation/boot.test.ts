import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { bootCoalition, type Coalition } from '../../server/src/app/boot';
import { loadConfig } from '../../server/src/core/config/config';
import { createLogger } from '../../server/src/core/observability/logger';
import { createScratchDatabase, embeddedTestDatabase } from '../../server/test/support/scratch-database';

const scratchDescribe = embeddedTestDatabase() ? describe.skip : describe;

/** The server on DATABASE_URL, booted in process as main.ts does (the embedded path is the smoke test's). */
scratchDescribe('boot on a PostgreSQL server (DATABASE_URL)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-boot-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const boot = (url: string, env: Record<string, string> = {}) =>
    bootCoalition(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: url,
        COALITION_MASTER_KEY: process.env.COALITION_MASTER_KEY,
        DATA_DIR: dataDir,
        PORT: '0',
        LOG_LEVEL: 'silent',
        ...env,
      }),
      createLogger('silent'),
    );
  const organisations = async (coalition: Coalition) =>
    ((await coalition.deps.dataSource.query(`SELECT count(*)::int AS n FROM organisations`)) as { n: number }[])[0].n;

  it('migrates but seeds nothing without SEED_DEMO; with SEED_DEMO=1 seeds once', async () => {
    const scratch = await createScratchDatabase('coalition_boot');
    try {
      const plain = await boot(scratch.url);
      try {
        expect(await organisations(plain)).toBe(0);
        const [{ n }] = await plain.deps.dataSource.query(`SELECT count(*)::int AS n FROM migrations`);
        expect(n).toBeGreaterThan(0);
        expect(fs.existsSync(path.join(dataDir, 'pg'))).toBe(false);
      } finally {
        await plain.stop();
      }
      const seeded = await boot(scratch.url, { SEED_DEMO: '1' });
      try {
        expect(await organisations(seeded)).toBe(8);
        const login = await fetch(`${seeded.app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: `mutation { login(email: "coordinator@coalition.example.org", password: "coalition-demo-2013") { email } }`,
          }),
        });
        expect(((await login.json()) as { data: unknown }).data).toEqual({
          login: { email: 'coordinator@coalition.example.org' },
        });
      } finally {
        await seeded.stop();
      }
      const again = await boot(scratch.url, { SEED_DEMO: '1' });
      try {
        expect(await organisations(again)).toBe(8);
        const [{ n }] = await again.deps.dataSource.query(
          `SELECT count(*)::int AS n FROM users WHERE email = 'coordinator@coalition.example.org'`,
        );
        expect(n).toBe(1);
      } finally {
        await again.stop();
      }
    } finally {
      await scratch.drop();
    }
  }, 120_000);

  it('answers /health 200 while the database answers and 503 once it is gone', async () => {
    const scratch = await createScratchDatabase('coalition_health');
    const coalition = await boot(scratch.url);
    try {
      const health = await fetch(`${coalition.app.url}/health`);
      expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
      // The database disappears under the running server, its periodic jobs' first runs perhaps under way:
      // the statements they lose are the server's to log, never an unhandled rejection (see JobQueue).
      const admin = new Client({ connectionString: process.env.COALITION_TEST_ADMIN_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE ${scratch.name} WITH (FORCE)`);
      await admin.end();
      const down = await fetch(`${coalition.app.url}/health`);
      expect([down.status, await down.json()]).toEqual([503, { status: 'unavailable' }]);
    } finally {
      await coalition.stop().catch(() => undefined);
      await scratch.drop();
    }
  }, 60_000);
});
