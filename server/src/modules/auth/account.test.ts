import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OrgRole, CoalitionRole } from '@coalition/shared';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { createOrg, createUser, signIn, TEST_PASSWORD, type TestUser } from '../../../test/support/factories';
import { createScratchDatabase, embeddedTestDatabase, migrateDatabase, type ScratchDatabase } from '../../../test/support/scratch-database';
import { startSmtpSink, type SmtpSink } from '../../../test/support/smtp-sink';
import { waitUntil } from '../../../test/support/wait-until';
import { JobQueue } from '../../core/mail/job-queue';
import { MailWorker } from '../../core/mail/mail-worker';
import type { TestClient } from '../../../test/support/test-client';
import { sha256Hex } from '../../core/crypto/secret-box';
import { PASSWORD_RESETS_PER_CLIENT, PASSWORD_RESETS_PER_EMAIL } from './account.service';
import { base32Decode, hotp, totpStep } from './totp';

const ME = `{ me { id } }`;
const REQUEST = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation ($token: String!, $p: String!) { resetPassword(token: $token, newPassword: $p) }`;
const SETUP = `mutation { setupTotp { secret } }`;
const CONFIRM = `mutation ($code: String!) { confirmTotp(code: $code) }`;
const CODES = `mutation ($p: String!) { generateRecoveryCodes(currentPassword: $p) }`;
const DISABLE = `mutation ($p: String!, $code: String!) { disableTotp(currentPassword: $p, code: $code) }`;
const SESSIONS = `{ mySessions { id createdAt lastSeenAt userAgent current } }`;
const REVOKE = `mutation ($id: ID!) { revokeSession(id: $id) }`;
const RESET_TOTP = `mutation ($o: ID!, $u: ID!) { resetMemberTotp(organisationId: $o, userId: $u) }`;
const INVITE = `mutation ($o: ID!, $e: String!) { inviteMember(organisationId: $o, email: $e, roles: [CASEWORKER]) { id token } }`;

const NEW_PASSWORD = 'a brand new passphrase';
let addressSeq = 0;
/** A client address of its own (the app trusts X-Forwarded-For here), so the per-address limit is the test's. */
const freshAddress = () => `10.${(process.pid >> 8) & 255}.${process.pid & 255}.${++addressSeq}`;

// A database of its own, with its own mail worker sending to a real SMTP server: pg-boss workers of
// other test files must not take these messages.
const describeServer = embeddedTestDatabase() ? describe.skip : describe;

describeServer('accounts', () => {
  let app: TestApp;
  let dataDir: string;
  let scratch: ScratchDatabase;
  let sink: SmtpSink;
  let queue: JobQueue;
  let worker: MailWorker;
  beforeAll(async () => {
    scratch = await createScratchDatabase('coalition_accounts');
    await migrateDatabase(scratch.url);
    sink = await startSmtpSink();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-accounts-'));
    app = await startTestApp({ DATA_DIR: dataDir, TRUST_PROXY: '1', PUBLIC_URL: 'https://coalition.test', SMTP_URL: sink.url }, { databaseUrl: scratch.url });
    queue = await JobQueue.start(app.deps.dataSource, app.deps.log, { pollingIntervalSeconds: 0.5 });
    worker = await MailWorker.start(app.deps, queue, { relayIntervalMs: 100, retryDelaySeconds: 1 });
  }, 60_000);
  afterAll(async () => {
    await worker.stop();
    await queue.stop().catch(() => undefined);
    await app.close();
    await sink.stop();
    await scratch.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  const client = (address = freshAddress()): TestClient => {
    const c = app.client();
    c.headers['x-forwarded-for'] = address;
    return c;
  };
  const mailsTo = (email: string) => sink.to(email).map((m) => ({ subject: m.subject ?? '', text: m.text ?? '', html: typeof m.html === 'string' ? m.html : '' }));
  const resetLinkFor = async (email: string, count = 1) => {
    const mails = await waitUntil(`${count} reset email(s) reach ${email}`, () => {
      const found = mailsTo(email).filter((m) => m.text.includes('/reset-password/'));
      return found.length >= count && found;
    });
    const token = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(mails[count - 1].text)![1];
    return { token, mail: mails[count - 1] };
  };

  describe('password reset', () => {
    it('answers true for known and unknown emails alike, leaves the email to the outbox, and emails only the account', async () => {
      const known: TestUser[] = [];
      for (let i = 0; i < 5; i++) known.push(await createUser(app));
      const request = async (email: string) => ({ result: await client().gql(REQUEST, { email }) });
      const knownRuns = [];
      const unknownRuns = [];
      const unknownEmails: string[] = [];
      for (let i = 0; i < 5; i++) {
        knownRuns.push(await request(known[i].email));
        unknownEmails.push(`nobody-${crypto.randomUUID()}@test.example.org`);
        unknownRuns.push(await request(unknownEmails[i]));
      }
      for (const r of [...knownRuns, ...unknownRuns]) {
        expect(r.result.errors).toBeUndefined();
        expect(r.result.data).toEqual({ requestPasswordReset: true });
      }
      // No SMTP on the request's path: a known email's message is written to the outbox in the request's own
      // transaction and sent by the mail worker afterwards; an unknown email writes none. (How long each kind
      // takes is a measurement for bench/, not a unit test's assertion.)
      const outbox = (await app.deps.dataSource.query(`SELECT lower(recipient) AS recipient FROM mail_messages WHERE lower(recipient) = ANY($1::text[])`, [
        [...known.map((u) => u.email), ...unknownEmails].map((e) => e.toLowerCase()),
      ])) as { recipient: string }[];
      expect(outbox.map((r) => r.recipient).sort()).toEqual(known.map((u) => u.email.toLowerCase()).sort());
      const { mail } = await resetLinkFor(known[0].email);
      for (const u of known) await resetLinkFor(u.email);
      for (const email of unknownEmails) expect(mailsTo(email)).toEqual([]);
      expect(mail.subject).toMatch(/reset/i);
      expect(mail.text).not.toContain('Test user');
      expect(mail.text).toContain('https://coalition.test/reset-password/');
      // Counted alike: one attempt row per request, known or not.
      const [{ n }] = await app.deps.dataSource.query(`SELECT count(*)::int AS n FROM password_reset_attempts WHERE email_hash = $1`, [
        sha256Hex(`password-reset:${known[0].email}`),
      ]);
      expect(n).toBe(1);
    });

    it('keeps a 256-bit token as sha256, sets the password once, ends every session, and still asks TOTP-free users nothing more', async () => {
      const user = await createUser(app);
      const signedIn = await signIn(app, user);
      const other = await signIn(app, user);
      await client().ok(REQUEST, { email: user.email.toUpperCase() });
      const { token } = await resetLinkFor(user.email);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      const rows = await app.deps.dataSource.query(`SELECT token_hash, extract(epoch FROM expires_at - created_at)::int AS life FROM password_reset_tokens WHERE user_id = $1`, [user.id]);
      expect(rows).toEqual([{ token_hash: sha256Hex(token), life: 30 * 60 }]);

      // A bad new password changes nothing and leaves the token usable.
      expect(await client().code(RESET, { token, p: 'short' })).toBe('BAD_USER_INPUT');
      expect(await client().ok(RESET, { token, p: NEW_PASSWORD })).toEqual({ resetPassword: true });
      expect(await client().code(RESET, { token, p: 'yet another passphrase' })).toBe('NOT_FOUND');
      for (const c of [signedIn, other]) expect((await c.ok<{ me: null }>(ME)).me).toBeNull();
      expect((await client().login(user.email, TEST_PASSWORD)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await client().login(user.email, NEW_PASSWORD)).errors).toBeUndefined();
      const audit = await app.deps.dataSource.query(`SELECT action FROM audit_entries WHERE entity_id = $1::text AND action = 'auth.password_reset'`, [user.id]);
      expect(audit).toHaveLength(1);
    });

    it('refuses a token past its 30 minutes', async () => {
      const user = await createUser(app);
      await client().ok(REQUEST, { email: user.email });
      const { token } = await resetLinkFor(user.email);
      // The clock moves on: the token's expiry is put in the past rather than waited for.
      await app.deps.dataSource.query(`UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [sha256Hex(token)]);
      expect(await client().code(RESET, { token, p: NEW_PASSWORD })).toBe('NOT_FOUND');
      expect(await client().code(RESET, { token: 'x'.repeat(43), p: NEW_PASSWORD })).toBe('NOT_FOUND');
      expect((await client().login(user.email, TEST_PASSWORD)).errors).toBeUndefined();
    });

    it('spends a token once under parallel use', async () => {
      const user = await createUser(app);
      await client().ok(REQUEST, { email: user.email });
      const { token } = await resetLinkFor(user.email);
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => client().gql(RESET, { token, p: `${NEW_PASSWORD} ${i}` })));
      expect(results.filter((r) => r.data?.resetPassword === true)).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'NOT_FOUND')).toHaveLength(5);
    });

    it('limits requests per email and per client address, also in parallel, for known and unknown emails alike', async () => {
      const user = await createUser(app);
      const unknown = `nobody-${crypto.randomUUID()}@test.example.org`;
      for (const email of [user.email, unknown]) {
        const results = await Promise.all(Array.from({ length: PASSWORD_RESETS_PER_EMAIL + 5 }, () => client().gql(REQUEST, { email })));
        expect(results.filter((r) => r.data?.requestPasswordReset === true)).toHaveLength(PASSWORD_RESETS_PER_EMAIL);
        expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'RATE_LIMITED')).toHaveLength(5);
      }
      await resetLinkFor(user.email, PASSWORD_RESETS_PER_EMAIL);
      const address = freshAddress();
      const results = await Promise.all(
        Array.from({ length: PASSWORD_RESETS_PER_CLIENT + 4 }, () => client(address).gql(REQUEST, { email: `n-${crypto.randomUUID()}@test.example.org` })),
      );
      expect(results.filter((r) => r.data?.requestPasswordReset === true)).toHaveLength(PASSWORD_RESETS_PER_CLIENT);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'RATE_LIMITED')).toHaveLength(4);
    });
  });

  describe('recovery codes and TOTP', () => {
    async function withTotp(): Promise<{ user: TestUser; c: TestClient; secret: string }> {
      const user = await createUser(app);
      const c = await signIn(app, user);
      const { setupTotp } = await c.ok<{ setupTotp: { secret: string } }>(SETUP);
      await c.ok(CONFIRM, { code: hotp(base32Decode(setupTotp.secret), totpStep()) });
      return { user, c, secret: setupTotp.secret };
    }

    it('gives 10 single-use codes, kept only as hashes; a code signs in once in place of TOTP', async () => {
      const { user, c } = await withTotp();
      expect(await c.code(CODES, { p: 'wrong password' })).toBe('BAD_USER_INPUT');
      const { generateRecoveryCodes: codes } = await c.ok<{ generateRecoveryCodes: string[] }>(CODES, { p: TEST_PASSWORD });
      expect(codes).toHaveLength(10);
      expect(new Set(codes).size).toBe(10);
      const stored = await app.deps.dataSource.query(`SELECT code_hash FROM recovery_codes WHERE user_id = $1`, [user.id]);
      expect(stored).toHaveLength(10);
      for (const row of stored as { code_hash: string }[]) expect(codes.some((code) => row.code_hash.includes(code.replace(/-/g, '')))).toBe(false);

      expect((await client().login(user.email, TEST_PASSWORD)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      // Typed loosely (lower case, no dashes), used twice at once: one sign-in.
      const loose = codes[0].toLowerCase().replace(/-/g, ' ');
      const both = await Promise.all([client().login(user.email, TEST_PASSWORD, loose), client().login(user.email, TEST_PASSWORD, codes[0])]);
      expect(both.filter((r) => !r.errors)).toHaveLength(1);
      expect((await client().login(user.email, TEST_PASSWORD, codes[0])).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await client().login(user.email, TEST_PASSWORD, codes[1])).errors).toBeUndefined();

      // New codes replace the old ones.
      const { generateRecoveryCodes: fresh } = await c.ok<{ generateRecoveryCodes: string[] }>(CODES, { p: TEST_PASSWORD });
      expect((await client().login(user.email, TEST_PASSWORD, codes[2])).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await client().login(user.email, TEST_PASSWORD, fresh[0])).errors).toBeUndefined();
    });

    it('turns TOTP off with the password and a recovery code, not with a wrong code', async () => {
      const { user, c } = await withTotp();
      const { generateRecoveryCodes: codes } = await c.ok<{ generateRecoveryCodes: string[] }>(CODES, { p: TEST_PASSWORD });
      expect(await c.code(DISABLE, { p: TEST_PASSWORD, code: '000000' })).toBe('BAD_USER_INPUT');
      expect(await c.code(DISABLE, { p: 'wrong password', code: codes[0] })).toBe('BAD_USER_INPUT');
      expect(await c.ok(DISABLE, { p: TEST_PASSWORD, code: codes[0] })).toEqual({ disableTotp: true });
      expect((await client().login(user.email, TEST_PASSWORD)).errors).toBeUndefined();
      const [row] = await app.deps.dataSource.query(`SELECT totp_enabled, totp_secret, (SELECT count(*)::int FROM recovery_codes WHERE user_id = $1) AS codes FROM users WHERE id = $1`, [user.id]);
      expect(row).toEqual({ totp_enabled: false, totp_secret: null, codes: 0 });
      expect(await c.code(DISABLE, { p: TEST_PASSWORD, code: codes[1] })).toBe('CONFLICT');
      expect(await c.code(CODES, { p: TEST_PASSWORD })).toBe('CONFLICT');
    });

    it('ends the session at the fifth wrong password or code', async () => {
      const { c } = await withTotp();
      for (let i = 0; i < 4; i++) expect(await c.code(DISABLE, { p: TEST_PASSWORD, code: '000000' })).toBe('BAD_USER_INPUT');
      expect(await c.code(DISABLE, { p: TEST_PASSWORD, code: '000000' })).toBe('UNAUTHENTICATED');
      expect((await c.ok<{ me: null }>(ME)).me).toBeNull();
    });
  });

  describe('sessions', () => {
    it("lists the viewer's own live sessions and ends one; anyone else's is NOT_FOUND", async () => {
      const user = await createUser(app);
      const stranger = await signIn(app, await createUser(app));
      const a = client();
      a.headers['user-agent'] = 'Browser A/1.0';
      await a.login(user.email, TEST_PASSWORD);
      const b = client();
      b.headers['user-agent'] = 'Browser B/2.0';
      await b.login(user.email, TEST_PASSWORD);
      type S = { mySessions: { id: string; userAgent: string | null; current: boolean }[] };
      const { mySessions } = await a.ok<S>(SESSIONS);
      expect(mySessions).toHaveLength(2);
      // This browser's session first, though B signed in later.
      expect(mySessions.map((s) => s.current)).toEqual([true, false]);
      const mine = mySessions.find((s) => s.current)!;
      const theirs = mySessions.find((s) => !s.current)!;
      expect(mine.userAgent).toBe('Browser A/1.0');
      expect(theirs.userAgent).toBe('Browser B/2.0');
      expect(await stranger.code(REVOKE, { id: theirs.id })).toBe('NOT_FOUND');
      expect(await stranger.code(REVOKE, { id: 'not-an-id' })).toBe('NOT_FOUND');
      expect((await b.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
      expect(await a.ok(REVOKE, { id: theirs.id })).toEqual({ revokeSession: true });
      expect((await b.ok<{ me: null }>(ME)).me).toBeNull();
      expect((await a.ok<S>(SESSIONS)).mySessions.map((s) => s.id)).toEqual([mine.id]);
      expect(await a.ok(REVOKE, { id: mine.id })).toEqual({ revokeSession: true });
      expect((await a.ok<{ me: null }>(ME)).me).toBeNull();
    });

    it('records a sign-in from a browser not seen before, once per browser', async () => {
      const user = await createUser(app);
      const newSignIns = async () =>
        ((await app.deps.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_id = $1::text AND action = 'auth.new_sign_in'`, [user.id])) as { n: number }[])[0].n;
      const browser = client();
      await browser.login(user.email, TEST_PASSWORD);
      expect(await newSignIns()).toBe(1);
      await browser.ok(`mutation { logout }`);
      await browser.login(user.email, TEST_PASSWORD);
      expect(await newSignIns()).toBe(1);
      await client().login(user.email, TEST_PASSWORD);
      expect(await newSignIns()).toBe(2);
      const [{ n }] = await app.deps.dataSource.query(`SELECT count(*)::int AS n FROM known_browsers WHERE user_id = $1`, [user.id]);
      expect(n).toBe(2);
    });
  });

  describe("an ADMIN's reset of a member's TOTP", () => {
    const enableTotp = (userId: string) => app.deps.dataSource.query(`UPDATE users SET totp_enabled = true, totp_secret = 'sealed' WHERE id = $1`, [userId]);
    const totpOn = async (userId: string) => ((await app.deps.dataSource.query(`SELECT totp_enabled FROM users WHERE id = $1`, [userId])) as { totp_enabled: boolean }[])[0].totp_enabled;

    it('resets a single-organisation member of its own organisation: sessions end, audited, the member is emailed', async () => {
      const org = await createOrg(app);
      const admin = await signIn(app, await createUser(app, { memberships: [{ organisationId: org.id, roles: [OrgRole.ADMIN] }] }));
      const member = await createUser(app, { memberships: [{ organisationId: org.id, roles: [OrgRole.CASEWORKER] }] });
      const memberClient = await signIn(app, member);
      await enableTotp(member.id);
      expect(await admin.ok(RESET_TOTP, { o: org.id, u: member.id })).toEqual({ resetMemberTotp: true });
      expect(await totpOn(member.id)).toBe(false);
      expect((await memberClient.ok<{ me: null }>(ME)).me).toBeNull();
      const audit = await app.deps.dataSource.query(`SELECT organisation_id FROM audit_entries WHERE entity_id = $1::text AND action = 'member.reset_totp'`, [member.id]);
      expect(audit).toEqual([{ organisation_id: org.id }]);
      const mail = await waitUntil('the member is told', () => mailsTo(member.email)[0]);
      expect(mail.subject).toMatch(/two-factor/i);
      expect(await admin.code(RESET_TOTP, { o: org.id, u: member.id })).toBe('CONFLICT');
    });

    it('stays within the limits: own organisation only, no multi-organisation member, no admin, no coordinator; the COORDINATOR may', async () => {
      const org = await createOrg(app);
      const otherOrg = await createOrg(app);
      const adminUser = await createUser(app, { memberships: [{ organisationId: org.id, roles: [OrgRole.ADMIN] }] });
      const admin = await signIn(app, adminUser);
      const otherAdmin = await signIn(app, await createUser(app, { memberships: [{ organisationId: otherOrg.id, roles: [OrgRole.ADMIN] }] }));
      const caseworker = await signIn(app, await createUser(app, { memberships: [{ organisationId: org.id, roles: [OrgRole.CASEWORKER] }] }));
      const member = await createUser(app, { memberships: [{ organisationId: org.id, roles: [OrgRole.VIEWER] }] });
      const twoOrgs = await createUser(app, { memberships: [{ organisationId: org.id, roles: [OrgRole.VIEWER] }, { organisationId: otherOrg.id, roles: [OrgRole.VIEWER] }] });
      const secondAdmin = await createUser(app, { memberships: [{ organisationId: org.id, roles: [OrgRole.ADMIN] }] });
      const coordinatorMember = await createUser(app, { memberships: [{ organisationId: org.id, roles: [OrgRole.VIEWER] }], coalitionRoles: [CoalitionRole.COORDINATOR] });
      const outsider = await createUser(app, { memberships: [{ organisationId: otherOrg.id, roles: [OrgRole.VIEWER] }] });
      for (const u of [member, twoOrgs, secondAdmin, coordinatorMember, outsider, adminUser]) await enableTotp(u.id);

      expect(await otherAdmin.code(RESET_TOTP, { o: org.id, u: member.id })).toBe('FORBIDDEN');
      expect(await caseworker.code(RESET_TOTP, { o: org.id, u: member.id })).toBe('FORBIDDEN');
      expect(await client().code(RESET_TOTP, { o: org.id, u: member.id })).toBe('UNAUTHENTICATED');
      expect(await admin.code(RESET_TOTP, { o: org.id, u: outsider.id })).toBe('NOT_FOUND');
      expect(await admin.code(RESET_TOTP, { o: otherOrg.id, u: outsider.id })).toBe('FORBIDDEN');
      for (const u of [twoOrgs, secondAdmin, coordinatorMember, adminUser]) expect(await admin.code(RESET_TOTP, { o: org.id, u: u.id })).toBe('FORBIDDEN');
      for (const u of [member, twoOrgs, secondAdmin, coordinatorMember, outsider, adminUser]) expect(await totpOn(u.id)).toBe(true);

      const coordinator = await signIn(app, await createUser(app, { coalitionRoles: [CoalitionRole.COORDINATOR] }));
      for (const u of [twoOrgs, secondAdmin]) expect(await coordinator.ok(RESET_TOTP, { o: org.id, u: u.id })).toEqual({ resetMemberTotp: true });
      expect(await admin.ok(RESET_TOTP, { o: org.id, u: member.id })).toEqual({ resetMemberTotp: true });
    });
  });

  describe('invitations', () => {
    it('emails the token to the invitee; with SMTP_URL set the inviting admin never sees it', async () => {
      const org = await createOrg(app);
      const admin = await signIn(app, await createUser(app, { memberships: [{ organisationId: org.id, roles: [OrgRole.ADMIN] }] }));
      const email = `invitee-${crypto.randomUUID()}@test.example.org`;
      const { inviteMember } = await admin.ok<{ inviteMember: { id: string; token: string | null } }>(INVITE, { o: org.id, e: email });
      expect(inviteMember.token).toBeNull();
      const mail = await waitUntil('the invitee is emailed', () => mailsTo(email)[0]);
      const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
      const [{ token_hash: hash }] = await app.deps.dataSource.query(`SELECT token_hash FROM invitations WHERE id = $1`, [inviteMember.id]);
      expect(hash).toBe(sha256Hex(token));
      const invitations = await admin.ok<{ invitations: { token: string | null }[] }>(`query ($o: ID!) { invitations(organisationId: $o) { token } }`, { o: org.id });
      expect(invitations.invitations).toEqual([{ token: null }]);

      // Without SMTP_URL (mail written as files) the answer also carries it, to be passed on out of band.
      const fileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-accounts-files-'));
      const withoutSmtp = await startTestApp({ DATA_DIR: fileDir }, { databaseUrl: scratch.url });
      try {
        const admin2 = await signIn(withoutSmtp, await createUser(withoutSmtp, { memberships: [{ organisationId: org.id, roles: [OrgRole.ADMIN] }] }));
        const shown = await admin2.ok<{ inviteMember: { token: string | null } }>(INVITE, { o: org.id, e: `invitee-${crypto.randomUUID()}@test.example.org` });
        expect(shown.inviteMember.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      } finally {
        await withoutSmtp.close();
        fs.rmSync(fileDir, { recursive: true, force: true });
      }
    });
  });
});
