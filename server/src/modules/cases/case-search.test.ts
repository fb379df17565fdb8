import { caseFilterSchema, CaseOrderField, CoalitionRole, OrgRole, SortDirection } from '@coalition/shared';
import { Client } from 'pg';
import { withActorTransaction } from '../../core/db/actor-transaction';
import { withServiceContext } from '../../core/graphql/context';
import { casePageStatements } from './case-list.query';
import type { CaseDetailsWanted } from './case.loader';
import { coalitionUser, createUser, orgWithMembers, type TestOrgWithMembers, type TestUser } from '../../../test/support/factories';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { ADD_EVENT, createCase, LIST_CASES, SHARE, UNSHARE, UPDATE_CASE, type CaseShape } from '../../../test/support/case-fixtures';
import { backendPid, waitForLockWait } from '../../../test/support/wait-until';

/**
 * A search reads case_search (migration CaseSearchMatches): the search vector plus lexemes of who may
 * read each case, kept by triggers. What case_search_matches finds must be exactly what row-level
 * security lets each actor find by searching `cases` itself, after every kind of write.
 */
describe('case_search: full-text search with access lexemes', () => {
  let app: TestApp;
  let a: TestOrgWithMembers;
  let b: TestOrgWithMembers;
  let c: TestOrgWithMembers;
  let actors: { name: string; user: TestUser }[];
  const word = `zq${Date.now().toString(36)}`;

  /** As the application role acting as the user, in one statement (one snapshot): the ids the policies let it find, and the ids the function finds. */
  const found = (userId: string, query = word) =>
    withActorTransaction(app.deps, { userId }, async (tx) => {
      const [row] = (await tx.db.query(
        `SELECT array(SELECT id::text FROM cases WHERE search @@ search_query($1)) AS policies,
                array(SELECT id::text FROM case_search_matches($1, NULL)) AS matches`,
        [query],
      )) as { policies: string[]; matches: string[] }[];
      return { policies: [...row.policies].sort(), matches: [...row.matches].sort() };
    });

  const expectExact = async () => {
    for (const { name, user } of actors) {
      const { policies, matches } = await found(user.id);
      expect({ name, matches }).toEqual({ name, matches: policies });
    }
  };

  /** The access lexemes of a case's row in case_search. */
  const access = async (caseId: string) =>
    ((await app.deps.dataSource.query(`SELECT array(SELECT l FROM unnest(terms) AS t(l) WHERE l LIKE '~%' ORDER BY l) AS l FROM case_search WHERE case_id = $1`, [caseId])) as { l: string[] }[])[0]?.l;

  const versionOf = async (id: string) => Number((await app.deps.dataSource.query(`SELECT version FROM cases WHERE id = $1`, [id]))[0].version);

  beforeAll(async () => {
    app = await startTestApp();
    [a, b, c] = [await orgWithMembers(app), await orgWithMembers(app), await orgWithMembers(app)];
    const both = await createUser(app, {
      memberships: [
        { organisationId: a.org.id, roles: [OrgRole.VIEWER] },
        { organisationId: b.org.id, roles: [OrgRole.VIEWER] },
      ],
    });
    actors = [
      { name: 'member of A', user: a.users.viewer },
      { name: 'member of B', user: b.users.admin },
      { name: 'member of C', user: c.users.caseworker },
      { name: 'member of A and B', user: both },
      { name: 'coordinator', user: (await coalitionUser(app, CoalitionRole.COORDINATOR)).user },
      { name: 'liaison', user: (await coalitionUser(app, CoalitionRole.LIAISON)).user },
    ];
  });
  afterAll(() => app.close());

  it('finds what the policies let each actor find, through creation, shares, visibility, text, events and deletion', async () => {
    const made: CaseShape[] = [];
    for (const [owner, visibility] of [
      [a, 'RESTRICTED'],
      [a, 'SHARED'],
      [a, 'COALITION'],
      [b, 'SHARED'],
      [c, 'RESTRICTED'],
      [c, 'SHARED'],
    ] as const) {
      made.push(await createCase(owner.admin, owner.org.id, { title: `Raid ${word}`, visibility }));
    }
    const without = await createCase(b.admin, b.org.id, { title: 'Raid elsewhere', visibility: 'COALITION' });
    await expectExact();
    expect((await found(a.users.viewer.id)).matches).toHaveLength(3);

    await a.admin.ok(SHARE, { caseId: made[1].id, organisationId: c.org.id, access: 'READ' });
    await c.admin.ok(SHARE, { caseId: made[5].id, organisationId: a.org.id, access: 'READ' });
    await c.admin.ok(SHARE, { caseId: made[5].id, organisationId: b.org.id, access: 'WRITE' });
    await c.admin.ok(SHARE, { caseId: made[4].id, organisationId: b.org.id, access: 'READ' }); // widens RESTRICTED to SHARED
    await expectExact();
    expect(await access(made[5].id)).toEqual([`~o${c.org.id}`, `~s${a.org.id}`, `~s${b.org.id}`, '~vSHARED'].sort());

    await a.admin.ok(UPDATE_CASE, { id: made[2].id, version: await versionOf(made[2].id), input: { visibility: 'RESTRICTED' } });
    await c.admin.ok(UNSHARE, { caseId: made[5].id, organisationId: b.org.id });
    await expectExact();

    // The text: a title that loses the word, and an event that brings it to a case that had none.
    await b.admin.ok(UPDATE_CASE, { id: made[3].id, version: await versionOf(made[3].id), input: { title: 'Raid, retitled' } });
    await b.caseworker.ok(ADD_EVENT, { caseId: without.id, input: { type: 'NOTE', occurredOn: '2013-02-10', title: 'Note', description: `Seen again: ${word}` } });
    await expectExact();
    expect((await found(c.users.caseworker.id)).matches).toContain(without.id);
    expect((await found(c.users.caseworker.id)).matches).not.toContain(made[3].id);

    await app.deps.dataSource.query(`DELETE FROM cases WHERE id = ANY($1::uuid[])`, [[made[0].id, made[5].id]]);
    await expectExact();
    expect(Number((await app.deps.dataSource.query(`SELECT count(*) AS n FROM case_search WHERE case_id = ANY($1::uuid[])`, [[made[0].id, made[5].id]]))[0].n)).toBe(0);

    // The API pages and counts the same matches.
    const { cases } = await a.viewer.ok<{ cases: { totalCount: number; edges: { node: { id: string } }[] } }>(LIST_CASES, { first: 100, filter: { search: word } });
    const expected = (await found(a.users.viewer.id)).policies;
    expect(cases.totalCount).toBe(expected.length);
    expect(cases.edges.map((e) => e.node.id).sort()).toEqual(expected);
  });

  it('leaves the persons\' sealed data, keys and their policies out of a page that asks for no personal data', async () => {
    const pageSql = (details: CaseDetailsWanted) =>
      withServiceContext(app.deps, a.users.viewer.id, async (ctx) => (await casePageStatements(ctx, caseFilterSchema.parse({}), 10, null, details, null)).page.compile().sql);
    for (const table of ['case_person_private', 'person_keys', 'organisation_keys']) {
      expect(await pageSql('personal')).toContain(`"${table}"`);
      expect(await pageSql('public')).not.toContain(`"${table}"`);
    }
    // Both still bring the persons, events and shares.
    for (const details of ['personal', 'public'] as const) expect(await pageSql(details)).toMatch(/"case_persons".*"case_events".*"case_shares"/s);
  });

  it('searches once per statement: the page and its total read one set of matches, with or without details or another order', async () => {
    const statements = (details: CaseDetailsWanted, sorted: boolean) =>
      withServiceContext(app.deps, a.users.viewer.id, async (ctx) => {
        const values = caseFilterSchema.parse({ search: word, status: ['OPEN'] });
        const order = sorted ? { order: { field: CaseOrderField.REFERENCE, direction: SortDirection.ASC }, after: null } : null;
        const { page, count } = await casePageStatements(ctx, values, 10, null, details, order);
        return { page: page.compile().sql, count: count.compile().sql };
      });
    const searches = (sql: string) => sql.split('case_search_matches(').length - 1;
    for (const [details, sorted] of [
      ['none', false],
      ['public', false],
      ['personal', false],
      ['personal', true],
    ] as const) {
      const { page, count } = await statements(details, sorted);
      expect({ details, sorted, page: searches(page), count: searches(count) }).toEqual({ details, sorted, page: 1, count: 1 });
    }
  });

  it('matches nothing for a query without words, and nothing for someone without an organisation', async () => {
    await createCase(a.admin, a.org.id, { title: `Raid ${word}`, visibility: 'COALITION' });
    for (const query of ['!!!', '   ', '-', '""']) expect((await found(a.users.viewer.id, query)).matches).toEqual([]);
    expect((await found(a.users.viewer.id, `-${word}`)).matches).toEqual((await found(a.users.viewer.id, `-${word}`)).policies);
    const { user } = await coalitionUser(app, CoalitionRole.LIAISON);
    expect(await found(user.id)).toEqual({ policies: [], matches: [] });
  });

  it('keeps the access lexemes exact under concurrent writes to the same case, in either order', async () => {
    const url = process.env.COALITION_TEST_DATABASE_URL!;
    const [t1, t2] = [new Client({ connectionString: url }), new Client({ connectionString: url })];
    await Promise.all([t1.connect(), t2.connect()]);
    const share = (cl: Client, caseId: string, org: TestOrgWithMembers) =>
      cl.query(`INSERT INTO case_shares (case_id, organisation_id, owner_organisation_id, access, personal_data) VALUES ($1, $2, $3, 'READ', false)`, [caseId, org.org.id, a.org.id]);
    const change = (cl: Client, caseId: string, visibility: string) => cl.query(`UPDATE cases SET visibility = $2 WHERE id = $1`, [caseId, visibility]);
    /** x writes first and holds its locks; y's write waits for x's commit, then both commit. */
    const race = async (x: Client, first: () => Promise<unknown>, y: Client, second: () => Promise<unknown>) => {
      const yPid = await backendPid(y);
      await x.query('BEGIN');
      await y.query('BEGIN');
      await first();
      const waiting = second();
      // Commit x only once y is really queued behind x's lock, or the two would not have overlapped.
      await waitForLockWait(app.deps.dataSource, yPid);
      await x.query('COMMIT');
      await waiting;
      await y.query('COMMIT');
    };
    try {
      // A visibility change and a new share, each committing first.
      for (const [visibility, order] of [
        ['SHARED', 'change first'],
        ['COALITION', 'share first'],
      ] as const) {
        const k = await createCase(a.admin, a.org.id, { title: `Raid ${word}`, visibility: 'RESTRICTED' });
        if (order === 'change first') await race(t1, () => change(t1, k.id, visibility), t2, () => share(t2, k.id, c));
        else await race(t1, () => share(t1, k.id, c), t2, () => change(t2, k.id, visibility));
        expect({ order, lexemes: await access(k.id) }).toEqual({ order, lexemes: [`~o${a.org.id}`, `~s${c.org.id}`, `~v${visibility}`].sort() });
      }
      // Two new shares of the same case at once: both organisations end up in its lexemes.
      const k = await createCase(a.admin, a.org.id, { title: `Raid ${word}`, visibility: 'SHARED' });
      await race(t1, () => share(t1, k.id, b), t2, () => share(t2, k.id, c));
      expect(await access(k.id)).toEqual([`~o${a.org.id}`, `~s${b.org.id}`, `~s${c.org.id}`, '~vSHARED'].sort());
    } finally {
      await Promise.all([t1.end(), t2.end()]);
    }
    await expectExact();
  });

  it('is rebuilt from the cases by its owner, and gives the application role nothing but the function', async () => {
    const before = await found(b.users.admin.id);
    await app.deps.dataSource.query(`SELECT case_search_rebuild()`);
    expect(await found(b.users.admin.id)).toEqual(before);
    for (const sql of [`SELECT * FROM case_search`, `SELECT case_search_rebuild()`, `SELECT case_search_terms(gen_random_uuid(), NULL, gen_random_uuid(), 'SHARED')`]) {
      await expect(withActorTransaction(app.deps, null, (tx) => tx.db.query(sql))).rejects.toThrow(/permission denied/);
    }
  });
});
