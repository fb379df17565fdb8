import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { bootCoalition } from '../../server/src/app/boot';
import { loadConfig } from '../../server/src/core/config/config';
import { createLogger } from '../../server/src/core/observability/logger';
import {
  createScratchDatabase,
  embeddedTestDatabase,
  type ScratchDatabase,
} from '../../server/test/support/scratch-database';

const scratchDescribe = embeddedTestDatabase() ? describe.skip : describe;

/**
 * Each case boots the real server (migrations, then the RLS check) on a
 * database of its own with an app role of its own, weakens one thing as the
 * owner, and boots again: the second boot must refuse, saying what is wrong.
 */
scratchDescribe('row-level security boot check', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-rls-'));
  const previousRole = process.env.DB_APP_ROLE;
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (previousRole === undefined) delete process.env.DB_APP_ROLE;
    else process.env.DB_APP_ROLE = previousRole;
  });

  /** Login roles a case made (beside its app role), dropped with it. */
  const extraRoles: string[] = [];

  async function withBootedDatabase(
    weaken: (owner: Client, role: string) => Promise<void>,
    secondBoot: (ownerUrl: string) => Record<string, string> = () => ({}),
  ): Promise<Error | null> {
    const role = `coalition_app_${crypto.randomBytes(3).toString('hex')}`;
    const scratch: ScratchDatabase = await createScratchDatabase('coalition_rls');
    // The migrations create and grant the role named by DB_APP_ROLE.
    process.env.DB_APP_ROLE = role;
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: scratch.url,
      DB_APP_ROLE: role,
      COALITION_MASTER_KEY: process.env.COALITION_MASTER_KEY,
      DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'silent',
    });
    const log = createLogger('silent');
    const owner = new Client({ connectionString: scratch.url });
    try {
      const first = await bootCoalition(config, log);
      await first.stop();
      await owner.connect();
      await weaken(owner, role);
      try {
        const second = await bootCoalition({ ...config, ...secondBoot(scratch.url) }, log);
        await second.stop();
        return null;
      } catch (error) {
        return error as Error;
      }
    } finally {
      await owner.end().catch(() => undefined);
      await scratch.drop();
      const admin = new Client({ connectionString: process.env.COALITION_TEST_ADMIN_URL });
      await admin.connect();
      for (const extra of extraRoles.splice(0)) await admin.query(`DROP ROLE IF EXISTS ${extra}`);
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    }
  }

  it('boots when nothing is weakened', async () => {
    expect(await withBootedDatabase(async () => undefined)).toBeNull();
  });

  it('refuses when the app role is a superuser', async () => {
    const error = await withBootedDatabase((owner, role) => owner.query(`ALTER ROLE ${role} SUPERUSER`).then(() => undefined));
    expect(error?.message).toMatch(/row-level security check failed[\s\S]*is a superuser/);
  });

  it('refuses when the app role has BYPASSRLS', async () => {
    const error = await withBootedDatabase((owner, role) => owner.query(`ALTER ROLE ${role} BYPASSRLS`).then(() => undefined));
    expect(error?.message).toMatch(/has BYPASSRLS/);
  });

  it('refuses when the app role owns a table', async () => {
    const error = await withBootedDatabase((owner, role) =>
      owner.query(`ALTER TABLE memberships OWNER TO ${role}`).then(() => undefined),
    );
    expect(error?.message).toMatch(/owns memberships/);
  });

  it('refuses when a table has RLS enabled but not forced', async () => {
    const error = await withBootedDatabase((owner) =>
      owner.query(`ALTER TABLE sessions NO FORCE ROW LEVEL SECURITY`).then(() => undefined),
    );
    expect(error?.message).toMatch(/table sessions lacks enabled and forced RLS/);
  });

  it('refuses when a new table has no RLS at all', async () => {
    const error = await withBootedDatabase((owner) =>
      owner.query(`CREATE TABLE stray_notes (id int PRIMARY KEY, body text)`).then(() => undefined),
    );
    expect(error?.message).toMatch(/table stray_notes lacks enabled and forced RLS/);
  });

  /** DATABASE_APP_URL with another login: the request connection as `user`, on the scratch database. */
  const requestsAs = (user: string) => (ownerUrl: string) => {
    const url = new URL(ownerUrl);
    url.username = user;
    url.password = '';
    return { DATABASE_APP_URL: url.toString() };
  };

  it("refuses when requests would log in as the owner (a superuser here): RESET ROLE would give it back", async () => {
    const error = await withBootedDatabase(async () => undefined, (ownerUrl) => ({ DATABASE_APP_URL: ownerUrl }));
    expect(error?.message).toMatch(/request connection check failed[\s\S]*the request connection's user \w+ is a superuser/);
  });

  it("refuses when the requests' login role may become a table's owner", async () => {
    const suffix = crypto.randomBytes(3).toString('hex');
    const [login, tableOwner] = [`coalition_login_${suffix}`, `coalition_owner_${suffix}`];
    extraRoles.push(login, tableOwner);
    const error = await withBootedDatabase(async (owner, role) => {
      await owner.query(`CREATE ROLE ${tableOwner} NOLOGIN`);
      await owner.query(`ALTER TABLE memberships OWNER TO ${tableOwner}`);
      await owner.query(`CREATE ROLE ${login} LOGIN IN ROLE ${role}, ${tableOwner}`);
    }, requestsAs(login));
    expect(error?.message).toMatch(new RegExp(`request connection check failed[\\s\\S]*can act as ${tableOwner}, the owner of table memberships`));
  });

  it("refuses when the requests' login role cannot become the app role", async () => {
    const login = `coalition_login_${crypto.randomBytes(3).toString('hex')}`;
    extraRoles.push(login);
    const error = await withBootedDatabase((owner) => owner.query(`CREATE ROLE ${login} LOGIN`).then(() => undefined), requestsAs(login));
    expect(error?.message).toMatch(new RegExp(`the request connection's user ${login} cannot become`));
  });

  it('boots with a login role of the operator that is a member of the app role', async () => {
    const login = `coalition_login_${crypto.randomBytes(3).toString('hex')}`;
    extraRoles.push(login);
    const error = await withBootedDatabase(
      (owner, role) => owner.query(`CREATE ROLE ${login} LOGIN IN ROLE ${role}`).then(() => undefined),
      requestsAs(login),
    );
    expect(error).toBeNull();
  });

  it('refuses when the app role may create roles', async () => {
    const error = await withBootedDatabase((owner, role) => owner.query(`ALTER ROLE ${role} CREATEROLE`).then(() => undefined));
    expect(error?.message).toMatch(/request connection check failed[\s\S]*has CREATEROLE/);
  });
});
