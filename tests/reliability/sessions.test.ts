import crypto from 'node:crypto';
import { OrgRole } from '@coalition/shared';
import { sha256Hex } from '../../server/src/core/crypto/secret-box';
import { createUser, orgWithMembers, signIn, TEST_PASSWORD, type TestOrgWithMembers } from '../../server/test/support/factories';
import { startTestApp, type TestApp } from '../../server/test/support/test-app';
import type { TestClient } from '../../server/test/support/test-client';
import { caseInput, CREATE_CASE, createCase } from '../../server/test/support/case-fixtures';
import { backdateLastSeen } from '../../server/test/support/session-fixtures';

// server/src/modules/auth/auth.test.ts covers the basics (new token at sign-in, logout,
// idle and absolute expiry at their limits, other sessions ended by a password change).
// These tests attack the same guarantees from the outside: planted cookies, sliding
// idle time, every channel a revoked token could still use, and cross-site requests
// that carry a valid session cookie.

const ME = `{ me { id } }`;
const LOGOUT = `mutation { logout }`;
const CHANGE_PASSWORD = `mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const REMOVE_MEMBER = `mutation ($o: ID!, $u: ID!) { removeMember(organisationId: $o, userId: $u) }`;

const tokenOf = (client: TestClient) => client.cookie!.split('=')[1];

describe('sessions under attack', () => {
  let app: TestApp;
  let org: TestOrgWithMembers;

  beforeAll(async () => {
    app = await startTestApp();
    org = await orgWithMembers(app);
  });
  afterAll(() => app?.close());

  const withCookie = (token: string): TestClient => {
    const client = app.client();
    client.cookie = `coalition_session=${token}`;
    return client;
  };
  const meOf = async (token: string) => (await withCookie(token).ok<{ me: { id: string } | null }>(ME)).me;
  const sessionRow = async (token: string) =>
    ((await app.deps.dataSource.query(`SELECT last_seen_at, revoked_at FROM sessions WHERE token_hash = $1`, [sha256Hex(token)])) as {
      last_seen_at: Date;
      revoked_at: Date | null;
    }[])[0];

  it('fixation: a cookie planted before sign-in (forged, or the attacker own session) never becomes the victim session', async () => {
    const victim = await createUser(app);
    const attacker = await createUser(app);

    const forged = crypto.randomBytes(32).toString('base64url');
    const browser = withCookie(forged);
    expect((await browser.login(victim.email, victim.password)).errors).toBeUndefined();
    expect(tokenOf(browser)).not.toBe(forged);
    expect(await meOf(forged)).toBeNull();
    expect((await meOf(tokenOf(browser)))?.id).toBe(victim.id);

    const attackerToken = tokenOf(await signIn(app, attacker));
    const planted = withCookie(attackerToken);
    expect((await planted.login(victim.email, victim.password)).errors).toBeUndefined();
    expect(tokenOf(planted)).not.toBe(attackerToken);
    // The planted token acts as the victim never; it is ended with the sign-in.
    expect((await meOf(attackerToken))?.id).not.toBe(victim.id);
    expect((await meOf(tokenOf(planted)))?.id).toBe(victim.id);
  });

  it('idle expiry slides with use, the absolute limit does not', async () => {
    const user = await createUser(app);
    const token = tokenOf(await signIn(app, user));
    // Used every 20 minutes for an hour: alive, and each use moves last_seen_at.
    for (let i = 0; i < 3; i += 1) {
      const set = await backdateLastSeen(app, sha256Hex(token), 20);
      expect((await meOf(token))?.id).toBe(user.id);
      // Moved to the database's now(), which is at least the 20 minutes after what was set.
      const row = await sessionRow(token);
      expect(row.last_seen_at.getTime()).toBeGreaterThanOrEqual(set.getTime() + 20 * 60_000);
    }
    // Still in use, but past its absolute expiry: dead, and stays dead.
    await app.deps.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [sha256Hex(token)]);
    expect(await meOf(token)).toBeNull();
    expect(await meOf(token)).toBeNull();
  });

  it('a token revoked by logout is refused on every channel it could use: GraphQL and the CSV/JSON exports', async () => {
    const user = await createUser(app, { memberships: [{ organisationId: org.org.id, roles: [OrgRole.CASEWORKER] }] });
    const client = await signIn(app, user);
    const token = tokenOf(client);
    expect((await client.get('/exports/cases.csv')).status).toBe(200);
    expect((await client.gql(LOGOUT)).data).toEqual({ logout: true });
    const replay = withCookie(token);
    expect(await meOf(token)).toBeNull();
    expect(await replay.code(CREATE_CASE, { input: caseInput(org.org.id) })).toBe('UNAUTHENTICATED');
    expect((await replay.get('/exports/cases.csv')).status).toBe(401);
    expect((await replay.get('/exports/cases.json')).status).toBe(401);
    expect((await sessionRow(token)).revoked_at).not.toBeNull();
  });

  it('a password change ends the other sessions everywhere and keeps the one that changed it', async () => {
    const user = await createUser(app, { memberships: [{ organisationId: org.org.id, roles: [OrgRole.CASEWORKER] }] });
    const laptop = await signIn(app, user);
    const phone = await signIn(app, user);
    const stolen = await signIn(app, user);
    const newPassword = 'a much longer passphrase for 2026';
    expect((await laptop.gql(CHANGE_PASSWORD, { c: TEST_PASSWORD, n: newPassword })).data).toEqual({ changePassword: true });
    expect((await meOf(tokenOf(laptop)))?.id).toBe(user.id);
    for (const other of [phone, stolen]) {
      expect(await meOf(tokenOf(other))).toBeNull();
      expect((await other.get('/exports/cases.csv')).status).toBe(401);
    }
    // The old password opens nothing, the new one does.
    expect((await app.client().login(user.email, TEST_PASSWORD)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.client().login(user.email, newPassword)).errors).toBeUndefined();
  });

  it('removal from an organisation takes effect on the next request of a live session', async () => {
    const user = await createUser(app, { memberships: [{ organisationId: org.org.id, roles: [OrgRole.CASEWORKER] }] });
    const client = await signIn(app, user);
    await createCase(client, org.org.id, { title: 'Written before the removal' });
    await org.admin.ok(REMOVE_MEMBER, { o: org.org.id, u: user.id });
    expect(await client.code(CREATE_CASE, { input: caseInput(org.org.id, { title: 'Written after the removal' }) })).toBe('FORBIDDEN');
  });

  it('cookie: HttpOnly, SameSite=Lax, Path=/, no Domain, 12 hours, only its hash stored; Secure when configured', async () => {
    const user = await createUser(app);
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, variables: { e: user.email, p: user.password } }),
    });
    const [cookie] = response.headers.getSetCookie();
    const attributes = cookie.split(';').map((a) => a.trim().toLowerCase());
    expect(attributes[0]).toMatch(/^coalition_session=[a-z0-9_-]{43}$/i);
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/', `max-age=${12 * 3600}`]));
    expect(attributes.some((a) => a.startsWith('domain='))).toBe(false);
    // The token is 256 random bits; only its hash is stored.
    const token = cookie.split(';')[0].split('=')[1];
    const stored = (await app.deps.dataSource.query(`SELECT count(*)::int AS n FROM sessions WHERE token_hash = $1`, [sha256Hex(token)])) as { n: number }[];
    expect(stored[0].n).toBe(1);
    const plain = (await app.deps.dataSource.query(`SELECT count(*)::int AS n FROM sessions WHERE token_hash = $1`, [token])) as { n: number }[];
    expect(plain[0].n).toBe(0);

    const secure = await startTestApp({ COOKIE_SECURE: 'true' });
    try {
      const again = await fetch(`${secure.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, variables: { e: user.email, p: user.password } }),
      });
      expect(again.headers.getSetCookie()[0].toLowerCase()).toContain('; secure');
    } finally {
      await secure.close();
    }
  });

  describe('cross-site simple requests carrying a valid session cookie', () => {
    const countCases = async (title: string) =>
      ((await app.deps.dataSource.query(`SELECT count(*)::int AS n FROM cases WHERE title = $1`, [title])) as { n: number }[])[0].n;
    const mutation = (title: string) =>
      `mutation { createCase(input: { organisationId: "${org.org.id}", title: "${title}", summary: "x", categories: [RAID], location: { countryCode: "RU" } }) { id } }`;

    it.each([
      ['text/plain', (q: string) => JSON.stringify({ query: q })],
      ['application/x-www-form-urlencoded', (q: string) => new URLSearchParams({ query: q }).toString()],
      ['multipart/form-data; boundary=x', (q: string) => `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${q}\r\n--x--\r\n`],
    ])('a POST as %s is refused and writes nothing', async (contentType, body) => {
      const title = `CSRF ${contentType} ${crypto.randomBytes(3).toString('hex')}`;
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType, cookie: org.caseworker.cookie!, origin: 'https://evil.example' },
        body: body(mutation(title)),
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(await countCases(title)).toBe(0);
    });

    it('a mutation over GET is refused and writes nothing, with or without a preflight header', async () => {
      const variants: Record<string, string>[] = [{}, { 'apollo-require-preflight': 'true' }, { 'content-type': 'application/json' }];
      for (const headers of variants) {
        const title = `CSRF GET ${crypto.randomBytes(3).toString('hex')}`;
        const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent(mutation(title))}`, {
          headers: { ...headers, cookie: org.caseworker.cookie! },
        });
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(await countCases(title)).toBe(0);
      }
    });

    it('the same mutation as application/json does write (the refusals above are not a broken endpoint)', async () => {
      const title = `Legitimate ${crypto.randomBytes(3).toString('hex')}`;
      expect((await org.caseworker.gql(mutation(title))).errors).toBeUndefined();
      expect(await countCases(title)).toBe(1);
    });
  });
});
