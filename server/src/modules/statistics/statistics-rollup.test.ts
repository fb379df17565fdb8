import { CoalitionRole } from '@coalition/shared';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { coalitionUser, orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import type { TestClient } from '../../../test/support/test-client';
import { createCase } from '../../../test/support/case-fixtures';
import { waitUntil } from '../../../test/support/wait-until';
import { createScratchDatabase, embeddedTestDatabase, migrateDatabase, type ScratchDatabase } from '../../../test/support/scratch-database';

const STATS = `query ($filter: CaseFilter) { caseStatistics(filter: $filter) { totalCases suppressionThreshold
  byStatus { key count suppressed } byCountry { key count suppressed } figures { detained } } }`;

interface Stats {
  totalCases: number;
  suppressionThreshold: number;
  byStatus: { key: string; count: number | null; suppressed: boolean }[];
  byCountry: { key: string; count: number | null; suppressed: boolean }[];
  figures: { detained: number };
}

/**
 * The statistics rollup (migration StatisticsRollup): it answers what a live
 * count would answer, it is never served while a change is pending, and the
 * liaison's answer from it is suppressed like the live one. The coalition-wide
 * answers count every case of the database: on the run's shared database other
 * test files keep a change pending, so the file has a database of its own (on
 * the embedded database, which has one, lookups retry until no change is pending).
 */
describe('statistics rollup', () => {
  let app: TestApp;
  let own: TestOrgWithMembers;
  let liaison: TestClient;

  const stats = async (client: TestClient, filter: Record<string, unknown> | null) => (await client.ok<{ caseStatistics: Stats }>(STATS, { filter })).caseStatistics;
  const sql = <T>(text: string, params: unknown[] = []) => app.deps.dataSource.query(text, params) as Promise<T[]>;

  /**
   * The rollup's answer as the given user would get it, right after a refresh, and the live
   * aggregation in the same REPEATABLE READ snapshot: when the rollup answers, no change is pending in
   * that snapshot, so both must agree. Null when concurrent writers kept it stale every time.
   */
  async function fromRollup(userId: string, filter: Record<string, unknown>, scope: string, live: string): Promise<{ rolled: unknown; live: unknown } | null> {
    const attempt = async () => {
      await sql(`SELECT case_statistics_refresh()`);
      const runner = app.deps.dataSource.createQueryRunner();
      try {
        await runner.startTransaction('REPEATABLE READ');
        await runner.query(`SELECT FROM app_act_as($1)`, [userId]);
        const [row] = (await runner.query(`SELECT case_statistics_from_rollup($1::jsonb, $2) AS rolled, ${live} AS live`, [JSON.stringify(filter), scope])) as {
          rolled: unknown; live: unknown;
        }[];
        await runner.commitTransaction();
        return row.rolled !== null ? row : null;
      } finally {
        await runner.release();
      }
    };
    return waitUntil('the rollup answers', attempt, { timeoutMs: 2_000, intervalMs: 100 }).catch(() => null);
  }

  let scratch: ScratchDatabase | undefined;

  beforeAll(async () => {
    if (!embeddedTestDatabase()) {
      scratch = await createScratchDatabase('coalition_statistics_rollup');
      await migrateDatabase(scratch.url);
    }
    app = await startTestApp({}, scratch ? { databaseUrl: scratch.url } : {});
    own = await orgWithMembers(app);
    liaison = (await coalitionUser(app, CoalitionRole.LIAISON)).client;
    for (const day of ['01', '02', '03']) await createCase(own.caseworker, own.org.id, { incidentDate: `2013-02-${day}`, figures: { detained: 2 } });
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await scratch?.drop();
  });

  it("answers a member's own organisation exactly as the live count does", async () => {
    const filter = { ownerOrganisationId: own.org.id };
    const answer = await fromRollup(own.users.viewer.id, filter, 'member', `case_statistics_agg($1::jsonb, false, 0)`);
    expect(answer).not.toBeNull();
    expect(answer!.rolled).toEqual(answer!.live);
    expect(await stats(own.viewer, filter)).toMatchObject({ totalCases: 3, figures: { detained: 6 } });
  });

  it('has no answer for an organisation the caller is not a member of, nor for other filters', async () => {
    const other = await orgWithMembers(app);
    await sql(`SELECT case_statistics_refresh()`);
    const [stranger] = await sql<{ s: unknown }>(`SELECT case_statistics_from_rollup($1::jsonb, 'member') AS s FROM (SELECT FROM app_act_as($2)) actor`, [
      JSON.stringify({ ownerOrganisationId: own.org.id }), other.users.viewer.id,
    ]);
    expect(stranger.s).toBeNull();
    const [row] = await sql<{ s: unknown }>(`SELECT case_statistics_from_rollup($1::jsonb, 'member') AS s`, [JSON.stringify({ ownerOrganisationId: own.org.id, status: ['OPEN'] })]);
    expect(row.s).toBeNull();
    // Without a coalition role, coalition scope has no answer either.
    const [nobody] = await sql<{ s: unknown }>(`SELECT case_statistics_from_rollup('{}'::jsonb, 'coalition') AS s`);
    expect(nobody.s).toBeNull();
  });

  it('is never stale: a new case counts at once, before any refresh', async () => {
    const filter = { ownerOrganisationId: own.org.id };
    expect(await fromRollup(own.users.viewer.id, filter, 'member', 'null')).not.toBeNull();
    await createCase(own.caseworker, own.org.id, { incidentDate: '2013-02-04', figures: { detained: 1 } });
    expect((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM case_statistics_changes`))[0].n).toBeGreaterThan(0);
    expect(await stats(own.viewer, filter)).toMatchObject({ totalCases: 4, figures: { detained: 7 } });
  });

  it("gives the liaison the coalition-wide answer with the threshold applied, and the coordinator's without", async () => {
    const liaisonAnswer = await fromRollup((await coalitionUser(app, CoalitionRole.LIAISON)).user.id, {}, 'coalition', `case_statistics_liaison('{}'::jsonb)`);
    expect(liaisonAnswer).not.toBeNull();
    expect(liaisonAnswer!.rolled).toEqual(liaisonAnswer!.live);
    const coordinatorAnswer = await fromRollup((await coalitionUser(app, CoalitionRole.COORDINATOR)).user.id, {}, 'coalition', `case_statistics_agg('{}'::jsonb, true, 0)`);
    expect(coordinatorAnswer).not.toBeNull();
    expect(coordinatorAnswer!.rolled).toEqual(coordinatorAnswer!.live);
    const s = await stats(liaison, null);
    expect(s.suppressionThreshold).toBe(5);
    for (const b of [...s.byStatus, ...s.byCountry]) expect(b.suppressed || b.count === 0 || (b.count ?? 0) >= 5).toBe(true);
  });
});
