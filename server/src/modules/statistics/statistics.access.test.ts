import { CoalitionRole, OrgRole } from '@coalition/shared';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { coalitionUser, createUser, orgWithMembers, signIn, type TestOrgWithMembers } from '../../../test/support/factories';
import type { TestClient } from '../../../test/support/test-client';
import { ADD_EVENT, ADD_PERSON, createCase, LIST_CASES } from '../../../test/support/case-fixtures';

const STATS = `query ($filter: CaseFilter) { caseStatistics(filter: $filter) {
  totalCases crossBorderCases totalSuppressed crossBorderSuppressed figuresSuppressed suppressionThreshold
  byStatus { key count suppressed } byCategory { key count suppressed } byCountry { key count suppressed }
  byMonth { key count suppressed } flows { fromCountryCode toCountryCode count suppressed }
  figures { detained deported injured childrenAffected } } }`;

interface B { key: string; count: number | null; suppressed: boolean }
interface Stats {
  totalCases: number; crossBorderCases: number; totalSuppressed: boolean; crossBorderSuppressed: boolean; figuresSuppressed: string[];
  suppressionThreshold: number; byStatus: B[]; byCategory: B[]; byCountry: B[]; byMonth: B[];
  flows: { fromCountryCode: string; toCountryCode: string; count: number | null; suppressed: boolean }[];
  figures: { detained: number; deported: number; injured: number; childrenAffected: number };
}

const stats = async (client: TestClient, filter: Record<string, unknown>) => (await client.ok<{ caseStatistics: Stats }>(STATS, { filter })).caseStatistics;
const bucket = (list: B[], key: string) => list.find((b) => b.key === key);

/**
 * Who counts what (members: readable cases; coordinator: all included cases;
 * liaison: the same, 1-4 suppressed), and the threshold's edges. Every query
 * filters on this file's own organisation, so other test files' cases do not count.
 */
describe('caseStatistics', () => {
  let app: TestApp;
  let own: TestOrgWithMembers;
  let other: TestOrgWithMembers;
  let coordinator: TestClient;
  let liaison: TestClient;
  let mine: Record<string, unknown>;

  beforeAll(async () => {
    app = await startTestApp();
    [own, other] = [await orgWithMembers(app), await orgWithMembers(app)];
    coordinator = (await coalitionUser(app, CoalitionRole.COORDINATOR)).client;
    liaison = (await coalitionUser(app, CoalitionRole.LIAISON)).client;
    mine = { ownerOrganisationId: own.org.id };
    for (const day of ['01', '02', '03', '04']) {
      await createCase(own.caseworker, own.org.id, { categories: ['RAID'], incidentDate: `2013-02-${day}`, figures: { detained: 1 } });
    }
    const deported = await createCase(own.caseworker, own.org.id, {
      categories: ['RAID', 'DEPORTATION'], incidentDate: '2013-03-10', figures: { detained: 1, deported: 1 },
    });
    await own.caseworker.ok(ADD_PERSON, { caseId: deported.id, input: { fullName: 'Farhod Nazarov', role: 'VICTIM', citizenship: 'TJ' } });
    await own.caseworker.ok(ADD_EVENT, {
      caseId: deported.id, input: { type: 'DEPORTATION', occurredOn: '2013-03-12', title: 'Deported', destinationCountryCode: 'TJ' },
    });
    await createCase(own.caseworker, own.org.id, { categories: ['OTHER'], includeInStatistics: false, figures: { injured: 7 } });
  });
  afterAll(() => app.close());

  it('refuses anonymous callers', async () => {
    expect(await app.client().code(STATS, { filter: mine })).toBe('UNAUTHENTICATED');
  });

  it('counts every case a member can read, included in statistics or not, unsuppressed', async () => {
    for (const client of [own.admin, own.viewer]) {
      const s = await stats(client, mine);
      expect(s).toMatchObject({ totalCases: 6, crossBorderCases: 1, suppressionThreshold: 0, totalSuppressed: false });
      expect(bucket(s.byCategory, 'DEPORTATION')).toEqual({ key: 'DEPORTATION', count: 1, suppressed: false });
      expect(bucket(s.byCategory, 'OTHER')?.count).toBe(1);
      expect(s.figures).toEqual({ detained: 5, deported: 1, injured: 7, childrenAffected: 0 });
      expect(s.flows).toEqual([{ fromCountryCode: 'RU', toCountryCode: 'TJ', count: 1, suppressed: false }]);
      expect(s.byMonth).toEqual([{ key: '2013-02', count: 5, suppressed: false }, { key: '2013-03', count: 1, suppressed: false }]);
    }
  });

  it('counts nothing of restricted cases for another organisation', async () => {
    const s = await stats(other.admin, mine);
    expect(s).toMatchObject({ totalCases: 0, totalSuppressed: false, byCategory: [], byCountry: [], flows: [] });
  });

  it('agrees with cases(filter).totalCount for a member', async () => {
    for (const filter of [mine, { ...mine, categories: ['DEPORTATION'] }, { ...mine, countryCode: 'TJ' }, { ...mine, occurredTo: '2013-02-02' }, { ...mine, crossBorder: false },
      // Explicit nulls mean 'not filtered', for the SQL filter as for caseFilterSql.
      { ...mine, status: null, categories: null, crossBorder: null }, { ...mine, countryCode: 'TJ', status: null, categories: null }]) {
      const { cases } = await own.viewer.ok<{ cases: { totalCount: number } }>(LIST_CASES, { filter, first: 0 });
      expect((await stats(own.viewer, filter)).totalCases).toBe(cases.totalCount);
    }
  });

  it('reads JSON nulls as "not filtered" in the SQL filter itself, lists included', async () => {
    // The service drops null keys before it calls case_matches_filter; the function must agree on its own.
    const count = async (filter: Record<string, unknown>) =>
      ((await app.deps.dataSource.query(`SELECT count(*)::int AS n FROM cases c WHERE case_matches_filter(c, $1::jsonb)`, [JSON.stringify(filter)])) as { n: number }[])[0].n;
    const all = await count(mine);
    expect(all).toBeGreaterThan(0);
    expect(await count({ ...mine, status: null, categories: null, countryCode: null, crossBorder: null, search: null, occurredFrom: null })).toBe(all);
    expect(await count({ ...mine, status: [], categories: [] })).toBe(all);
    expect(await count({ ...mine, categories: null, countryCode: 'TJ' })).toBe(await count({ ...mine, countryCode: 'TJ' }));
    expect(await count({ ...mine, categories: ['DEPORTATION'], status: null })).toBe(await count({ ...mine, categories: ['DEPORTATION'] }));
  });

  it('gives the coordinator every case with includeInStatistics, even unreadable ones, unsuppressed', async () => {
    const s = await stats(coordinator, mine);
    expect(s).toMatchObject({ totalCases: 5, crossBorderCases: 1, suppressionThreshold: 0 });
    expect(bucket(s.byCategory, 'OTHER')).toBeUndefined();
    expect(bucket(s.byCategory, 'DEPORTATION')?.count).toBe(1);
    expect(bucket(s.byCountry, 'TJ')?.count).toBe(1);
    expect(s.figures).toEqual({ detained: 5, deported: 1, injured: 0, childrenAffected: 0 });
  });

  // The liaison's tables (primary and secondary suppression, quarters) are in statistics.disclosure.test.ts,
  // over a database of their own: which cells are published depends on every included case.

  it("counts for a coordinator's text search only the cases whose text the coordinator may read", async () => {
    const secret = `Zarafshon${Date.now().toString(36)}`;
    const probe = { ownerOrganisationId: other.org.id, search: secret };
    expect((await stats(coordinator, probe)).totalCases).toBe(0);
    await createCase(other.caseworker, other.org.id, { title: `Raid on ${secret}`, categories: ['RAID'], incidentDate: '2014-05-01' });
    // Same answer with and without the unreadable RESTRICTED case: no yes/no oracle over text.
    expect(await stats(coordinator, probe)).toMatchObject({ totalCases: 0, byCategory: [], byStatus: [] });
    expect((await stats(coordinator, { search: secret })).totalCases).toBe(0);
    expect((await stats(other.viewer, probe)).totalCases).toBe(1);
    const both = await signIn(app, await createUser(app, { coalitionRoles: [CoalitionRole.COORDINATOR], memberships: [{ organisationId: other.org.id, roles: [OrgRole.VIEWER] }] }));
    expect((await stats(both, probe)).totalCases).toBe(1);
  });

  it('refuses a text filter in the coalition function itself', async () => {
    const runner = app.deps.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const [user] = (await runner.query(`SELECT id FROM users WHERE 'COORDINATOR' = ANY(coalition_roles) LIMIT 1`)) as { id: string }[];
      await runner.query(`SELECT * FROM app_act_as($1)`, [user.id]);
      await runner.query(`SELECT set_config('role', 'coalition_app', true)`);
      await expect(runner.query(`SELECT case_statistics_coalition($1::jsonb)`, [JSON.stringify({ search: 'Nazarov' })])).rejects.toThrow(/text filter/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it("suppresses a liaison's filtered totals too, and refuses free-text search", async () => {
    expect(await stats(liaison, { ...mine, categories: ['DEPORTATION'] })).toMatchObject({ totalCases: 0, totalSuppressed: true });
    expect(await liaison.code(STATS, { filter: { ...mine, search: 'Nazarov' } })).toBe('FORBIDDEN');
    expect(await coordinator.code(STATS, { filter: { ...mine, search: 'Nazarov' } })).toBeNull();
  });

  it('counts nothing for a signed-in user with neither membership nor coalition role', async () => {
    const nobody = await signIn(app, await createUser(app));
    expect(await stats(nobody, mine)).toMatchObject({ totalCases: 0, totalSuppressed: false, suppressionThreshold: 0 });
  });

  it('gives a coordinator who is also a member the coalition view', async () => {
    const both = await signIn(app, await createUser(app, { coalitionRoles: [CoalitionRole.COORDINATOR], memberships: [{ organisationId: own.org.id, roles: [OrgRole.VIEWER] }] }));
    expect(await stats(both, mine)).toMatchObject({ totalCases: 5, suppressionThreshold: 0 });
  });

  it('rejects a bad filter with BAD_USER_INPUT', async () => {
    expect(await liaison.code(STATS, { filter: { countryCode: 'XX' } })).toBe('BAD_USER_INPUT');
  });

  it('never hands small counts to a liaison at the database either', async () => {
    const runner = app.deps.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const [user] = (await runner.query(`SELECT id FROM users WHERE 'LIAISON' = ANY(coalition_roles) LIMIT 1`)) as { id: string }[];
      await runner.query(`SELECT * FROM app_act_as($1)`, [user.id]);
      await runner.query(`SELECT set_config('role', 'coalition_app', true)`);
      const [{ s }] = (await runner.query(`SELECT case_statistics_coalition($1::jsonb) AS s`, [JSON.stringify(mine)])) as { s: { byCountry: B[] } }[];
      expect(bucket(s.byCountry, 'TJ')).toEqual({ key: 'TJ', count: null, suppressed: true });
      // Members cannot call the coalition function at all.
      await runner.query(`RESET ROLE`);
      await runner.query(`SELECT * FROM app_act_as($1)`, [own.users.viewer.id]);
      await runner.query(`SELECT set_config('role', 'coalition_app', true)`);
      await expect(runner.query(`SELECT case_statistics_coalition('{}'::jsonb)`)).rejects.toThrow(/coordinator and the liaison/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
