import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/session-kysely';

/** One email as a request queues it. No personal data beyond the recipient's address, ever. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. `List-Unsubscribe`. */
  headers?: Record<string, string>;
}

/** The domain of every Message-ID this server makes. */
export const MESSAGE_ID_DOMAIN = 'coalition.invalid';

/**
 * Queues an email in the caller's transaction (the outbox): it is sent, once, by the mail worker
 * after the transaction commits, and never if it rolls back. Returns the stable Message-ID, the
 * same on every delivery attempt.
 */
export async function enqueueMail(sql: Sql, mail: OutgoingMail): Promise<string> {
  const id = randomUUID();
  const messageId = `<${id}@${MESSAGE_ID_DOMAIN}>`;
  // No RETURNING: the app role may insert mail but never read it back.
  await sql
    .insertInto('mail_messages')
    .values({
      id,
      message_id: messageId,
      recipient: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html ?? null,
      headers: JSON.stringify(mail.headers ?? {}),
    })
    .execute();
  return messageId;
}
