import { startTestApp, type TestApp } from '../../server/test/support/test-app';
import { createUser, signIn } from '../../server/test/support/factories';
import type { TestClient } from '../../server/test/support/test-client';
import { createLogger } from '../../server/src/core/observability/logger';
import { MAX_ALIASES, MAX_DEPTH } from '../../server/src/core/graphql/query-limits';
import { faultModule, LogCapture, SECRET_DETAIL, SECRET_PARAMETER } from './support/fault-module';

/** `{ me { memberships { user { memberships { ... __typename } } } } }` with exactly `depth` fields on the path. */
function nested(depth: number): string {
  const fields = ['me'];
  for (let i = 1; i < depth - 1; i++) fields.push(i % 2 === 1 ? 'memberships' : 'user');
  return `{ ${fields.join(' { ')} { __typename }${' }'.repeat(fields.length - 1)} }`;
}

async function post(url: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
  return { status: response.status, text: await response.text() };
}

describe('GraphQL hardening (production mode)', () => {
  let app: TestApp;
  let client: TestClient;
  const logs = new LogCapture();

  beforeAll(async () => {
    app = await startTestApp({}, { extraModules: [faultModule], log: createLogger('info', logs) });
    client = await signIn(app, await createUser(app));
  });
  afterAll(() => app.close());

  it('masks internal errors: no message, stack, SQL or driver text; the log has them', async () => {
    for (const query of ['{ internalFault }', '{ databaseFault }']) {
      const response = await post(app.url, JSON.stringify({ query }));
      const body = JSON.parse(response.text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].message).toBe('Internal server error.');
      expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      for (const leak of ['password_hash', 'no_such_table', 'stack', 'at ', 'QueryFailedError', SECRET_PARAMETER]) {
        expect(response.text).not.toContain(leak);
      }
    }
    expect(logs.text).toContain(SECRET_DETAIL);
    expect(logs.text).toContain('no_such_table_4d1e');
    expect(logs.text).toContain('"msg":"internal error"');
  });

  it('keeps the contract codes of domain and validation errors', async () => {
    expect(await app.client().code(`mutation { logout }`)).toBe('UNAUTHENTICATED');
    expect(await client.code(`{ organisations { nope } }`)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await client.code(`{ organisations { `)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await client.code(`query ($id: ID!) { organisation(id: $id) { id } }`, {})).toBe('BAD_USER_INPUT');
    expect(await client.code(`query ($n: Int) { auditLog(first: $n) { totalCount } }`, { n: 'ten' })).toBe('BAD_USER_INPUT');
    const malformed = await post(app.url, '{"query": ');
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(malformed.text).not.toMatch(/SyntaxError|at JSON/);
  });

  it(`refuses queries deeper than ${MAX_DEPTH} before running them`, async () => {
    const ok = await client.gql(nested(MAX_DEPTH));
    expect(ok.errors).toBeUndefined();
    const deep = await client.gql(nested(MAX_DEPTH + 1));
    expect(deep.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(deep.errors?.[0].message).toMatch(/depth/);
    expect(deep.data).toBeNull();
    // Fragments do not hide depth.
    const viaFragment = `fragment F on User { memberships { user { memberships { user { memberships { user { memberships { user { memberships { user { memberships { id } } } } } } } } } } } } } { me { ...F } }`;
    expect(await client.code(viaFragment)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it(`refuses more than ${MAX_ALIASES} aliases`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect((await client.gql(aliases(MAX_ALIASES))).errors).toBeUndefined();
    const many = await client.gql(aliases(MAX_ALIASES + 1));
    expect(many.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(many.errors?.[0].message).toMatch(/aliases/);
  });

  it('refuses first above 100 or below 0, literal or variable, before running', async () => {
    const literal = await client.gql(`{ auditLog(first: 101) { totalCount } }`);
    expect(literal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await client.code(`query ($n: Int) { auditLog(first: $n) { totalCount } }`, { n: 1000 })).toBe('BAD_USER_INPUT');
    expect(await client.code(`{ auditLog(first: -1) { totalCount } }`)).toBe('BAD_USER_INPUT');
  });

  it('checks each request of a query it has seen before by its own variables: a remembered pass admits only the same ones', async () => {
    const query = `query ($n: Int, $a: String) { cases(first: $n, after: $a) { totalCount } }`;
    for (let i = 0; i < 2; i++) {
      expect((await client.gql(query, { n: 5 })).errors).toBeUndefined();
      expect(await client.code(query, { n: 101 })).toBe('BAD_USER_INPUT');
      expect(await client.code(query, { n: 5, a: 'a\u0000b' })).toBe('BAD_USER_INPUT');
    }
  });

  it('turns introspection and "did you mean" suggestions off', async () => {
    const introspection = await client.gql(`{ __schema { types { name } } }`);
    expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.data).toBeNull();
    const typo = await client.gql(`{ organisationz { id } }`);
    expect(typo.errors?.[0].message).not.toMatch(/did you mean/i);
    expect(typo.errors?.[0].message).not.toContain('organisations');
  });

  it('refuses batched requests and requests a browser could forge (CSRF)', async () => {
    const batch = await post(app.url, JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]));
    expect(batch.status).toBe(400);
    expect(batch.text).not.toContain('"me"');
    const simple = await post(app.url, JSON.stringify({ query: '{ me { id } }' }), { 'content-type': 'text/plain' });
    expect(simple.status).toBe(400);
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(get.status).toBe(400);
  });
});

describe('GraphQL limits that depend on configuration', () => {
  it('refuses an operation costlier than MAX_QUERY_COMPLEXITY before it runs', async () => {
    const app = await startTestApp({ MAX_QUERY_COMPLEXITY: '100' });
    try {
      const client = await signIn(app, await createUser(app));
      const cheap = await client.gql(`{ me { id } }`);
      expect(cheap.errors).toBeUndefined();
      const costly = await client.gql(`{ auditLog(first: 100) { edges { node { seq action hash } } } }`);
      expect(costly.status).toBe(400);
      expect(costly.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(costly.errors?.[0].message).toMatch(/cost/);
      // The same query within the budget passes and is remembered; over it, it is refused again, every time.
      const paged = `query ($n: Int) { cases(first: $n) { edges { node { id reference title } } } }`;
      expect((await client.gql(paged, { n: 2 })).errors).toBeUndefined();
      expect((await client.gql(paged, { n: 2 })).errors).toBeUndefined();
      for (let i = 0; i < 2; i++) expect((await client.gql(paged, { n: 100 })).errors?.[0].message).toMatch(/cost/);
    } finally {
      await app.close();
    }
  });

  it('refuses a body above BODY_LIMIT with 413', async () => {
    const app = await startTestApp({ BODY_LIMIT: '1kb' });
    try {
      const big = await post(app.url, JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(2048)}` }));
      expect(big.status).toBe(413);
      expect(JSON.parse(big.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    } finally {
      await app.close();
    }
  });

  it('shows internal messages, introspection and suggestions only with NODE_ENV=development', async () => {
    const app = await startTestApp({ NODE_ENV: 'development' }, { extraModules: [faultModule] });
    try {
      const client = app.client();
      const fault = await client.gql(`{ internalFault }`);
      expect(fault.errors?.[0]).toMatchObject({ message: SECRET_DETAIL, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect((await client.gql(`{ __schema { queryType { name } } }`)).errors).toBeUndefined();
      expect((await client.gql(`{ organisationz { id } }`)).errors?.[0].message).toMatch(/did you mean/i);
    } finally {
      await app.close();
    }
  });
});
