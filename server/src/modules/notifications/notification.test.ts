import ical, { type VEvent } from 'node-ical';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { JobQueue } from '../../core/mail/job-queue';
import { MailWorker } from '../../core/mail/mail-worker';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import { ADD_PERSON, createCase, SHARE } from '../../../test/support/case-fixtures';
import { openStatement, REVISE, SIGN, signInput, translations } from '../../../test/support/statement-fixtures';
import { createScratchDatabase, embeddedTestDatabase, migrateDatabase, type ScratchDatabase } from '../../../test/support/scratch-database';
import { startSmtpSink, type SmtpSink } from '../../../test/support/smtp-sink';
import { waitUntil } from '../../../test/support/wait-until';
import { NotificationWorker } from './notification.worker';
import { expectNoSecrets } from '../../../test/support/no-personal-data';

const LIST = `query ($unreadOnly: Boolean, $first: Int, $after: String) { notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
  edges { cursor node { id kind text link readAt organisation { id } } } pageInfo { hasNextPage endCursor } unreadCount } }`;
const MARK = `mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
const PREFS = `query { notificationPreferences { email language calendarFeedPath } }`;
const SET_PREFS = `mutation ($email: EmailFrequency!, $language: String) { setNotificationPreferences(email: $email, language: $language) { email language } }`;
const ROTATE = `mutation { rotateCalendarFeed }`;
const ADD_TASK = `mutation ($caseId: ID!, $input: CaseTaskInput!) { addCaseTask(caseId: $caseId, input: $input) { id title dueAt status remindBefore version assignee { id } } }`;
const UPDATE_TASK = `mutation ($id: ID!, $version: Int!, $input: CaseTaskInput!) { updateCaseTask(id: $id, version: $version, input: $input) { id version } }`;
const COMPLETE_TASK = `mutation ($id: ID!, $version: Int!) { completeCaseTask(id: $id, version: $version) { id status completedAt version } }`;
const CASE_TASKS = `query ($id: ID!) { case(id: $id) { id tasks { id title status } } }`;
const MY_WORK = `query { myWork { statementsToSign { id } briefingsToDecide { id } tasksDue { id } newShares { id } } }`;

type Conn = { notifications: { edges: { cursor: string; node: { id: string; kind: string; text: string; link: string; readAt: string | null } }[]; unreadCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

const PERSON = { fullName: 'Farhod Nazarov', pseudonym: 'F.N.', birthYear: 1987, contact: '+7 921 555 01 23', consentToShare: false, role: 'VICTIM', citizenship: 'UZ' };

describe('notifications', () => {
  let app: TestApp;
  let a: TestOrgWithMembers;
  let b: TestOrgWithMembers;
  let c: TestOrgWithMembers;
  let worker: NotificationWorker;

  beforeAll(async () => {
    app = await startTestApp();
    [a, b, c] = [await orgWithMembers(app), await orgWithMembers(app), await orgWithMembers(app)];
    worker = new NotificationWorker(app.deps);
  }, 60_000);
  afterAll(async () => {
    await app.close();
  });

  async function kinds(org: TestOrgWithMembers, who: keyof TestOrgWithMembers['users'], link?: string): Promise<string[]> {
    const data = await org[who].ok<Conn>(LIST, { first: 100 });
    return data.notifications.edges.filter((e) => !link || e.node.link === link).map((e) => e.node.kind);
  }

  /** Every member of every test organisation, with what each received about `link`. */
  async function received(link: string): Promise<Record<string, string[]>> {
    const out: Record<string, string[]> = {};
    for (const [name, org] of Object.entries({ a, b, c })) {
      for (const who of ['admin', 'caseworker', 'signatory', 'viewer'] as const) out[`${name}.${who}`] = await kinds(org, who, link);
    }
    return out;
  }

  const none = { 'a.admin': [], 'a.caseworker': [], 'a.signatory': [], 'a.viewer': [], 'b.admin': [], 'b.caseworker': [], 'b.signatory': [], 'b.viewer': [], 'c.admin': [], 'c.caseworker': [], 'c.signatory': [], 'c.viewer': [] };

  it('CASE_SHARED reaches the receiving organisation\'s ADMINs and CASEWORKERs and nobody else; texts carry no personal data', async () => {
    const k = await createCase(a.caseworker, a.org.id);
    await a.caseworker.ok(ADD_PERSON, { caseId: k.id, input: PERSON });
    await a.admin.ok(SHARE, { caseId: k.id, organisationId: b.org.id, access: 'READ', personalData: false });
    const link = `/cases/${k.id}`;
    expect(await received(link)).toEqual({ ...none, 'b.admin': ['CASE_SHARED'], 'b.caseworker': ['CASE_SHARED'] });
    const data = await b.admin.ok<Conn>(LIST, { first: 100 });
    expectNoSecrets(JSON.stringify(data), ['Farhod', 'Nazarov', '1987', '921', 'Apraksin', 'worshippers']);
  });

  it('STATEMENT_OPEN_FOR_SIGNATURE reaches each organisation\'s SIGNATORYs and ADMINs (not the actor); SIGNATURE_OUTDATED only the signers\'', async () => {
    const s = await openStatement(a);
    const link = `/statements/${s.id}`;
    expect(await received(link)).toEqual({
      ...none,
      'a.signatory': ['STATEMENT_OPEN_FOR_SIGNATURE'],
      'b.admin': ['STATEMENT_OPEN_FOR_SIGNATURE'],
      'b.signatory': ['STATEMENT_OPEN_FOR_SIGNATURE'],
      'c.admin': ['STATEMENT_OPEN_FOR_SIGNATURE'],
      'c.signatory': ['STATEMENT_OPEN_FOR_SIGNATURE'],
    });
    await b.signatory.ok(SIGN, signInput(s, b));
    await a.caseworker.ok(REVISE, { id: s.id, baseVersion: 1, translations: translations() });
    const after = await received(link);
    expect(after['b.admin']).toEqual(['SIGNATURE_OUTDATED', 'STATEMENT_OPEN_FOR_SIGNATURE']);
    expect(after['b.signatory']).toEqual(['SIGNATURE_OUTDATED', 'STATEMENT_OPEN_FOR_SIGNATURE']);
    expect(after['c.admin']).toEqual(['STATEMENT_OPEN_FOR_SIGNATURE']);
    expect(after['b.caseworker']).toEqual([]);
    // Waiting for me: B signed an outdated version, so the statement waits for B's signature again.
    const work = await b.signatory.ok<{ myWork: { statementsToSign: { id: string }[] } }>(MY_WORK);
    expect(work.myWork.statementsToSign.map((x) => x.id)).toContain(s.id);
  });

  it('marks read (some, then all) and counts unread; pages with cursors', async () => {
    const before = await b.admin.ok<Conn>(LIST, { first: 1 });
    expect(before.notifications.unreadCount).toBeGreaterThanOrEqual(2);
    expect(before.notifications.pageInfo.hasNextPage).toBe(true);
    const next = await b.admin.ok<Conn>(LIST, { first: 1, after: before.notifications.pageInfo.endCursor });
    expect(next.notifications.edges[0]!.node.id).not.toBe(before.notifications.edges[0]!.node.id);
    expect((await b.admin.ok<{ markNotificationsRead: number }>(MARK, { ids: [before.notifications.edges[0]!.node.id] })).markNotificationsRead).toBe(1);
    // Another user's notification ids change nothing.
    expect((await c.admin.ok<{ markNotificationsRead: number }>(MARK, { ids: [next.notifications.edges[0]!.node.id] })).markNotificationsRead).toBe(0);
    await b.admin.ok(MARK, {});
    expect((await b.admin.ok<Conn>(LIST, { unreadOnly: true })).notifications).toMatchObject({ edges: [], unreadCount: 0 });
  });

  it('tasks: TASK_ASSIGNED to the assignee; TASK_DUE at each offset and TASK_OVERDUE once, across a restart; unassigned go to the owner\'s caseworkers', async () => {
    const k = await createCase(a.caseworker, a.org.id);
    const link = `/cases/${k.id}`;
    const due = new Date(Date.now() + 3 * 3600_000);
    const t = (await a.caseworker.ok<{ addCaseTask: { id: string; version: number } }>(ADD_TASK, {
      caseId: k.id,
      input: { title: 'Appeal the expulsion decision', dueAt: due.toISOString(), assigneeId: a.users.admin.id, remindBefore: [120, 60] },
    })).addCaseTask;
    expect(await received(link)).toEqual({ ...none, 'a.admin': ['TASK_ASSIGNED'] });
    await worker.remind(new Date(due.getTime() - 121 * 60_000));
    expect(await kinds(a, 'admin', link)).toEqual(['TASK_ASSIGNED']);
    await worker.remind(new Date(due.getTime() - 119 * 60_000));
    await worker.remind(new Date(due.getTime() - 118 * 60_000));
    expect(await kinds(a, 'admin', link)).toEqual(['TASK_DUE', 'TASK_ASSIGNED']);
    // A restarted process (a new worker) neither repeats nor loses a reminder: the state is on the task.
    const restarted = new NotificationWorker(app.deps);
    await restarted.remind(new Date(due.getTime() - 59 * 60_000));
    await restarted.remind(new Date(due.getTime() + 60_000));
    await restarted.remind(new Date(due.getTime() + 120_000));
    expect(await kinds(a, 'admin', link)).toEqual(['TASK_OVERDUE', 'TASK_DUE', 'TASK_DUE', 'TASK_ASSIGNED']);
    expect(await received(link)).toEqual({ ...none, 'a.admin': ['TASK_OVERDUE', 'TASK_DUE', 'TASK_DUE', 'TASK_ASSIGNED'] });

    const u = (await a.caseworker.ok<{ addCaseTask: { id: string; version: number } }>(ADD_TASK, {
      caseId: k.id,
      input: { title: 'Hearing', dueAt: new Date(Date.now() + 600_000).toISOString(), remindBefore: [30] },
    })).addCaseTask;
    await worker.remind(new Date(Date.now() + 60_000));
    // The actor is no exception for reminders (no actor): the owner's caseworker hears of it.
    expect(await kinds(a, 'caseworker', link)).toEqual(['TASK_DUE']);
    await a.caseworker.ok(COMPLETE_TASK, { id: u.id, version: u.version });
    await worker.remind(new Date(Date.now() + 3600_000));
    expect(await kinds(a, 'caseworker', link)).toEqual(['TASK_DUE']);
    expect((await a.caseworker.gql(UPDATE_TASK, { id: t.id, version: 99, input: { title: 'x', dueAt: due.toISOString() } })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('tasks are read as the case and written by whoever writes it; an assignee must write the case', async () => {
    const k = await createCase(a.caseworker, a.org.id);
    const input = { title: 'Rule 39 request', dueAt: new Date(Date.now() + 86400_000).toISOString() };
    await a.caseworker.ok(ADD_TASK, { caseId: k.id, input });
    expect((await c.caseworker.gql(ADD_TASK, { caseId: k.id, input })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await a.viewer.gql(ADD_TASK, { caseId: k.id, input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await a.caseworker.gql(ADD_TASK, { caseId: k.id, input: { ...input, assigneeId: c.users.caseworker.id } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await a.caseworker.gql(ADD_TASK, { caseId: k.id, input: { ...input, title: '' } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tasks = await a.viewer.ok<{ case: { tasks: { title: string }[] } }>(CASE_TASKS, { id: k.id });
    expect(tasks.case.tasks.map((t) => t.title)).toEqual(['Rule 39 request']);
    expect((await c.caseworker.gql<{ case: null }>(CASE_TASKS, { id: k.id })).data?.case).toBeNull();
    // Nobody of C heard of it.
    expect(await kinds(c, 'caseworker', `/cases/${k.id}`)).toEqual([]);
  });

  it('iCalendar feed: a valid calendar of the viewer\'s open tasks; rotating the token retires the old path', async () => {
    const k = await createCase(a.caseworker, a.org.id);
    const due = new Date(Date.now() + 5 * 86400_000);
    await a.caseworker.ok(ADD_TASK, { caseId: k.id, input: { title: 'Appeal window closes', dueAt: due.toISOString(), assigneeId: a.users.caseworker.id } });
    expect((await a.caseworker.ok<{ notificationPreferences: { calendarFeedPath: string | null } }>(PREFS)).notificationPreferences.calendarFeedPath).toBeNull();
    const first = (await a.caseworker.ok<{ rotateCalendarFeed: string }>(ROTATE)).rotateCalendarFeed;
    expect(first).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await a.caseworker.ok<{ notificationPreferences: { calendarFeedPath: string } }>(PREFS)).notificationPreferences.calendarFeedPath).toBe(first);
    const res = await fetch(`${app.url}${first}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const body = await res.text();
    const events = Object.values(ical.sync.parseICS(body)).filter((e): e is VEvent => e?.type === 'VEVENT');
    const mine = events.filter((e) => JSON.stringify(e.url ?? '').includes(`/cases/${k.id}`));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.start.getTime()).toBe(due.getTime() - (due.getTime() % 1000));
    // The task's title (case text) stays out of calendars synced elsewhere.
    expect(body).not.toContain('Appeal window');
    const second = (await a.caseworker.ok<{ rotateCalendarFeed: string }>(ROTATE)).rotateCalendarFeed;
    expect((await fetch(`${app.url}${first}`)).status).toBe(404);
    expect((await fetch(`${app.url}${second}`)).status).toBe(200);
    expect((await fetch(`${app.url}/calendar/not-a-token.ics`)).status).toBe(404);
  });

  it('notificationAdded tells the viewer live, and no one else', async () => {
    const ws = (cookie: string | null): Client => {
      class CookieWebSocket extends WebSocket {
        constructor(address: string | URL, protocols?: string | string[]) {
          super(address, protocols, { headers: cookie ? { cookie } : {} });
        }
      }
      return createClient({ url: `${app.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: true });
    };
    const errors: unknown[] = [];
    const listen = (client: Client) => {
      const events: { kind: string; link: string }[] = [];
      const stop = client.subscribe<{ notificationAdded: { kind: string; link: string } }>(
        { query: 'subscription { notificationAdded { kind link text } }' },
        { next: (v) => (v.errors ? errors.push(v.errors) : v.data && events.push(v.data.notificationAdded)), error: (e) => errors.push(e), complete: () => undefined },
      );
      return { events, stop };
    };
    const bClient = ws(b.caseworker.cookie);
    const cClient = ws(c.caseworker.cookie);
    const bLive = listen(bClient);
    const cLive = listen(cClient);
    // Subscriptions are in place once each socket answered its first read; a share before that could be missed.
    await waitUntil('both sockets subscribed', async () => (await b.caseworker.ok<Conn>(LIST, { first: 1 })) && bClient && cClient, { timeoutMs: 2000 });
    const k = await createCase(a.caseworker, a.org.id);
    let delivered = false;
    for (let i = 0; i < 20 && !delivered; i++) {
      await a.admin.ok(SHARE, { caseId: k.id, organisationId: b.org.id, access: 'READ' });
      delivered = await waitUntil('the live notification', () => bLive.events.some((e) => e.link === `/cases/${k.id}`), { timeoutMs: 1000 }).then(() => true, () => false);
    }
    expect(errors).toEqual([]);
    expect(delivered).toBe(true);
    expect(bLive.events[0]).toMatchObject({ kind: 'CASE_SHARED' });
    expect(cLive.events.filter((e) => e.link === `/cases/${k.id}`)).toEqual([]);
    bLive.stop();
    cLive.stop();
    await bClient.dispose();
    await cClient.dispose();
  });

  describe('emails', () => {
    // A database of their own: on the run's shared database the sweep and the relay would also take every
    // other test's (and this file's earlier tests') pending notifications and outbox messages, and the queue
    // delivers one a poll, so the two emails awaited here would wait behind all of them.
    let scratch: ScratchDatabase | null = null;
    let mailApp: TestApp;
    let from: TestOrgWithMembers;
    let sweeper: NotificationWorker;
    let sink: SmtpSink;
    let queue: JobQueue;
    let mailer: MailWorker;

    beforeAll(async () => {
      if (embeddedTestDatabase()) mailApp = app;
      else {
        scratch = await createScratchDatabase('coalition_notification_mail');
        await migrateDatabase(scratch.url);
        mailApp = await startTestApp({}, { databaseUrl: scratch.url });
      }
      from = await orgWithMembers(mailApp);
      sweeper = new NotificationWorker(mailApp.deps);
      sink = await startSmtpSink();
      queue = await JobQueue.start(mailApp.deps.dataSource, mailApp.deps.log, { pollingIntervalSeconds: 0.5 });
      mailer = await MailWorker.start({ ...mailApp.deps, config: { ...mailApp.deps.config, SMTP_URL: sink.url } }, queue, { relayIntervalMs: 0 });
    }, 60_000);
    afterAll(async () => {
      await mailer.stop();
      const stopped = new Promise<void>((resolve) => queue.boss.once('stopped', () => resolve()));
      await queue.stop();
      await stopped;
      await sink.stop();
      if (scratch) {
        await mailApp.close();
        await scratch.drop();
      }
    }, 60_000);

    async function deliver(): Promise<void> {
      await sweeper.mail();
      await mailer.relay();
    }

    it('follow preferences: IMMEDIATE one each, in the recipient\'s language, with List-Unsubscribe and no personal data; OFF none; DAILY_DIGEST one', async () => {
      const d = await orgWithMembers(mailApp);
      await d.caseworker.ok(SET_PREFS, { email: 'IMMEDIATE', language: 'ru' });
      await d.signatory.ok(SET_PREFS, { email: 'OFF' });
      await d.admin.ok(SET_PREFS, { email: 'DAILY_DIGEST' });
      const k = await createCase(from.caseworker, from.org.id);
      await from.caseworker.ok(ADD_PERSON, { caseId: k.id, input: PERSON });
      const k2 = await createCase(from.caseworker, from.org.id);
      await from.admin.ok(SHARE, { caseId: k.id, organisationId: d.org.id, access: 'READ', personalData: true });
      await from.admin.ok(SHARE, { caseId: k2.id, organisationId: d.org.id, access: 'READ' });
      await deliver();
      await waitUntil('the caseworker\'s two emails', () => sink.to(d.users.caseworker.email).length === 2, { timeoutMs: 20_000 });
      await waitUntil('the admin\'s digest', () => sink.to(d.users.admin.email).length === 1, { timeoutMs: 20_000 });
      const [m1] = sink.to(d.users.caseworker.email);
      expect(m1!.subject).toContain('Вашей организации открыт доступ к делу');
      expect(m1!.text).toContain(`/cases/`);
      expect(m1!.html).toContain('<a href=');
      expect(m1!.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toContain('/account#notifications');
      const digest = sink.to(d.users.admin.email)[0]!;
      expect(digest.subject).toBe('Coalition: 2 new notifications');
      for (const m of [...sink.to(d.users.caseworker.email), digest]) {
        expectNoSecrets(`${m.subject} ${m.text} ${m.html}`, ['Farhod', 'Nazarov', '1987', '921', 'Apraksin', 'worshippers', 'Raid']);
      }
      // The digest waits a day; the sweep again sends nothing new.
      const k3 = await createCase(from.caseworker, from.org.id);
      await from.admin.ok(SHARE, { caseId: k3.id, organisationId: d.org.id, access: 'READ' });
      await deliver();
      await waitUntil('the caseworker\'s third email', () => sink.to(d.users.caseworker.email).length === 3, { timeoutMs: 20_000 });
      expect(sink.to(d.users.admin.email)).toHaveLength(1);
      expect(sink.to(d.users.signatory.email)).toHaveLength(0);
      expect(sink.to(d.users.viewer.email)).toHaveLength(0);
      await sweeper.mail(new Date(Date.now() + 25 * 3600_000));
      await mailer.relay();
      await waitUntil('the next digest', () => sink.to(d.users.admin.email).length === 2, { timeoutMs: 20_000 });
    }, 60_000);
  });
});
