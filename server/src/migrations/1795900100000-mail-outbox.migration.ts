import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

/**
 * The mail outbox (server/src/core/mail): a request writes the email it causes here, in its own
 * transaction, and the mail worker delivers it through the job queue (pg-boss, its own schema
 * `pgboss`, made by pg-boss at start). The app role may only insert: a request never reads
 * anybody's mail back. `claimed_until` is the lease of the process sending it; `sent_at` is written
 * before the SMTP server is told the message is complete, so a message is never sent twice.
 */
export class MailOutbox1795900100000 implements MigrationInterface {
  name = 'MailOutbox1795900100000';

  async up(q: QueryRunner): Promise<void> {
    const role = appRole();
    await q.query(`CREATE TABLE mail_messages (
      id uuid NOT NULL,
      message_id text NOT NULL,
      recipient text NOT NULL,
      subject text NOT NULL,
      text_body text NOT NULL,
      html_body text,
      headers jsonb NOT NULL DEFAULT '{}'::jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      queued_at timestamptz,
      claimed_until timestamptz,
      claim_token uuid,
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      sent_at timestamptz,
      CONSTRAINT pk_mail_messages PRIMARY KEY (id),
      CONSTRAINT uq_mail_messages_message_id UNIQUE (message_id),
      CONSTRAINT ck_mail_messages_headers CHECK (jsonb_typeof(headers) = 'object'))`);
    await q.query(`CREATE INDEX ix_mail_messages_unqueued ON mail_messages (created_at) WHERE queued_at IS NULL`);
    await q.query(`ALTER TABLE mail_messages ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE mail_messages FORCE ROW LEVEL SECURITY`);
    await q.query(`GRANT INSERT ON mail_messages TO ${role}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_messages`);
  }
}
