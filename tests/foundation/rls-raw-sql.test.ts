import { Client } from 'pg';
import { startTestApp, type TestApp } from '../../server/test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../server/test/support/factories';

const INVITE = `mutation ($org: ID!) { inviteMember(organisationId: $org, email: "invitee@test.example.org", roles: [VIEWER]) { id } }`;
const UPDATE_ORG = `mutation ($id: ID!) { updateOrganisation(id: $id, input: { representative: "R" }) { id } }`;

/**
 * Raw SQL as the application role, bypassing every line of our TypeScript:
 * PostgreSQL alone must keep one organisation's rows from another's users.
 */
describe('row-level security, raw SQL as the app role', () => {
  let app: TestApp;
  let a: TestOrgWithMembers;
  let b: TestOrgWithMembers;
  const db = new Client({ connectionString: process.env.COALITION_TEST_DATABASE_URL });

  beforeAll(async () => {
    app = await startTestApp();
    a = await orgWithMembers(app);
    b = await orgWithMembers(app);
    for (const team of [a, b]) {
      await team.admin.ok(INVITE, { org: team.org.id });
      await team.admin.ok(UPDATE_ORG, { id: team.org.id });
    }
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });

  /** Runs the statements in one transaction as coalition_app with the given settings, then rolls back. */
  async function asApp<T>(settings: Record<string, string>, fn: () => Promise<T>): Promise<T> {
    await db.query('BEGIN');
    try {
      await db.query(`SET LOCAL ROLE coalition_app`);
      for (const [name, value] of Object.entries(settings)) await db.query(`SELECT set_config($1, $2, true)`, [name, value]);
      return await fn();
    } finally {
      await db.query('ROLLBACK');
    }
  }

  const settingsOf = (team: TestOrgWithMembers, who: 'admin' | 'viewer') => ({
    'app.user_id': team.users[who].id,
    'app.org_ids': team.org.id,
    'app.admin_org_ids': who === 'admin' ? team.org.id : '',
    'app.writer_org_ids': who === 'admin' ? team.org.id : '',
    'app.signer_org_ids': who === 'admin' ? team.org.id : '',
    'app.coalition_roles': '',
  });

  const rowsOf = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows as Record<string, unknown>[];

  it("an ADMIN of B sees B's rows and none of A's", async () => {
    await asApp(settingsOf(b, 'admin'), async () => {
      const memberships = await rowsOf(`SELECT organisation_id FROM memberships`);
      expect(memberships.length).toBeGreaterThan(0);
      expect(memberships.every((m) => m.organisation_id === b.org.id)).toBe(true);
      const invitations = await rowsOf(`SELECT organisation_id FROM invitations`);
      expect(invitations.map((i) => i.organisation_id)).toEqual([b.org.id]);
      const audit = await rowsOf(`SELECT organisation_id FROM audit_entries`);
      expect(audit.length).toBeGreaterThan(0);
      expect(audit.every((e) => e.organisation_id === b.org.id)).toBe(true);
      const sessions = await rowsOf(`SELECT user_id FROM sessions`);
      expect(sessions.map((s) => s.user_id)).toEqual(sessions.map(() => b.users.admin.id));
      const aUsers = Object.values(a.users).map((u) => u.id);
      expect(await rowsOf(`SELECT id FROM users WHERE id = ANY($1)`, [aUsers])).toEqual([]);
      expect(await rowsOf(`SELECT * FROM memberships WHERE organisation_id = $1`, [a.org.id])).toEqual([]);
      expect(await rowsOf(`SELECT * FROM invitations WHERE organisation_id = $1`, [a.org.id])).toEqual([]);
      expect(await rowsOf(`SELECT * FROM audit_entries WHERE organisation_id = $1`, [a.org.id])).toEqual([]);
      expect(await rowsOf(`SELECT * FROM sessions WHERE user_id = ANY($1)`, [aUsers])).toEqual([]);
    });
  });

  it("cannot change or add A's rows either", async () => {
    await asApp(settingsOf(b, 'admin'), async () => {
      expect((await db.query(`UPDATE memberships SET roles = '{ADMIN}' WHERE organisation_id = $1`, [a.org.id])).rowCount).toBe(
        0,
      );
      expect(
        (await db.query(`UPDATE invitations SET expires_at = now() + interval '1 year' WHERE organisation_id = $1`, [a.org.id]))
          .rowCount,
      ).toBe(0);
      expect((await db.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1`, [a.users.admin.id])).rowCount).toBe(0);
      await db.query('SAVEPOINT s');
      await expect(
        db.query(`INSERT INTO memberships (organisation_id, user_id, roles) VALUES ($1, $2, '{ADMIN}')`, [
          a.org.id,
          b.users.admin.id,
        ]),
      ).rejects.toThrow(/row-level security|permission denied/);
      await db.query('ROLLBACK TO SAVEPOINT s');
    });
    const [{ roles }] = await app.deps.dataSource.query(`SELECT roles FROM memberships WHERE user_id = $1`, [a.users.viewer.id]);
    expect(roles).toEqual(['VIEWER']);
  });

  it("a VIEWER of A sees neither A's invitations and audit nor anything of B", async () => {
    await asApp(settingsOf(a, 'viewer'), async () => {
      expect(await rowsOf(`SELECT * FROM invitations`)).toEqual([]);
      expect(await rowsOf(`SELECT * FROM audit_entries`)).toEqual([]);
      expect(await rowsOf(`SELECT * FROM memberships WHERE organisation_id = $1`, [b.org.id])).toEqual([]);
      expect((await rowsOf(`SELECT user_id FROM sessions`)).every((s) => s.user_id === a.users.viewer.id)).toBe(true);
    });
  });

  it('with no settings at all (a fresh pooled connection) sees no tenant row', async () => {
    await asApp({}, async () => {
      for (const table of ['memberships', 'invitations', 'sessions', 'audit_entries', 'users']) {
        expect(await rowsOf(`SELECT * FROM ${table}`)).toEqual([]);
      }
    });
  });

  it('transaction-local settings do not survive into the next transaction on the connection', async () => {
    await asApp(settingsOf(b, 'admin'), async () => undefined);
    await asApp({}, async () => {
      expect(await rowsOf(`SELECT current_setting('app.user_id', true) AS v`)).toEqual([{ v: '' }]);
      expect(await rowsOf(`SELECT * FROM memberships`)).toEqual([]);
    });
  });

  it('app_act_as, what the server calls, gives the same view', async () => {
    await asApp({}, async () => {
      await db.query(`SELECT * FROM app_act_as($1)`, [b.users.admin.id]);
      expect(await rowsOf(`SELECT * FROM memberships WHERE organisation_id = $1`, [a.org.id])).toEqual([]);
      expect((await rowsOf(`SELECT organisation_id FROM memberships`)).every((m) => m.organisation_id === b.org.id)).toBe(true);
    });
  });
});
