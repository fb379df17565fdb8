import { CoalitionRole } from '@coalition/shared';
import { statementsDuring } from '../../../test/support/statement-count';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { coalitionUser, orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import type { TestClient } from '../../../test/support/test-client';
import { RECORD_CONSENT } from '../../../test/support/referral-fixtures';
import { ADD_EVENT, ADD_PERSON, createCase, GET_CASE, SHARE, UPDATE_CASE, type CaseShape } from '../../../test/support/case-fixtures';

interface Entry {
  action: string;
  at: string;
  actor: string | null;
  organisation: { id: string; name: string } | null;
}
interface HistoryShape {
  edges: { cursor: string; node: Entry }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const HISTORY = `query ($id: ID!, $first: Int, $after: String) { case(id: $id) { id history(first: $first, after: $after) {
  edges { cursor node { action at actor organisation { id name } } } pageInfo { hasNextPage endCursor } } } }`;

/** Case.history: the audit entries of a case and its parts, to exactly whoever reads the case. */
describe('Case.history (who changed what, when)', () => {
  let app: TestApp;
  let own: TestOrgWithMembers;
  let reader: TestOrgWithMembers; // READ share
  let writer: TestOrgWithMembers; // WRITE share
  let third: TestOrgWithMembers; // no share
  let coordinator: TestClient;
  let shared: CaseShape;
  let restricted: CaseShape;
  const names = new Map<TestClient, string>();

  const history = async (client: TestClient, id: string, first = 50, after: string | null = null) =>
    (await client.ok<{ case: { history: HistoryShape } | null }>(HISTORY, { id, first, after })).case?.history ?? null;
  const nameOf = async (client: TestClient) => {
    if (!names.has(client)) names.set(client, (await client.ok<{ me: { displayName: string } }>(`{ me { displayName } }`)).me.displayName);
    return names.get(client)!;
  };

  beforeAll(async () => {
    app = await startTestApp();
    [own, reader, writer, third] = [await orgWithMembers(app), await orgWithMembers(app), await orgWithMembers(app), await orgWithMembers(app)];
    coordinator = (await coalitionUser(app, CoalitionRole.COORDINATOR)).client;
    restricted = await createCase(own.caseworker, own.org.id, { title: 'Kolpino raid' });
    shared = await createCase(own.caseworker, own.org.id, { title: 'Gorelovo raid', visibility: 'SHARED' });
    await own.caseworker.ok(UPDATE_CASE, { id: shared.id, version: shared.version, input: { summary: 'Updated after the hearing.' } });
    await own.caseworker.ok(ADD_PERSON, { caseId: shared.id, input: { fullName: 'Farhod Nazarov', role: 'VICTIM', consentToShare: true } });
    await own.admin.ok(SHARE, { caseId: shared.id, organisationId: reader.org.id, access: 'READ' });
    await own.admin.ok(SHARE, { caseId: shared.id, organisationId: writer.org.id, access: 'WRITE' });
    await writer.caseworker.ok(ADD_EVENT, { caseId: shared.id, input: { type: 'DETENTION', title: 'Held at the station', occurredOn: '2026-11-02' } });
    const { version } = (await writer.caseworker.ok<{ case: CaseShape }>(GET_CASE, { id: shared.id })).case;
    await writer.caseworker.ok(UPDATE_CASE, { id: shared.id, version, input: { status: 'CLOSED' } });
  });
  afterAll(() => app.close());

  it("shows the owner's members every entry, newest first, naming their own organisation's members only", async () => {
    const seen = (await history(own.viewer, shared.id))!;
    expect(seen.edges.map((e) => e.node.action)).toEqual(['case.update', 'case.event.add', 'case.share', 'case.share', 'case.person.add', 'case.update', 'case.create']);
    const ats = seen.edges.map((e) => e.node.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    const [writerUpdate, event, , , , update, created] = seen.edges.map((e) => e.node);
    expect(created).toMatchObject({ actor: await nameOf(own.caseworker), organisation: { id: own.org.id } });
    expect(update).toMatchObject({ actor: await nameOf(own.caseworker), organisation: { id: own.org.id } });
    // The writer's caseworker acted for the writer organisation: to the owner, only "a member of" it.
    expect(event).toMatchObject({ actor: null, organisation: { id: writer.org.id } });
    expect(writerUpdate).toMatchObject({ actor: null, organisation: { id: writer.org.id } });
    expect(JSON.stringify(seen)).not.toContain(await nameOf(writer.caseworker));
    // No details: neither the person's name nor the summary.
    expect(JSON.stringify(seen)).not.toMatch(/Nazarov|hearing|Held at/);
  });

  it("shows a shared reader the case's parts but not the shares, and names no one of another organisation", async () => {
    const seen = (await history(reader.viewer, shared.id))!;
    expect(seen.edges.map((e) => e.node.action)).toEqual(['case.update', 'case.event.add', 'case.person.add', 'case.update', 'case.create']);
    expect(seen.edges.every((e) => e.node.actor === null)).toBe(true);
    // The event names its recorder to every reader anyway; the writer's update does not say which other recipient made it.
    expect(seen.edges.map((e) => e.node.organisation?.id ?? null)).toEqual([null, writer.org.id, own.org.id, own.org.id, own.org.id]);
    expect(JSON.stringify(seen)).not.toContain(await nameOf(own.caseworker));
    // The writer's members see their own colleague named.
    const writers = (await history(writer.viewer, shared.id))!;
    expect(writers.edges.slice(0, 2).map((e) => e.node)).toMatchObject([
      { action: 'case.update', actor: await nameOf(writer.caseworker), organisation: { id: writer.org.id } },
      { action: 'case.event.add', actor: await nameOf(writer.caseworker), organisation: { id: writer.org.id } },
    ]);
    expect(writers.edges.slice(2).every((e) => e.node.actor === null)).toBe(true);
  });

  it("shows every reader the case's tasks, and consents only to the owner's members", async () => {
    const c = await createCase(own.caseworker, own.org.id, { title: 'Parnas raid', visibility: 'SHARED' });
    await own.admin.ok(SHARE, { caseId: c.id, organisationId: reader.org.id, access: 'READ' });
    const person = (await own.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, { caseId: c.id, input: { fullName: 'Dilshod Umarov', role: 'VICTIM' } })).addCasePerson;
    const today = new Date().toISOString().slice(0, 10);
    await own.caseworker.ok(RECORD_CONSENT, {
      personId: person.id,
      input: { scope: 'SHARE_PERSONAL_DATA', organisationIds: [reader.org.id], purpose: 'Legal aid', givenOn: today, form: 'signed form' },
    });
    await own.caseworker.ok(`mutation ($caseId: ID!, $input: CaseTaskInput!) { addCaseTask(caseId: $caseId, input: $input) { id } }`, {
      caseId: c.id,
      input: { title: 'File the appeal', dueAt: new Date(Date.now() + 86_400_000).toISOString() },
    });
    expect((await history(own.viewer, c.id))!.edges.map((e) => e.node.action)).toEqual(['case_task.add', 'consent.record', 'case.person.add', 'case.share', 'case.create']);
    expect((await history(reader.viewer, c.id))!.edges.map((e) => e.node.action)).toEqual(['case_task.add', 'case.person.add', 'case.create']);
  });

  it('is no more readable than the case: another organisation and the coordinator get null, the anonymous caller UNAUTHENTICATED', async () => {
    expect(await history(third.admin, shared.id)).toBeNull();
    expect(await history(reader.admin, restricted.id)).toBeNull();
    expect(await history(coordinator, shared.id)).toBeNull();
    expect((await history(own.viewer, restricted.id))!.edges.map((e) => e.node.action)).toEqual(['case.create']);
    const anonymous = app.client();
    const answer = await anonymous.gql(HISTORY, { id: shared.id });
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(answer.data?.case ?? null).toBeNull();
  });

  it('answers nothing at the database for a case the actor may not read', async () => {
    const asUser = async <T>(userId: string, text: string): Promise<T> => {
      const runner = app.deps.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query(`SELECT * FROM app_act_as($1)`, [userId]);
        await runner.query(`SELECT set_config('role', $1, true)`, [app.deps.config.DB_APP_ROLE]);
        return (await runner.query(text, [[shared.id, restricted.id]])) as T;
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    };
    const history = `SELECT action, actor_name FROM case_history($1::uuid[], NULL, 50)`;
    expect(await asUser(third.users.admin.id, history)).toEqual([]);
    // The entries themselves stay out of reach as before: an ADMIN reads only its own organisation's log.
    expect(await asUser(third.users.admin.id, `SELECT seq FROM audit_entries WHERE entity_id = ANY($1::text[])`)).toEqual([]);
    const rows = await asUser<{ action: string; actor_name: string | null }[]>(reader.users.viewer.id, history);
    expect(rows.map((r) => r.action)).toEqual(['case.update', 'case.event.add', 'case.person.add', 'case.update', 'case.create']);
    expect(rows.every((r) => r.actor_name === null)).toBe(true);
  });

  it('pages newest first with cursors, without overlap', async () => {
    const all = (await history(own.viewer, shared.id))!.edges.map((e) => e.node.action);
    const first = (await history(own.viewer, shared.id, 4))!;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await history(own.viewer, shared.id, 4, first.pageInfo.endCursor))!;
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...rest.edges].map((e) => e.node.action)).toEqual(all);
    expect((await own.viewer.gql(HISTORY, { id: shared.id, after: 'bm90LWEtY3Vyc29y' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('costs the same number of statements for 2 cases as for 12 in a list', async () => {
    const org = await orgWithMembers(app);
    // Only this organisation's cases: other test files create COALITION cases (and change them) meanwhile.
    const list = `query ($first: Int, $filter: CaseFilter) { cases(first: $first, filter: $filter) { edges { node { id history(first: 5) { edges { node { action actor organisation { name } } } } } } } }`;
    const statements = async (first: number) => {
      const { result: answer, statements: sent } = await statementsDuring(() =>
        org.viewer.ok<{ cases: { edges: { node: { history: HistoryShape } }[] } }>(list, { first, filter: { ownerOrganisationId: org.org.id } }),
      );
      expect(answer.cases.edges).toHaveLength(first);
      expect(answer.cases.edges.every((e) => e.node.history.edges[0]?.node.action === 'case.create')).toBe(true);
      return sent;
    };
    for (let i = 0; i < 12; i += 1) await createCase(org.caseworker, org.org.id, { title: `Raid ${i}` });
    await statements(2); // the viewer's first request of the session costs more
    const counts = [await statements(2), await statements(12), await statements(2)];
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
  });
});
