import { CoalitionRole } from '@coalition/shared';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { coalitionUser, orgWithMembers, type TestOrgWithMembers, type TestUser } from '../../../test/support/factories';
import type { TestClient } from '../../../test/support/test-client';
import { ADD_EVENT, ADD_PERSON, createCase, GET_CASE, LIST_CASES, REMOVE_PERSON, SHARE, UNSHARE, UPDATE_CASE, type CaseShape } from '../../../test/support/case-fixtures';

/**
 * The access matrix of the contract for cases, through GraphQL and, without
 * the services, at the database as the application role.
 */
describe('case access matrix', () => {
  let app: TestApp;
  let own: TestOrgWithMembers;
  let reader: TestOrgWithMembers; // READ share, no personal data
  let writer: TestOrgWithMembers; // WRITE share with personal data
  let third: TestOrgWithMembers; // no share
  let coordinator: { user: TestUser; client: TestClient };
  let liaison: { user: TestUser; client: TestClient };
  let restricted: CaseShape;
  let shared: CaseShape;
  let coalition: CaseShape;
  let consenting: string;
  let silent: string;

  const get = async (client: TestClient, id: string) => (await client.ok<{ case: CaseShape | null }>(GET_CASE, { id })).case;

  beforeAll(async () => {
    app = await startTestApp();
    [own, reader, writer, third] = [await orgWithMembers(app), await orgWithMembers(app), await orgWithMembers(app), await orgWithMembers(app)];
    coordinator = await coalitionUser(app, CoalitionRole.COORDINATOR);
    liaison = await coalitionUser(app, CoalitionRole.LIAISON);
    restricted = await createCase(own.caseworker, own.org.id, { title: 'Novgorod Oblast raid' });
    shared = await createCase(own.caseworker, own.org.id, { title: 'Gorelovo raid', visibility: 'SHARED' });
    coalition = await createCase(own.admin, own.org.id, { title: 'Apraksin Dvor raid', visibility: 'COALITION' });
    consenting = (
      await own.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, {
        caseId: shared.id,
        input: { fullName: 'Farhod Nazarov', role: 'VICTIM', birthYear: 1980, contact: '+7 900 000-00-01', citizenship: 'TJ', consentToShare: true },
      })
    ).addCasePerson.id;
    silent = (
      await own.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, {
        caseId: shared.id,
        input: { fullName: 'Jamshed Rahimov', role: 'WITNESS', minor: true, contact: 'via lawyer' },
      })
    ).addCasePerson.id;
    await own.caseworker.ok(ADD_PERSON, { caseId: coalition.id, input: { fullName: 'Umed Saidov', role: 'VICTIM', consentToShare: true } });
    await own.admin.ok(SHARE, { caseId: shared.id, organisationId: reader.org.id, access: 'READ' });
    await own.admin.ok(SHARE, { caseId: shared.id, organisationId: writer.org.id, access: 'WRITE', personalData: true });
  });
  afterAll(() => app.close());

  it('refuses anonymous callers', async () => {
    expect(await app.client().code(GET_CASE, { id: coalition.id })).toBe('UNAUTHENTICATED');
    expect(await app.client().code(LIST_CASES)).toBe('UNAUTHENTICATED');
    expect(await app.client().code(UPDATE_CASE, { id: coalition.id, version: 1, input: { title: 'x' } })).toBe('UNAUTHENTICATED');
  });

  it('lets every role of the owner read everything, personal data included', async () => {
    for (const client of [own.admin, own.caseworker, own.signatory, own.viewer]) {
      for (const c of [restricted, shared, coalition]) expect(await get(client, c.id)).not.toBeNull();
      const s = (await get(client, shared.id))!;
      expect(s.persons.map((p) => p.fullName)).toEqual(['Farhod Nazarov', 'Jamshed Rahimov']);
      expect(s.persons[0]).toMatchObject({ pseudonym: 'Person A', birthYear: 1980, contact: '+7 900 000-00-01' });
      expect(s.persons[1].pseudonym).toBe('Person B');
      expect(s.shares.map((x) => x.organisation.id).sort()).toEqual([reader.org.id, writer.org.id].sort());
      expect(s.countries).toEqual(['RU', 'TJ']);
      expect(s.crossBorder).toBe(true);
    }
    expect((await get(own.caseworker, shared.id))!.myAccess).toEqual({ canEdit: true, canSeePersonalData: true, canShare: true });
    expect((await get(own.viewer, shared.id))!.myAccess).toEqual({ canEdit: false, canSeePersonalData: true, canShare: false });
  });

  it('shows a READ share the case without personal data', async () => {
    expect(await get(reader.viewer, restricted.id)).toBeNull();
    const s = (await get(reader.viewer, shared.id))!;
    expect(s.persons.map((p) => [p.pseudonym, p.fullName, p.birthYear, p.contact])).toEqual([
      ['Person A', null, null, null],
      ['Person B', null, null, null],
    ]);
    expect(s.myAccess).toEqual({ canEdit: false, canSeePersonalData: false, canShare: false });
    expect(await reader.caseworker.code(UPDATE_CASE, { id: shared.id, version: s.version, input: { title: 'Changed' } })).toBe('FORBIDDEN');
    expect(await reader.caseworker.code(ADD_EVENT, { caseId: shared.id, input: { type: 'NOTE', occurredOn: '2013-02-09', title: 'x' } })).toBe('FORBIDDEN');
  });

  it('lets a WRITE share with personal data edit and see consenting persons only', async () => {
    const s = (await get(writer.caseworker, shared.id))!;
    expect(s.persons.map((p) => p.fullName)).toEqual(['Farhod Nazarov', null]);
    expect(s.persons[1].contact).toBeNull();
    expect(s.myAccess).toEqual({ canEdit: true, canSeePersonalData: true, canShare: false });
    const event = await writer.caseworker.ok<{ addCaseEvent: { recordedBy: { id: string } } }>(ADD_EVENT, {
      caseId: shared.id,
      input: { type: 'DEPORTATION', occurredOn: '2013-02-20', title: 'Deported to Dushanbe', destinationCountryCode: 'tj' },
    });
    expect(event.addCaseEvent.recordedBy.id).toBe(writer.org.id);
    const now = (await get(writer.caseworker, shared.id))!;
    expect(await writer.caseworker.code(UPDATE_CASE, { id: shared.id, version: now.version, input: { visibility: 'COALITION' } })).toBe('FORBIDDEN');
    expect(await writer.caseworker.code(SHARE, { caseId: shared.id, organisationId: third.org.id, access: 'READ' })).toBe('FORBIDDEN');
    expect(await writer.viewer.code(UPDATE_CASE, { id: shared.id, version: now.version, input: { title: 'x' } })).toBe('FORBIDDEN');
    const updated = await writer.caseworker.ok<{ updateCase: { version: number } }>(UPDATE_CASE, {
      id: shared.id,
      version: now.version,
      input: { title: 'Gorelovo raid, families separated' },
    });
    expect(updated.updateCase.version).toBe(now.version + 1);
  });

  it('shows a COALITION case to a third organisation, without personal data, read-only', async () => {
    expect(await get(third.viewer, restricted.id)).toBeNull();
    expect(await get(third.viewer, shared.id)).toBeNull();
    const c = (await get(third.admin, coalition.id))!;
    expect(c.persons[0]).toMatchObject({ pseudonym: 'Person A', fullName: null });
    expect(c.myAccess.canEdit).toBe(false);
    expect(await third.admin.code(UPDATE_CASE, { id: coalition.id, version: c.version, input: { title: 'x' } })).toBe('FORBIDDEN');
    expect(await third.admin.code(UPDATE_CASE, { id: restricted.id, version: 1, input: { title: 'x' } })).toBe('NOT_FOUND');
    expect(await third.admin.code(REMOVE_PERSON, { id: c.persons[0].id })).toBe('FORBIDDEN');
    expect(await third.admin.code(REMOVE_PERSON, { id: consenting })).toBe('NOT_FOUND');
    const list = await third.viewer.ok<{ cases: { totalCount: number; edges: { node: { id: string } }[] } }>(LIST_CASES, {
      filter: { ownerOrganisationId: own.org.id },
    });
    expect(list.cases.edges.map((e) => e.node.id)).toEqual([coalition.id]);
  });

  it('shows the coordinator and a liaison without memberships no case at all', async () => {
    for (const { client } of [coordinator, liaison]) {
      for (const c of [restricted, shared, coalition]) expect(await get(client, c.id)).toBeNull();
      const list = await client.ok<{ cases: { totalCount: number } }>(LIST_CASES, { filter: { ownerOrganisationId: own.org.id } });
      expect(list.cases.totalCount).toBe(0);
      expect(await client.code(UPDATE_CASE, { id: coalition.id, version: 1, input: { title: 'x' } })).toBe('NOT_FOUND');
    }
  });

  it('keeps the owner viewer from writing and changes nothing on refusal', async () => {
    const before = (await get(own.viewer, restricted.id))!;
    expect(await own.viewer.code(UPDATE_CASE, { id: restricted.id, version: before.version, input: { title: 'x' } })).toBe('FORBIDDEN');
    expect(await own.viewer.code(ADD_PERSON, { caseId: restricted.id, input: { fullName: 'X', role: 'VICTIM' } })).toBe('FORBIDDEN');
    expect(await own.signatory.code(SHARE, { caseId: restricted.id, organisationId: third.org.id, access: 'READ' })).toBe('FORBIDDEN');
    expect(await third.admin.code(SHARE, { caseId: coalition.id, organisationId: third.org.id, access: 'READ' })).toBe('FORBIDDEN');
    const after = (await get(own.viewer, restricted.id))!;
    expect(after.version).toBe(before.version);
    expect(after.persons).toHaveLength(0);
  });

  it('unshares: the organisation loses the case', async () => {
    const tmp = await createCase(own.caseworker, own.org.id, { visibility: 'SHARED' });
    await own.caseworker.ok(SHARE, { caseId: tmp.id, organisationId: third.org.id, access: 'READ' });
    expect(await get(third.viewer, tmp.id)).not.toBeNull();
    expect(await third.admin.code(UNSHARE, { caseId: tmp.id, organisationId: third.org.id })).toBe('FORBIDDEN');
    await own.caseworker.ok(UNSHARE, { caseId: tmp.id, organisationId: third.org.id });
    expect(await get(third.viewer, tmp.id)).toBeNull();
    expect(await own.caseworker.code(UNSHARE, { caseId: tmp.id, organisationId: third.org.id })).toBe('NOT_FOUND');
  });

  it('enforces the same rules in the database, as the application role', async () => {
    const asUser = async (userId: string, sql: string, params: unknown[] = []) => {
      const runner = app.deps.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query(`SELECT * FROM app_act_as($1)`, [userId]);
        await runner.query(`SELECT set_config('role', $1, true)`, [app.deps.config.DB_APP_ROLE]);
        return (await runner.query(sql, params)) as Record<string, unknown>[];
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    };
    const ids = [restricted.id, shared.id, coalition.id];
    const visible = async (user: TestUser) =>
      (await asUser(user.id, `SELECT id FROM cases WHERE id = ANY($1::uuid[])`, [ids])).map((r) => r.id).sort();
    expect(await visible(own.users.viewer)).toEqual([...ids].sort());
    expect(await visible(reader.users.viewer)).toEqual([shared.id, coalition.id].sort());
    expect(await visible(third.users.viewer)).toEqual([coalition.id]);
    expect(await visible(coordinator.user)).toEqual([]);
    expect(await visible(liaison.user)).toEqual([]);

    const privateRows = async (user: TestUser) =>
      (await asUser(user.id, `SELECT person_id FROM case_person_private WHERE person_id = ANY($1::uuid[])`, [[consenting, silent]])).map((r) => r.person_id).sort();
    expect(await privateRows(own.users.viewer)).toEqual([consenting, silent].sort());
    expect(await privateRows(writer.users.viewer)).toEqual([consenting]);
    expect(await privateRows(reader.users.admin)).toEqual([]);
    expect(await privateRows(third.users.admin)).toEqual([]);
    expect(await privateRows(coordinator.user)).toEqual([]);

    // Writes: a viewer's UPDATE touches nothing; another organisation cannot insert a case for the owner.
    const touched = await asUser(own.users.viewer.id, `WITH u AS (UPDATE cases SET title = 'x' WHERE id = $1 RETURNING id) SELECT count(*)::int AS n FROM u`, [restricted.id]);
    expect(touched[0].n).toBe(0);
    await expect(
      asUser(third.users.admin.id, `INSERT INTO cases (owner_organisation_id, reference, title, summary, status, visibility, country_code) VALUES ($1, 'X-1', 't', 's', 'OPEN', 'RESTRICTED', 'RU')`, [own.org.id]),
    ).rejects.toThrow(/row-level security/);
    // A WRITE share edits the content but cannot widen visibility.
    await expect(asUser(writer.users.caseworker.id, `UPDATE cases SET visibility = 'COALITION' WHERE id = $1`, [shared.id])).rejects.toThrow(/visibility/);
    const edited = await asUser(writer.users.caseworker.id, `WITH u AS (UPDATE cases SET title = 'y' WHERE id = $1 RETURNING id) SELECT count(*)::int AS n FROM u`, [shared.id]);
    expect(edited[0].n).toBe(1);
    // Shares are changed only by the owner's writers.
    const shareWrite = await asUser(writer.users.admin.id, `WITH d AS (DELETE FROM case_shares WHERE case_id = $1 RETURNING 1) SELECT count(*)::int AS n FROM d`, [shared.id]);
    expect(shareWrite[0].n).toBe(0);
    // Keys: a writer may create an organisation's first key (version 1, on first use) but never a later version,
    // which the organisation's writers would seal under (later versions are rotate-organisation-key's, as the owner).
    await expect(
      asUser(own.users.caseworker.id, `INSERT INTO organisation_keys (organisation_id, version, wrapped_key) VALUES ($1, 2, 'v1.x.y.z')`, [own.org.id]),
    ).rejects.toThrow(/permission denied/);
    await expect(asUser(own.users.caseworker.id, `UPDATE organisation_keys SET wrapped_key = 'v1.x.y.z' WHERE organisation_id = $1`, [own.org.id])).rejects.toThrow(
      /permission denied/,
    );
  });
  it('finds by full text only the cases each organisation may read (case_search_matches, then the policies)', async () => {
    type Page = { cases: { edges: { node: { id: string; title: string } }[] } };
    const list = async (client: TestClient, filter: Record<string, unknown>) =>
      (await client.ok<Page>(LIST_CASES, { filter: { ownerOrganisationId: own.org.id, ...filter }, first: 100 })).cases.edges.map((e) => e.node);
    for (const client of [own.viewer, reader.viewer, writer.viewer, third.viewer]) {
      // Whatever search finds, the same client reads without searching (earlier tests renamed some cases).
      const readable = (await list(client, {})).map((c) => c.id);
      expect(readable).toEqual(expect.arrayContaining((await list(client, { search: 'raid' })).map((c) => c.id)));
    }
    const ids = async (client: TestClient) => (await list(client, { search: 'raid' })).map((c) => c.id);
    expect(await ids(own.viewer)).toEqual(expect.arrayContaining([restricted.id, shared.id, coalition.id]));
    expect(await ids(reader.viewer)).toEqual(expect.arrayContaining([shared.id, coalition.id]));
    expect(await ids(reader.viewer)).not.toContain(restricted.id);
    expect(await ids(third.viewer)).toContain(coalition.id);
    expect(await ids(third.viewer)).not.toContain(shared.id);
    // At the database, as the application role acting as a third organisation's viewer: the function itself withholds the rest.
    const runner = app.deps.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query(`SELECT FROM app_act_as($1)`, [third.users.viewer.id]);
      await runner.query(`SELECT set_config('role', 'coalition_app', true)`);
      const matches = ((await runner.query(`SELECT id FROM case_search_matches('raid', NULL)`)) as { id: string }[]).map((r) => r.id);
      expect(matches).toContain(coalition.id);
      expect(matches).not.toContain(restricted.id);
      expect(matches).not.toContain(shared.id);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('opens a person\'s sealed fields only when they are asked for: a tampered name fails that field alone', async () => {
    const c = await createCase(own.caseworker, own.org.id, { title: 'Sennaya raid' });
    const { id } = (await own.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, { caseId: c.id, input: { fullName: 'Rustam Karimov', role: 'VICTIM', contact: 'rustam@example.org' } })).addCasePerson;
    // The contact's ciphertext in the name's place: well formed, but sealed for another column.
    await app.deps.dataSource.query(`UPDATE case_person_private SET full_name = contact WHERE person_id = $1`, [id]);
    const pseudonyms = await own.caseworker.gql<{ case: { persons: { pseudonym: string; role: string }[] } }>(`query ($id: ID!) { case(id: $id) { persons { pseudonym role } } }`, { id: c.id });
    expect(pseudonyms.errors).toBeUndefined();
    expect(pseudonyms.data?.case.persons).toEqual([{ pseudonym: 'Person A', role: 'VICTIM' }]);
    const named = await own.caseworker.gql<{ case: { persons: { pseudonym: string; fullName: string | null }[] } }>(`query ($id: ID!) { case(id: $id) { persons { pseudonym fullName } } }`, { id: c.id });
    expect(named.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['case', 'persons', 0, 'fullName'], 'INTERNAL_SERVER_ERROR']]);
    expect(named.data?.case.persons).toEqual([{ pseudonym: 'Person A', fullName: null }]);
    expect(JSON.stringify(named)).not.toContain('rustam@example.org');
  });

  it('answers names wherever the operation asks for them, though a page without them leaves them out', async () => {
    type Answer = { cases: { edges: { node: { id: string; persons: { pseudonym: string }[] } }[] }; case: { persons: { fullName: string | null }[] } };
    const names = ['Farhod Nazarov', 'Jamshed Rahimov'];
    // The page asks for no name and primes the request's loader; the same case's persons, asked with names
    // by another field of the operation (after the page, before it, or in a fragment), still have them.
    for (const query of [
      `query ($id: ID!) { cases(first: 100) { edges { node { id persons { pseudonym } } } } case(id: $id) { persons { fullName } } }`,
      `query ($id: ID!) { case(id: $id) { persons { fullName } } cases(first: 100) { edges { node { id persons { pseudonym } } } } }`,
      `query ($id: ID!) { cases(first: 100) { edges { node { id persons { pseudonym } } } } case(id: $id) { persons { ...Named } } }
       fragment Named on CasePerson { fullName }`,
    ]) {
      const answer = await own.caseworker.ok<Answer>(query, { id: shared.id });
      expect(answer.cases.edges.find((e) => e.node.id === shared.id)?.node.persons).toHaveLength(2);
      expect(answer.case.persons.map((p) => p.fullName)).toEqual(names);
    }
    // And the page itself, asked with names, has them (the case tampered with above fails its own name only).
    const page = await own.caseworker.gql<{ cases: { edges: { node: { id: string; persons: { fullName: string | null }[] } }[] } }>(
      `{ cases(first: 100) { edges { node { id persons { fullName } } } } }`,
    );
    expect(page.data?.cases.edges.find((e) => e.node.id === shared.id)?.node.persons.map((p) => p.fullName)).toEqual(names);
  });
});
