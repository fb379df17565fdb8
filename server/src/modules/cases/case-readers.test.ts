import { CoalitionRole } from '@coalition/shared';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { coalitionUser, orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import type { TestClient } from '../../../test/support/test-client';
import { ADD_PERSON, createCase, GET_CASE, SHARE, type CaseShape } from '../../../test/support/case-fixtures';

interface Reader {
  organisation: { id: string };
  canChange: boolean;
  personsWithNames: string[] | null;
}
type Seen = CaseShape & { readers: Reader[] };

const GET_READERS = `query ($id: ID!) { case(id: $id) { id readers { organisation { id } canChange personsWithNames } } }`;

/**
 * Case.readers is computed by the database from the rules it enforces: for every organisation, it must say
 * exactly what that organisation's members really read and change through the API.
 */
describe('Case.readers (who sees what)', () => {
  let app: TestApp;
  let own: TestOrgWithMembers;
  let reader: TestOrgWithMembers; // READ share, no personal data
  let writer: TestOrgWithMembers; // WRITE share with personal data
  let plainWriter: TestOrgWithMembers; // WRITE share without personal data
  let third: TestOrgWithMembers; // no share
  let coordinator: TestClient;
  let shared: CaseShape;
  let coalition: CaseShape;
  let restricted: CaseShape;

  const read = async (client: TestClient, id: string) => (await client.ok<{ case: Seen | null }>(GET_CASE, { id })).case;
  const readers = async (client: TestClient, id: string) => (await client.ok<{ case: { readers: Reader[] } | null }>(GET_READERS, { id })).case?.readers ?? null;

  beforeAll(async () => {
    app = await startTestApp();
    [own, reader, writer, plainWriter, third] = [
      await orgWithMembers(app),
      await orgWithMembers(app),
      await orgWithMembers(app),
      await orgWithMembers(app),
      await orgWithMembers(app),
    ];
    coordinator = (await coalitionUser(app, CoalitionRole.COORDINATOR)).client;
    restricted = await createCase(own.caseworker, own.org.id, { title: 'Kolpino raid' });
    shared = await createCase(own.caseworker, own.org.id, { title: 'Gorelovo raid', visibility: 'SHARED' });
    coalition = await createCase(own.admin, own.org.id, { title: 'Apraksin Dvor raid', visibility: 'COALITION' });
    for (const c of [restricted, shared, coalition]) {
      await own.caseworker.ok(ADD_PERSON, { caseId: c.id, input: { fullName: 'Farhod Nazarov', role: 'VICTIM', consentToShare: true } });
      await own.caseworker.ok(ADD_PERSON, { caseId: c.id, input: { fullName: 'Jamshed Rahimov', role: 'WITNESS' } });
    }
    for (const c of [shared, coalition]) {
      await own.admin.ok(SHARE, { caseId: c.id, organisationId: reader.org.id, access: 'READ' });
      await own.admin.ok(SHARE, { caseId: c.id, organisationId: writer.org.id, access: 'WRITE', personalData: true });
      await own.admin.ok(SHARE, { caseId: c.id, organisationId: plainWriter.org.id, access: 'WRITE' });
    }
  });
  afterAll(() => app.close());

  /** What each organisation's members really get through the API: its VIEWER reads, its CASEWORKER changes. */
  async function observed(c: CaseShape): Promise<Map<string, { canChange: boolean; personsWithNames: string[] }>> {
    const seen = new Map<string, { canChange: boolean; personsWithNames: string[] }>();
    for (const o of [own, reader, writer, plainWriter, third]) {
      const viewed = await read(o.viewer, c.id);
      if (!viewed) continue;
      const worker = (await read(o.caseworker, c.id))!;
      seen.set(o.org.id, {
        canChange: worker.myAccess.canEdit,
        personsWithNames: viewed.persons.filter((p) => p.fullName !== null).map((p) => p.id).sort(),
      });
    }
    return seen;
  }

  it.each([
    ['restricted', () => restricted],
    ['shared', () => shared],
    ['coalition', () => coalition],
  ])('matches what every organisation really reads and changes (%s case)', async (_name, which) => {
    const c = which();
    const listed = (await readers(own.viewer, c.id))!;
    const ours = new Set([own, reader, writer, plainWriter, third].map((o) => o.org.id));
    const told = new Map(listed.filter((r) => ours.has(r.organisation.id)).map((r) => [r.organisation.id, { canChange: r.canChange, personsWithNames: [...(r.personsWithNames ?? [])].sort() }]));
    expect(told).toEqual(await observed(c));
    expect(listed[0].organisation.id).toBe(own.org.id);
  });

  it('names the owner, the shares and, for a coalition case, every member organisation', async () => {
    expect((await readers(own.admin, restricted.id))!.map((r) => r.organisation.id)).toEqual([own.org.id]);
    const sharedIds = (await readers(own.admin, shared.id))!.map((r) => r.organisation.id);
    expect(sharedIds.sort()).toEqual([own.org.id, reader.org.id, writer.org.id, plainWriter.org.id].sort());
    expect((await readers(own.admin, coalition.id))!.map((r) => r.organisation.id)).toContain(third.org.id);
    const withNames = (await readers(own.admin, shared.id))!.find((r) => r.organisation.id === writer.org.id)!;
    expect(withNames.personsWithNames).toHaveLength(1); // only the person who consented to sharing
  });

  it("tells another reader only the owner and its own organisation's row, and nobody else anything", async () => {
    const byOwner = (await readers(own.admin, shared.id))!;
    for (const o of [reader, writer, plainWriter]) {
      const told = (await readers(o.viewer, shared.id))!;
      expect(told.map((r) => r.organisation.id)).toEqual([own.org.id, o.org.id]);
      expect(told[0]).toEqual({ ...byOwner[0], personsWithNames: null });
      expect(told[1]).toEqual(byOwner.find((r) => r.organisation.id === o.org.id));
    }
    expect((await readers(third.viewer, coalition.id))!.map((r) => r.organisation.id)).toEqual([own.org.id, third.org.id]);
    expect(await readers(third.admin, shared.id)).toBeNull();
    expect(await readers(third.admin, restricted.id)).toBeNull();
    expect(await readers(coordinator, shared.id)).toBeNull();
    expect(await readers(coordinator, coalition.id)).toBeNull();
  });

  it('answers nothing at the database for a case the actor may not read', async () => {
    const runner = app.deps.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT * FROM app_act_as($1)`, [third.users.admin.id]);
      await runner.query(`SELECT set_config('role', $1, true)`, [app.deps.config.DB_APP_ROLE]);
      expect(await runner.query(`SELECT * FROM case_readers($1)`, [shared.id])).toEqual([]);
      expect((await runner.query(`SELECT * FROM case_readers($1)`, [coalition.id])).length).toBeGreaterThan(0);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
