import { CaseCategory, CaseStatus, CoalitionRole, OrgRole, type CaseFilterValues } from '@coalition/shared';
import { Client } from 'pg';
import { coalitionUser, createUser, orgWithMembers, signIn, type TestOrgWithMembers, type TestUser } from '../../../test/support/factories';
import { createScratchDatabase, embeddedTestDatabase, migrateDatabase } from '../../../test/support/scratch-database';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import type { TestClient } from '../../../test/support/test-client';
import { createCase, LIST_CASES, SHARE, UNSHARE, UPDATE_CASE, type CaseShape } from '../../../test/support/case-fixtures';
import { backendPid, waitForLockWait } from '../../../test/support/wait-until';
import { caseCountKeys } from './case-list.query';

/**
 * An unfiltered `totalCount`, and one filtered by status, one category, one country or whole years,
 * comes from case_counts (migrations CaseCounts, CaseFilterCounts), not from counting the cases. It must
 * equal what row-level security lets each actor count, after every kind of write.
 */

/** Filters the maintained counts answer, each with the SQL that says which cases it keeps. */
const COUNTED_FILTERS: { filter: Partial<CaseFilterValues>; where: string }[] = [
  { filter: {}, where: 'true' },
  { filter: { status: [CaseStatus.OPEN] }, where: `c.status = 'OPEN'` },
  { filter: { status: [CaseStatus.OPEN, CaseStatus.CLOSED] }, where: `c.status IN ('OPEN', 'CLOSED')` },
  { filter: { categories: [CaseCategory.RAID] }, where: `'RAID' = ANY(c.categories)` },
  { filter: { categories: [CaseCategory.DEPORTATION] }, where: `'DEPORTATION' = ANY(c.categories)` },
  { filter: { countryCode: 'RU' }, where: `'RU' = ANY(c.countries)` },
  { filter: { countryCode: 'TJ' }, where: `'TJ' = ANY(c.countries)` },
  { filter: { occurredFrom: '2013-01-01', occurredTo: '2013-12-31' }, where: `c.incident_date BETWEEN '2013-01-01' AND '2013-12-31'` },
  { filter: { occurredFrom: '2012-01-01', occurredTo: '2014-12-31' }, where: `c.incident_date BETWEEN '2012-01-01' AND '2014-12-31'` },
];

const keysOf = (filter: Partial<CaseFilterValues>) => {
  const keys = caseCountKeys(filter as CaseFilterValues);
  if (!keys) throw new Error(`not a counted filter: ${JSON.stringify(filter)}`);
  return keys;
};
describe('maintained case counts', () => {
  let app: TestApp;
  let a: TestOrgWithMembers;
  let b: TestOrgWithMembers;
  let c: TestOrgWithMembers;
  let both: { user: TestUser; client: TestClient };
  let actors: { name: string; user: TestUser }[];

  /** For each counted filter, count(*) under the policies and case_readable_count_of(its keys), in one snapshot, as the application role. */
  const counts = async (userId: string) => {
    const runner = app.deps.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction('REPEATABLE READ');
    try {
      await runner.query(`SELECT * FROM app_act_as($1)`, [userId]);
      await runner.query(`SELECT set_config('role', $1, true)`, [app.deps.config.DB_APP_ROLE]);
      const rows: { filter: string; counted: number; maintained: number }[] = [];
      for (const { filter, where } of COUNTED_FILTERS) {
        const [row] = (await runner.query(
          `SELECT (SELECT count(*) FROM cases c WHERE ${where})::int AS counted, case_readable_count_of($1::text[])::int AS maintained`,
          [keysOf(filter)],
        )) as { counted: number; maintained: number }[];
        rows.push({ filter: JSON.stringify(filter), ...row });
      }
      return rows;
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  };

  const versionOf = async (id: string) => Number((await app.deps.dataSource.query(`SELECT version FROM cases WHERE id = $1`, [id]))[0].version);

  const expectExact = async () => {
    for (const { name, user } of actors) {
      for (const { filter, counted, maintained } of await counts(user.id)) {
        expect({ name, filter, maintained }).toEqual({ name, filter, maintained: counted });
      }
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
    // Statuses, categories, countries and years vary, so each counted filter keeps some cases and not others.
    const tajikistan = { location: { city: 'Dushanbe', countryCode: 'TJ' } };
    for (const [owner, visibility, rest] of [
      [a, 'RESTRICTED', {}],
      [a, 'SHARED', { categories: ['DEPORTATION'], incidentDate: '2012-05-01', ...tajikistan }],
      [a, 'COALITION', { status: 'CLOSED', incidentDate: null }],
      [b, 'SHARED', { status: 'MONITORING', categories: ['RAID', 'DEPORTATION'] }],
      [c, 'RESTRICTED', { incidentDate: '2014-12-31', ...tajikistan }],
      [c, 'SHARED', { status: 'CLOSED', categories: ['DEPORTATION'], incidentDate: '2011-12-31' }],
    ] as const) {
      made.push(await createCase(owner.admin, owner.org.id, { visibility, ...rest }));
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

    // Changes that move a case between keys, on shared cases (the shares' copies of the keys) and others.
    await c.admin.ok(UPDATE_CASE, { id: made[5].id, version: await versionOf(made[5].id), input: { status: 'OPEN' } });
    await a.admin.ok(UPDATE_CASE, { id: made[1].id, version: await versionOf(made[1].id), input: { categories: ['RAID'], incidentDate: '2013-06-01' } });
    await b.admin.ok(UPDATE_CASE, { id: made[3].id, version: await versionOf(made[3].id), input: { location: { city: 'Dushanbe', countryCode: 'TJ' } } });
    await c.admin.ok(UPDATE_CASE, { id: made[4].id, version: await versionOf(made[4].id), input: { incidentDate: null, status: 'RESOLVED' } });
    await a.admin.ok(UPDATE_CASE, { id: made[2].id, version: await versionOf(made[2].id), input: { incidentDate: '2013-01-01', categories: ['OTHER'] } });
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
      const expected = await counts(user.id);
      for (const [i, { filter }] of COUNTED_FILTERS.entries()) {
        const { cases } = await client.ok<{ cases: { totalCount: number } }>(LIST_CASES, { first: 1, filter });
        expect({ filter, total: cases.totalCount }).toEqual({ filter, total: expected[i].counted });
      }
    }
  });

  it('keeps the sum when deltas are folded, and folds only when there are many', async () => {
    for (let i = 0; i < 70; i += 10) {
      await Promise.all(Array.from({ length: 10 }, (_, j) => createCase(a.caseworker, a.org.id, { visibility: j % 2 ? 'COALITION' : 'RESTRICTED' })));
    }
    // Rows beyond one per (owner, visibility, key): deltas not yet folded.
    const surplus = async () =>
      Number((await app.deps.dataSource.query(`SELECT count(*) - count(DISTINCT (owner_organisation_id, visibility, key)) AS n FROM case_counts`))[0].n);
    expect(await surplus()).toBeGreaterThan(64);
    const folded = Number((await app.deps.dataSource.query(`SELECT case_counts_compact() AS n`))[0].n);
    expect(folded).toBeGreaterThan(64);
    await expectExact();
    // Other test files write concurrently, so a few fresh deltas may already be there again.
    expect(await surplus()).toBeLessThanOrEqual(64);
    expect(Number((await app.deps.dataSource.query(`SELECT case_counts_compact() AS n`))[0].n)).toBe(0);
  });

  it("keeps each share's copy of its case's visibility and count keys, whatever the application writes and in either order of concurrent writes", async () => {
    const owner = await createCase(a.admin, a.org.id, { visibility: 'COALITION' });
    await a.admin.ok(SHARE, { caseId: owner.id, organisationId: b.org.id, access: 'READ' });
    const copy = async (orgId: string) =>
      ((await app.deps.dataSource.query(`SELECT case_visibility AS v FROM case_shares WHERE case_id = $1 AND organisation_id = $2`, [owner.id, orgId])) as { v: string }[])[0]?.v;
    // Every share of the case carries its case's count keys (case_count_keys of the case as it is now).
    const keysCurrent = async () =>
      ((await app.deps.dataSource.query(
        `SELECT bool_and(s.case_keys = case_count_keys(c.status, c.categories, c.countries, c.incident_date)) AS ok
           FROM case_shares s JOIN cases c ON c.id = s.case_id WHERE s.case_id = $1`,
        [owner.id],
      )) as { ok: boolean }[])[0].ok;
    expect(await copy(b.org.id)).toBe('COALITION');
    expect(await keysCurrent()).toBe(true);

    // The application role (an owner's admin may update shares) cannot set another value.
    const runner = app.deps.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT * FROM app_act_as($1)`, [a.users.admin.id]);
      await runner.query(`SELECT set_config('role', $1, true)`, [app.deps.config.DB_APP_ROLE]);
      await runner.query(`UPDATE case_shares SET case_visibility = 'SHARED', case_keys = '{*,status:CLOSED}', access = 'WRITE' WHERE case_id = $1`, [owner.id]);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    expect(await copy(b.org.id)).toBe('COALITION');
    expect(await keysCurrent()).toBe(true);

    // Two transactions: a visibility change and a new share of the same case, each order of commit.
    const url = process.env.COALITION_TEST_DATABASE_URL!;
    const [t1, t2] = [new Client({ connectionString: url }), new Client({ connectionString: url })];
    await Promise.all([t1.connect(), t2.connect()]);
    const pidOf = new Map<Client, number>([
      [t1, await backendPid(t1)],
      [t2, await backendPid(t2)],
    ]);
    try {
      for (const [visibility, status, first] of [
        ['SHARED', 'CLOSED', 't1'],
        ['RESTRICTED', 'MONITORING', 't2'],
      ] as const) {
        await app.deps.dataSource.query(`DELETE FROM case_shares WHERE case_id = $1 AND organisation_id = $2`, [owner.id, c.org.id]);
        await t1.query('BEGIN');
        await t2.query('BEGIN');
        const [x, y] = first === 't1' ? [t1, t2] : [t2, t1];
        const change = (cl: Client) => cl.query(`UPDATE cases SET visibility = $2, status = $3 WHERE id = $1`, [owner.id, visibility, status]);
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
        expect({ visibility, first, b: await copy(b.org.id), c: await copy(c.org.id), keys: await keysCurrent() }).toEqual({
          visibility,
          first,
          b: visibility,
          c: visibility,
          keys: true,
        });
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
        const sum = async (key = '*') => Number((await db.query(`SELECT coalesce(sum(n), 0) AS n FROM case_counts WHERE key = $1`, [key])).rows[0].n);
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
        expect(await sum('status:OPEN')).toBe(3);
      } finally {
        await db.end();
      }
    } finally {
      await scratch.drop();
    }
  });
});

describe('caseCountKeys: which filters the maintained counts answer', () => {
  const keys = (filter: Partial<CaseFilterValues>) => caseCountKeys(filter as CaseFilterValues);

  it('answers no filter, statuses, one category, one country and whole years, each alone', () => {
    expect(keys({})).toEqual(['*']);
    expect(keys({ status: [], categories: null, countryCode: null, occurredFrom: null })).toEqual(['*']);
    expect(keys({ status: [CaseStatus.OPEN, CaseStatus.CLOSED, CaseStatus.OPEN] })).toEqual(['status:OPEN', 'status:CLOSED']);
    expect(keys({ categories: [CaseCategory.RAID, CaseCategory.RAID] })).toEqual(['category:RAID']);
    expect(keys({ countryCode: 'TJ' })).toEqual(['country:TJ']);
    expect(keys({ occurredFrom: '2013-01-01', occurredTo: '2013-12-31' })).toEqual(['year:2013']);
    expect(keys({ occurredFrom: '2012-01-01', occurredTo: '2014-12-31' })).toEqual(['year:2012', 'year:2013', 'year:2014']);
  });

  it('leaves every other filter to a count over the matching cases', () => {
    // Two categories: a case with both would be counted twice.
    expect(keys({ categories: [CaseCategory.RAID, CaseCategory.DEPORTATION] })).toBeNull();
    expect(keys({ status: [CaseStatus.OPEN], countryCode: 'TJ' })).toBeNull();
    expect(keys({ ownerOrganisationId: '00000000-0000-4000-8000-000000000001' })).toBeNull();
    expect(keys({ crossBorder: false })).toBeNull();
    expect(keys({ occurredFrom: '2013-01-01' })).toBeNull();
    expect(keys({ occurredFrom: '2013-01-01', occurredTo: '2013-06-30' })).toBeNull();
    expect(keys({ occurredFrom: '2013-02-01', occurredTo: '2013-12-31' })).toBeNull();
    expect(keys({ occurredFrom: '2014-01-01', occurredTo: '2013-12-31' })).toBeNull();
    expect(keys({ occurredFrom: '1000-01-01', occurredTo: '2013-12-31' })).toBeNull();
  });
});
