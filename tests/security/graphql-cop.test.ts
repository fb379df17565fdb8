import { startTestApp, type TestApp } from '../../server/test/support/test-app';
import { createUser, signIn } from '../../server/test/support/factories';
import type { TestClient } from '../../server/test/support/test-client';
import { MAX_VALIDATION_ERRORS } from '../../server/src/core/graphql/query-limits';

/**
 * The twelve checks of graphql-cop (github.com/dolevf/graphql-cop), each with
 * graphql-cop's own probe and its own verdict rule, then with a harder probe
 * of the same attack, against the PRODUCTION configuration (NODE_ENV=production:
 * what `npm start` runs).
 */

interface Answer {
  status: number;
  text: string;
  json: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> } | null;
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  let json: Answer['json'] = null;
  try {
    json = JSON.parse(text) as Answer['json'];
  } catch {
    json = null;
  }
  return { status: response.status, text, json };
}

/** graphql-cop's graph_query: POST {"query": ...} as JSON. */
function makeProbe(app: TestApp, cookie: () => string | null) {
  return {
    async post(query: string, extraHeaders: Record<string, string> = {}): Promise<Answer> {
      const c = cookie();
      return answer(
        await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(c ? { cookie: c } : {}), ...extraHeaders },
          body: JSON.stringify({ query }),
        }),
      );
    },
    async raw(init: RequestInit & { path?: string }): Promise<Answer> {
      const c = cookie();
      const headers = { ...(c ? { cookie: c } : {}), ...((init.headers as Record<string, string> | undefined) ?? {}) };
      return answer(await fetch(`${app.url}${init.path ?? '/graphql'}`, { ...init, headers }));
    },
  };
}

const noData = (a: Answer) => a.json?.data === undefined || a.json?.data === null;
const code = (a: Answer) => a.json?.errors?.[0]?.extensions?.code;

describe('graphql-cop, production configuration', () => {
  let app: TestApp;
  let member: TestClient;
  let probe: ReturnType<typeof makeProbe>;

  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'production' });
    expect(app.deps.config.NODE_ENV).toBe('production');
    expect(app.deps.config.isDevelopment).toBe(false);
    member = await signIn(app, await createUser(app));
    probe = makeProbe(app, () => member.cookie);
  });
  afterAll(() => app.close());

  it('1. alias overloading: 101 aliases are refused before running', async () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `alias${i}:__typename`).join('\n');
    const a = await probe.post(`query { ${aliases} }`);
    expect(a.json?.data?.alias100).toBeUndefined();
    expect(noData(a)).toBe(true);
    expect(code(a)).toBe('GRAPHQL_VALIDATION_FAILED');
    // Aliases on a costly field, below the alias limit but above the cost budget, are refused too.
    const costly = Array.from(
      { length: 15 },
      (_, i) => `a${i}: cases(first: 100) { edges { node { id title summary reference persons { id fullName contact } events { id title description } statements { id title cases { id title } } } } }`,
    ).join(' ');
    const b = await probe.post(`{ ${costly} }`);
    expect(noData(b)).toBe(true);
    expect(code(b)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('2. batching: an array of operations is refused whole', async () => {
    const body = JSON.stringify(Array.from({ length: 10 }, () => ({ query: 'query cop { __typename }' })));
    const a = await probe.raw({ method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(a.status).toBe(400);
    expect(Array.isArray(a.json)).toBe(false);
    expect(a.text).not.toContain('"__typename"');
  });

  it('3. GET-based CSRF: a query over GET without a preflight-forcing header does not run', async () => {
    const a = await probe.raw({ method: 'GET', path: `/graphql?query=${encodeURIComponent('query cop { __typename }')}` });
    expect(a.status).toBe(400);
    expect(noData(a)).toBe(true);
    // Cookie-carrying GET that a browser could send from any page (an <img>): still refused, nothing read.
    const b = await probe.raw({ method: 'GET', path: `/graphql?query=${encodeURIComponent('{ me { email } }')}`, headers: { accept: 'text/html' } });
    expect(b.status).toBe(400);
    expect(b.text).not.toContain('@test.example.org');
  });

  it('4. url-encoded POST CSRF: form posts and other simple requests do not run', async () => {
    const form = await probe.raw({
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: 'query cop { __typename }' }).toString(),
    });
    expect(form.status).toBe(400);
    expect(noData(form)).toBe(true);
    // graphql-cop's own form: the query in the URL of a POST without a body.
    const inUrl = await probe.raw({ method: 'POST', path: `/graphql?query=${encodeURIComponent('query cop { __typename }')}` });
    expect(inUrl.status).toBe(400);
    expect(noData(inUrl)).toBe(true);
    for (const type of ['text/plain', 'multipart/form-data; boundary=x']) {
      const simple = await probe.raw({ method: 'POST', headers: { 'content-type': type }, body: JSON.stringify({ query: 'mutation { logout }' }) });
      expect(simple.status).toBe(400);
      expect(noData(simple)).toBe(true);
    }
    expect((await member.gql('{ me { id } }')).data?.me).not.toBeNull();
  });

  it('5. tracing: no tracing extension, exception or stack trace in answers or errors', async () => {
    for (const query of ['query cop { __typename }', '{ nope }', '{ case(id: "x") { id } }', 'query ($id: ID!) { case(id: $id) { id } }', '{']) {
      const a = await probe.post(query);
      expect(a.json?.extensions?.tracing).toBeUndefined();
      for (const error of a.json?.errors ?? []) {
        expect(error.extensions?.tracing).toBeUndefined();
        expect(error.extensions?.exception).toBeUndefined();
        expect(error.extensions?.stacktrace).toBeUndefined();
      }
      expect(a.text.toLowerCase()).not.toContain('stacktrace');
    }
  });

  it('6. field duplication: 500 copies of one field are refused before running', async () => {
    const a = await probe.post(`query { ${'__typename \n'.repeat(500)}} `);
    expect(a.json?.data?.__typename).toBeUndefined();
    expect(code(a)).toBe('GRAPHQL_VALIDATION_FAILED');
    const nested = await probe.post(`{ me { ${'email '.repeat(500)} } }`);
    expect(noData(nested)).toBe(true);
    expect(code(nested)).toBe('GRAPHQL_VALIDATION_FAILED');
    // Beyond the token limit the parser stops it, before validation's quadratic field merging can run:
    // the answer is the parser's, not validation's (graphql-js 16 spells it "more that").
    const flood = await probe.post(`{ me { ${'email '.repeat(20000)} } }`);
    expect(noData(flood)).toBe(true);
    expect(code(flood)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(flood.json?.errors?.map((e) => e.message)).toEqual([expect.stringMatching(/^Syntax Error: Document contains more tha[nt] \d+ tokens\. Parsing aborted\.$/)]);
    // A field named twice, as clients' fragments do, is fine.
    expect((await member.gql('{ me { id id email } }')).errors).toBeUndefined();
  });

  it('7. field suggestions: no "Did you mean" in any validation error', async () => {
    for (const query of ['{ organisationz { id } }', '{ me { emial } }', 'query { cases(firts: 1) { totalCount } }', '{ case(id: "x") { titel } }']) {
      const a = await probe.post(query);
      expect(code(a)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(a.text).not.toMatch(/did you mean/i);
    }
    const typo = await probe.post('{ organisationz { id } }');
    expect(typo.text).not.toContain('"organisations"');
  });

  it('8. GraphiQL, Playground and the Apollo landing page are not served', async () => {
    const heuristics = ['graphiql.min.css', 'GraphQL Playground', 'GraphiQL', 'graphql-playground', 'embeddable-sandbox', 'Apollo Sandbox', 'apollo-server-landing-page'];
    for (const path of ['/graphiql', '/playground', '/console', '/graphql', '/graphql/', '/sandbox']) {
      const a = await probe.raw({ method: 'GET', path, headers: { accept: 'text/html' } });
      for (const word of heuristics) expect(a.text).not.toContain(word);
    }
  });

  it('9. introspection is disabled in production', async () => {
    for (const query of [
      'query cop { __schema { queryType { name } types { name } } }',
      '{ __type(name: "Case") { fields { name } } }',
      'query IntrospectionQuery { __schema { mutationType { fields { name args { name } } } } }',
    ]) {
      const a = await probe.post(query);
      expect(noData(a)).toBe(true);
      expect(code(a)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(a.text).not.toContain('CaseConnection');
    }
    // __typename is not introspection: clients need it.
    expect((await probe.post('{ __typename }')).json?.data).toEqual({ __typename: 'Query' });
  });

  it('10. directive overloading: refused first by the directive limit, and validation stops after a few errors', async () => {
    // graphql-cop flags a server that answers its ten unknown directives with exactly ten errors (one per directive).
    const cop = await probe.post('query { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }');
    expect(noData(cop)).toBe(true);
    expect(cop.json?.errors?.length).not.toBe(10);
    expect(cop.json?.errors?.[0].message).toMatch(/too many directives/i);
    const perNode = `query { __typename ${'@skip(if: false) @include(if: true) '.repeat(3)} }`;
    const total = `query { me { ${Array.from({ length: 11 }, (_, i) => `a${i}: id @skip(if: false) @include(if: true)`).join(' ')} } }`;
    for (const flood of [`query { __typename ${'@include(if: true) '.repeat(100)} }`, perNode, total]) {
      const a = await probe.post(flood);
      expect(noData(a)).toBe(true);
      expect(code(a)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(a.json?.errors?.[0].message).toMatch(/too many directives/i);
      expect(a.json!.errors!.length).toBeLessThanOrEqual(MAX_VALIDATION_ERRORS + 1);
    }
    // What clients do: @include and @skip on a few fields.
    const fine = await member.gql('query ($a: Boolean!) { me { id @include(if: $a) email @skip(if: $a) } }', { a: true });
    expect(fine.errors).toBeUndefined();
  });

  it('11. circular introspection: the deep __schema query is refused', async () => {
    const q = 'query { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }';
    const a = await probe.post(q);
    expect(noData(a)).toBe(true);
    expect(code(a)).toBe('GRAPHQL_VALIDATION_FAILED');
    // Circular fragments are refused by validation, not followed.
    const cyclic = await probe.post('query { me { ...A } } fragment A on User { memberships { user { ...B } } } fragment B on User { memberships { user { ...A } } }');
    expect(noData(cyclic)).toBe(true);
    expect(code(cyclic)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('12. mutation over GET is refused, even with a preflight-forcing header, and changes nothing', async () => {
    const cop = await probe.raw({ method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation cop { __typename }')}` });
    expect(cop.status).toBeGreaterThanOrEqual(400);
    expect(noData(cop)).toBe(true);
    const headerSets: Record<string, string>[] = [{}, { 'apollo-require-preflight': 'true' }, { 'x-apollo-operation-name': 'x', 'content-type': 'application/json' }];
    for (const headers of headerSets) {
      const a = await probe.raw({ method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { logout }')}`, headers });
      expect(a.status).toBeGreaterThanOrEqual(400);
      expect(a.status).toBeLessThan(500);
      expect(noData(a)).toBe(true);
    }
    // The session survived: none of the GET logouts ran.
    expect((await member.gql('{ me { id } }')).data?.me).not.toBeNull();
  });

  it('answers GET queries only with a header a browser cannot send cross-site without CORS (none is configured)', async () => {
    const a = await probe.raw({ method: 'GET', path: `/graphql?query=${encodeURIComponent('{ me { id } }')}`, headers: { 'apollo-require-preflight': 'true' } });
    // Allowed or not, a GET never carries a CORS grant: no page of another origin can read it.
    expect(a.status).toBeLessThan(500);
    const preflight = await fetch(`${app.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
