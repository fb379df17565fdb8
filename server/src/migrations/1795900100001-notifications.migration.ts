import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

/**
 * Notifications, their email preferences and the deadlines of casework (modules/notifications).
 *
 * - `notifications` rows are written only by the definer functions `notify_organisation_members` and
 *   `notify_users` (server/src/db/sql/functions), inside the transaction of the change that causes
 *   them; a user reads and marks read only their own. `email_state` is the email outbox of each row:
 *   the mail worker turns PENDING rows into mail per the recipient's preferences, in one transaction.
 * - `notification_preferences`: one row per user who changed the defaults (IMMEDIATE, the interface
 *   language); the calendar feed token is looked up by its sha256 and kept sealed with the master key (the account page
 *   shows the feed's address again).
 * - `case_tasks`: readable as the case, written by whoever may write it; `reminded` holds the
 *   `remind_before` offsets already notified, `overdue_notified_at` the one TASK_OVERDUE, so reminders
 *   survive restarts and go out once.
 */
export class Notifications1795900100001 implements MigrationInterface {
  name = 'Notifications1795900100001';

  async up(q: QueryRunner): Promise<void> {
    const role = appRole();
    await q.query(`CREATE TABLE notifications (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      organisation_id uuid REFERENCES organisations (id) ON DELETE CASCADE,
      kind text NOT NULL,
      link text NOT NULL,
      params jsonb NOT NULL DEFAULT '{}'::jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz,
      email_state text NOT NULL DEFAULT 'PENDING',
      CONSTRAINT pk_notifications PRIMARY KEY (id),
      CONSTRAINT ck_notifications_kind CHECK (kind IN ('CASE_SHARED', 'STATEMENT_OPEN_FOR_SIGNATURE', 'SIGNATURE_OUTDATED', 'STATEMENT_PUBLISHED',
        'BRIEFING_APPROVAL_REQUESTED', 'BRIEFING_DECIDED', 'BRIEFING_RELEASED', 'TASK_ASSIGNED', 'TASK_DUE', 'TASK_OVERDUE', 'INVITATION',
        'MEMBER_TOTP_RESET', 'NEW_SIGN_IN')),
      CONSTRAINT ck_notifications_link CHECK (link ~ '^/[A-Za-z0-9/_-]*$'),
      CONSTRAINT ck_notifications_email_state CHECK (email_state IN ('PENDING', 'SENT', 'SKIPPED')))`);
    await q.query(`CREATE INDEX ix_notifications_user ON notifications (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX ix_notifications_unread ON notifications (user_id) WHERE read_at IS NULL`);
    await q.query(`CREATE INDEX ix_notifications_email_pending ON notifications (user_id) WHERE email_state = 'PENDING'`);
    await q.query(`ALTER TABLE notifications ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE notifications FORCE ROW LEVEL SECURITY`);
    await q.query(`GRANT SELECT ON notifications TO ${role}`);
    await q.query(`GRANT UPDATE (read_at) ON notifications TO ${role}`);

    await q.query(`CREATE TABLE notification_preferences (
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      email text NOT NULL DEFAULT 'IMMEDIATE',
      language text,
      calendar_token_hash text,
      calendar_token_sealed text,
      digest_sent_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT pk_notification_preferences PRIMARY KEY (user_id),
      CONSTRAINT uq_notification_preferences_calendar UNIQUE (calendar_token_hash),
      CONSTRAINT ck_notification_preferences_email CHECK (email IN ('IMMEDIATE', 'DAILY_DIGEST', 'OFF')),
      CONSTRAINT ck_notification_preferences_language CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
      CONSTRAINT ck_notification_preferences_token CHECK (calendar_token_hash ~ '^[0-9a-f]{64}$'))`);
    await q.query(`ALTER TABLE notification_preferences ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE notification_preferences FORCE ROW LEVEL SECURITY`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON notification_preferences TO ${role}`);

    await q.query(`CREATE TABLE case_tasks (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
      owner_organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      title text NOT NULL,
      due_at timestamptz NOT NULL,
      assignee_id uuid REFERENCES users (id) ON DELETE SET NULL,
      status text NOT NULL DEFAULT 'OPEN',
      remind_before integer[] NOT NULL DEFAULT '{1440,60}',
      reminded integer[] NOT NULL DEFAULT '{}',
      overdue_notified_at timestamptz,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      completed_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT pk_case_tasks PRIMARY KEY (id),
      CONSTRAINT ck_case_tasks_title CHECK (char_length(title) BETWEEN 1 AND 200),
      CONSTRAINT ck_case_tasks_status CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
      CONSTRAINT ck_case_tasks_remind CHECK (cardinality(remind_before) <= 5))`);
    await q.query(`CREATE INDEX ix_case_tasks_case ON case_tasks (case_id, due_at)`);
    await q.query(`CREATE INDEX ix_case_tasks_open_due ON case_tasks (due_at) WHERE status = 'OPEN'`);
    await q.query(`CREATE INDEX ix_case_tasks_assignee ON case_tasks (assignee_id) WHERE status = 'OPEN'`);
    await q.query(`ALTER TABLE case_tasks ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE case_tasks FORCE ROW LEVEL SECURITY`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON case_tasks TO ${role}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_tasks`);
    await q.query(`DROP TABLE notification_preferences`);
    await q.query(`DROP TABLE notifications`);
  }
}
