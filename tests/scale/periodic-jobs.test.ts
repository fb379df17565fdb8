import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createScratchDatabase, embeddedTestDatabase, type ScratchDatabase } from '../../server/test/support/scratch-database';
import { startSmtpSink, type SmtpSink } from '../../server/test/support/smtp-sink';
import { waitUntil } from '../../server/test/support/wait-until';
import { startServerProcess, type ServerProcess } from '../support/server-process';

const PASSWORD = 'coalition-demo-2013';
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`;
const SET_PREFS = `mutation { setNotificationPreferences(email: IMMEDIATE, language: "en") { email } }`;
const ADD_TASK = `mutation ($caseId: ID!, $input: CaseTaskInput!) { addCaseTask(caseId: $caseId, input: $input) { id } }`;
const SWEEP = 'notification-sweep';

interface Answer<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * The periodic work (reminders, notification emails) is a chain of pg-boss jobs, not a timer in each
 * process: with two server processes on one database, a task's TASK_DUE and TASK_OVERDUE are written
 * and emailed once each, the sweeps never overlap and come no more often than one process alone would
 * run them, and when the process that ran them dies the other carries on.
 */
(embeddedTestDatabase() ? describe.skip : describe)('periodic jobs on two server processes', () => {
  let db: ScratchDatabase;
  let sql: Client;
  let sink: SmtpSink;
  const servers: ServerProcess[] = [];
  const dataDirs: string[] = [];

  async function call<T = Record<string, unknown>>(server: number, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
    const response = await fetch(`${servers[server]!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    return { answer: (await response.json()) as Answer<T>, cookie: setCookie || null };
  }

  async function signIn(server: number, email: string): Promise<string> {
    const { answer, cookie } = await call(server, LOGIN, { email, password: PASSWORD });
    if (answer.errors) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(answer.errors)}`);
    return cookie!;
  }

  const rows = async <T>(text: string, params: unknown[] = []): Promise<T[]> => (await sql.query(text, params)).rows as T[];

  beforeAll(async () => {
    db = await createScratchDatabase('coalition_periodic');
    sink = await startSmtpSink();
    const key = crypto.randomBytes(32).toString('base64');
    const env = (extra: Record<string, string>) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-periodic-'));
      dataDirs.push(dataDir);
      return { DATABASE_URL: db.url, COALITION_MASTER_KEY: key, DATA_DIR: dataDir, NODE_ENV: 'production', LOG_LEVEL: 'warn', COOKIE_SECURE: 'false', SMTP_URL: sink.url, ...extra };
    };
    // The first migrates and seeds; the second starts on the finished database.
    servers.push(await startServerProcess(env({ SEED_DEMO: '1' }), 120_000));
    servers.push(await startServerProcess(env({}), 120_000));
    sql = new Client({ connectionString: db.url });
    await sql.connect();
  }, 300_000);

  afterAll(async () => {
    await sql?.end();
    for (const s of servers) await s.stop();
    await sink?.stop();
    for (const d of dataDirs) fs.rmSync(d, { recursive: true, force: true });
    await db?.drop();
  }, 60_000);

  it('sends TASK_DUE and TASK_OVERDUE once each, in the app and by email, from one sweep at a time; the survivor of a killed process carries on', async () => {
    const admin = 'admin@adc-memorial.example.org';
    const [{ id: adminId }] = await rows<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [admin]);
    const [{ id: caseId }] = await rows<{ id: string }>(
      `SELECT c.id FROM cases c JOIN organisations o ON o.id = c.owner_organisation_id WHERE o.slug = 'adc-memorial' ORDER BY c.created_at LIMIT 1`,
    );
    expect((await call(1, SET_PREFS, {}, await signIn(1, admin))).answer.errors).toBeUndefined();
    const caseworker = await signIn(0, 'caseworker@adc-memorial.example.org');
    const started = Date.now();
    // Due in 45 s, reminded one minute before: TASK_DUE at the next sweep, TASK_OVERDUE 45 s later.
    const dueAt = new Date(started + 45_000);
    const added = await call<{ addCaseTask: { id: string } }>(0, ADD_TASK, { caseId, input: { title: 'Rule 39 request before the flight', dueAt: dueAt.toISOString(), assigneeId: adminId, remindBefore: [1] } }, caseworker);
    expect(added.answer.errors).toBeUndefined();
    const link = `/cases/${caseId}`;
    const notified = async (kind: string) =>
      Number((await rows<{ n: string }>(`SELECT count(*) AS n FROM notifications WHERE user_id = $1 AND link = $2 AND kind = $3 AND created_at >= $4`, [adminId, link, kind, new Date(started - 1000)]))[0]!.n);
    const emailed = (text: string) => sink.to(admin).filter((m) => m.subject === `Coalition: ${text}` && m.text?.includes(link)).length;

    await waitUntil('TASK_DUE is emailed', () => emailed('A task of a case is due soon.') >= 1, { timeoutMs: 60_000 }).catch(async (error: unknown) => {
      throw new Error(`${String(error)}
notifications: ${JSON.stringify(await rows(`SELECT kind, link, email_state, created_at FROM notifications WHERE user_id = $1 ORDER BY created_at`, [adminId]))}
mail: ${JSON.stringify(await rows(`SELECT recipient, subject, queued_at, sent_at, last_error, attempts FROM mail_messages ORDER BY created_at`))}
sink: ${JSON.stringify(sink.messages.map((m) => m.subject))}
jobs: ${JSON.stringify(await rows(`SELECT name, state, count(*) FROM pgboss.job GROUP BY 1, 2`))}
server 0: ${servers[0]!.output().slice(-3000)}
server 1: ${servers[1]!.output().slice(-3000)}`);
    });
    expect(await notified('TASK_DUE')).toBe(1);

    // The process that migrated (and ran most sweeps so far) dies without a word; the other carries on.
    await servers[0]!.stop('SIGKILL');
    servers.splice(0, 1);
    // A sweep the dead process held holds the queue until it expires (2 min, then pg-boss's maintenance).
    await waitUntil('TASK_OVERDUE is emailed', () => emailed('A task of a case is overdue.') >= 1, { timeoutMs: 240_000 });
    expect(Date.now()).toBeGreaterThanOrEqual(dueAt.getTime());
    expect(await notified('TASK_OVERDUE')).toBe(1);

    // A few more sweeps by the survivor repeat nothing.
    const completed = async () => Number((await rows<{ n: string }>(`SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND state = 'completed'`, [SWEEP]))[0]!.n);
    const before = await completed();
    await waitUntil('two more sweeps', async () => (await completed()) >= before + 2, { timeoutMs: 90_000 });
    expect(await notified('TASK_DUE')).toBe(1);
    expect(await notified('TASK_OVERDUE')).toBe(1);
    expect(emailed('A task of a case is due soon.')).toBe(1);
    expect(emailed('A task of a case is overdue.')).toBe(1);

    // One sweep at a time: no run started before the one before it had finished, never more than one
    // waiting, and no more runs than one every 20 s (two timers would have made twice as many).
    const runs = await rows<{ started_on: Date; completed_on: Date }>(
      `SELECT started_on, completed_on FROM pgboss.job WHERE name = $1 AND state = 'completed' ORDER BY started_on`,
      [SWEEP],
    );
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.started_on.getTime()).toBeGreaterThanOrEqual(runs[i - 1]!.completed_on.getTime());
    const span = (runs.at(-1)!.started_on.getTime() - runs[0]!.started_on.getTime()) / 1000;
    expect(runs.length).toBeLessThanOrEqual(Math.floor(span / 20) + 2);
    const waiting = await rows<{ n: string }>(`SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND state = 'created'`, [SWEEP]);
    expect(Number(waiting[0]!.n)).toBe(1);
  }, 420_000);
});
