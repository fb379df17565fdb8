import crypto from 'node:crypto';
import ical, { type VEvent } from 'node-ical';
import { CoalitionRole, OrgRole } from '@coalition/shared';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { coalitionUser, createUser, orgWithMembers, signIn, TEST_PASSWORD, type TestOrgWithMembers, type TestUser } from '../../../test/support/factories';
import { createCase, SHARE } from '../../../test/support/case-fixtures';
import { CREATE_BRIEFING, DECIDE_BRIEFING, RELEASE_BRIEFING, SUBMIT_BRIEFING } from '../../../test/support/briefing-fixtures';
import { ATTACH, uploadBytes } from '../../../test/support/evidence-fixtures';
import type { TestClient } from '../../../test/support/test-client';
import { waitUntil } from '../../../test/support/wait-until';
import { base32Decode, hotp, totpStep } from '../auth/totp';
import { NOTIFICATION_LANGUAGES, notificationText, renderNotificationEmail } from '../notifications/notification-texts';
import { NotificationWorker } from '../notifications/notification.worker';

const LOCK = `mutation ($id: ID!) { lockOrganisation(id: $id) { id locked lockedAt requireTotp } }`;
const UNLOCK = `mutation ($id: ID!) { unlockOrganisation(id: $id) { id locked lockedAt } }`;
const REQUIRE = `mutation ($id: ID!, $required: Boolean!) { setOrganisationRequireTotp(id: $id, required: $required) { id requireTotp } }`;
const STATE = `query ($id: ID!) { organisation(id: $id) { locked lockedAt requireTotp } }`;
const ME = `{ me { id } }`;
const RECOVERY_CODES = `mutation ($p: String!) { generateRecoveryCodes(currentPassword: $p) }`;
const ADD_TASK = `mutation ($caseId: ID!, $input: CaseTaskInput!) { addCaseTask(caseId: $caseId, input: $input) { id } }`;
const ROTATE_CALENDAR = `mutation { rotateCalendarFeed }`;
const NOTIFICATIONS = `query { notifications(first: 100) { edges { node { kind text link organisation { id } } } } }`;

const UNKNOWN = '00000000-0000-0000-0000-000000000000';

/** TOTP turned on for the user (a code of the previous step), with recovery codes for later sign-ins. */
async function enrolTotp(app: TestApp, user: TestUser): Promise<{ codes: string[]; now: () => string }> {
  const client = await signIn(app, user);
  const { setupTotp } = await client.ok<{ setupTotp: { secret: string } }>(`mutation { setupTotp { secret } }`);
  const secret = base32Decode(setupTotp.secret);
  await client.ok(`mutation ($code: String!) { confirmTotp(code: $code) }`, { code: hotp(secret, totpStep() - 1) });
  const { generateRecoveryCodes } = await client.ok<{ generateRecoveryCodes: string[] }>(RECOVERY_CODES, { p: TEST_PASSWORD });
  return { codes: generateRecoveryCodes, now: () => hotp(secret, totpStep()) };
}

async function signInWith(app: TestApp, user: TestUser, code?: string): Promise<TestClient> {
  const client = app.client();
  const result = await client.login(user.email, user.password, code);
  if (result.errors) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
  return client;
}

/** A briefing of the team's own case, created, submitted and approved; released too when asked. */
async function briefing(team: TestOrgWithMembers, caseId: string, release: boolean): Promise<string> {
  const { createBriefing } = await team.caseworker.ok<{ createBriefing: { id: string } }>(CREATE_BRIEFING, {
    input: { organisationId: team.org.id, title: 'Briefing for the OSCE', audience: 'OSCE ODIHR', caseIds: [caseId], includeStatistics: false },
  });
  await team.caseworker.ok(SUBMIT_BRIEFING, { id: createBriefing.id });
  await team.admin.ok(DECIDE_BRIEFING, { id: createBriefing.id, org: team.org.id, approve: true });
  if (release) await team.admin.ok(RELEASE_BRIEFING, { id: createBriefing.id });
  return createBriefing.id;
}

async function errorOf(response: Response): Promise<{ code?: string; reason?: string }> {
  const body = (await response.json()) as { errors: { extensions: { code?: string; reason?: string } }[] };
  return body.errors[0].extensions;
}

describe('emergency lock', () => {
  let app: TestApp;
  let own: TestOrgWithMembers;
  let other: TestOrgWithMembers;
  let coordinator: TestClient;
  let coordinatorUser: TestUser;
  let liaison: TestClient;
  let db: Client;

  beforeAll(async () => {
    app = await startTestApp();
    own = await orgWithMembers(app);
    other = await orgWithMembers(app);
    ({ client: coordinator, user: coordinatorUser } = await coalitionUser(app, CoalitionRole.COORDINATOR));
    liaison = (await coalitionUser(app, CoalitionRole.LIAISON)).client;
    db = new Client({ connectionString: process.env.COALITION_TEST_DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await app.close();
  });

  /** Raw SQL as the application role acting as this user (what the server's authentication sets): PostgreSQL alone. */
  async function asUser<T>(userId: string, run: () => Promise<T>): Promise<T> {
    await db.query('BEGIN');
    try {
      await db.query(`SELECT * FROM app_act_as($1)`, [userId]);
      await db.query(`SET LOCAL ROLE ${app.deps.config.DB_APP_ROLE}`);
      return await run();
    } finally {
      await db.query('ROLLBACK');
    }
  }

  /** The cases a calendar feed's events link to (it answers 200). */
  async function feedCases(feedPath: string): Promise<string[]> {
    const response = await fetch(`${app.url}${feedPath}`);
    expect(response.status).toBe(200);
    const events = Object.values(ical.sync.parseICS(await response.text())).filter((e): e is VEvent => e?.type === 'VEVENT');
    // Lines of an .ics are folded at 75 octets: the link is read from the parsed event.
    return events.map((e) => /\/cases\/([0-9a-f-]{36})/.exec(JSON.stringify(e.url ?? ''))?.[1] ?? 'no case link');
  }

  const lockedAt = async (id: string) =>
    ((await app.deps.dataSource.query(`SELECT locked_at FROM organisations WHERE id = $1`, [id])) as { locked_at: Date | null }[])[0].locked_at;

  describe('who may', () => {
    it('refuses the anonymous, other roles, other organisations and the liaison, changing nothing', async () => {
      expect(await app.client().code(LOCK, { id: own.org.id })).toBe('UNAUTHENTICATED');
      for (const client of [own.caseworker, own.signatory, own.viewer, other.admin, liaison]) {
        expect(await client.code(LOCK, { id: own.org.id })).toBe('FORBIDDEN');
      }
      expect(await own.admin.code(LOCK, { id: UNKNOWN })).toBe('NOT_FOUND');
      expect(await own.admin.code(LOCK, { id: 'not-a-uuid' })).toBe('NOT_FOUND');
      expect(await lockedAt(own.org.id)).toBeNull();

      for (const query of [UNLOCK, REQUIRE]) {
        const variables = { id: own.org.id, required: true };
        expect(await app.client().code(query, variables)).toBe('UNAUTHENTICATED');
        // The coordinator locks, but only the organisation's own ADMIN unlocks or sets the requirement.
        for (const client of [own.caseworker, own.signatory, own.viewer, other.admin, liaison, coordinator]) {
          expect(await client.code(query, variables)).toBe('FORBIDDEN');
        }
      }
      const [{ n }] = await app.deps.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_entries WHERE organisation_id = $1 AND action LIKE 'organisation.%'`,
        [own.org.id],
      );
      expect(n).toBe(0);
    });

    it('shows whether an organisation is locked to everyone signed in; since when and the TOTP requirement to its members and the coordinator', async () => {
      const mine = await own.viewer.ok<{ organisation: unknown }>(STATE, { id: own.org.id });
      expect(mine.organisation).toEqual({ locked: false, lockedAt: null, requireTotp: false });
      expect((await coordinator.ok<{ organisation: unknown }>(STATE, { id: own.org.id })).organisation).toEqual({ locked: false, lockedAt: null, requireTotp: false });
      expect((await other.admin.ok<{ organisation: unknown }>(STATE, { id: own.org.id })).organisation).toEqual({ locked: false, lockedAt: null, requireTotp: null });
      expect(await app.client().code(STATE, { id: own.org.id })).toBe('UNAUTHENTICATED');
    });

    it('keeps the lock columns to organisation_set_security: an ADMIN acting in SQL cannot unlock or lock', async () => {
      await expect(
        asUser(own.users.admin.id, () => db.query(`UPDATE organisations SET locked_at = now() WHERE id = $1`, [own.org.id])),
      ).rejects.toThrow(/organisation_set_security/);
      await expect(
        asUser(own.users.admin.id, () => db.query(`UPDATE organisations SET require_totp = true WHERE id = $1`, [own.org.id])),
      ).rejects.toThrow(/organisation_set_security/);
      // A caseworker calling the function directly is refused by the function itself.
      const { rows } = await asUser(own.users.caseworker.id, () => db.query(`SELECT outcome FROM organisation_set_security($1, 'lock', NULL)`, [own.org.id]));
      expect(rows).toEqual([{ outcome: 'forbidden' }]);
    });
  });

  describe('effects', () => {
    let team: TestOrgWithMembers;
    let adminTotp: { codes: string[]; now: () => string };
    let caseId: string;
    let evidenceId: string;
    let released: string;
    let approved: string;
    /** Feeds: of the team's caseworker (a task of the team's case), of the other organisation's caseworker (its own case's task, and one of the team's case shared with WRITE). */
    let teamFeed: string;
    let otherFeed: string;
    let sharedCaseId: string;
    let otherCaseId: string;

    beforeAll(async () => {
      team = await orgWithMembers(app);
      const c = await createCase(team.caseworker, team.org.id, { title: 'Raid on the Dordoi hostel' });
      caseId = c.id;
      await team.caseworker.ok(SHARE, { caseId, organisationId: other.org.id, access: 'READ', personalData: false });
      const uploadId = await uploadBytes(team.caseworker, caseId, 'statement.txt', Buffer.from('Witness statement, typed.\n'));
      evidenceId = (await team.caseworker.ok<{ attachEvidence: { id: string } }>(ATTACH, { uploadId, caseId })).attachEvidence.id;
      released = await briefing(team, caseId, true);
      approved = await briefing(team, caseId, false);
      adminTotp = await enrolTotp(app, team.users.admin);
      const due = new Date(Date.now() + 5 * 86400_000).toISOString();
      await team.caseworker.ok(ADD_TASK, { caseId, input: { title: 'Appeal window closes', dueAt: due, assigneeId: team.users.caseworker.id } });
      sharedCaseId = (await createCase(team.caseworker, team.org.id, { title: 'Detention at the Moscow airport' })).id;
      await team.caseworker.ok(SHARE, { caseId: sharedCaseId, organisationId: other.org.id, access: 'WRITE', personalData: false });
      await team.caseworker.ok(ADD_TASK, { caseId: sharedCaseId, input: { title: 'Visit in detention', dueAt: due, assigneeId: other.users.caseworker.id } });
      otherCaseId = (await createCase(other.caseworker, other.org.id)).id;
      await other.caseworker.ok(ADD_TASK, { caseId: otherCaseId, input: { title: 'Hearing', dueAt: due, assigneeId: other.users.caseworker.id } });
      teamFeed = (await team.caseworker.ok<{ rotateCalendarFeed: string }>(ROTATE_CALENDAR)).rotateCalendarFeed;
      otherFeed = (await other.caseworker.ok<{ rotateCalendarFeed: string }>(ROTATE_CALENDAR)).rotateCalendarFeed;
      // What the lock will stop works before it.
      expect(await feedCases(teamFeed)).toEqual([caseId]);
      expect((await feedCases(otherFeed)).sort()).toEqual([sharedCaseId, otherCaseId].sort());
      expect((await team.viewer.get('/exports/cases.csv')).status).toBe(200);
      // By id: references repeat across the run's organisations (every test organisation's is ORG-…).
      expect(await (await other.viewer.get('/exports/cases.csv')).text()).toContain(caseId);
      expect((await team.viewer.get(`/evidence/${evidenceId}/original`)).status).toBe(200);
      expect((await team.viewer.get(`/briefings/${released}/files/csv`)).status).toBe(200);
    });

    it('locks (the coordinator): every session of its members ends, audited, every member notified', async () => {
      const spare = await signIn(app, team.users.viewer);
      const locked = await coordinator.ok<{ lockOrganisation: { locked: boolean; lockedAt: string | null } }>(LOCK, { id: team.org.id });
      expect(locked.lockOrganisation.locked).toBe(true);
      expect(locked.lockOrganisation.lockedAt).not.toBeNull();
      for (const client of [team.admin, team.caseworker, team.signatory, team.viewer, spare]) {
        expect((await client.ok<{ me: unknown }>(ME)).me).toBeNull();
      }
      // Another organisation's sessions stay.
      expect((await other.viewer.ok<{ me: unknown }>(ME)).me).not.toBeNull();
      expect(await coordinator.code(LOCK, { id: team.org.id })).toBe('CONFLICT');

      const audit = await app.deps.dataSource.query(
        `SELECT action, details FROM audit_entries WHERE organisation_id = $1 AND action = 'organisation.lock'`,
        [team.org.id],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0].details.sessionsEnded).toBeGreaterThanOrEqual(5);
      const notified = await app.deps.dataSource.query(
        `SELECT user_id FROM notifications WHERE organisation_id = $1 AND kind = 'ORGANISATION_LOCKED'`,
        [team.org.id],
      );
      expect(notified.map((n: { user_id: string }) => n.user_id).sort()).toEqual(Object.values(team.users).map((u) => u.id).sort());
      expect((await coordinator.ok<{ verifyAuditChain: { ok: boolean } }>(`{ verifyAuditChain { ok } }`)).verifyAuditChain.ok).toBe(true);
    });

    it('asks TOTP at the next sign-in: a password alone is refused with TOTP_REQUIRED, and a TOTP account without its code as always', async () => {
      const result = await app.client().login(team.users.caseworker.email, TEST_PASSWORD);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOTP_REQUIRED' });
      const admin = await app.client().login(team.users.admin.email, TEST_PASSWORD);
      expect(admin.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(admin.errors?.[0].extensions?.reason).toBeUndefined();
      // A wrong password says nothing of the requirement.
      const wrong = await app.client().login(team.users.caseworker.email, 'not the password at all');
      expect(wrong.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
      const [{ n }] = await app.deps.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_entries WHERE entity_id = $1 AND action = 'auth.login_totp_required'`,
        [team.users.caseworker.id],
      );
      expect(n).toBe(1);
    });

    it('stops exports, evidence downloads, briefing files and releases, with FORBIDDEN and reason ORGANISATION_LOCKED, even for a TOTP session', async () => {
      const admin = await signInWith(app, team.users.admin, adminTotp.now());
      team.admin = admin;
      for (const format of ['csv', 'json', 'xlsx']) {
        const response = await admin.get(`/exports/cases.${format}`);
        expect(response.status).toBe(403);
        expect(await errorOf(response)).toEqual({ code: 'FORBIDDEN', reason: 'ORGANISATION_LOCKED' });
      }
      const evidence = await admin.get(`/evidence/${evidenceId}/original`);
      expect(evidence.status).toBe(403);
      expect(await errorOf(evidence)).toEqual({ code: 'FORBIDDEN', reason: 'ORGANISATION_LOCKED' });
      const file = await admin.get(`/briefings/${released}/files/csv`);
      expect(file.status).toBe(403);
      expect(await errorOf(file)).toEqual({ code: 'FORBIDDEN', reason: 'ORGANISATION_LOCKED' });
      const release = await admin.gql(RELEASE_BRIEFING, { id: approved });
      expect(release.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ORGANISATION_LOCKED' });

      // Another organisation's export leaves the locked organisation's shared case out, and asking for it is refused.
      const others = await other.viewer.get('/exports/cases.csv');
      expect(others.status).toBe(200);
      expect(await others.text()).not.toContain(caseId);
      expect((await other.viewer.get(`/exports/cases.csv?ownerOrganisationId=${team.org.id}`)).status).toBe(403);
      // Reading in the application goes on: the lock stops what leaves, not the work.
      expect(await admin.code(`query ($id: ID!) { case(id: $id) { id } }`, { id: caseId })).toBeNull();
    });

    it('stops calendar feeds: a member\'s feed is refused like an export, everyone else\'s leaves the locked organisation\'s tasks out', async () => {
      const refused = await fetch(`${app.url}${teamFeed}`);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('cache-control')).toBe('no-store');
      expect(await errorOf(refused)).toEqual({ code: 'FORBIDDEN', reason: 'ORGANISATION_LOCKED' });
      // The other organisation's caseworker keeps its own task and loses the shared case's.
      expect(await feedCases(otherFeed)).toEqual([otherCaseId]);
      // An unknown feed is still just unknown.
      expect((await fetch(`${app.url}/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
      // PostgreSQL alone serves no task to the member's feed.
      const hash = crypto.createHash('sha256').update(teamFeed.slice('/calendar/'.length, -'.ics'.length)).digest('hex');
      const { rows } = await asUser(team.users.caseworker.id, () => db.query(`SELECT id FROM calendar_feed_tasks($1)`, [hash]));
      expect(rows).toEqual([]);
    });

    it('is the database\'s rule too: no release, no briefing file and no recorded download for the application role', async () => {
      const adminId = team.users.admin.id;
      await expect(
        asUser(adminId, () => db.query(`UPDATE briefings SET status = 'RELEASED' WHERE id = $1`, [approved])),
      ).rejects.toThrow(/row-level security/);
      const files = await asUser(adminId, () => db.query(`SELECT format FROM briefing_files WHERE briefing_id = $1`, [released]));
      expect(files.rowCount).toBe(0);
      await expect(
        asUser(adminId, () =>
          db.query(`INSERT INTO evidence_custody (evidence_id, action, organisation_id, user_id) VALUES ($1, 'DOWNLOADED', $2, $3)`, [evidenceId, team.org.id, adminId]),
        ),
      ).rejects.toThrow(/row-level security/);
    });

    it('is unlocked only by its ADMIN in a session begun with TOTP; then everything works again, audited and notified', async () => {
      expect(await coordinator.code(UNLOCK, { id: team.org.id })).toBe('FORBIDDEN');
      // The same ADMIN in a session without a second factor (set as the owner: test set-up).
      await app.deps.dataSource.query(`UPDATE sessions SET totp_verified = false WHERE user_id = $1 AND revoked_at IS NULL`, [team.users.admin.id]);
      const refused = await team.admin.gql(UNLOCK, { id: team.org.id });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TOTP_REQUIRED' });
      expect(await lockedAt(team.org.id)).not.toBeNull();
      // And the database refuses it too, whatever the service says.
      const { rows } = await asUser(team.users.admin.id, () =>
        db.query(`SELECT outcome FROM organisation_set_security($1, 'unlock', (SELECT id FROM sessions WHERE user_id = $2 AND revoked_at IS NULL LIMIT 1))`, [
          team.org.id,
          team.users.admin.id,
        ]),
      );
      expect(rows).toEqual([{ outcome: 'totp_required' }]);

      const admin = await signInWith(app, team.users.admin, adminTotp.codes[0]);
      const unlocked = await admin.ok<{ unlockOrganisation: { locked: boolean; lockedAt: string | null } }>(UNLOCK, { id: team.org.id });
      expect(unlocked.unlockOrganisation).toMatchObject({ locked: false, lockedAt: null });
      expect(await admin.code(UNLOCK, { id: team.org.id })).toBe('CONFLICT');

      expect((await admin.get('/exports/cases.csv')).status).toBe(200);
      expect((await admin.get(`/evidence/${evidenceId}/original`)).status).toBe(200);
      expect((await admin.get(`/briefings/${released}/files/csv`)).status).toBe(200);
      expect((await admin.ok<{ releaseBriefing: { status: string } }>(RELEASE_BRIEFING, { id: approved })).releaseBriefing.status).toBe('RELEASED');
      // The same feed paths serve the tasks again: the lock did not retire the tokens.
      expect(await feedCases(teamFeed)).toEqual([caseId]);
      expect((await feedCases(otherFeed)).sort()).toEqual([sharedCaseId, otherCaseId].sort());
      // A password alone signs in again.
      expect((await app.client().login(team.users.caseworker.email, TEST_PASSWORD)).errors).toBeUndefined();

      const actions = await app.deps.dataSource.query(
        `SELECT action FROM audit_entries WHERE organisation_id = $1 AND action LIKE 'organisation.%' ORDER BY seq`,
        [team.org.id],
      );
      expect(actions.map((a: { action: string }) => a.action)).toEqual(['organisation.lock', 'organisation.unlock']);
      const [{ n }] = await app.deps.dataSource.query(
        `SELECT count(*)::int AS n FROM notifications WHERE organisation_id = $1 AND kind = 'ORGANISATION_UNLOCKED'`,
        [team.org.id],
      );
      expect(n).toBe(3); // every member but the unlocking ADMIN
    });

    it('lets the organisation\'s own ADMIN lock, ending their own session too; the coordinator is told, in app and by email', async () => {
      const fresh = await orgWithMembers(app);
      type Listed = { notifications: { edges: { node: { kind: string; text: string; link: string; organisation: { id: string } | null } }[] } };
      const coordinatorsOf = async (kind: string) =>
        (await coordinator.ok<Listed>(NOTIFICATIONS)).notifications.edges.map((e) => e.node).filter((n) => n.kind === kind && n.organisation?.id === fresh.org.id);
      expect(await coordinatorsOf('COALITION_ORGANISATION_LOCKED')).toEqual([]);
      const result = await fresh.admin.gql(LOCK, { id: fresh.org.id });
      expect(result.errors).toBeUndefined();
      expect((await fresh.admin.ok<{ me: unknown }>(ME)).me).toBeNull();
      expect((await fresh.viewer.ok<{ me: unknown }>(ME)).me).toBeNull();

      expect(await coordinatorsOf('COALITION_ORGANISATION_LOCKED')).toEqual([
        { kind: 'COALITION_ORGANISATION_LOCKED', text: notificationText('COALITION_ORGANISATION_LOCKED', 'en'), link: '/admin/organisations', organisation: { id: fresh.org.id } },
      ]);
      // Not the members' notice: the coordinator is no member.
      expect(await coordinatorsOf('ORGANISATION_LOCKED')).toEqual([]);
      // Every coordinator is told; test files running beside this one add coordinators of their own to the database.
      const recipients = (await app.deps.dataSource.query(
        `SELECT n.user_id, 'COORDINATOR' = ANY (u.coalition_roles) AS coordinator FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.organisation_id = $1 AND n.kind = 'COALITION_ORGANISATION_LOCKED'`,
        [fresh.org.id],
      )) as { user_id: string; coordinator: boolean }[];
      expect(recipients).toContainEqual({ user_id: coordinatorUser.id, coordinator: true });
      expect(recipients.filter((r) => !r.coordinator)).toEqual([]);
      // The members' notices: the three others (the locking ADMIN is not told of its own act).
      const [{ n }] = await app.deps.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE organisation_id = $1 AND kind = 'ORGANISATION_LOCKED'`, [fresh.org.id]);
      expect(n).toBe(3);

      // One sweep takes the 500 oldest pending notices of the whole database, and the test files running beside
      // this one leave theirs pending in it: sweep until this notice is taken (by this sweep or another's).
      const worker = new NotificationWorker(app.deps);
      const state = await waitUntil('the coordinator\'s notice of the lock is mailed', async () => {
        await worker.mail(new Date());
        const [row] = (await app.deps.dataSource.query(
          `SELECT email_state FROM notifications WHERE user_id = $1 AND organisation_id = $2 AND kind = 'COALITION_ORGANISATION_LOCKED'`,
          [coordinatorUser.id, fresh.org.id],
        )) as { email_state: string }[];
        return row?.email_state !== 'PENDING' && row?.email_state;
      }, { timeoutMs: 50_000 });
      expect(state).toBe('SENT');
      const mails = (await app.deps.dataSource.query(`SELECT text_body FROM mail_messages WHERE recipient = $1`, [coordinatorUser.email])) as { text_body: string }[];
      expect(mails.filter((m) => m.text_body.includes(notificationText('COALITION_ORGANISATION_LOCKED', 'en')))).toHaveLength(1);
    });

    it('tells the coordinators nothing of a lock that did not happen: notify_account checks the actor locked it in this transaction', async () => {
      const fresh = await orgWithMembers(app);
      // An ADMIN asking for the notice without locking (raw SQL as the application role) notifies nobody.
      const { rows } = await asUser(fresh.users.admin.id, () => db.query(`SELECT notify_account('COALITION_ORGANISATION_LOCKED', $1) AS user_id`, [fresh.org.id]));
      expect(rows).toEqual([]);
    });
  });

  it('has its notifications written in every interface language, email included, with nothing but what happened and a link', () => {
    for (const kind of ['ORGANISATION_LOCKED', 'ORGANISATION_UNLOCKED', 'COALITION_ORGANISATION_LOCKED']) {
      const texts = NOTIFICATION_LANGUAGES.map((language) => notificationText(kind, language));
      expect(new Set(texts).size).toBe(NOTIFICATION_LANGUAGES.length);
      for (const language of NOTIFICATION_LANGUAGES) {
        expect(notificationText(kind, language)).not.toBe(notificationText('CASE_SHARED', language));
        const email = renderNotificationEmail([{ kind, link: '/account' }], language, 'https://coalition.example.org');
        expect(email.text).toContain(notificationText(kind, language));
        expect(email.text).toContain('https://coalition.example.org/account');
      }
    }
  });

  describe('TOTP required of every member', () => {
    it('is set by the ADMIN in a TOTP session; members without TOTP are then refused at sign-in until it is lifted', async () => {
      const team = await orgWithMembers(app);
      const totp = await enrolTotp(app, team.users.admin);
      // A member who enrolled before the requirement.
      const enrolled = await createUser(app, { memberships: [{ organisationId: team.org.id, roles: [OrgRole.VIEWER] }] });
      const enrolledTotp = await enrolTotp(app, enrolled);
      // A password session cannot set it.
      const refused = await team.admin.gql(REQUIRE, { id: team.org.id, required: true });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TOTP_REQUIRED' });

      const admin = await signInWith(app, team.users.admin, totp.now());
      expect((await admin.ok<{ setOrganisationRequireTotp: { requireTotp: boolean } }>(REQUIRE, { id: team.org.id, required: true })).setOrganisationRequireTotp.requireTotp).toBe(true);
      const result = await app.client().login(team.users.viewer.email, TEST_PASSWORD);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOTP_REQUIRED' });
      // Existing sessions stay (no lock): the member enrols from their account page.
      expect((await team.viewer.ok<{ me: unknown }>(ME)).me).not.toBeNull();
      // Exports are not stopped by the requirement alone.
      expect((await team.viewer.get('/exports/cases.csv')).status).toBe(200);
      // A member who enrolled signs in with the code.
      expect(await signInWith(app, enrolled, enrolledTotp.codes[0])).toBeDefined();

      await admin.ok(REQUIRE, { id: team.org.id, required: false });
      expect((await app.client().login(team.users.viewer.email, TEST_PASSWORD)).errors).toBeUndefined();
      const audit = await app.deps.dataSource.query(
        `SELECT details FROM audit_entries WHERE organisation_id = $1 AND action = 'organisation.require_totp' ORDER BY seq`,
        [team.org.id],
      );
      expect(audit.map((a: { details: { required: boolean } }) => a.details.required)).toEqual([true, false]);
    });
  });
});
