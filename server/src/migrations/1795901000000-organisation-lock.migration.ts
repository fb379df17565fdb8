import type { MigrationInterface, QueryRunner } from 'typeorm';

const kindsBefore = [
  "'CASE_SHARED'",
  "'STATEMENT_OPEN_FOR_SIGNATURE'",
  "'SIGNATURE_OUTDATED'",
  "'STATEMENT_PUBLISHED'",
  "'BRIEFING_APPROVAL_REQUESTED'",
  "'BRIEFING_DECIDED'",
  "'BRIEFING_RELEASED'",
  "'TASK_ASSIGNED'",
  "'TASK_DUE'",
  "'TASK_OVERDUE'",
  "'INVITATION'",
  "'MEMBER_TOTP_RESET'",
  "'NEW_SIGN_IN'",
  "'REFERRAL_URGENT'",
];

/**
 * The emergency lock (issue 22): an organisation locked since `locked_at` (by `locked_by_user_id`) has no
 * export, download or release of its data and its members sign in only with TOTP; `require_totp` asks
 * TOTP of its members for good; a session remembers whether it began with a second factor. Columns of
 * existing tables: their row-level security and grants are the tables'; who may change them is the
 * organisations_guard trigger and the organisation_set_lock function (server/src/db/sql).
 */
export class OrganisationLock1795901000000 implements MigrationInterface {
  name = 'OrganisationLock1795901000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisations ADD COLUMN "locked_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE organisations ADD COLUMN "locked_by_user_id" uuid`);
    await q.query(`ALTER TABLE organisations ADD COLUMN "require_totp" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE sessions ADD COLUMN "totp_verified" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT ck_notifications_kind`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT ck_notifications_kind CHECK (kind IN (${[...kindsBefore, "'ORGANISATION_LOCKED'", "'ORGANISATION_UNLOCKED'"].join(', ')}))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE kind IN ('ORGANISATION_LOCKED', 'ORGANISATION_UNLOCKED')`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT ck_notifications_kind`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT ck_notifications_kind CHECK (kind IN (${kindsBefore.join(', ')}))`);
    await q.query(`ALTER TABLE sessions DROP COLUMN "totp_verified"`);
    await q.query(`ALTER TABLE organisations DROP COLUMN "require_totp"`);
    await q.query(`ALTER TABLE organisations DROP COLUMN "locked_by_user_id"`);
    await q.query(`ALTER TABLE organisations DROP COLUMN "locked_at"`);
  }
}
