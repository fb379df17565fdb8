import crypto from 'node:crypto';
import { MAX_PERSONS_PER_CASE } from '@coalition/shared';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import { ADD_PERSON, createCase } from '../../../test/support/case-fixtures';

describe('cases: at most 200 persons', () => {
  let app: TestApp;
  let own: TestOrgWithMembers;
  beforeAll(async () => {
    app = await startTestApp();
    own = await orgWithMembers(app);
  });
  afterAll(() => app.close());

  it('adds the 200th person and refuses the 201st with CONFLICT, changing nothing', async () => {
    const c = await createCase(own.caseworker, own.org.id);
    const count = async () => Number((await app.deps.dataSource.query(`SELECT count(*) AS n FROM case_persons WHERE case_id = $1`, [c.id]))[0].n);
    // 199 persons written directly (adding them one by one through the API only makes the test slow).
    await app.deps.dataSource.query(
      `INSERT INTO case_persons (id, case_id, position, pseudonym, role, minor)
       SELECT x.id, $1, x.position, 'P' || x.position, 'WITNESS', false FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, position int)`,
      [c.id, JSON.stringify(Array.from({ length: MAX_PERSONS_PER_CASE - 1 }, (_, position) => ({ id: crypto.randomUUID(), position })))],
    );
    await own.caseworker.ok(ADD_PERSON, { caseId: c.id, input: { fullName: 'Farhod Nazarov', role: 'VICTIM' } });
    expect(await count()).toBe(MAX_PERSONS_PER_CASE);
    expect(await own.caseworker.code(ADD_PERSON, { caseId: c.id, input: { fullName: 'Rustam Karimov', role: 'VICTIM' } })).toBe('CONFLICT');
    expect(await count()).toBe(MAX_PERSONS_PER_CASE);
    expect(MAX_PERSONS_PER_CASE).toBe(200);
  });
});
