import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import type { Logger } from '../observability/logger';
import { clientDb, type JobQueue } from './job-queue';
import { FileTransport, SmtpTransport, type MailTransport, type StoredMail } from './mail-transport';

/** The pg-boss queue that delivers one outbox message per job. */
export const MAIL_QUEUE = 'mail-send';

export interface MailWorkerOptions {
  /** Default: SMTP_URL's server, else `.eml` files in DATA_DIR/outbox. */
  transport?: MailTransport;
  /** How often the outbox is swept for messages committed since (ms); 0: only when `relay()` is called. */
  relayIntervalMs?: number;
  /** How long a process may hold a message it is sending before another may take it (s). */
  leaseSeconds?: number;
  /** First retry delay (s), doubled on each further attempt. */
  retryDelaySeconds?: number;
  /** Tests: called after a delivery, before the job is marked done (a crash here must not resend). */
  afterDeliver?: (mail: StoredMail) => Promise<void>;
}

type Outcome = 'sent' | 'already-sent' | 'busy';

interface MailRow {
  id: string;
  message_id: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  headers: Record<string, string>;
  created_at: Date;
}

/**
 * Delivers the outbox (`mail_messages`, written by `enqueueMail` inside request transactions).
 *
 * - The relay moves committed messages into pg-boss jobs, in one owner transaction that also marks
 *   them queued (`FOR UPDATE SKIP LOCKED`): each message becomes exactly one job, whatever the number
 *   of processes.
 * - A job claims its message with a lease (`claim_token`), so two processes never send it at once;
 *   `sent_at` is committed before the destination takes the message (see SmtpTransport), so a
 *   message is never sent twice, even when the process dies between sending and finishing the job.
 * - A failed attempt (SMTP down) releases the claim and throws: pg-boss retries with exponential
 *   backoff, across restarts.
 */
export class MailWorker {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly leaseSeconds: number;

  private constructor(
    private readonly dataSource: DataSource,
    private readonly log: Logger,
    private readonly queue: JobQueue,
    private readonly transport: MailTransport,
    private readonly options: MailWorkerOptions,
  ) {
    this.leaseSeconds = options.leaseSeconds ?? 300;
  }

  static defaultTransport(config: Config, log: Logger): MailTransport {
    return config.SMTP_URL ? new SmtpTransport(config.SMTP_URL, config.MAIL_FROM) : new FileTransport(path.join(config.dataDir, 'outbox'), config.MAIL_FROM, log);
  }

  static async start(deps: { dataSource: DataSource; log: Logger; config: Config }, queue: JobQueue, options: MailWorkerOptions = {}): Promise<MailWorker> {
    const transport = options.transport ?? MailWorker.defaultTransport(deps.config, deps.log);
    const worker = new MailWorker(deps.dataSource, deps.log, queue, transport, options);
    await queue.ensureQueue(MAIL_QUEUE, {
      retryLimit: 12,
      retryDelay: options.retryDelaySeconds ?? 30,
      retryBackoff: true,
      expireInSeconds: worker.leaseSeconds,
    });
    await queue.work<{ id: string }>(MAIL_QUEUE, async ({ id }) => {
      const outcome = await worker.deliverOne(id);
      // Another process holds the lease: try again later (it has sent it by then, or its lease ran out).
      if (outcome === 'busy') throw new Error('mail message is being sent by another process');
    });
    const every = options.relayIntervalMs ?? 1000;
    if (every > 0) worker.schedule(every);
    return worker;
  }

  private schedule(every: number): void {
    this.timer = setTimeout(() => {
      this.relay()
        .catch((error: unknown) => this.log.warn({ err: error instanceof Error ? error.message : String(error) }, 'mail relay failed'))
        .finally(() => {
          if (!this.stopped) this.schedule(every);
        });
    }, every);
    this.timer.unref();
  }

  /** Moves committed, unqueued outbox messages into jobs; returns how many. */
  async relay(): Promise<number> {
    const runner = this.dataSource.createQueryRunner('master');
    const client = (await runner.connect()) as { query(text: string, values?: unknown[]): Promise<{ rows: { id: string }[] }> };
    try {
      await client.query('BEGIN');
      const { rows } = await client.query(
        `SELECT id FROM mail_messages WHERE queued_at IS NULL ORDER BY created_at LIMIT 200 FOR UPDATE SKIP LOCKED`,
      );
      const db = clientDb(client);
      for (const { id } of rows) await this.queue.boss.send(MAIL_QUEUE, { id }, { db, singletonKey: id });
      if (rows.length > 0) await client.query(`UPDATE mail_messages SET queued_at = now() WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
      await client.query('COMMIT');
      return rows.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Sends one outbox message unless it was sent already or another process is sending it. */
  async deliverOne(id: string): Promise<Outcome> {
    const token = randomUUID();
    const claimed = (await this.dataSource.query(
      `UPDATE mail_messages SET claim_token = $2, claimed_until = now() + make_interval(secs => $3), attempts = attempts + 1
        WHERE id = $1 AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
        RETURNING id, message_id, recipient, subject, text_body, html_body, headers, created_at`,
      [id, token, this.leaseSeconds],
    )) as [MailRow[], number];
    const row = claimed[0][0];
    if (!row) {
      const [state] = (await this.dataSource.query(`SELECT sent_at IS NOT NULL AS sent FROM mail_messages WHERE id = $1`, [id])) as { sent: boolean }[];
      return !state || state.sent ? 'already-sent' : 'busy';
    }
    const mail: StoredMail = {
      id: row.id,
      messageId: row.message_id,
      recipient: row.recipient,
      subject: row.subject,
      textBody: row.text_body,
      htmlBody: row.html_body,
      headers: row.headers,
      createdAt: row.created_at,
    };
    let recorded = false;
    const record = async (): Promise<void> => {
      const result = (await this.dataSource.query(
        `UPDATE mail_messages SET sent_at = now(), claimed_until = NULL, last_error = NULL WHERE id = $1 AND claim_token = $2 AND sent_at IS NULL`,
        [id, token],
      )) as [unknown[], number];
      if (result[1] !== 1) throw new Error('the claim on this mail message was lost');
      recorded = true;
    };
    try {
      await this.transport.deliver(mail, record);
    } catch (error) {
      const code = smtpResponseCode(error);
      // Recorded, then refused by the server in so many words: it did not take the message.
      // Recorded, then the connection broke with no answer: it may have taken it; never risk a second copy.
      const retry = !recorded || code !== null;
      const reason = code !== null ? `SMTP ${code}` : errorCode(error);
      await this.dataSource.query(
        `UPDATE mail_messages SET claimed_until = NULL, claim_token = NULL, last_error = $3${retry ? ', sent_at = NULL' : ''} WHERE id = $1 AND claim_token = $2`,
        [id, token, reason],
      );
      if (!retry) {
        this.log.warn({ messageId: mail.messageId, reason }, 'mail recorded as sent, but the connection broke before the server confirmed it');
        return 'sent';
      }
      this.log.warn({ messageId: mail.messageId, reason }, 'mail delivery failed: will retry');
      throw new Error(`mail delivery failed (${reason})`);
    }
    await this.options.afterDeliver?.(mail);
    return 'sent';
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.transport.close();
  }
}

function smtpResponseCode(error: unknown): number | null {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' ? code : null;
}

/** A short, address-free reason: SMTP errors quote recipients in their messages. */
function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'error';
}
