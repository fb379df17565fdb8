import { Client } from 'pg';
import { startTestApp, type TestApp } from '../../server/test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../server/test/support/factories';
import { ADD_PERSON, createCase } from '../../server/test/support/case-fixtures';

/**
 * person_keys, raw SQL as the application role, bypassing every line of our TypeScript: a person's own key is
 * read only where that person's sealed fields are (the owner's members), deleted (erasure) only by the owner's
 * ADMINs, changed by nobody, and never planted for another organisation's person.
 */
describe('row-level security of person_keys, raw SQL as the app role', () => {
  let app: TestApp;
  let a: TestOrgWithMembers;
  let b: TestOrgWithMembers;
  let aPerson: string;
  let bPerson: string;
  const db = new Client({ connectionString: process.env.COALITION_TEST_DATABASE_URL });

  beforeAll(async () => {
    app = await startTestApp();
    [a, b] = [await orgWithMembers(app), await orgWithMembers(app)];
    const add = async (team: TestOrgWithMembers, fullName: string) =>
      (await team.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, { caseId: (await createCase(team.caseworker, team.org.id)).id, input: { fullName, role: 'VICTIM' } }))
        .addCasePerson.id;
    aPerson = await add(a, 'Farhod Nazarov');
    bPerson = await add(b, 'Umed Saidov');
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });

  /** As coalition_app acting as the user (app_act_as, called by the owner before the role is set), rolled back. */
  async function asApp<T>(userId: string | null, fn: () => Promise<T>): Promise<T> {
    await db.query('BEGIN');
    try {
      if (userId) await db.query(`SELECT FROM app_act_as($1)`, [userId]);
      await db.query(`SET LOCAL ROLE coalition_app`);
      return await fn();
    } finally {
      await db.query('ROLLBACK');
    }
  }
  const rowsOf = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows as Record<string, unknown>[];

  it("a member of B reads B's person keys and none of A's", async () => {
    for (const who of ['admin', 'caseworker', 'viewer'] as const) {
      await asApp(b.users[who].id, async () => {
        const keys = await rowsOf(`SELECT person_id, organisation_id FROM person_keys`);
        expect(keys).toEqual([{ person_id: bPerson, organisation_id: b.org.id }]);
        expect(await rowsOf(`SELECT * FROM person_keys WHERE person_id = $1`, [aPerson])).toEqual([]);
        expect(await rowsOf(`SELECT * FROM person_keys WHERE organisation_id = $1`, [a.org.id])).toEqual([]);
      });
    }
    // Nobody signed in reads none.
    await asApp(null, async () => expect(await rowsOf(`SELECT * FROM person_keys`)).toEqual([]));
  });

  it("B's ADMIN cannot delete (erase) A's key, B's caseworker not even B's own; nobody updates one", async () => {
    await asApp(b.users.admin.id, async () => {
      expect((await db.query(`DELETE FROM person_keys WHERE person_id = $1`, [aPerson])).rowCount).toBe(0);
      await db.query('SAVEPOINT s');
      await expect(db.query(`UPDATE person_keys SET wrapped_key = 'x' WHERE person_id = $1`, [bPerson])).rejects.toThrow(/permission denied/);
      await db.query('ROLLBACK TO SAVEPOINT s');
      // A's ADMIN deletes only with A's membership: here B's own key goes (the erasure's right), A's stays.
      expect((await db.query(`DELETE FROM person_keys WHERE person_id = $1`, [bPerson])).rowCount).toBe(1);
    });
    await asApp(b.users.caseworker.id, async () => {
      expect((await db.query(`DELETE FROM person_keys WHERE person_id = $1`, [bPerson])).rowCount).toBe(0);
    });
    expect(await app.deps.dataSource.query(`SELECT person_id FROM person_keys WHERE person_id = ANY($1) ORDER BY person_id`, [[aPerson, bPerson]])).toHaveLength(2);
  });

  it("B's writer cannot plant a key for A's person", async () => {
    await asApp(b.users.caseworker.id, async () => {
      await db.query('SAVEPOINT s');
      await expect(
        db.query(`INSERT INTO person_keys (person_id, organisation_id, key_version, wrapped_key) VALUES ($1, $2, 1, 'x')`, [aPerson, a.org.id]),
      ).rejects.toThrow(/row-level security|violates/);
      await db.query('ROLLBACK TO SAVEPOINT s');
      await expect(
        db.query(`INSERT INTO person_keys (person_id, organisation_id, key_version, wrapped_key) VALUES ($1, $2, 1, 'x')`, [aPerson, b.org.id]),
      ).rejects.toThrow(/row-level security|violates/);
    });
  });
});
