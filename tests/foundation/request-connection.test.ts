import { Visibility } from '@coalition/shared';
import { withActorTransaction, type ActorTransaction } from '../../server/src/core/db/actor-transaction';
import { startTestApp, type TestApp } from '../../server/test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../server/test/support/factories';
import { createCase } from '../../server/test/support/case-fixtures';
import { embeddedTestDatabase } from '../../server/test/support/scratch-database';

// The embedded database has one user: there the request connection is the owner's (a documented limitation).
const serverDescribe = embeddedTestDatabase() ? describe.skip : describe;

/** What an SQL injection would try first: fall back from the app role to the session user. */
const ESCAPES = ['RESET ROLE', `SELECT set_config('role', 'none', true)`, 'SET ROLE NONE', 'SET SESSION AUTHORIZATION DEFAULT'];

/**
 * Raw SQL on the server's own request pool, as an injected statement would
 * run: whatever it does to the role, the session user is the app role, with
 * nothing beyond the app role's rights.
 */
serverDescribe('the request connection logs in as the app role', () => {
  let app: TestApp;
  let a: TestOrgWithMembers;
  let b: TestOrgWithMembers;
  let restricted: string;

  beforeAll(async () => {
    app = await startTestApp();
    a = await orgWithMembers(app);
    b = await orgWithMembers(app);
    restricted = (await createCase(a.caseworker, a.org.id, { title: 'restricted', visibility: Visibility.RESTRICTED })).id;
  });
  afterAll(async () => {
    await app.close();
  });

  /** One rolled-back transaction on the request pool, acting as B's admin, after the escape. */
  async function afterEscape<T>(escape: string, fn: (query: (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>) => Promise<T>): Promise<T> {
    const rollback = new Error('rollback');
    let result: T | undefined;
    await expect(
      withActorTransaction(app.deps, { userId: b.users.admin.id }, async (tx: ActorTransaction) => {
        const query = (text: string, params: unknown[] = []) => tx.db.query(text, params) as Promise<Record<string, unknown>[]>;
        await query(escape);
        result = await fn(query);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    return result as T;
  }

  /** `text` fails on its own savepoint, so the transaction goes on. */
  async function refused(query: (text: string) => Promise<unknown>, text: string, why: RegExp): Promise<void> {
    await query('SAVEPOINT s');
    await expect(query(text)).rejects.toThrow(why);
    await query('ROLLBACK TO SAVEPOINT s');
  }

  it.each(ESCAPES)('after %s the session is still the app role, not the owner', async (escape) => {
    const role = app.deps.config.DB_APP_ROLE;
    await afterEscape(escape, async (query) => {
      expect(await query(`SELECT session_user::text AS s, current_user::text AS c`)).toEqual([{ s: role, c: role }]);
      expect(await query(`SELECT rolsuper, rolbypassrls, rolcreaterole FROM pg_roles WHERE rolname = session_user`)).toEqual([
        { rolsuper: false, rolbypassrls: false, rolcreaterole: false },
      ]);
    });
  });

  it.each(ESCAPES)("after %s another organisation's RESTRICTED case stays unreadable", async (escape) => {
    await afterEscape(escape, async (query) => {
      expect(await query(`SELECT id FROM cases WHERE id = $1`, [restricted])).toEqual([]);
      expect(await query(`SELECT count(*)::int AS n FROM cases WHERE owner_organisation_id = $1`, [a.org.id])).toEqual([{ n: 0 }]);
    });
  });

  it.each(ESCAPES)('after %s neither the audit log, the actor context nor the policies can be touched', async (escape) => {
    await afterEscape(escape, async (query) => {
      await refused(
        query,
        `INSERT INTO audit_entries (seq, at, actor_user_id, organisation_id, action, entity_type, entity_id, details, prev_hash, hash)
           SELECT seq + 1, now(), actor_user_id, NULL, 'x', 'User', NULL, '{}', hash, repeat('f', 64) FROM audit_head()`,
        /permission denied/,
      );
      await refused(query, `UPDATE app_actor_context SET org_ids = ARRAY['${a.org.id}']::uuid[], coalition_roles = '{COORDINATOR}'`, /permission denied/);
      await refused(query, `SELECT app_set_actor('${a.users.admin.id}')`, /permission denied/);
      await refused(query, `ALTER TABLE cases DISABLE ROW LEVEL SECURITY`, /must be owner/);
      const [policy] = await query(`SELECT policyname FROM pg_policies WHERE tablename = 'cases' LIMIT 1`);
      await refused(query, `DROP POLICY "${String(policy.policyname)}" ON cases`, /must be owner/);
      await refused(query, `SET ROLE postgres`, /permission denied|does not exist/);
      expect(await query(`SELECT app_user_id() AS u`)).toEqual([{ u: b.users.admin.id }]);
    });
  });

  /**
   * How it was: the owner's connection switched with SET LOCAL ROLE, and RESET ROLE gave the owner
   * back. Shown on the owner's pool (migrations, seeding), which no request uses any more.
   */
  it('on the owner connection, RESET ROLE would have escaped every rule', async () => {
    const owner = app.deps.dataSource.createQueryRunner();
    const query = (text: string, params: unknown[] = []) => owner.query(text, params) as Promise<Record<string, unknown>[]>;
    try {
      await query('BEGIN');
      await query(`SELECT FROM app_act_as($1)`, [b.users.admin.id]);
      await query(`SET LOCAL ROLE ${app.deps.config.DB_APP_ROLE}`);
      expect(await query(`SELECT id FROM cases WHERE id = $1`, [restricted])).toEqual([]);
      await query('RESET ROLE');
      expect(await query(`SELECT id FROM cases WHERE id = $1`, [restricted])).toEqual([{ id: restricted }]);
      await query(`ALTER TABLE cases DISABLE ROW LEVEL SECURITY`);
      await query(`UPDATE app_actor_context SET coalition_roles = '{COORDINATOR}' WHERE backend_pid = pg_backend_pid()`);
    } finally {
      await query('ROLLBACK');
      await owner.release();
    }
  });
});
