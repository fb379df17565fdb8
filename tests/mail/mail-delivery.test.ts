import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { appEntities } from '../../server/src/app/app-modules';
import { migrations } from '../../server/src/migrations';
import { createDataSource } from '../../server/src/core/db/data-source';
import { inPooledTransaction } from '../../server/src/core/db/session-kysely';
import { loadConfig } from '../../server/src/core/config/config';
import { createLogger } from '../../server/src/core/observability/logger';
import { JobQueue } from '../../server/src/core/mail/job-queue';
import { enqueueMail } from '../../server/src/core/mail/mail-outbox';
import { FileTransport, SmtpTransport } from '../../server/src/core/mail/mail-transport';
import { MailWorker } from '../../server/src/core/mail/mail-worker';
import { createScratchDatabase, embeddedTestDatabase, migrateDatabase, type ScratchDatabase } from '../../server/test/support/scratch-database';
import { startSmtpSink, type SmtpSink } from '../../server/test/support/smtp-sink';
import { waitUntil } from '../../server/test/support/wait-until';

// A database of its own: pg-boss workers of other test files must not take these jobs.
const describeServer = embeddedTestDatabase() ? describe.skip : describe;
const log = createLogger('silent');
const from = 'Coalition <no-reply@coalition.invalid>';

describeServer('mail outbox and worker', () => {
  let scratch: ScratchDatabase;
  let dataSource: DataSource;
  let sink: SmtpSink;
  const running: { worker: MailWorker; queue: JobQueue; ds: DataSource }[] = [];

  beforeAll(async () => {
    scratch = await createScratchDatabase('coalition_mail');
    await migrateDatabase(scratch.url);
    dataSource = createDataSource({ url: scratch.url, poolSize: 4, entities: appEntities, migrations });
    await dataSource.initialize();
    sink = await startSmtpSink();
  }, 60_000);

  // Each test's workers stop after it: a worker left running would take the next test's jobs.
  let revive: (() => void) | null = null;
  // Closed at the end only: pg-boss may still finish a statement after it says it stopped.
  const pools: DataSource[] = [];
  afterEach(async () => {
    revive?.();
    for (const { worker, queue, ds } of running.splice(0)) {
      await worker.stop();
      const stopped = new Promise<void>((resolve) => queue.boss.once('stopped', () => resolve()));
      await queue.stop().catch(() => undefined);
      await stopped;
      pools.push(ds);
    }
  });

  afterAll(async () => {
    for (const ds of pools) await ds.destroy().catch(() => undefined);
    await sink.stop();
    await dataSource.destroy();
    await scratch.drop();
  }, 60_000);

  async function startWorker(options: Parameters<typeof MailWorker.start>[2] = {}): Promise<MailWorker> {
    // Each worker has its own pool, as another server process would.
    const ds = createDataSource({ url: scratch.url, poolSize: 2, entities: appEntities, migrations });
    await ds.initialize();
    const queue = await JobQueue.start(ds, log, { pollingIntervalSeconds: 0.5 });
    const config = loadConfig({ DATABASE_URL: scratch.url, SMTP_URL: sink.url });
    const worker = await MailWorker.start({ dataSource: ds, log, config }, queue, { relayIntervalMs: 0, retryDelaySeconds: 1, ...options });
    running.push({ worker, queue, ds });
    return worker;
  }

  async function queueMail(to: string, subject = 'A statement waits for your signature'): Promise<string> {
    return inPooledTransaction(dataSource, (sql) => enqueueMail(sql, { to, subject, text: 'text', html: '<p>html</p>', headers: { 'List-Unsubscribe': '<https://x.invalid/account>' } }));
  }

  it('sends a committed message once, with its stable Message-ID and headers; a rolled back one never', async () => {
    const worker = await startWorker();
    const messageId = await queueMail('one@example.org');
    await expect(
      inPooledTransaction(dataSource, async (sql) => {
        await enqueueMail(sql, { to: 'rolled-back@example.org', subject: 's', text: 't' });
        throw new Error('the request failed');
      }),
    ).rejects.toThrow('the request failed');
    expect(await worker.relay()).toBe(1);
    const [mail] = await waitUntil('the message arrives', () => sink.to('one@example.org').length === 1 && sink.to('one@example.org'));
    expect(mail!.messageId).toBe(messageId);
    expect(mail!.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toBe('List-Unsubscribe: <https://x.invalid/account>');
    expect(mail!.text?.trim()).toBe('text');
    expect(mail!.html).toContain('<p>html</p>');
    expect(sink.to('rolled-back@example.org')).toHaveLength(0);
    expect(await worker.relay()).toBe(0);
  }, 30_000);

  it('two processes relaying and working the same outbox send each message exactly once', async () => {
    const a = await startWorker();
    const b = await startWorker();
    const ids = await Promise.all(Array.from({ length: 12 }, (_, i) => queueMail(`two-${i}@example.org`)));
    const relayed = await Promise.all([a.relay(), b.relay(), a.relay(), b.relay()]);
    expect(relayed.reduce((x, y) => x + y, 0)).toBe(12);
    await waitUntil('all twelve arrive', () => ids.every((id) => sink.messages.some((m) => m.messageId === id)), { timeoutMs: 30_000 });
    // Both workers deliver the same ids again directly: nothing more is sent.
    const rows = (await dataSource.query(`SELECT id FROM mail_messages WHERE message_id = ANY($1)`, [ids])) as { id: string }[];
    for (const { id } of rows) {
      expect(await a.deliverOne(id)).toBe('already-sent');
      expect(await b.deliverOne(id)).toBe('already-sent');
    }
    for (const id of ids) expect(sink.messages.filter((m) => m.messageId === id)).toHaveLength(1);
  }, 60_000);

  it('a process that dies after the server took the message, before finishing the job, does not make a second copy', async () => {
    let delivered = false;
    // Hangs until the test ends: the process is as good as dead from here on (no lock or transaction is held).
    const dying = await startWorker({ afterDeliver: () => ((delivered = true), new Promise<void>((resolve) => (revive = resolve))) });
    const messageId = await queueMail('crash@example.org');
    await dying.relay();
    await waitUntil('the dying process delivered', () => delivered);
    const [{ id }] = (await dataSource.query(`SELECT id FROM mail_messages WHERE message_id = $1`, [messageId])) as [{ id: string }];
    const survivor = await startWorker();
    expect(await survivor.deliverOne(id)).toBe('already-sent');
    expect(await survivor.relay()).toBe(0);
    expect(sink.messages.filter((m) => m.messageId === messageId)).toHaveLength(1);
  }, 30_000);

  it('a process that dies while the message is unfinished leaves nothing delivered; another sends it after the lease', async () => {
    const dying = await startWorker({ leaseSeconds: 1 });
    const messageId = await queueMail('mid-data@example.org');
    const [{ id }] = (await dataSource.query(`SELECT id FROM mail_messages WHERE message_id = $1`, [messageId])) as [{ id: string }];
    // The record step (just before the final dot) fails as a crash would: the server must discard the DATA.
    const hanging = new SmtpTransport(sink.url, from);
    await expect(hanging.deliver({ id, messageId, recipient: 'mid-data@example.org', subject: 's', textBody: 't', htmlBody: null, headers: {}, createdAt: new Date() }, () => Promise.reject(new Error('process died')))).rejects.toThrow();
    hanging.close();
    expect(sink.to('mid-data@example.org')).toHaveLength(0);
    void dying;
    const survivor = await startWorker({ leaseSeconds: 1 });
    await waitUntil('the survivor sends it', async () => (await survivor.deliverOne(id)) !== 'busy');
    expect(sink.messages.filter((m) => m.messageId === messageId)).toHaveLength(1);
  }, 30_000);

  it('retries with backoff while the SMTP server is down and delivers once it is back', async () => {
    const worker = await startWorker();
    await sink.stop();
    const messageId = await queueMail('down@example.org');
    await worker.relay();
    await waitUntil('an attempt failed', async () => {
      const [row] = (await dataSource.query(`SELECT attempts, last_error FROM mail_messages WHERE message_id = $1`, [messageId])) as { attempts: number; last_error: string | null }[];
      return row!.attempts >= 1 && row!.last_error !== null;
    });
    await sink.start();
    await waitUntil('the message arrives after the server is back', () => sink.messages.some((m) => m.messageId === messageId), { timeoutMs: 30_000 });
    expect(sink.messages.filter((m) => m.messageId === messageId)).toHaveLength(1);
  }, 60_000);

  it('without SMTP_URL writes one .eml per message to the outbox directory and logs one line', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-outbox-'));
    const lines: string[] = [];
    const fileLog = createLogger('info');
    const spy = { ...fileLog, info: (obj: object, msg: string) => lines.push(`${msg} ${JSON.stringify(obj)}`) } as unknown as typeof fileLog;
    const transport = new FileTransport(dir, from, spy);
    let recorded = 0;
    const mail = { id: '00000000-0000-4000-8000-000000000001', messageId: '<x@coalition.invalid>', recipient: 'file@example.org', subject: 'Subject', textBody: 'body', htmlBody: null, headers: {}, createdAt: new Date() };
    await transport.deliver(mail, async () => void recorded++);
    await transport.deliver(mail, async () => void recorded++);
    expect(fs.readdirSync(dir)).toEqual([`${mail.id}.eml`]);
    expect(fs.readFileSync(path.join(dir, `${mail.id}.eml`), 'utf8')).toContain('Message-ID: <x@coalition.invalid>');
    expect(lines.filter((l) => l.startsWith('mail written'))).toHaveLength(2);
    expect(lines.join('\n')).not.toContain('file@example.org');
    fs.rmSync(dir, { recursive: true });
  });
});
