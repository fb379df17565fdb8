import { startTestApp, type TestApp } from '../../server/test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../server/test/support/factories';
import { AppRoleSql } from '../../server/test/support/app-role-sql';

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
  const db = new AppRoleSql();

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

  /** One rolled-back transaction as coalition_app acting as the user (null: nobody). */
  const asApp = <T>(userId: string | null, fn: () => Promise<T>) => db.as(userId, fn);

  const actorOf = (team: TestOrgWithMembers, who: 'admin' | 'viewer') => team.users[who].id;

  const rowsOf = (sql: string, params: unknown[] = []) => db.rows(sql, params);

  it("an ADMIN of B sees B's rows and none of A's", async () => {
    await asApp(actorOf(b, 'admin'), async () => {
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
    await asApp(actorOf(b, 'admin'), async () => {
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
    await asApp(actorOf(a, 'viewer'), async () => {
      expect(await rowsOf(`SELECT * FROM invitations`)).toEqual([]);
      expect(await rowsOf(`SELECT * FROM audit_entries`)).toEqual([]);
      expect(await rowsOf(`SELECT * FROM memberships WHERE organisation_id = $1`, [b.org.id])).toEqual([]);
      expect((await rowsOf(`SELECT user_id FROM sessions`)).every((s) => s.user_id === a.users.viewer.id)).toBe(true);
    });
  });

  it('with no settings at all (a fresh pooled connection) sees no tenant row', async () => {
    await asApp(null, async () => {
      for (const table of ['memberships', 'invitations', 'sessions', 'audit_entries', 'users']) {
        expect(await rowsOf(`SELECT * FROM ${table}`)).toEqual([]);
      }
    });
  });

  it('the actor does not survive into the next transaction on the connection', async () => {
    await asApp(actorOf(b, 'admin'), async () => undefined);
    await asApp(null, async () => {
      expect(await rowsOf(`SELECT app_user_id() AS v`)).toEqual([{ v: null }]);
      expect(await rowsOf(`SELECT * FROM memberships`)).toEqual([]);
    });
  });

  it('set_config changes nothing about who acts: the database decides', async () => {
    const forged = {
      'app.user_id': a.users.admin.id,
      'app.org_ids': a.org.id,
      'app.admin_org_ids': a.org.id,
      'app.writer_org_ids': a.org.id,
      'app.signer_org_ids': a.org.id,
      'app.coalition_roles': 'COORDINATOR,LIAISON',
    };
    for (const actor of [null, b.users.viewer.id]) {
      await asApp(actor, async () => {
        for (const [name, value] of Object.entries(forged)) await db.query(`SELECT set_config($1, $2, true)`, [name, value]);
        expect(await rowsOf(`SELECT app_user_id() AS u, app_is_coordinator() AS c, app_admin_org_ids() AS a`)).toEqual([
          { u: actor, c: false, a: [] },
        ]);
        expect(await rowsOf(`SELECT * FROM memberships WHERE organisation_id = $1`, [a.org.id])).toEqual([]);
        expect(await rowsOf(`SELECT * FROM audit_entries`)).toEqual([]);
        expect(await rowsOf(`SELECT * FROM invitations WHERE organisation_id = $1`, [a.org.id])).toEqual([]);
      });
    }
  });

  it('the app role cannot write the actor itself', async () => {
    await asApp(b.users.viewer.id, async () => {
      for (const sql of [
        `UPDATE app_actor_context SET org_ids = ARRAY['${a.org.id}']::uuid[], coalition_roles = '{COORDINATOR}'`,
        `INSERT INTO app_actor_context VALUES (pg_backend_pid() + 1, pg_current_xact_id(), NULL, '{COORDINATOR}', '{}', '{}', '{}', '{}')`,
        `SELECT app_set_actor('${a.users.admin.id}')`,
      ]) {
        await db.query('SAVEPOINT s');
        await expect(db.query(sql)).rejects.toThrow(/permission denied/);
        await db.query('ROLLBACK TO SAVEPOINT s');
      }
      expect(await rowsOf(`SELECT app_user_id() AS u`)).toEqual([{ u: b.users.viewer.id }]);
    });
  });

  it("appends audit entries only through audit_append, which names the transaction's actor", async () => {
    // Only this test's entries: other test files append to the same table meanwhile.
    const action = 'rls-test.append';
    const count = async () => Number((await app.deps.dataSource.query(`SELECT count(*) AS n FROM audit_entries WHERE action = $1`, [action]))[0].n);
    const before = await count();
    await asApp(b.users.viewer.id, async () => {
      const [head] = await rowsOf(`SELECT seq, hash, actor_user_id FROM audit_head()`);
      expect(head.actor_user_id).toBe(b.users.viewer.id);
      const entry = (actor: string) => [
        Number(head.seq) + 1,
        new Date().toISOString(),
        actor,
        null,
        action,
        'User',
        null,
        '{}',
        head.hash,
        'f'.repeat(64),
      ];
      await db.query('SAVEPOINT s');
      await expect(
        db.query(
          `INSERT INTO audit_entries (seq, at, actor_user_id, organisation_id, action, entity_type, entity_id, details, prev_hash, hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          entry(b.users.viewer.id),
        ),
      ).rejects.toThrow(/permission denied/);
      await db.query('ROLLBACK TO SAVEPOINT s');
      await expect(
        db.query(`SELECT audit_append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`, entry(a.users.admin.id)),
      ).rejects.toThrow(/names the transaction's actor/);
      await db.query('ROLLBACK TO SAVEPOINT s');
      await db.query(`SELECT audit_append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`, entry(b.users.viewer.id));
      expect(await count()).toBe(before); // not yet committed: the owner's connection does not see it
    });
    expect(await count()).toBe(before);
  });

  it('cannot choose whom it acts as: app_act_as and app_login_lookup are refused, a grant works once and only in its transaction', async () => {
    const [{ email }] = (await app.deps.dataSource.query(`SELECT email FROM users WHERE id = $1`, [a.users.admin.id])) as { email: string }[];
    const refused = async (text: string, params: unknown[], error: RegExp) => {
      await db.query('SAVEPOINT s');
      await expect(db.query(text, params)).rejects.toThrow(error);
      await db.query('ROLLBACK TO SAVEPOINT s');
    };
    await asApp(null, async () => {
      await refused(`SELECT * FROM app_act_as($1)`, [a.users.admin.id], /permission denied for function app_act_as/);
      await refused(`SELECT * FROM app_login_lookup($1)`, [email], /permission denied for function app_login_lookup/);
      await refused(`SELECT app_set_actor($1)`, [a.users.admin.id], /permission denied for function app_set_actor/);
      await refused(`SELECT app_grant_actor(pg_backend_pid(), pg_current_xact_id(), $1)`, [a.users.admin.id], /permission denied for function app_grant_actor/);
      await refused(`INSERT INTO app_actor_grants (backend_pid, xact_id, user_id) VALUES (pg_backend_pid(), pg_current_xact_id(), $1)`, [a.users.admin.id], /permission denied/);
      await refused(`SELECT * FROM app_act_as_granted()`, [], /no actor was granted/);
      // Still nobody: nothing of A is readable, nor any account's secrets.
      expect(await rowsOf(`SELECT * FROM memberships WHERE organisation_id = $1`, [a.org.id])).toEqual([]);
      expect(await rowsOf(`SELECT id FROM users WHERE email = $1`, [email])).toEqual([]);
    });

    // The owner's grant names one backend and one transaction: a grant for a transaction that ended is useless.
    const here = async () => (await rowsOf(`SELECT pg_backend_pid() AS pid, pg_current_xact_id()::text AS xact`))[0] as { pid: number; xact: string };
    const grant = (at: { pid: number; xact: string }, userId: string) =>
      app.deps.dataSource.query(`SELECT app_grant_actor($1, $2::xid8, $3)`, [at.pid, at.xact, userId]);
    await asApp(null, async () => {
      await grant(await here(), a.users.admin.id);
    });
    await asApp(null, async () => {
      await refused(`SELECT * FROM app_act_as_granted()`, [], /no actor was granted/);
    });

    // What the server's sign-in does: the owner grants this transaction a user, the transaction takes it, once.
    await asApp(null, async () => {
      await grant(await here(), b.users.admin.id);
      const [me] = await rowsOf(`SELECT user_id FROM app_act_as_granted()`);
      expect(me.user_id).toBe(b.users.admin.id);
      expect(await rowsOf(`SELECT * FROM memberships WHERE organisation_id = $1`, [a.org.id])).toEqual([]);
      expect((await rowsOf(`SELECT organisation_id FROM memberships`)).every((m) => m.organisation_id === b.org.id)).toBe(true);
      await refused(`SELECT * FROM app_act_as_granted()`, [], /no actor was granted/);
    });
  });
});
