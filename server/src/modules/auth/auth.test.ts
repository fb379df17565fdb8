import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { createUser, signIn, TEST_PASSWORD, type TestUser } from '../../../test/support/factories';
import { SESSION_ABSOLUTE_SECONDS } from '../../core/auth/session-cookie';
import { ActorTransaction, SESSION_IDLE_SECONDS } from '../../core/db/actor-transaction';
import { sha256Hex } from '../../core/crypto/secret-box';
import { base32Decode, hotp, TOTP_STEP_SECONDS, totpStep } from './totp';
import { dummyPasswordHash } from './password';
import { passwordVerificationsTotal } from '../../core/observability/metrics';
import { backdateLastSeen } from '../../../test/support/session-fixtures';
import { statementsDuring } from '../../../test/support/statement-count';

const ME = `{ me { id email } }`;
const LOGOUT = `mutation { logout }`;
const CHANGE = `mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const SETUP = `mutation { setupTotp { secret otpauthUrl } }`;
const CONFIRM = `mutation ($code: String!) { confirmTotp(code: $code) }`;

const cookieOf = (headers: Headers) => headers.getSetCookie().find((c) => /^(__Host-)?coalition_session=/.test(c));
const codeAt = (secret: string, step: number) => hotp(base32Decode(secret), step);

/** The middle of the current TOTP step: the server's clock in the TOTP tests, fixed, so no step ends under them. */
const midStep = () => (Math.floor(Date.now() / 1000 / TOTP_STEP_SECONDS) * TOTP_STEP_SECONDS + TOTP_STEP_SECONDS / 2) * 1000;

describe('sign-in', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());
  const lastSeen = async (tokenHash: string) =>
    (await app.deps.dataSource.query<{ last_seen_at: Date }[]>(`SELECT last_seen_at FROM sessions WHERE token_hash = $1`, [tokenHash]))[0].last_seen_at;

  it('signs in with the right password, sets an httpOnly SameSite=Lax cookie and keeps only the token hash', async () => {
    const user = await createUser(app);
    const client = app.client();
    const result = await client.login(user.email.toUpperCase(), user.password);
    expect(result.errors).toBeUndefined();
    const cookie = cookieOf(result.headers)!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect(cookie).toMatch(new RegExp(`Max-Age=${SESSION_ABSOLUTE_SECONDS}`));
    const token = cookie.split(';')[0].split('=')[1];
    // 128+ random bits: base64url of at least 16 bytes.
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const sessions = await app.deps.dataSource.query(
      `SELECT token_hash, extract(epoch FROM expires_at - created_at)::int AS lifetime FROM sessions WHERE user_id = $1`,
      [user.id],
    );
    expect(sessions).toEqual([{ token_hash: sha256Hex(token), lifetime: SESSION_ABSOLUTE_SECONDS }]);
    expect((await client.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
  });

  it('answers me from the statement that authenticates: the account as it is now, with no statement of its own', async () => {
    const user = await createUser(app);
    const client = await signIn(app, user);
    const ACCOUNT = `{ me { id email displayName locale totpEnabled coalitionRoles } }`;
    type Me = { me: { id: string; email: string; displayName: string; locale: string; totpEnabled: boolean; coalitionRoles: string[] } | null };
    const { result, statements } = await statementsDuring(() => client.ok<Me>(ACCOUNT));
    const [row] = await app.deps.dataSource.query(`SELECT email, display_name, locale FROM users WHERE id = $1`, [user.id]);
    expect(result.me).toEqual({ id: user.id, email: row.email, displayName: row.display_name, locale: row.locale, totpEnabled: false, coalitionRoles: [] });
    // The identity (BEGIN and app_authenticate in one round trip) and COMMIT: nothing reads users again.
    expect(statements).toBe(2);
    // The next request sees a change at once: the account is read with the session, not kept by the server.
    await app.deps.dataSource.query(`UPDATE users SET display_name = 'Renamed Account', locale = 'RU', totp_enabled = true, coalition_roles = '{COORDINATOR}' WHERE id = $1`, [user.id]);
    expect((await client.ok<Me>(ACCOUNT)).me).toEqual({ id: user.id, email: row.email, displayName: 'Renamed Account', locale: 'RU', totpEnabled: true, coalitionRoles: ['COORDINATOR'] });
    expect((await app.client().ok<Me>(ACCOUNT)).me).toBeNull();
    await client.ok(LOGOUT);
    expect((await client.ok<Me>(ACCOUNT)).me).toBeNull();
  });

  it('answers a wrong password and an unknown email with the same error and the same work: one argon2id verification of one cost', async () => {
    const user = await createUser(app);
    const attempt = async (email: string) => {
      const before = (await passwordVerificationsTotal.get()).values[0]?.value ?? 0;
      const result = await app.client().login(email, 'not the password at all');
      return { verifications: (await passwordVerificationsTotal.get()).values[0].value - before, error: result.errors?.[0] };
    };
    const wrong = await attempt(user.email);
    const unknown = await attempt(`nobody-${Date.now()}@test.example.org`);
    expect(wrong.error).toEqual(unknown.error);
    expect(wrong.error?.extensions?.code).toBe('UNAUTHENTICATED');
    // The time an attempt takes is its argon2id verification (the rest is a few indexed statements): an
    // unknown email verifies one too, against a hash of the same parameters as every account's, so the
    // answer's timing does not tell whether the email has an account. Counted, not timed: a clock in a
    // test on a shared machine measures its load.
    expect([wrong.verifications, unknown.verifications]).toEqual([1, 1]);
    const [{ password_hash: stored }] = await app.deps.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [user.id]);
    const cost = (hash: string) => hash.split('$').slice(1, 4).join('$');
    expect(cost(stored as string)).toMatch(/^argon2id\$v=19\$m=\d+,t=\d+,p=\d+$/);
    expect(cost(await dummyPasswordHash())).toBe(cost(stored as string));
  });

  it('stores passwords as argon2id with at least 19 MiB and two passes', async () => {
    const user = await createUser(app);
    const changed = await signIn(app, user);
    await changed.ok(CHANGE, { c: TEST_PASSWORD, n: 'a new long passphrase' });
    const [{ password_hash: hash }] = await app.deps.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [user.id]);
    const [, algorithm, , params] = (hash as string).split('$');
    expect(algorithm).toBe('argon2id');
    const { m, t } = Object.fromEntries(params.split(',').map((kv) => kv.split('='))) as Record<string, string>;
    expect(Number(m)).toBeGreaterThanOrEqual(19456);
    expect(Number(t)).toBeGreaterThanOrEqual(2);
  });

  it('rate-limits an email after 5 failures in 15 minutes, across server instances on one database, and only that email', async () => {
    const second = await startTestApp();
    try {
      const user = await createUser(app);
      const other = await createUser(app);
      for (let i = 0; i < 3; i++)
        expect((await app.client().login(user.email, 'wrong password!')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      for (let i = 0; i < 2; i++)
        expect((await second.client().login(user.email, 'wrong password!')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // The right password does not help while the limit holds, on either process.
      expect((await app.client().login(user.email, user.password)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect((await second.client().login(user.email.toUpperCase(), user.password)).errors?.[0].extensions?.code).toBe(
        'RATE_LIMITED',
      );
      expect((await app.client().login(other.email, other.password)).errors).toBeUndefined();

      // Once the failures are older than the window, the account signs in again.
      await app.deps.dataSource.query(
        `UPDATE login_attempts SET at = at - interval '15 minutes 1 second' WHERE email_hash = $1`,
        [sha256Hex(user.email)],
      );
      expect((await app.client().login(user.email, user.password)).errors).toBeUndefined();
      const actions = await app.deps.dataSource.query(
        `SELECT action FROM audit_entries WHERE action LIKE 'auth.login%' AND entity_id IS NOT DISTINCT FROM $1 ORDER BY seq`,
        [user.id],
      );
      expect(actions.filter((a: { action: string }) => a.action === 'auth.login_failed')).toHaveLength(5);
    } finally {
      await second.close();
    }
  });

  it('keeps no email in login attempts or audit entries', async () => {
    const user = await createUser(app);
    await app.client().login(user.email, 'wrong password!');
    const [{ hits }] = await app.deps.dataSource.query(
      `SELECT (SELECT count(*) FROM login_attempts WHERE email_hash = $1 OR email_hash = $2)::int
            + (SELECT count(*) FROM audit_entries WHERE details::text ILIKE '%' || $2 || '%' OR entity_id = $2)::int AS hits`,
      [user.email, user.email],
    );
    expect(hits).toBe(0);
  });

  it('logout revokes the session server-side and clears the cookie', async () => {
    const user = await createUser(app);
    const client = await signIn(app, user);
    const stolen = client.cookie;
    const result = await client.gql(LOGOUT);
    expect(result.data).toEqual({ logout: true });
    expect(cookieOf(result.headers)).toMatch(/Max-Age=0/);
    const replay = app.client();
    replay.cookie = stolen;
    expect((await replay.ok<{ me: null }>(ME)).me).toBeNull();
    expect(await replay.code(LOGOUT)).toBe('UNAUTHENTICATED');
    const [{ revoked }] = await app.deps.dataSource.query(
      `SELECT count(*)::int AS revoked FROM sessions WHERE user_id = $1 AND revoked_at IS NOT NULL`,
      [user.id],
    );
    expect(revoked).toBe(1);
  });

  it('a new sign-in ends the session the client had (no fixation)', async () => {
    const user = await createUser(app);
    const client = await signIn(app, user);
    const before = client.cookie;
    expect((await client.login(user.email, user.password)).errors).toBeUndefined();
    expect(client.cookie).not.toBe(before);
    const old = app.client();
    old.cookie = before;
    expect((await old.ok<{ me: null }>(ME)).me).toBeNull();
  });

  it('ends sessions idle for 30 minutes and sessions older than 12 hours', async () => {
    const user = await createUser(app);
    const idle = await signIn(app, user);
    const old = await signIn(app, user);
    const fresh = await signIn(app, user);
    const hashOf = (c: typeof idle) => sha256Hex(c.cookie!.split('=')[1]);
    await app.deps.dataSource.query(
      `UPDATE sessions SET last_seen_at = now() - make_interval(secs => $2 + 1) WHERE token_hash = $1`,
      [hashOf(idle), SESSION_IDLE_SECONDS],
    );
    const freshSet = await backdateLastSeen(app, hashOf(fresh), 29);
    await app.deps.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [
      hashOf(old),
    ]);
    expect((await idle.ok<{ me: null }>(ME)).me).toBeNull();
    expect((await old.ok<{ me: null }>(ME)).me).toBeNull();
    expect(await idle.code(LOGOUT)).toBe('UNAUTHENTICATED');
    // 29 minutes idle is still alive, and using it moves the idle clock.
    expect((await fresh.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
    expect((await lastSeen(hashOf(fresh))).getTime()).toBeGreaterThanOrEqual(freshSet.getTime() + 29 * 60_000);
  });

  it("a request that moves the idle clock does not hold up the session's other requests", async () => {
    const user = await createUser(app);
    const client = await signIn(app, user);
    const hash = sha256Hex(client.cookie!.split('=')[1]);
    const set = await backdateLastSeen(app, hash, 5);
    // One request of the session touches the clock and is still working (its transaction is open).
    const first = await ActorTransaction.open(app.deps.requestDataSource, app.deps.config.DB_APP_ROLE, hash);
    try {
      expect(first.actor?.userId).toBe(user.id);
      // Another request of the same session answers meanwhile: awaited before the first commits, so a
      // request that waited for the first's lock would never answer and the test would time out.
      expect(await client.ok<{ me: { id: string } }>(ME)).toMatchObject({ me: { id: user.id } });
    } finally {
      await first.commit();
    }
    expect((await lastSeen(hash)).getTime()).toBeGreaterThanOrEqual(set.getTime() + 5 * 60_000);
  });

  it('changePassword checks the current password, validates the new one, and ends every other session', async () => {
    const user = await createUser(app);
    const here = await signIn(app, user);
    const elsewhere = await signIn(app, user);
    const wrong = await here.gql(CHANGE, { c: 'not my password', n: 'a brand new passphrase' });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const short = await here.gql(CHANGE, { c: TEST_PASSWORD, n: 'short' });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect((await app.client().login(user.email, TEST_PASSWORD)).errors).toBeUndefined();

    expect(await here.ok(CHANGE, { c: TEST_PASSWORD, n: 'a brand new passphrase' })).toEqual({ changePassword: true });
    expect((await elsewhere.ok<{ me: null }>(ME)).me).toBeNull();
    expect((await here.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
    expect((await app.client().login(user.email, TEST_PASSWORD)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.client().login(user.email, 'a brand new passphrase')).errors).toBeUndefined();
  });

  it('changePassword: the fifth wrong current password ends the session, and only that session', async () => {
    const user = await createUser(app);
    const guesser = await signIn(app, user);
    const elsewhere = await signIn(app, user);
    for (let i = 1; i <= 4; i++) {
      const wrong = await guesser.gql(CHANGE, { c: `wrong guess number ${i}`, n: 'a brand new passphrase' });
      expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    }
    const stolen = guesser.cookie;
    const fifth = await guesser.gql(CHANGE, { c: 'wrong guess number 5', n: 'a brand new passphrase' });
    expect(fifth.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(cookieOf(fifth.headers)).toMatch(/Max-Age=0/i);
    // The old cookie, kept, no longer works: the session has ended server-side, the right password does not revive it.
    const replay = app.client();
    replay.cookie = stolen;
    expect(await replay.code(CHANGE, { c: TEST_PASSWORD, n: 'a brand new passphrase' })).toBe('UNAUTHENTICATED');
    expect((await replay.ok<{ me: null }>(ME)).me).toBeNull();
    const ended = await app.deps.dataSource.query(`SELECT failed_password_checks, revoked_at FROM sessions WHERE user_id = $1 AND revoked_at IS NOT NULL`, [
      user.id,
    ]);
    expect(ended).toHaveLength(1);
    expect(ended[0].failed_password_checks).toBe(5);
    // The password is unchanged, the account's other session goes on, and a new sign-in starts a fresh count.
    expect((await elsewhere.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
    const again = await signIn(app, user);
    expect((await again.gql(CHANGE, { c: 'wrong once more', n: 'a brand new passphrase' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await again.ok(CHANGE, { c: TEST_PASSWORD, n: 'a brand new passphrase' })).toEqual({ changePassword: true });
    const audit = await app.deps.dataSource.query(`SELECT action FROM audit_entries WHERE entity_id = $1 AND action LIKE 'auth.%' ORDER BY seq`, [user.id]);
    expect(audit.filter((a: { action: string }) => a.action === 'auth.password_check_failed')).toHaveLength(6);
    expect(audit.filter((a: { action: string }) => a.action === 'auth.session_ended')).toHaveLength(1);
  });

  it('refuses every account operation without a session', async () => {
    const anonymous = app.client();
    expect((await anonymous.ok<{ me: null }>(ME)).me).toBeNull();
    expect(await anonymous.code(LOGOUT)).toBe('UNAUTHENTICATED');
    expect(await anonymous.code(CHANGE, { c: TEST_PASSWORD, n: 'whatever long enough' })).toBe('UNAUTHENTICATED');
    expect(await anonymous.code(SETUP)).toBe('UNAUTHENTICATED');
    expect(await anonymous.code(CONFIRM, { code: '123456' })).toBe('UNAUTHENTICATED');
  });

  it('honours COOKIE_SECURE: always with true, behind an https proxy with auto', async () => {
    const user = await createUser(app);
    const secure = await startTestApp({ COOKIE_SECURE: 'true' });
    const proxied = await startTestApp({ COOKIE_SECURE: 'auto', TRUST_PROXY: '1' });
    try {
      const login = (url: string, headers: Record<string, string> = {}) =>
        fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({
            query: `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`,
            variables: { e: user.email, p: user.password },
          }),
        });
      expect(cookieOf((await login(secure.url)).headers)).toMatch(/; Secure/i);
      expect(cookieOf((await login(proxied.url, { 'x-forwarded-proto': 'https' })).headers)).toMatch(/; Secure/i);
      expect(cookieOf((await login(proxied.url)).headers)).not.toMatch(/Secure/i);
    } finally {
      await secure.close();
      await proxied.close();
    }
  });
});

describe('two-factor sign-in (TOTP, RFC 6238)', () => {
  let app: TestApp;
  let user: TestUser;
  let secret: string;
  const clock = midStep();
  beforeAll(async () => {
    app = await startTestApp({}, { now: () => clock });
    user = await createUser(app);
  });
  afterAll(() => app.close());

  it('computes the RFC 6238 SHA-1 test vectors (6 digits)', () => {
    const rfcSecret = Buffer.from('12345678901234567890');
    const vectors: [number, string][] = [
      [59, '287082'],
      [1111111109, '081804'],
      [1111111111, '050471'],
      [1234567890, '005924'],
      [2000000000, '279037'],
    ];
    for (const [time, code] of vectors) expect(hotp(rfcSecret, totpStep(time * 1000))).toBe(code);
  });

  it('sets up a secret, stored encrypted, and confirms it with a current code', async () => {
    const client = await signIn(app, user);
    const setup = await client.ok<{ setupTotp: { secret: string; otpauthUrl: string } }>(SETUP);
    secret = setup.setupTotp.secret;
    expect(setup.setupTotp.otpauthUrl).toContain(`secret=${secret}`);
    const [row] = await app.deps.dataSource.query(`SELECT totp_secret, totp_enabled FROM users WHERE id = $1`, [user.id]);
    expect(row.totp_enabled).toBe(false);
    expect(row.totp_secret).not.toContain(secret);
    expect(Buffer.from(row.totp_secret, 'base64').toString('latin1')).not.toContain(secret);

    // Not yet confirmed: sign-in still works without a code.
    expect((await app.client().login(user.email, user.password)).errors).toBeUndefined();
    const wrong = await client.gql(CONFIRM, { code: '000000' === codeAt(secret, totpStep(clock)) ? '111111' : '000000' });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    // One step of drift: the previous step's code confirms.
    expect(await client.ok(CONFIRM, { code: codeAt(secret, totpStep(clock) - 1) })).toEqual({ confirmTotp: true });
    expect(await client.code(SETUP)).toBe('CONFLICT');
    expect(await client.code(CONFIRM, { code: codeAt(secret, totpStep(clock)) })).toBe('CONFLICT');
  });

  it('then requires a valid code at sign-in, within one step of drift, each code once', async () => {
    const now = totpStep(clock);
    const code = async (totpCode?: string) =>
      (await app.client().login(user.email, user.password, totpCode)).errors?.[0].extensions?.code ?? null;
    expect(await code()).toBe('UNAUTHENTICATED');
    expect(await code('12345')).toBe('UNAUTHENTICATED');
    expect(await code(codeAt(secret, now + 2))).toBe('UNAUTHENTICATED');
    // The code used to confirm (step now-1) is spent.
    expect(await code(codeAt(secret, now - 1))).toBe('UNAUTHENTICATED');
    expect(await code(codeAt(secret, now))).toBeNull();
    expect(await code(codeAt(secret, now))).toBe('UNAUTHENTICATED');
    // Those were five failures: the window is let pass before going on.
    await app.deps.dataSource.query(`DELETE FROM login_attempts WHERE email_hash = $1`, [sha256Hex(user.email)]);
    expect(await code(codeAt(secret, now + 1))).toBeNull();
    // A right code with a wrong password is no sign-in either.
    const withWrongPassword = await app.client().login(user.email, 'not the password', codeAt(secret, now + 1));
    expect(withWrongPassword.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const [{ failures }] = await app.deps.dataSource.query(
      `SELECT count(*)::int AS failures FROM login_attempts WHERE email_hash = $1`,
      [sha256Hex(user.email)],
    );
    expect(failures).toBe(1);
  });

  it('does not leak the secret to anyone afterwards', async () => {
    const client = await signIn(app, await createUser(app));
    const result = await client.gql(`{ me { id totpSecret } }`);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(result)).not.toContain(secret);
  });
});
