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
  "'ORGANISATION_LOCKED'",
  "'ORGANISATION_UNLOCKED'",
];

/**
 * The coordinators hear of an organisation's emergency lock (issue 22): COALITION_ORGANISATION_LOCKED,
 * written by notify_account (server/src/db/sql) for the organisation the actor just locked.
 */
export class CoalitionLockNotification1795901400000 implements MigrationInterface {
  name = 'CoalitionLockNotification1795901400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT ck_notifications_kind`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT ck_notifications_kind CHECK (kind IN (${[...kindsBefore, "'COALITION_ORGANISATION_LOCKED'"].join(', ')}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE kind = 'COALITION_ORGANISATION_LOCKED'`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT ck_notifications_kind`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT ck_notifications_kind CHECK (kind IN (${kindsBefore.join(', ')}))`);
  }
}
