import http from 'node:http';
import fc from 'fast-check';
import { CANARIES } from './support/leak-watch';
import { GraphQLArbitraries, SESSION_FIELDS } from './support/graphql-arbitraries';
import { ACTORS, buildWorld, type SignedInActor, type World } from './support/world';

/**
 * Fuzzing: documents and variables generated from the served schema, and
 * malformed HTTP, sent concurrently by every actor but the canary's owner.
 * No answer may be a 5xx, carry internal text or a canary; /health is 200 after.
 * FUZZ_SEED reproduces a run; FUZZ_RUNS scales it.
 */

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const SCHEMA_RUNS = Number(process.env.FUZZ_RUNS ?? 4000);
const HTTP_RUNS = Math.ceil(SCHEMA_RUNS / 2.5);
const CONCURRENCY = 8;
const BODY_LIMIT_BYTES = 256 * 1024;
/**
 * A request unanswered this long is a finding (a hung transaction, an exhausted pool), not a wait. A hang never
 * ends, so the ceiling only has to clear the slowest honest answer: beside three other jest workers on two cores
 * a page route once took over 15 s.
 */
const REQUEST_TIMEOUT_MS = 60_000;

/** What must never reach a client: stack frames, file paths, driver and SQL text, JS error names. */
const INTERNAL_TEXT: RegExp[] = [
  /\bTypeError\b/,
  /\bReferenceError\b/,
  /\bRangeError\b/,
  /QueryFailedError|EntityNotFoundError|EntityPropertyNotFoundError/,
  /stacktrace/i,
  /\bat [\w$.<>]+ \((?:\/|node:)/,
  /\bat (?:async )?(?:\/|node:)[^\s]+:\d+:\d+/,
  /[\w-]+\.(?:ts|js|mjs|cjs):\d+/,
  /\/(?:work|home|usr|src|node_modules|tmp)\//,
  /\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM)\b[^"]{0,80}\b(?:FROM|WHERE|VALUES|SET)\b/,
  /relation "[a-z_]+"/,
  /violates [a-z -]*constraint/,
  /duplicate key value/,
  /syntax error at or near/,
  /invalid input syntax for type/,
  /INTERNAL_SERVER_ERROR/,
  /Internal server error/i,
];

interface RawRequest {
  kind: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

interface Finding {
  kind: string;
  what: string;
  status: number;
  excerpt: string;
  request: string;
}

function nested(depth: number): string {
  const fields = ['me'];
  for (let i = 1; i < depth - 1; i++) fields.push(i % 2 === 1 ? 'memberships' : 'user');
  return `{ ${fields.join(' { ')} { __typename }${' }'.repeat(fields.length - 1)} }`;
}

const json = (body: unknown) => JSON.stringify(body);
const gqlPost = (kind: string, body: string | Uint8Array, headers: Record<string, string> = { 'content-type': 'application/json' }): RawRequest => ({
  kind,
  method: 'POST',
  path: '/graphql',
  headers,
  body,
});

/** Malformed and hostile HTTP, as arbitraries. */
function malformedHttp(ids: string[]): fc.Arbitrary<RawRequest> {
  const id = fc.constantFrom(...ids);
  const badJson = fc
    .oneof(
      fc.constantFrom(
        '{', '{"query": ', '{"query": "{ me { id } }"', 'null', '[]', '"query"', '123', 'true', '{}', '{"query": null}', '{"query": 5}',
        '{"query": {}}', '{"query": ["{ me { id } }"]}', '{"query":"{ me { id } }","variables":"x"}', '{"query":"{ me { id } }","variables":[1]}',
        '{"query":"{ me { id } }","operationName":5}', '{"query":"{ me { id } }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}',
        '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38"}}}',
        '{"query":"{ me { id } }","variables":{"__proto__":{"polluted":1}}}', '\uFEFF{"query":"{ me { id } }"}', '{"query":"{ me { id } }"}\u0000',
        '{"query":"\\ud800"}', '{"query":"{ me { id } }", "query": "mutation { logout }"}',
      ),
      fc.string({ maxLength: 60 }),
      fc.json().map((j) => j.slice(0, 2000)),
    )
    .map((body) => gqlPost('bad JSON', body));
  const contentTypes = fc
    .constantFrom(
      'text/plain', 'application/graphql', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', '',
      'application/json; charset=utf-16', 'application/json; charset=latin1', 'application/graphql-response+json', 'APPLICATION/JSON', 'application/json, text/plain',
    )
    .map((type) => gqlPost('wrong content type', json({ query: '{ me { id } }' }), type ? { 'content-type': type } : {}));
  const huge = fc
    .integer({ min: BODY_LIMIT_BYTES + 1, max: BODY_LIMIT_BYTES * 4 })
    .map((size) => gqlPost('huge body', json({ query: `{ me { id } } # ${'x'.repeat(size)}` })));
  const batch = fc
    .integer({ min: 1, max: 60 })
    .map((n) => gqlPost('batch', json(Array.from({ length: n }, (_, i) => ({ query: i % 2 ? 'mutation { logout }' : '{ me { id } }' })))));
  const getMutation = fc
    .tuple(fc.constantFrom('mutation { logout }', 'mutation { createOrganisation(input: { slug: "x", name: "x", city: "x", countryCode: "FR" }) { id } }', '{ me { id } }', 'subscription { statementSignatures(statementId: "x") { id } }'), fc.boolean(), fc.constantFrom('', '&variables={', '&variables=%7B%7D', '&operationName=Nope', '&extensions={"persistedQuery":1}'))
    .map(([q, preflight, extra]): RawRequest => ({
      kind: 'GET operation',
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent(q)}${extra}`,
      headers: preflight ? { 'apollo-require-preflight': 'true' } : {},
    }));
  const aliasFlood = fc.integer({ min: 16, max: 250 }).map((n) => gqlPost('alias flood', json({ query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }` })));
  const directiveFlood = fc
    .tuple(fc.integer({ min: 5, max: 400 }), fc.constantFrom('@include(if: true)', '@skip(if: false)', '@aa', '@deprecated'))
    .map(([n, d]) => gqlPost('directive flood', json({ query: `{ me { id ${`${d} `.repeat(n)}} }` })));
  const fieldFlood = fc.integer({ min: 11, max: 3000 }).map((n) => gqlPost('field duplication', json({ query: `{ me { ${'email '.repeat(n)}} }` })));
  const deep = fc.integer({ min: 13, max: 400 }).map((d) => gqlPost('deep nesting', json({ query: nested(d) })));
  const cyclic = fc
    .constantFrom(
      'query { me { ...A } } fragment A on User { ...A }',
      'query { me { ...A } } fragment A on User { memberships { user { ...B } } } fragment B on User { memberships { user { ...A } } }',
      `query { me { ...F0 } } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on User { memberships { user { ...F${(i + 1) % 30} } } }`).join(' ')}`,
      'query { ...Q } fragment Q on Query { me { id } ...Q }',
    )
    .map((q) => gqlPost('cyclic fragments', json({ query: q })));
  const unknownOperation = fc
    .constantFrom(
      { query: 'query A { me { id } }', operationName: 'Nope' },
      { query: 'query A { me { id } } query B { organisations { id } }' },
      { query: '{ me { id } } { organisations { id } }' },
      { query: 'query A { me { id } } mutation A { logout }', operationName: 'A' },
      { query: '' },
      { query: '   ' },
      { query: '# only a comment' },
      { query: 'fragment F on User { id }' },
      { query: 'subscription { statementSignatures(statementId: "x") { id } }' },
      { query: '{ me { id } }', operationName: '' },
    )
    .map((body) => gqlPost('unknown operation', json(body)));
  const deepJson = fc
    .integer({ min: 1000, max: 40000 })
    .map((d) => gqlPost('deeply nested JSON', `{"query":"query ($v: [ID!]) { organisations { id } }","variables":{"v":${'['.repeat(d)}${']'.repeat(d)}}}`));
  const methods = fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD').map((method): RawRequest => ({ kind: 'method', method, path: '/graphql', headers: { 'content-type': 'application/json' }, body: method === 'HEAD' ? undefined : json({ query: '{ me { id } }' }) }));
  const badBytes = fc.uint8Array({ minLength: 1, maxLength: 300 }).map((bytes) => gqlPost('invalid bytes', new Uint8Array(Buffer.concat([Buffer.from('{"query":"{ me { id } }","variables":{"x":"'), Buffer.from(bytes), Buffer.from('"}}')]))));
  const bigNumbers = fc
    .constantFrom('99999999999999999999', '-1', '1e3', '0x10', '2147483648', '-2147483649')
    .map((n) => gqlPost('number overflow', json({ query: `{ cases(first: ${n}) { totalCount } auditLog(first: ${n}) { totalCount } }` })));
  const otherRoutes = fc
    .tuple(
      fc.constantFrom('csv', 'json', 'xlsx', 'pdf', 'exe'),
      fc.dictionary(fc.constantFrom('status', 'categories', 'countryCode', 'ownerOrganisationId', 'crossBorder', 'search', 'occurredFrom', 'occurredTo'), fc.oneof(fc.string({ maxLength: 20 }), id, fc.constant('2013-13-45')), { maxKeys: 4 }),
      id,
      fc.constantFrom('pdf', 'csv', 'json', 'xlsx', 'PDF', '..%2f..%2fetc%2fpasswd', 'x'),
    )
    .chain(([format, query, someId, fileFormat]) =>
      fc.constantFrom(
        `/exports/cases.${format}?${new URLSearchParams(query as Record<string, string>).toString()}`,
        `/briefings/${encodeURIComponent(someId)}/files/${fileFormat}`,
        `/statements/${encodeURIComponent(someId)}.${fileFormat}`,
        `/statements/${encodeURIComponent(someId)}`,
        `/exports/cases.csv?status=${'OPEN,'.repeat(500)}`,
        `/graphql/${encodeURIComponent(someId)}`,
        `/%c0%ae%c0%ae/`,
      ),
    )
    .map((path): RawRequest => ({ kind: 'other route', method: 'GET', path }));
  return fc.oneof(
    { weight: 4, arbitrary: badJson },
    { weight: 2, arbitrary: contentTypes },
    { weight: 1, arbitrary: huge },
    { weight: 2, arbitrary: batch },
    { weight: 2, arbitrary: getMutation },
    { weight: 2, arbitrary: aliasFlood },
    { weight: 2, arbitrary: directiveFlood },
    { weight: 2, arbitrary: fieldFlood },
    { weight: 2, arbitrary: deep },
    { weight: 1, arbitrary: cyclic },
    { weight: 2, arbitrary: unknownOperation },
    { weight: 1, arbitrary: deepJson },
    { weight: 1, arbitrary: methods },
    { weight: 1, arbitrary: badBytes },
    { weight: 1, arbitrary: bigNumbers },
    { weight: 3, arbitrary: otherRoutes },
  );
}

/**
 * Whether the server still answers, asked on a connection of its own: fetch's keep-alive pool may hand
 * out a socket the server has just cut (it may cut a request it refuses), which says nothing of the server.
 */
function healthyOnFreshConnection(base: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(`${base}/health`, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
  });
}

async function pool<T>(items: T[], concurrency: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index], index);
      }
    }),
  );
}

describe('fuzzing the API', () => {
  let w: World;
  let logMark = 0;

  beforeAll(async () => {
    w = await buildWorld({ NODE_ENV: 'production', BODY_LIMIT: `${BODY_LIMIT_BYTES / 1024}kb` });
    logMark = w.logs.lines.length;
    w.watch.watch();
  }, 120_000);
  afterAll(() => w?.app.close());

  it(`survives at least 5,000 generated and malformed requests (seed ${SEED})`, async () => {
    const ids = [
      ...Object.values(w.cases),
      w.canary.personId,
      w.canary.eventId,
      ...Object.values(w.statements).flatMap((s) => [s.id, s.slug]),
      ...Object.values(w.briefings),
      w.own.org.id,
      w.other.org.id,
      w.bystander.id,
      w.other.users.admin.id,
    ];
    // Pieces of the canaries, to search for them; never a whole one, which a validation error could echo back to its sender.
    const probes = ['Zebulon', 'Qx7', 'canary', 'Ouzbek', 'Sakharovo', '7f3@example', 'w2p'];
    const arbs = new GraphQLArbitraries(w.app.app.schema, { ids, strings: [...ids, ...probes, 'Raid', 'RU', 'tj'] });
    const documents = fc.sample(arbs.request({ excludeFields: SESSION_FIELDS }), { numRuns: SCHEMA_RUNS, seed: SEED });
    const raw = fc.sample(malformedHttp(ids), { numRuns: HTTP_RUNS, seed: SEED + 1 });
    const findings: Finding[] = [];
    const statuses = new Map<string, number>();
    const count = (key: string) => statuses.set(key, (statuses.get(key) ?? 0) + 1);

    const millis = new Map<string, number>();
    const inspect = (kind: string, request: string, status: number, text: string, ms: number) => {
      count(`${kind}:${status}`);
      const family = kind.startsWith('schema') ? 'schema' : kind;
      millis.set(family, (millis.get(family) ?? 0) + ms);
      if (status >= 500) findings.push({ kind, what: '5xx', status, excerpt: text.slice(0, 300), request: request.slice(0, 400) });
      for (const pattern of INTERNAL_TEXT) {
        const match = pattern.exec(text);
        if (match) findings.push({ kind, what: `internal text ${pattern}`, status, excerpt: text.slice(Math.max(0, match.index - 150), match.index + 150), request: request.slice(0, 400) });
      }
      w.watch.scan(`${kind}: ${request.slice(0, 100)}`, text);
    };

    const started = Date.now();
    await pool(documents, CONCURRENCY, async (doc, i) => {
      const actor = ACTORS[i % ACTORS.length];
      const client = w.actors[actor];
      const t0 = Date.now();
      try {
        const response = await fetch(`${w.app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(client.cookie ? { cookie: client.cookie } : {}) },
          body: JSON.stringify(doc),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        inspect(`schema(${actor})`, JSON.stringify(doc), response.status, await response.text(), Date.now() - t0);
      } catch (error) {
        const cause = (error as { cause?: unknown }).cause;
        findings.push({ kind: `schema(${actor})`, what: 'connection failed', status: 0, excerpt: String(cause ?? error), request: JSON.stringify(doc).slice(0, 400) });
      }
    });
    await pool(raw, CONCURRENCY, async (req, i) => {
      const actor = ACTORS[i % ACTORS.length];
      const cookie = w.actors[actor].cookie;
      let status = 0;
      let text = '';
      const t0 = Date.now();
      try {
        const response = await fetch(`${w.app.url}${req.path}`, {
          method: req.method,
          headers: { ...(req.headers ?? {}), ...(cookie ? { cookie } : {}) },
          body: req.body as BodyInit | undefined,
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        status = response.status;
        text = req.method === 'HEAD' ? '' : Buffer.from(await response.arrayBuffer()).toString('utf8');
      } catch (error) {
        // The server may cut a request it refuses (a body far past the limit): only a dead server is a finding.
        text = String((error as { cause?: unknown }).cause ?? error);
        status = (error as Error).name === 'TimeoutError' ? 598 : (await healthyOnFreshConnection(w.app.url)) ? 499 : 599;
      }
      inspect(req.kind, `${req.method} ${req.path} ${String(req.body ?? '').slice(0, 300)}`, status, text, Date.now() - t0);
    });
    const seconds = (Date.now() - started) / 1000;
    const total = documents.length + raw.length;

    process.stdout.write(
      `\nfuzz: ${total} requests (${documents.length} from the schema, ${raw.length} malformed) in ${seconds.toFixed(1)} s, seed ${SEED}\n` +
        `${[...statuses.entries()].sort().map(([k, n]) => `  ${k}: ${n}`).join('\n')}\n` +
        `request time by kind (ms, summed over ${CONCURRENCY} lanes): ${[...millis.entries()].sort((a, b) => b[1] - a[1]).map(([k, ms]) => `${k} ${ms}`).join(', ')}\n`,
    );
    const grouped = new Map<string, Finding & { times: number }>();
    for (const f of findings) {
      const key = `${f.what} ${f.request.slice(0, 60)}`;
      const seen = grouped.get(key);
      if (seen) seen.times += 1;
      else grouped.set(key, { ...f, times: 1 });
    }
    expect([...grouped.values()].slice(0, 15)).toEqual([]);
    expect(total).toBe(SCHEMA_RUNS + HTTP_RUNS);
    // CI runs the default: at least 5,000 cases. FUZZ_RUNS may scale a local run down or up.
    if (process.env.FUZZ_RUNS === undefined) expect(total).toBeGreaterThanOrEqual(5000);

    const health = await fetch(`${w.app.url}/health`);
    expect(health.status).toBe(200);
    // Still serving real work: a new sign-in and a query (a fuzzed request may have signed an actor out: a body
    // naming "query" twice is parsed as its last one, `mutation { logout }`, which is the sender's right).
    const fresh = await w.signIn(w.users.viewer, 'viewer-after');
    expect((await fresh.gql('{ me { id } }')).data?.me).not.toBeNull();
  }, 600_000);

  it('answers what the fuzzer once found as the client\'s mistake, not as an internal error', async () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      // A subscription sent over HTTP ran its resolver without an event.
      ['subscription ($id: ID!) { statementSignatures(statementId: $id) { id } }', { id: w.statements.ownOpen.id }, 'viewer', 'BAD_USER_INPUT'],
      // PostgreSQL text cannot hold U+0000 (SQLSTATE 22021).
      ['query ($slug: String!) { publishedStatement(slug: $slug) { id } }', { slug: 'a\u0000b' }, 'anonymous', 'BAD_USER_INPUT'],
      ['{ publishedStatement(slug: "a\\u0000b") { id } }', {}, 'anonymous', 'BAD_USER_INPUT'],
      ['mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }', { input: { organisationId: w.own.org.id, title: 'x\u0000', summary: 's', categories: ['RAID'], location: { countryCode: 'RU' } } }, 'caseworker', 'BAD_USER_INPUT'],
    ];
    // Fresh sessions: the fuzzer may have signed the actors out (a body naming "query" twice runs the last one).
    const session = (actor: string) => (actor === 'anonymous' ? Promise.resolve(w.client('anonymous')) : w.signIn(w.users[actor as SignedInActor], `${actor}-regression`));
    for (const [query, variables, actor, code] of cases) {
      const result = await (await session(actor)).gql(query, variables);
      expect({ query, code: result.errors?.[0]?.extensions?.code }).toEqual({ query, code });
    }
    // A coordinator may list any organisation's members; an id that is not a UUID failed in the database (22P02).
    expect((await (await session('coordinator')).gql('{ members(organisationId: "${jndi:ldap://x}") { roles } }')).data).toEqual({ members: [] });
  });

  it('showed no canary to anyone in any answer, and logged none', () => {
    expect(w.watch.leaks.slice(0, 10)).toEqual([]);
    const leaked = w.logs.since(logMark).filter((line) => CANARIES.some((c) => line.toLowerCase().includes(c.toLowerCase())));
    expect(leaked.slice(0, 5)).toEqual([]);
  });
});
