import { Client } from 'pg';
import { CoalitionRole, OrgRole, ShareAccess, Visibility } from '@coalition/shared';
import type { Actor } from '../../server/src/core/auth/actor';
import { startTestApp, type TestApp } from '../../server/test/support/test-app';
import { coalitionUser, createOrg, createUser, orgWithMembers, type TestOrg } from '../../server/test/support/factories';
import { casePolicy, type CaseFacts } from '../../server/src/modules/cases/case.policy';
import { createCase, SHARE } from '../../server/test/support/case-fixtures';

/**
 * "May read a case" and "may write a case" are written once in SQL (server/src/db/sql/functions/
 * app_may_read_case.sql, app_may_write_case.sql) and once in TypeScript (casePolicy). For every kind of
 * actor and every kind of case, the two agree, and so does what the policies of `cases` let the
 * application role read and update.
 */
describe('the case rules: TypeScript policy, SQL functions and row-level security agree', () => {
  let app: TestApp;
  let owner: TestOrg;
  let sharee: TestOrg;
  let third: TestOrg;
  const cases: { id: string; facts: CaseFacts }[] = [];
  const actors: { name: string; actor: Actor | null }[] = [{ name: 'anonymous', actor: null }];
  const db = new Client({ connectionString: process.env.COALITION_TEST_DATABASE_URL });

  beforeAll(async () => {
    app = await startTestApp();
    const team = await orgWithMembers(app);
    owner = team.org;
    sharee = await createOrg(app);
    third = await createOrg(app);
    for (const visibility of [Visibility.RESTRICTED, Visibility.SHARED, Visibility.COALITION]) {
      for (const access of [null, ShareAccess.READ, ShareAccess.WRITE]) {
        const c = await createCase(team.caseworker, owner.id, { title: `${visibility} ${access ?? 'unshared'}`, visibility });
        const shares: NonNullable<CaseFacts['shares']> = [];
        if (access) {
          // A share made while the case was SHARED stays when it turns RESTRICTED: the rules must ignore it.
          const shareable = visibility === Visibility.RESTRICTED ? Visibility.SHARED : visibility;
          if (shareable !== visibility)
            await app.deps.dataSource.query(`UPDATE cases SET visibility = $2 WHERE id = $1`, [c.id, shareable]);
          await team.admin.ok(SHARE, { caseId: c.id, organisationId: sharee.id, access, personalData: false });
          if (shareable !== visibility)
            await app.deps.dataSource.query(`UPDATE cases SET visibility = $2 WHERE id = $1`, [c.id, visibility]);
          shares.push({ organisationId: sharee.id, access, personalData: false });
        }
        cases.push({ id: c.id, facts: { ownerOrganisationId: owner.id, visibility, shares } });
      }
    }
    const member = async (name: string, memberships: { organisationId: string; roles: OrgRole[] }[]) => {
      const user = await createUser(app, { memberships });
      actors.push({ name, actor: { userId: user.id, sessionId: null, displayName: name, coalitionRoles: [], memberships } });
    };
    for (const [orgName, org] of [
      ['owner', owner],
      ['sharee', sharee],
      ['third', third],
    ] as const) {
      for (const role of Object.values(OrgRole))
        await member(`${role} of ${orgName}`, [{ organisationId: org.id, roles: [role] }]);
    }
    await member('VIEWER of owner, CASEWORKER of sharee', [
      { organisationId: owner.id, roles: [OrgRole.VIEWER] },
      { organisationId: sharee.id, roles: [OrgRole.CASEWORKER] },
    ]);
    await member('VIEWER of sharee and of third', [
      { organisationId: sharee.id, roles: [OrgRole.VIEWER] },
      { organisationId: third.id, roles: [OrgRole.VIEWER] },
    ]);
    for (const role of [CoalitionRole.COORDINATOR, CoalitionRole.LIAISON]) {
      const { user } = await coalitionUser(app, role);
      actors.push({
        name: role,
        actor: { userId: user.id, sessionId: null, displayName: role, coalitionRoles: [role], memberships: [] },
      });
    }
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });

  /** In one rolled-back transaction acting as the actor: the functions' verdicts (as the owner, who sees every case) and the policies' (as the app role). */
  async function verdicts(
    actor: Actor | null,
  ): Promise<Map<string, { fnRead: boolean; fnWrite: boolean; rlsRead: boolean; rlsWrite: boolean }>> {
    const ids = cases.map((c) => c.id);
    await db.query('BEGIN');
    try {
      if (actor) await db.query(`SELECT FROM app_act_as($1)`, [actor.userId]);
      const fn = (
        await db.query<{ id: string; r: boolean; w: boolean }>(
          `SELECT c.id, EXISTS (SELECT FROM app_may_read_case(c.id, c.owner_organisation_id, c.visibility)) AS r,
                  EXISTS (SELECT FROM app_may_write_case(c.id, c.owner_organisation_id, c.visibility)) AS w
             FROM cases c WHERE c.id = ANY($1)`,
          [ids],
        )
      ).rows;
      await db.query(`SET LOCAL ROLE coalition_app`);
      const read = new Set(
        (await db.query<{ id: string }>(`SELECT id FROM cases WHERE id = ANY($1)`, [ids])).rows.map((r) => r.id),
      );
      const written = new Set(
        (await db.query<{ id: string }>(`UPDATE cases SET title = title WHERE id = ANY($1) RETURNING id`, [ids])).rows.map(
          (r) => r.id,
        ),
      );
      return new Map(
        fn.map((row) => [row.id, { fnRead: row.r, fnWrite: row.w, rlsRead: read.has(row.id), rlsWrite: written.has(row.id) }]),
      );
    } finally {
      await db.query('ROLLBACK');
    }
  }

  it('for every kind of actor and every kind of case', async () => {
    expect(actors).toHaveLength(1 + 12 + 2 + 2);
    let readable = 0;
    let writable = 0;
    for (const { name, actor } of actors) {
      const got = await verdicts(actor);
      for (const c of cases) {
        const ts = { read: casePolicy(actor, 'read', c.facts), write: casePolicy(actor, 'update', c.facts) };
        const sql = got.get(c.id)!;
        const where = `${name} on a ${c.facts.visibility} case shared ${JSON.stringify(c.facts.shares)}`;
        expect({ where, read: sql.fnRead, write: sql.fnWrite }).toEqual({ where, ...ts });
        expect({ where, read: sql.rlsRead, write: sql.rlsWrite }).toEqual({ where, ...ts });
        readable += ts.read ? 1 : 0;
        writable += ts.write ? 1 : 0;
      }
    }
    // Neither rule is trivially true or false here.
    expect(readable).toBeGreaterThan(0);
    expect(readable).toBeLessThan(actors.length * cases.length);
    expect(writable).toBeGreaterThan(0);
    expect(writable).toBeLessThan(readable);
  });
});
