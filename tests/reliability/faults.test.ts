import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CoalitionRole } from '@coalition/shared';
import { coalitionUser, orgWithMembers, type TestOrgWithMembers } from '../../server/test/support/factories';
import { createScratchDatabase, embeddedTestDatabase, migrateDatabase, type ScratchDatabase } from '../../server/test/support/scratch-database';
import { startTestApp, type TestApp } from '../../server/test/support/test-app';
import type { TestClient } from '../../server/test/support/test-client';
import { caseInput, CREATE_CASE, createCase, GET_CASE, IMPORT } from '../../server/test/support/case-fixtures';
import { startServerProcess } from '../support/server-process';
import { DEMO_PASSWORD, firstOrgId, ownerQuery, signedIn, VERIFY_CHAIN, verifyChainSql } from './support/reliability-kit';
import { clusterToolsAvailable, createThrowawayCluster } from './support/throwaway-cluster';
import { waitUntil } from '../../server/test/support/wait-until';

const scratchIt = embeddedTestDatabase() ? it.skip : it;
const clusterIt = clusterToolsAvailable() ? it : it.skip;

/** Waits until a backend of `database` sleeps in pg_sleep, then terminates it; returns its pid. */
async function terminateSleepingBackend(adminUrl: string, database: string): Promise<number> {
  const pid = await waitUntil('a backend sleeps in the fault trigger', async () => {
    const rows = await ownerQuery<{ pid: number }>(
      adminUrl,
      `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND wait_event = 'PgSleep' AND pid <> pg_backend_pid()`,
      [database],
    );
    return rows[0]?.pid;
  });
  await ownerQuery(adminUrl, `SELECT pg_terminate_backend($1)`, [pid]);
  return pid;
}

describe('the database connection killed mid-mutation (pg_terminate_backend)', () => {
  let db: ScratchDatabase;
  let app: TestApp;
  let org: TestOrgWithMembers;
  let coordinator: TestClient;

  beforeAll(async () => {
    if (embeddedTestDatabase()) return;
    db = await createScratchDatabase('coalition_faults');
    await migrateDatabase(db.url);
    // The fault: a trigger, created by the owner on this scratch database only, that
    // holds the transaction open after the case row is written, until the test kills it.
    await ownerQuery(
      db.url,
      `CREATE FUNCTION fault_slow_case() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN PERFORM pg_sleep(30); RETURN NEW; END $$`,
    );
    await ownerQuery(
      db.url,
      `CREATE TRIGGER fault_slow_case AFTER INSERT ON cases FOR EACH ROW WHEN (NEW.title LIKE 'Slow fault%') EXECUTE FUNCTION fault_slow_case()`,
    );
    app = await startTestApp({}, { databaseUrl: db.url });
    org = await orgWithMembers(app);
    coordinator = (await coalitionUser(app, CoalitionRole.COORDINATOR)).client;
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const countCases = async (title: string) =>
    Number((await ownerQuery<{ n: string }>(db.url, `SELECT count(*) AS n FROM cases WHERE title LIKE $1`, [title]))[0].n);

  scratchIt('createCase: no partial write, a clean INTERNAL_SERVER_ERROR, the chain verifies, the next requests are served', async () => {
    const adminUrl = process.env.COALITION_TEST_ADMIN_URL!;
    const chainBefore = await verifyChainSql(db.url);
    const pending = org.caseworker.gql(CREATE_CASE, { input: caseInput(org.org.id, { title: 'Slow fault: killed case' }) });
    await terminateSleepingBackend(adminUrl, db.name);
    const result = await pending;

    expect(result.status).toBe(200);
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([{ message: 'Internal server error.', path: ['createCase'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    const text = JSON.stringify(result.errors);
    expect(text).not.toMatch(/terminat|connection|postgres|sql/i);

    expect(await countCases('Slow fault%')).toBe(0);
    const chainAfter = await verifyChainSql(db.url);
    expect(chainAfter.ok).toBe(true);
    // Nothing of the killed transaction reached the audit log either.
    expect(chainAfter.checked).toBe(chainBefore.checked);

    // More requests than the pool has connections: a dead connection handed out again would fail one.
    for (let i = 0; i < 12; i += 1) await createCase(org.caseworker, org.org.id, { title: `After the fault ${i}` });
    expect(await countCases('After the fault%')).toBe(12);
    const verified = await coordinator.ok<{ verifyAuditChain: { ok: boolean } }>(VERIFY_CHAIN);
    expect(verified.verifyAuditChain.ok).toBe(true);
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
  });

  scratchIt('importCases of 300 rows killed at its last row: none of the batch is written', async () => {
    const adminUrl = process.env.COALITION_TEST_ADMIN_URL!;
    const chainBefore = await verifyChainSql(db.url);
    const rows = Array.from({ length: 300 }, (_, i) => ({
      title: i === 299 ? 'Slow fault: last imported row' : `Imported before the fault ${i}`,
      summary: 'Detained at a market inspection.',
      categories: ['ARBITRARY_DETENTION'],
      incidentDate: '2013-07-30',
      city: 'Moscow',
      countryCode: 'RU',
    }));
    const pending = org.caseworker.gql(IMPORT, { organisationId: org.org.id, format: 'JSON', data: JSON.stringify(rows) });
    await terminateSleepingBackend(adminUrl, db.name);
    const result = await pending;
    expect(result.status).toBe(200);
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(result.errors?.[0]?.message).toBe('Internal server error.');
    expect(await countCases('Imported before the fault%')).toBe(0);
    expect(await countCases('Slow fault%')).toBe(0);
    expect(await verifyChainSql(db.url)).toEqual({ ok: true, checked: chainBefore.checked, brokenAt: null });
    await createCase(org.caseworker, org.org.id, { title: 'Served after the import fault' });
  });
});

describe('PostgreSQL stopped and started while serving (a throwaway cluster of the test own)', () => {
  clusterIt('answers /health 503 while it is down and 200 after, never crashes, loses no committed write', async () => {
    const cluster = await createThrowawayCluster();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-pgstop-'));
    try {
      await ownerQuery(cluster.url, 'CREATE DATABASE coalition');
      const url = cluster.url.replace(/\/postgres$/, '/coalition');
      const server = await startServerProcess(
        { DATABASE_URL: url, SEED_DEMO: '1', DATA_DIR: dataDir, COALITION_MASTER_KEY: crypto.randomBytes(32).toString('base64'), NODE_ENV: 'production', LOG_LEVEL: 'warn' },
        120_000,
      );
      try {
        const caseworker = await signedIn(server.url, 'caseworker@adc-memorial.example.org', DEMO_PASSWORD);
        const orgId = await firstOrgId(caseworker);
        const committed = await createCase(caseworker, orgId, { title: 'Committed before the outage' });

        cluster.stop();
        const down = await fetch(`${server.url}/health`);
        expect(down.status).toBe(503);
        expect(await down.json()).toEqual({ status: 'unavailable' });
        const during = await caseworker.gql(CREATE_CASE, { input: caseInput(orgId, { title: 'Attempted during the outage' }) });
        expect(during.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
        expect(during.errors?.[0]?.message).toBe('Internal server error.');
        expect(server.child.exitCode).toBeNull();

        cluster.start();
        await waitUntil('/health answers 200 again', async () => (await fetch(`${server.url}/health`)).status === 200, { intervalMs: 100 });
        expect(server.child.exitCode).toBeNull();

        // The session survived in the database; old pooled connections are replaced, not reused dead.
        for (let i = 0; i < 12; i += 1) await createCase(caseworker, orgId, { title: `Written after the outage ${i}` });
        const { case: found } = await caseworker.ok<{ case: { title: string } }>(GET_CASE, { id: committed.id });
        expect(found.title).toBe('Committed before the outage');
        const attempted = await ownerQuery<{ n: string }>(url, `SELECT count(*) AS n FROM cases WHERE title = 'Attempted during the outage'`);
        expect(Number(attempted[0].n)).toBe(0);
        expect((await verifyChainSql(url)).ok).toBe(true);
        expect(await server.stop()).toBe(0);
        expect(server.output()).not.toMatch(/uncaught|unhandled rejection/i);
      } finally {
        await server.stop('SIGKILL');
      }
    } finally {
      cluster.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});

describe('the embedded database killed with SIGKILL mid-write', () => {
  it('restarts on the same DATA_DIR with every acknowledged write and a verifying chain', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-sigkill-'));
    const env = { DATA_DIR: dataDir, COALITION_MASTER_KEY: crypto.randomBytes(32).toString('base64'), NODE_ENV: 'production', LOG_LEVEL: 'warn' };
    try {
      const first = await startServerProcess(env, 120_000);
      const acknowledged: string[] = [];
      let orgId: string;
      try {
        const caseworker = await signedIn(first.url, 'caseworker@adc-memorial.example.org', DEMO_PASSWORD);
        orgId = await firstOrgId(caseworker);
        // Eight writers in a loop; the process dies under them.
        let killed = false;
        const writer = async (w: number) => {
          for (let i = 0; !killed; i += 1) {
            try {
              const result = await caseworker.gql<{ createCase: { id: string } }>(CREATE_CASE, { input: caseInput(orgId, { title: `Crash writer ${w}-${i}` }) });
              if (result.data?.createCase) acknowledged.push(result.data.createCase.id);
            } catch {
              return; // the socket closed under the request: not acknowledged
            }
          }
        };
        const writers = Array.from({ length: 8 }, (_, w) => writer(w));
        // Checked below: fewer than 40 after a minute fails the test there.
        await waitUntil('40 writes are acknowledged', () => acknowledged.length >= 40, { timeoutMs: 60_000 }).catch(() => undefined);
        first.child.kill('SIGKILL');
        killed = true;
        await Promise.all(writers);
        expect(await first.stop()).toBeNull();
      } finally {
        await first.stop('SIGKILL');
      }
      expect(acknowledged.length).toBeGreaterThanOrEqual(40);

      const second = await startServerProcess(env, 120_000);
      try {
        const caseworker = await signedIn(second.url, 'caseworker@adc-memorial.example.org', DEMO_PASSWORD);
        for (const id of acknowledged) {
          const result = await caseworker.gql<{ case: { id: string } | null }>(`query ($id: ID!) { case(id: $id) { id } }`, { id });
          expect(result.data?.case?.id).toBe(id);
        }
        const coordinator = await signedIn(second.url, 'coordinator@coalition.example.org', DEMO_PASSWORD);
        const verified = await coordinator.ok<{ verifyAuditChain: { ok: boolean; brokenAt: number | null } }>(VERIFY_CHAIN);
        expect(verified.verifyAuditChain).toEqual(expect.objectContaining({ ok: true, brokenAt: null }));
        // And it takes writes again.
        await createCase(caseworker, orgId!, { title: 'Written after the crash' });
        expect(await second.stop()).toBe(0);
      } finally {
        await second.stop('SIGKILL');
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
