import { spawnSync } from 'node:child_process';
import { startTestApp, type TestApp } from '../../server/test/support/test-app';
import { createUser, signIn, TEST_PASSWORD } from '../../server/test/support/factories';

const promtool = spawnSync('promtool', ['--version']).status === 0;

const ME = `{ me { id } }`;

/** Security headers, malformed URLs, /metrics, suggestions and the https cookie, over real HTTP. */
describe('HTTP hardening', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('sends the security headers on every response: page, API, 404, 400, health', async () => {
    const responses = [
      await fetch(`${app.url}/cases`),
      await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ME }) }),
      await fetch(`${app.url}/statements/nothing-here.pdf`),
      await fetch(`${app.url}/statements/%E0%A4%A.pdf`),
      await fetch(`${app.url}/health`),
    ];
    for (const response of responses) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      const permissions = response.headers.get('permissions-policy') ?? '';
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(permissions).toContain(`${feature}=()`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('lets no GraphQL answer be stored by a browser or a proxy: data, refusal and malformed request alike say no-store', async () => {
    const post = (body: unknown) => fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const answers = [
      await post({ query: ME }),
      await post({ query: `{ cases(first: 1) { totalCount } }` }),
      await post({ query: `{ nothing }` }),
      await post({ nonsense: true }),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 400, 400]);
    for (const answer of answers) expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 400 to a malformed URL, never 500', async () => {
    for (const path of ['/statements/%E0%A4%A.pdf', '/%E0%A4%A', '/briefings/%ZZ/files/x.pdf', '/exports/%C0']) {
      const response = await fetch(`${app.url}${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect(await response.json()).toEqual({ errors: [{ message: 'Malformed URL.', extensions: { code: 'BAD_USER_INPUT' } }] });
    }
  });

  it('gives no "did you mean" suggestions over HTTP outside development', async () => {
    const client = await signIn(app, await createUser(app));
    const typo = await client.gql(`{ caseStatistic { totalCases } }`);
    expect(typo.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badVariable = await client.gql(`query ($f: CaseFilter) { caseStatistics(filter: $f) { totalCases } }`, { f: { serch: 'x' } });
    expect(badVariable.errors?.length).toBeGreaterThan(0);
    const field = await client.gql(`{ me { displayNam } }`);
    for (const result of [typo, badVariable, field]) {
      for (const error of result.errors ?? []) expect(error.message).not.toMatch(/did you mean/i);
    }
  });

  describe('/metrics', () => {
    it('answers a loopback request that came through no proxy, and refuses a forwarded one', async () => {
      expect((await fetch(`${app.url}/metrics`)).status).toBe(200);
      for (const headers of [{ 'x-forwarded-for': '203.0.113.7' }, { forwarded: 'for=203.0.113.7' }] as Record<string, string>[]) {
        const refused = await fetch(`${app.url}/metrics`, { headers });
        expect(refused.status).toBe(401);
        expect(await refused.text()).not.toContain('coalition_');
      }
    });

    it('with METRICS_TOKEN, answers only that bearer token', async () => {
      const token = 'a-metrics-token-for-tests-0123456789';
      const guarded = await startTestApp({ METRICS_TOKEN: token });
      try {
        expect((await fetch(`${guarded.url}/metrics`)).status).toBe(401);
        expect((await fetch(`${guarded.url}/metrics`, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
        expect((await fetch(`${guarded.url}/metrics`, { headers: { authorization: `Basic ${token}` } })).status).toBe(401);
        const ok = await fetch(`${guarded.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
        expect(ok.status).toBe(200);
        expect(await ok.text()).toContain('coalition_http_request_duration_seconds');
      } finally {
        await guarded.close();
      }
    });

    it('labels every route with a plain string, so promtool accepts the exposition', async () => {
      // The client's catch-all route is a RegExp; a download route has parameters; a 404 matches none.
      for (const path of ['/cases', '/statements/x.pdf', '/nothing/here.json', '/health']) await fetch(`${app.url}${path}`);
      const text = await (await fetch(`${app.url}/metrics`)).text();
      const routes = [...text.matchAll(/route="([^"]*)"/g)].map((m) => m[1]);
      expect(routes).toContain('client');
      for (const route of routes) expect(route).toMatch(/^(client|other|\/[A-Za-z0-9/:_.-]*)$/);
      if (!promtool) {
        console.warn('promtool is not installed (Debian package prometheus): the exposition was not checked by it');
        return;
      }
      const check = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
      expect({ status: check.status, output: `${check.stdout}${check.stderr}` }).toEqual({ status: 0, output: '' });
    });
  });

  describe('session cookie over https', () => {
    let proxied: TestApp;
    beforeAll(async () => {
      proxied = await startTestApp({ TRUST_PROXY: '1' });
    });
    afterAll(() => proxied.close());

    const post = (body: unknown, headers: Record<string, string>) =>
      fetch(`${proxied.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

    it('is named __Host-coalition_session, and the server reads it (and only it) over https', async () => {
      const user = await createUser(proxied);
      const https = { 'x-forwarded-proto': 'https' };
      const login = await post({ query: `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, variables: { e: user.email, p: TEST_PASSWORD } }, https);
      const [cookie] = login.headers.getSetCookie();
      expect(cookie).toMatch(/^__Host-coalition_session=[A-Za-z0-9_-]{20,}; /);
      expect(cookie).toMatch(/; Secure/);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).not.toMatch(/Domain=/i);
      const token = cookie.split(';')[0].split('=')[1];

      const me = async (cookieHeader: string, headers: Record<string, string>) =>
        ((await (await post({ query: ME }, { ...headers, cookie: cookieHeader })).json()) as { data: { me: { id: string } | null } | null }).data?.me ?? null;
      expect(await me(`__Host-coalition_session=${token}`, https)).toEqual({ id: user.id });
      // Over https a plain-named cookie could have been planted by another subdomain: it is not read.
      expect(await me(`coalition_session=${token}`, https)).toBeNull();
      // Over plain http the plain name still works.
      expect(await me(`coalition_session=${token}`, {})).toEqual({ id: user.id });
    });
  });
});
