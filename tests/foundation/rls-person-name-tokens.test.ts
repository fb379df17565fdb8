import { startTestApp, type TestApp } from '../../server/test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../server/test/support/factories';
import { ADD_PERSON, SHARE, createCase } from '../../server/test/support/case-fixtures';
import { AppRoleSql } from '../../server/test/support/app-role-sql';

const ERASE = `mutation ($personId: ID!) { erasePersonalData(personId: $personId) { id fullName } }`;

/**
 * case_person_name_tokens, the blind index of names as rows (migration PersonNameTokens): raw SQL as the
 * application role reads a person's tokens exactly where it reads that person's personal data (the owner's
 * members; a personal-data share the person consented to), writes none, and the trigger on
 * case_person_private keeps the rows equal to name_tokens, through a key rotation's clearing and an erasure.
 */
describe('row-level security of case_person_name_tokens, raw SQL as the app role', () => {
  let app: TestApp;
  let a: TestOrgWithMembers;
  let b: TestOrgWithMembers;
  let consented: string;
  let unconsented: string;
  let bPerson: string;
  const db = new AppRoleSql();

  const tokensOf = async (personId: string) =>
    (
      (await app.deps.dataSource.query(`SELECT token FROM case_person_name_tokens WHERE person_id = $1 ORDER BY token`, [personId])) as { token: string }[]
    ).map((r) => r.token);
  const nameTokensOf = async (personId: string) =>
    (((await app.deps.dataSource.query(`SELECT name_tokens FROM case_person_private WHERE person_id = $1`, [personId])) as { name_tokens: string[] | null }[])[0]
      ?.name_tokens ?? []).sort();
  const readBy = (userId: string | null) => db.as(userId, async () => (await db.rows(`SELECT DISTINCT person_id FROM case_person_name_tokens`)).map((r) => r.person_id as string).sort());

  beforeAll(async () => {
    app = await startTestApp();
    [a, b] = [await orgWithMembers(app), await orgWithMembers(app)];
    const shared = await createCase(a.caseworker, a.org.id, { visibility: 'SHARED' });
    const add = async (team: TestOrgWithMembers, caseId: string, fullName: string, consentToShare: boolean) =>
      (await team.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, { caseId, input: { fullName, role: 'VICTIM', consentToShare } })).addCasePerson.id;
    consented = await add(a, shared.id, 'Farhod Nazarov', true);
    unconsented = await add(a, shared.id, 'Umed Saidov', false);
    await a.admin.ok(SHARE, { caseId: shared.id, organisationId: b.org.id, access: 'READ', personalData: true });
    bPerson = await add(b, (await createCase(b.caseworker, b.org.id)).id, 'Rustam Karimov', false);
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });

  it('holds one row per word of each name, equal to name_tokens, and no plaintext', async () => {
    for (const id of [consented, unconsented, bPerson]) {
      const tokens = await tokensOf(id);
      expect(tokens).toHaveLength(2);
      expect(tokens).toEqual(await nameTokensOf(id));
      expect(tokens.every((t) => /^[0-9a-f]{32}$/.test(t))).toBe(true);
    }
  });

  it("is read where the person's personal data is: the owner's members, and a consented personal-data share", async () => {
    for (const who of ['admin', 'caseworker', 'viewer'] as const) {
      expect(await readBy(a.users[who].id)).toEqual(expect.arrayContaining([consented, unconsented].sort()));
      expect(await readBy(a.users[who].id)).not.toContain(bPerson);
      // B: its own person, and A's person who consented to the share; never the one who did not.
      expect(await readBy(b.users[who].id)).toEqual([bPerson, consented].sort());
    }
    expect(await readBy(null)).toEqual([]);
  });

  it('is written by no request: the application role may not insert, change or delete a token', async () => {
    await db.as(a.users.admin.id, async () => {
      expect(await db.attempt(`INSERT INTO case_person_name_tokens (token, person_id, owner_organisation_id) VALUES ('x', $1, $2)`, [consented, a.org.id])).toMatch(
        /permission denied/,
      );
      expect(await db.attempt(`UPDATE case_person_name_tokens SET token = 'x' WHERE person_id = $1`, [consented])).toMatch(/permission denied/);
      expect(await db.attempt(`DELETE FROM case_person_name_tokens WHERE person_id = $1`, [consented])).toMatch(/permission denied/);
    });
    expect(await tokensOf(consented)).toHaveLength(2);
  });

  it("follows name_tokens when a key rotation clears them and the boot's indexing sets them again", async () => {
    const before = await tokensOf(unconsented);
    await app.deps.dataSource.query(`UPDATE case_person_private SET name_tokens = NULL WHERE person_id = $1`, [unconsented]);
    expect(await tokensOf(unconsented)).toEqual([]);
    await app.deps.dataSource.query(`UPDATE case_person_private SET name_tokens = $2 WHERE person_id = $1`, [unconsented, before]);
    expect(await tokensOf(unconsented)).toEqual(before);
  });

  it('goes with the person on erasure', async () => {
    await a.admin.ok(ERASE, { personId: consented });
    expect(await tokensOf(consented)).toEqual([]);
    expect(await readBy(b.users.viewer.id)).toEqual([bPerson]);
  });
});
