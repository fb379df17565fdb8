import type { QueryRunner } from 'typeorm';
import { startTestApp, type TestApp } from '../../server/test/support/test-app';
import { waitUntil } from '../../server/test/support/wait-until';

const ME = JSON.stringify({ query: '{ me { id } }' });

interface Answer {
  status: number;
  retryAfter: string | null;
  code: string | null;
}

/**
 * An overloaded server (every request connection taken for longer than the connect timeout) answers
 * SERVER_BUSY, HTTP 503 with Retry-After: a client may retry; never INTERNAL_SERVER_ERROR.
 */
describe('a starved connection pool', () => {
  let app: TestApp;
  let held: QueryRunner | null = null;

  beforeAll(async () => {
    // One request connection, and a second to get it: long enough for a loaded machine to open a connection,
    // short enough for the test.
    app = await startTestApp({ DB_POOL_SIZE: '1', DB_CONNECT_TIMEOUT_MS: '1000' });
  });
  afterAll(async () => {
    await held?.release();
    await app.close();
  });

  const graphql = async (): Promise<Answer> => {
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: ME });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { status: response.status, retryAfter: response.headers.get('retry-after'), code: body.errors?.[0]?.extensions?.code ?? null };
  };
  const document = async (): Promise<Answer> => {
    const response = await fetch(`${app.url}/statements/no-such-statement.md`);
    const text = await response.text();
    const code = response.headers.get('content-type')?.includes('json') ? ((JSON.parse(text) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code) : null;
    return { status: response.status, retryAfter: response.headers.get('retry-after'), code };
  };

  it('answers SERVER_BUSY with 503 and Retry-After on GraphQL and on an HTTP route while no connection is free', async () => {
    // Taking the one connection is itself bound by the connect timeout: on a busy machine it may take tries.
    held = await waitUntil('the test holds the only request connection', async () => {
      const runner = app.deps.requestDataSource.createQueryRunner();
      return runner.connect().then(() => runner, () => runner.release().then(() => null));
    }, { timeoutMs: 30_000 });
    const answers = await Promise.all([...Array.from({ length: 10 }, graphql), ...Array.from({ length: 5 }, document)]);
    for (const answer of answers) expect(answer).toEqual({ status: 503, retryAfter: '2', code: 'SERVER_BUSY' });

    // The connection free again, the same requests are served.
    await held.release();
    held = null;
    expect(await graphql()).toEqual({ status: 200, retryAfter: null, code: null });
    expect((await document()).status).toBe(404);
  });

  it('under more concurrent requests than the pool serves in time, each is served or SERVER_BUSY, never INTERNAL', async () => {
    const answers = await Promise.all(Array.from({ length: 60 }, graphql));
    for (const answer of answers) {
      expect([{ status: 200, retryAfter: null, code: null }, { status: 503, retryAfter: '2', code: 'SERVER_BUSY' }]).toContainEqual(answer);
    }
    expect(answers.some((a) => a.status === 200)).toBe(true);
  });
});
