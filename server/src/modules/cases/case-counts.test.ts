import { CoalitionRole, OrgRole } from '@coalition/shared';
import { Client } from 'pg';
import { coalitionUser, createUser, orgWithMembers, signIn, type TestOrgWithMembers, type TestUser } from '../../../test/support/factories';
import { createScratchDatabase, embeddedTestDatabase, migrateDatabase } from '../../../test/support/scratch-database';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import type { TestClient } from '../../../test/support/test-client';
import { createCase, LIST_CASES, SHARE, UNSHARE, UPDATE_CASE, type CaseShape } from '../../../test/support/case-fixtures';
import { backendPid, waitForLockWait } from '../../../test/support/wait-until';

/**
 * The unfiltered `totalCount` comes from case_counts (migration CaseCounts), not from counting the
 * cases. It must equal what row-level security lets each actor count, after every kind of write.
 */
describe('maintained case counts', () => {
  let app: TestApp;
  let a: TestOrgWithMembers;
  let b: TestOrgWithMembers;
  let c: TestOrgWithMembers;
  let both: { user: TestUser; client: TestClient };
  let actors: { name: string; user: TestUser }[];

  /** count(*) under the policies and case_readable_count(), in one snapshot, as the application role. */
  const counts = async (userId: string) => {
    const runner = app.deps.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction('REPEATABLE READ');
    try {
      await runner.query(`SELECT * FROM app_act_as($1)`, [userId]);
      await runner.query(`SELECT set_config('role', $1, true)`, [app.deps.config.DB_APP_ROLE]);
      const [row] = (await runner.query(`SELECT (SELECT count(*) FROM cases)::int AS counted, case_readable_count()::int AS maintained`)) as {
        counted: number;
        maintained: number;
      }[];
      return row;
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  };

  const versionOf = async (id: string) => Number((await app.deps.dataSource.query(`SELECT version FROM cases WHERE id = $1`, [id]))[0].version);

  const expectExact = async () => {
    for (const { name, user } of actors) {
      const { counted, maintained } = await counts(user.id);
      expect({ name, maintained }).toEqual({ name, maintained: counted });
    }
  };

  beforeAll(async () => {
    app = await startTestApp();
    [a, b, c] = [await orgWithMembers(app), await orgWithMembers(app), await orgWithMembers(app)];
    const user = await createUser(app, {
      memberships: [
        { organisationId: a.org.id, roles: [OrgRole.VIEWER] },
        { organisationId: b.org.id, roles: [OrgRole.VIEWER] },
      ],
    });
    both = { user, client: await signIn(app, user) };
    const coordinator = await coalitionUser(app, CoalitionRole.COORDINATOR);
    const liaison = await coalitionUser(app, CoalitionRole.LIAISON);
    actors = [
      { name: 'member of A', user: a.users.viewer },
      { name: 'member of B', user: b.users.admin },
      { name: 'member of C', user: c.users.caseworker },
      { name: 'member of A and B', user: both.user },
      { name: 'coordinator', user: coordinator.user },
      { name: 'liaison', user: liaison.user },
    ];
  });
  afterAll(() => app.close());

  it('agrees with row-level security through creation, visibility changes, shares and deletion', async () => {
    const made: CaseShape[] = [];
    for (const [owner, visibility] of [
      [a, 'RESTRICTED'],
      [a, 'SHARED'],
      [a, 'COALITION'],
      [b, 'SHARED'],
      [c, 'RESTRICTED'],
      [c, 'SHARED'],
    ] as const) {
      made.push(await createCase(owner.admin, owner.org.id, { visibility }));
    }
    await expectExact();

    // Shares: to one organisation, to both of a two-organisation member's, on a COALITION case (counted once).
    await a.admin.ok(SHARE, { caseId: made[1].id, organisationId: c.org.id, access: 'READ' });
    await c.admin.ok(SHARE, { caseId: made[5].id, organisationId: a.org.id, access: 'READ' });
    await c.admin.ok(SHARE, { caseId: made[5].id, organisationId: b.org.id, access: 'WRITE' });
    await a.admin.ok(SHARE, { caseId: made[2].id, organisationId: c.org.id, access: 'READ' });
    // Sharing a RESTRICTED case widens it to SHARED (the share takes the new visibility in the same transaction).
    await c.admin.ok(SHARE, { caseId: made[4].id, organisationId: b.org.id, access: 'READ' });
    await expectExact();

    // Visibility changes move a case between keys.
    await c.admin.ok(UPDATE_CASE, { id: made[4].id, version: await versionOf(made[4].id), input: { visibility: 'SHARED' } });
    await a.admin.ok(UPDATE_CASE, { id: made[2].id, version: await versionOf(made[2].id), input: { visibility: 'RESTRICTED' } });
    await expectExact();

    await c.admin.ok(UNSHARE, { caseId: made[5].id, organisationId: b.org.id });
    await expectExact();

    // Deletion (no operation of the contract deletes a case; the trigger still has to count it).
    await app.deps.dataSource.query(`DELETE FROM cases WHERE id = ANY($1::uuid[])`, [[made[0].id, made[3].id]]);
    await expectExact();

    // And the API's totalCount is that number.
    for (const [client, user] of [
      [a.viewer, a.users.viewer],
      [both.client, both.user],
    ] as const) {
      const { cases } = await client.ok<{ cases: { totalCount: number } }>(LIST_CASES, { first: 1 });
      expect(cases.totalCount).toBe((await counts(user.id)).counted);
    }
  });

  it('keeps the sum when deltas are folded, and folds only when there are many', async () => {
    for (let i = 0; i < 70; i += 10) {
      await Promise.all(Array.from({ length: 10 }, (_, j) => createCase(a.caseworker, a.org.id, { visibility: j % 2 ? 'COALITION' : 'RESTRICTED' })));
    }
    const rows = async () => Number((await app.deps.dataSource.query(`SELECT count(*) AS n FROM case_counts`))[0].n);
    expect(await rows()).toBeGreaterThan(64);
    const folded = Number((await app.deps.dataSource.query(`SELECT case_counts_compact() AS n`))[0].n);
    expect(folded).toBeGreaterThan(64);
    await expectExact();
    // Other test files write concurrently, so a few fresh deltas may already be there again.
    expect(await rows()).toBeLessThanOrEqual(64);
    expect(Number((await app.deps.dataSource.query(`SELECT case_counts_compact() AS n`))[0].n)).toBe(0);
  });

  it("keeps each share's copy of its case's visibility, whatever the application writes and in either order of concurrent writes", async () => {
    const owner = await createCase(a.admin, a.org.id, { visibility: 'COALITION' });
    await a.admin.ok(SHARE, { caseId: owner.id, organisationId: b.org.id, access: 'READ' });
    const copy = async (orgId: string) =>
      ((await app.deps.dataSource.query(`SELECT case_visibility AS v FROM case_shares WHERE case_id = $1 AND organisation_id = $2`, [owner.id, orgId])) as { v: string }[])[0]?.v;
    expect(await copy(b.org.id)).toBe('COALITION');

    // The application role (an owner's admin may update shares) cannot set another value.
    const runner = app.deps.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT * FROM app_act_as($1)`, [a.users.admin.id]);
      await runner.query(`SELECT set_config('role', $1, true)`, [app.deps.config.DB_APP_ROLE]);
      await runner.query(`UPDATE case_shares SET case_visibility = 'SHARED', access = 'WRITE' WHERE case_id = $1`, [owner.id]);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    expect(await copy(b.org.id)).toBe('COALITION');

    // Two transactions: a visibility change and a new share of the same case, each order of commit.
    const url = process.env.COALITION_TEST_DATABASE_URL!;
    const [t1, t2] = [new Client({ connectionString: url }), new Client({ connectionString: url })];
    await Promise.all([t1.connect(), t2.connect()]);
    const pidOf = new Map<Client, number>([
      [t1, await backendPid(t1)],
      [t2, await backendPid(t2)],
    ]);
    try {
      for (const [visibility, first] of [
        ['SHARED', 't1'],
        ['RESTRICTED', 't2'],
      ] as const) {
        await app.deps.dataSource.query(`DELETE FROM case_shares WHERE case_id = $1 AND organisation_id = $2`, [owner.id, c.org.id]);
        await t1.query('BEGIN');
        await t2.query('BEGIN');
        const [x, y] = first === 't1' ? [t1, t2] : [t2, t1];
        const change = (cl: Client) => cl.query(`UPDATE cases SET visibility = $2 WHERE id = $1`, [owner.id, visibility]);
        const share = (cl: Client) =>
          cl.query(`INSERT INTO case_shares (case_id, organisation_id, owner_organisation_id, access, personal_data) VALUES ($1, $2, $3, 'READ', false)`, [
            owner.id,
            c.org.id,
            a.org.id,
          ]);
        // x writes first and holds its lock; y's statement waits for x's commit.
        await (x === t1 ? change(x) : share(x));
        const waiting = x === t1 ? share(y) : change(y);
        // Commit x only once y is really queued behind x's lock, or the two would not have overlapped.
        await waitForLockWait(app.deps.dataSource, pidOf.get(y)!);
        await x.query('COMMIT');
        await waiting;
        await y.query('COMMIT');
        expect({ visibility, first, b: await copy(b.org.id), c: await copy(c.org.id) }).toEqual({ visibility, first, b: visibility, c: visibility });
      }
    } finally {
      await Promise.all([t1.end(), t2.end()]);
    }
    await expectExact();
  });

  it('gives the application role nothing but the count', async () => {
    const runner = app.deps.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT set_config('role', $1, true)`, [app.deps.config.DB_APP_ROLE]);
      await expect(runner.query(`SELECT * FROM case_counts`)).rejects.toThrow(/permission denied/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    const runner2 = app.deps.dataSource.createQueryRunner();
    await runner2.connect();
    await runner2.startTransaction();
    try {
      await runner2.query(`SELECT set_config('role', $1, true)`, [app.deps.config.DB_APP_ROLE]);
      await expect(runner2.query(`SELECT case_counts_rebuild()`)).rejects.toThrow(/permission denied/);
    } finally {
      await runner2.rollbackTransaction();
      await runner2.release();
    }
  });

  it('empties with TRUNCATE and is rebuilt from the cases', async () => {
    if (embeddedTestDatabase()) return; // one database only: no scratch database to truncate
    const scratch = await createScratchDatabase('coalition_counts');
    try {
      await migrateDatabase(scratch.url);
      const db = new Client({ connectionString: scratch.url });
      await db.connect();
      try {
        const org = '00000000-0000-4000-8000-000000000001';
        await db.query(`INSERT INTO organisations (id, slug, name, city, country_code, representative) VALUES ($1, 'o', 'O', 'Paris', 'FR', 'R')`, [org]);
        const insert = (n: number) =>
          db.query(
            `INSERT INTO cases (owner_organisation_id, reference, title, summary, status, visibility, country_code)
             SELECT $1, 'O-2026-' || lpad(g::text, 3, '0'), 'case ' || g, '', 'OPEN', 'COALITION', 'FR' FROM generate_series($2::int, $3::int) g`,
            [org, n, n + 2],
          );
        const sum = async () => Number((await db.query(`SELECT coalesce(sum(n), 0) AS n FROM case_counts`)).rows[0].n);
        await insert(1);
        expect(await sum()).toBe(3);
        await db.query(`TRUNCATE cases CASCADE`);
        expect(await sum()).toBe(0);
        // A bulk load with triggers off, then the rebuild.
        await db.query(`SET session_replication_role = replica`);
        await insert(10);
        await db.query(`SET session_replication_role = origin`);
        expect(await sum()).toBe(0);
        await db.query(`SELECT case_counts_rebuild()`);
        expect(await sum()).toBe(3);
      } finally {
        await db.end();
      }
    } finally {
      await scratch.drop();
    }
  });
});
