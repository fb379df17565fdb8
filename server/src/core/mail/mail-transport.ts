import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Logger } from '../observability/logger';

/** A message as stored in the outbox, ready to be composed. */
export interface StoredMail {
  id: string;
  messageId: string;
  recipient: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  headers: Record<string, string>;
  createdAt: Date;
}

/**
 * Delivers one message. `record` marks it sent in the database; a transport calls it once the
 * message is in hand of the destination but before the destination may act on it, so a crash at any
 * point leaves either "not sent, not recorded" (retried) or "recorded" (never sent again). When
 * `record` rejects, nothing is delivered.
 */
export interface MailTransport {
  deliver(mail: StoredMail, record: () => Promise<void>): Promise<void>;
  close(): void;
}

/** The bytes of a message: the same on every attempt (Message-ID and Date come from the outbox row). */
export async function composeMail(mail: StoredMail, from: string): Promise<Buffer> {
  const composer = new MailComposer({
    from,
    to: mail.recipient,
    subject: mail.subject,
    text: mail.textBody,
    ...(mail.htmlBody === null ? {} : { html: mail.htmlBody }),
    messageId: mail.messageId,
    date: mail.createdAt,
    headers: mail.headers,
  });
  return composer.compile().build();
}

/**
 * SMTP through nodemailer. The message streams in the DATA phase; its end (the lone "." that tells
 * the server to take the message) is written only after `record` committed. A process that dies
 * before that point leaves an unfinished DATA, which the server discards; so the worst a crash can
 * do is lose one message in the instant between the commit and the final dot, never send it twice.
 */
export class SmtpTransport implements MailTransport {
  private readonly transporter: nodemailer.Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transporter = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  }

  async deliver(mail: StoredMail, record: () => Promise<void>): Promise<void> {
    const raw = await composeMail(mail, this.from);
    let stage = 0;
    const body = new Readable({
      read() {
        if (stage === 0) {
          stage = 1;
          this.push(raw);
        } else if (stage === 1) {
          stage = 2;
          record().then(
            () => this.push(null),
            (error: unknown) => this.destroy(error instanceof Error ? error : new Error(String(error))),
          );
        }
      },
    });
    await this.transporter.sendMail({ envelope: { from: envelopeAddress(this.from), to: [mail.recipient] }, raw: body });
  }

  close(): void {
    this.transporter.close();
  }
}

/**
 * No SMTP_URL: each message becomes `DATA_DIR/outbox/<id>.eml` and one log line. Writing is
 * idempotent (the same file, atomically renamed into place), so recording after writing is safe.
 */
export class FileTransport implements MailTransport {
  constructor(
    private readonly dir: string,
    private readonly from: string,
    private readonly log: Logger,
  ) {}

  async deliver(mail: StoredMail, record: () => Promise<void>): Promise<void> {
    const raw = await composeMail(mail, this.from);
    await fs.promises.mkdir(this.dir, { recursive: true, mode: 0o700 });
    const file = path.join(this.dir, `${mail.id}.eml`);
    const partial = `${file}.partial`;
    await fs.promises.writeFile(partial, raw, { mode: 0o600 });
    await fs.promises.rename(partial, file);
    await record();
    // The subject holds no personal data by construction; the recipient's address stays out of the log.
    this.log.info({ file, messageId: mail.messageId, subject: mail.subject }, 'mail written to the outbox directory');
  }

  close(): void {}
}

/** `Name <a@b>` to `a@b`. */
function envelopeAddress(from: string): string {
  const match = /<([^>]+)>/.exec(from);
  return match ? match[1]! : from.trim();
}
