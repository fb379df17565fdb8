import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createScratchDatabase, embeddedTestDatabase, type ScratchDatabase } from '../../server/test/support/scratch-database';
import { base32Decode, hotp, totpStep } from '../../server/src/modules/auth/totp';
import { startServerProcess, type ServerProcess } from '../support/server-process';

const PASSWORD = 'coalition-demo-2013';
const PARALLEL = 20;
const LOGIN = `mutation ($email: String!, $password: String!, $totpCode: String) { login(email: $email, password: $password, totpCode: $totpCode) { id } }`;
const CHANGE = `mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const ME = `{ me { id memberships { organisation { id slug } } } }`;
const INVITE = `mutation ($org: ID!, $email: String!) { inviteMember(organisationId: $org, email: $email, roles: [VIEWER]) { token } }`;
const ACCEPT = `mutation ($token: String!) { acceptInvitation(token: $token, displayName: "New Member", password: "a long enough passphrase") { id } }`;
const ACCEPT_AS_ME = `mutation ($token: String!) { acceptInvitationAsMe(token: $token) { roles } }`;

interface Answer<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** How many answers succeeded, and how many failed with each code. */
function tally(answers: Answer[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of answers) {
    const key = a.errors?.length ? (a.errors[0].extensions?.code ?? 'NO_CODE') : 'OK';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/**
 * The account limits hold under concurrency: 20 requests at once, spread over two server processes on
 * one PostgreSQL database, get no more than one request would. Each limit lives in PostgreSQL (an
 * advisory lock per email, the session row's lock, the invitation row's lock), not in a process.
 */
(embeddedTestDatabase() ? describe.skip : describe)('account limits under 20 parallel requests on two processes', () => {
  let db: ScratchDatabase;
  let sql: Client;
  const servers: ServerProcess[] = [];
  const dataDirs: string[] = [];

  async function call<T = Record<string, unknown>>(server: number, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
    const response = await fetch(`${servers[server % servers.length].url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    return { answer: (await response.json()) as Answer<T>, cookie: setCookie || null };
  }

  /** The same request 20 times at once, alternating between the two processes. */
  const burst = (query: string, variables: (i: number) => Record<string, unknown>, cookie?: string) =>
    Promise.all(Array.from({ length: PARALLEL }, (_, i) => call(i, query, variables(i), cookie).then((r) => r.answer)));

  async function signIn(email: string): Promise<string> {
    const { answer, cookie } = await call(0, LOGIN, { email, password: PASSWORD });
    if (answer.errors) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(answer.errors)}`);
    return cookie!;
  }

  const orgId = async (slug: string) => ((await sql.query(`SELECT id FROM organisations WHERE slug = $1`, [slug])).rows[0] as { id: string }).id;
  const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

  beforeAll(async () => {
    db = await createScratchDatabase('coalition_limits');
    const key = crypto.randomBytes(32).toString('base64');
    const env = (extra: Record<string, string>) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-limits-'));
      dataDirs.push(dataDir);
      return { DATABASE_URL: db.url, COALITION_MASTER_KEY: key, DATA_DIR: dataDir, NODE_ENV: 'production', LOG_LEVEL: 'warn', COOKIE_SECURE: 'false', ...extra };
    };
    servers.push(await startServerProcess(env({ SEED_DEMO: '1' }), 120_000));
    servers.push(await startServerProcess(env({}), 120_000));
    sql = new Client({ connectionString: db.url });
    await sql.connect();
  }, 300_000);

  afterAll(async () => {
    await sql?.end();
    for (const s of servers) await s.stop();
    for (const d of dataDirs) fs.rmSync(d, { recursive: true, force: true });
    await db?.drop();
  }, 60_000);

  it('the login limit: 20 parallel wrong passwords for one email get 5 guesses, the rest RATE_LIMITED', async () => {
    const email = 'viewer@fidh.example.org';
    const answers = await burst(LOGIN, (i) => ({ email, password: `wrong guess ${i}` }));
    expect(tally(answers)).toEqual({ UNAUTHENTICATED: 5, RATE_LIMITED: 15 });
    const { rows } = await sql.query(`SELECT count(*)::int AS n FROM login_attempts WHERE email_hash = $1`, [sha256(email)]);
    expect(rows[0].n).toBe(5);
    expect((await call(1, LOGIN, { email, password: PASSWORD })).answer.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('a TOTP code signs in once, whatever the number of parallel sign-ins with it', async () => {
    const email = 'viewer@nota-bene.example.org';
    const cookie = await signIn(email);
    const setup = (await call<{ setupTotp: { secret: string } }>(1, `mutation { setupTotp { secret } }`, {}, cookie)).answer;
    const secret = base32Decode(setup.data!.setupTotp.secret);
    // Confirmed with this step's code; the sign-ins use the next step's (valid with one step of drift either way).
    const now = totpStep();
    expect((await call(0, `mutation ($code: String!) { confirmTotp(code: $code) }`, { code: hotp(secret, now) }, cookie)).answer.errors).toBeUndefined();
    const code = hotp(secret, now + 1);
    const answers = await burst(LOGIN, () => ({ email, password: PASSWORD, totpCode: code }));
    const counts = tally(answers);
    expect(counts.OK).toBe(1);
    // The replays are failures like any other, so the login limit stops them after five.
    expect(counts.UNAUTHENTICATED).toBe(5);
    expect(counts.RATE_LIMITED).toBe(PARALLEL - 6);
    const { rows } = await sql.query(
      `SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1 AND s.revoked_at IS NULL`,
      [email],
    );
    // The session that set TOTP up, and the one sign-in.
    expect(rows[0].n).toBe(2);
  });

  it('changePassword: 20 parallel wrong current passwords in one session get 5 guesses, and the session ends', async () => {
    const email = 'caseworker@fidh.example.org';
    const cookie = await signIn(email);
    const answers = await burst(CHANGE, (i) => ({ c: `wrong current password ${i}`, n: 'a brand new passphrase' }), cookie);
    expect(tally(answers)).toEqual({ BAD_USER_INPUT: 4, UNAUTHENTICATED: 16 });
    const { rows } = await sql.query(
      `SELECT s.failed_password_checks, s.revoked_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1`,
      [email],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].failed_password_checks).toBe(5);
    expect(rows[0].revoked_at).not.toBeNull();
    expect((await call(1, CHANGE, { c: PASSWORD, n: 'a brand new passphrase' }, cookie)).answer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await call(0, LOGIN, { email, password: PASSWORD })).answer.errors).toBeUndefined();
  });

  it('an invitation is accepted once: 20 parallel acceptInvitation make one account and one membership', async () => {
    const admin = await signIn('admin@adc-memorial.example.org');
    const email = `newcomer-${crypto.randomBytes(3).toString('hex')}@test.example.org`;
    const { token } = (await call<{ inviteMember: { token: string } }>(1, INVITE, { org: await orgId('adc-memorial'), email }, admin)).answer.data!.inviteMember;
    const answers = await burst(ACCEPT, () => ({ token }));
    expect(tally(answers)).toEqual({ OK: 1, NOT_FOUND: PARALLEL - 1 });
    const { rows } = await sql.query(`SELECT count(DISTINCT u.id)::int AS users, count(m.*)::int AS memberships FROM users u LEFT JOIN memberships m ON m.user_id = u.id WHERE u.email = $1`, [
      email,
    ]);
    expect(rows[0]).toEqual({ users: 1, memberships: 1 });
  });

  it('two invitations of one new email accepted at once make one account; the other must be accepted signed in', async () => {
    const email = `twice-${crypto.randomBytes(3).toString('hex')}@test.example.org`;
    const tokens: string[] = [];
    for (const slug of ['adc-memorial', 'fidh']) {
      const admin = await signIn(`admin@${slug}.example.org`);
      tokens.push((await call<{ inviteMember: { token: string } }>(0, INVITE, { org: await orgId(slug), email }, admin)).answer.data!.inviteMember.token);
    }
    const answers = await burst(ACCEPT, (i) => ({ token: tokens[i % 2] }));
    const counts = tally(answers);
    expect(counts.OK).toBe(1);
    expect((counts.NOT_FOUND ?? 0) + (counts.UNAUTHENTICATED ?? 0)).toBe(PARALLEL - 1);
    const { rows } = await sql.query(`SELECT count(DISTINCT u.id)::int AS users, count(m.*)::int AS memberships FROM users u LEFT JOIN memberships m ON m.user_id = u.id WHERE u.email = $1`, [
      email,
    ]);
    expect(rows[0]).toEqual({ users: 1, memberships: 1 });
  });

  it('20 parallel acceptInvitationAsMe of one invitation make one membership', async () => {
    const admin = await signIn('admin@adc-memorial.example.org');
    const email = 'viewer@gendermedia.example.org';
    const { token } = (await call<{ inviteMember: { token: string } }>(0, INVITE, { org: await orgId('adc-memorial'), email }, admin)).answer.data!.inviteMember;
    const invitee = await signIn(email);
    const answers = await burst(ACCEPT_AS_ME, () => ({ token }), invitee);
    expect(tally(answers)).toEqual({ OK: 1, NOT_FOUND: PARALLEL - 1 });
    const me = (await call<{ me: { memberships: { organisation: { slug: string } }[] } }>(1, ME, {}, invitee)).answer.data!.me;
    expect(me.memberships.map((m) => m.organisation.slug).sort()).toEqual(['adc-memorial', 'gendermedia']);
  });

  it('password-reset requests: the per-email and per-client limits count on both processes (PostgreSQL, not a process)', async () => {
    const email = 'signatory@fidh.example.org';
    const REQUEST = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
    // 20 at once for one email, alternating processes: 3 per email per hour, whichever process answers.
    expect(tally(await burst(REQUEST, () => ({ email })))).toEqual({ OK: 3, RATE_LIMITED: PARALLEL - 3 });
    const byEmail = await sql.query(`SELECT count(*)::int AS n FROM password_reset_attempts WHERE email_hash = $1`, [sha256(`password-reset:${email}`)]);
    expect(byEmail.rows[0].n).toBe(3);
    // Each accepted request issued a token (single use, 30 minutes), and the email has been refused since.
    const tokens = await sql.query(
      `SELECT count(*)::int AS n, bool_and(expires_at <= now() + interval '30 minutes' AND expires_at > now() + interval '29 minutes') AS thirty FROM password_reset_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = $1`,
      [email],
    );
    expect(tokens.rows[0]).toEqual({ n: 3, thirty: true });
    for (const server of [0, 1]) expect((await call(server, REQUEST, { email })).answer.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // The same client (this test's address) may ask 10 times an hour, whatever the emails: 3 asked already.
    const unknown = (i: number) => `nobody-${i}-${crypto.randomBytes(3).toString('hex')}@test.example.org`;
    expect(tally(await burst(REQUEST, (i) => ({ email: unknown(i) })))).toEqual({ OK: 7, RATE_LIMITED: PARALLEL - 7 });
    for (const server of [0, 1]) expect((await call(server, REQUEST, { email: unknown(99) })).answer.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
