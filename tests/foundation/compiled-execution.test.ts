import { startTestApp, type TestApp } from '../../server/test/support/test-app';
import { orgWithMembers, signIn, type TestOrgWithMembers } from '../../server/test/support/factories';
import { ADD_EVENT, ADD_PERSON, CASE_FIELDS, createCase, SHARE } from '../../server/test/support/case-fixtures';

/**
 * Queries run compiled (graphql-jit behind Apollo's gateway seam, GRAPHQL_COMPILED on by default); with the
 * flag off graphql-js interprets them. Both servers share one database and one signed-in member: every
 * answer, data and errors alike, must be the same text.
 */
describe('compiled query execution', () => {
  let compiled: TestApp;
  let interpreted: TestApp;
  let own: TestOrgWithMembers;
  let other: TestOrgWithMembers;

  /** Status and body text of one POST /graphql as the given member's session on `app`. */
  async function answer(app: TestApp, cookie: string, query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: await response.text() };
  }

  async function executions(): Promise<Record<'compiled' | 'interpreted', number>> {
    const text = await (await fetch(`${compiled.url}/metrics`)).text();
    const count = (mode: string) => Number(new RegExp(`^coalition_graphql_executions_total\\{mode="${mode}"\\} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
    return { compiled: count('compiled'), interpreted: count('interpreted') };
  }

  beforeAll(async () => {
    compiled = await startTestApp();
    interpreted = await startTestApp({ GRAPHQL_COMPILED: 'false' });
    [own, other] = [await orgWithMembers(compiled), await orgWithMembers(compiled)];
    for (const [i, visibility] of (['RESTRICTED', 'SHARED', 'COALITION'] as const).entries()) {
      const c = await createCase(own.caseworker, own.org.id, { title: `Raid ${i}`, visibility });
      await own.caseworker.ok(ADD_PERSON, { caseId: c.id, input: { fullName: `Person ${i}`, role: 'VICTIM', birthYear: 1980 + i, citizenship: 'TJ', consentToShare: i > 0 } });
      await own.caseworker.ok(ADD_PERSON, { caseId: c.id, input: { fullName: `Child ${i}`, role: 'WITNESS', minor: true } });
      await own.caseworker.ok(ADD_EVENT, { caseId: c.id, input: { type: 'DETENTION', occurredOn: '2013-02-09', title: 'Detained at the market' } });
      if (visibility === 'SHARED') await own.admin.ok(SHARE, { caseId: c.id, organisationId: other.org.id, access: 'READ', personalData: true });
    }
  });
  afterAll(async () => {
    await compiled?.close();
    await interpreted?.close();
  });

  const QUERIES: [string, string, Record<string, unknown>][] = [
    ['the nested page', `query ($first: Int!) { cases(first: $first) { totalCount edges { cursor node { ${CASE_FIELDS} } } pageInfo { hasNextPage endCursor } } }`, { first: 10 }],
    [
      'fragments, aliases, __typename and @include/@skip from variables',
      `query Page($withPersons: Boolean!, $noEvents: Boolean!) {
        first: cases(first: 2) { edges { node { ...Case } } }
        rest: cases(first: 5) { edges { node { __typename id ... on Case { title } persons @include(if: $withPersons) { pseudonym fullName } } } }
      }
      fragment Case on Case { id title status persons @include(if: $withPersons) { id role minor } events @skip(if: $noEvents) { id type } }`,
      { withPersons: true, noEvents: true },
    ],
    ['a field refused among answered ones', `{ me { id } auditLog(first: 1) { totalCount } organisations { id } }`, {}],
    ['an unknown id', `query ($id: ID!) { case(id: $id) { id } }`, { id: '00000000-0000-4000-8000-000000000000' }],
    ['an ill-formed id', `query ($id: ID!) { case(id: $id) { id } }`, { id: 'not-an-id' }],
    ['a variable that does not coerce', `query ($first: Int) { cases(first: $first) { totalCount } }`, { first: 'ten' }],
    ['a page too large', `query ($first: Int) { cases(first: $first) { totalCount } }`, { first: 1000 }],
    ['an operation name that names nothing', `query A { me { id } }`, {}],
    // A union: type-graphql resolves it asynchronously, which graphql-jit does not await, so it is interpreted.
    ['a union (search)', `query ($q: String!) { search(query: $q) { totalCount hits { snippet node { __typename ... on Case { id title } } } } }`, { q: 'Raid' }],
  ];

  it.each(QUERIES)('answers %s exactly as graphql-js does', async (_name, query, variables) => {
    for (const [member, user] of [[own.caseworker, own.users.caseworker], [other.viewer, other.users.viewer]] as const) {
      const session = member.cookie!;
      const second = await signIn(interpreted, user);
      const [a, b] = [await answer(compiled, session, query, variables), await answer(interpreted, second.cookie!, query, variables)];
      expect(a).toEqual(b);
    }
  });

  it('gives an anonymous caller the same refusal', async () => {
    const query = `{ cases(first: 1) { totalCount } }`;
    expect(await answer(compiled, '', query)).toEqual(await answer(interpreted, '', query));
  });

  it('compiles queries; mutations, unions and the flag turned off are interpreted', async () => {
    const before = await executions();
    await own.caseworker.ok(`{ cases(first: 1) { totalCount } }`);
    await own.caseworker.ok(`{ cases(first: 1) { totalCount } }`);
    const afterQueries = await executions();
    expect(afterQueries.compiled - before.compiled).toBe(2);
    expect(afterQueries.interpreted - before.interpreted).toBe(0);
    await own.caseworker.ok(`{ search(query: "Raid") { hits { node { __typename } } } }`);
    expect(await executions()).toEqual({ compiled: afterQueries.compiled, interpreted: afterQueries.interpreted + 1 });

    await own.caseworker.ok(`mutation { markNotificationsRead }`);
    const second = await signIn(interpreted, own.users.caseworker);
    await second.ok(`{ cases(first: 1) { totalCount } }`);
    const after = await executions();
    expect(after.compiled - afterQueries.compiled).toBe(0);
    expect(after.interpreted - afterQueries.interpreted).toBe(4); // the search, the mutation, the sign-in, the query
  });
});
