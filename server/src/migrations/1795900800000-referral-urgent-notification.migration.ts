import type { MigrationInterface, QueryRunner } from 'typeorm';

const before = [
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
];

/** An urgent referral notifies the receiving organisation: a kind the contract's enum did not have. */
export class ReferralUrgentNotification1795900800000 implements MigrationInterface {
  name = 'ReferralUrgentNotification1795900800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT ck_notifications_kind`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT ck_notifications_kind CHECK (kind IN (${[...before, "'REFERRAL_URGENT'"].join(', ')}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE kind = 'REFERRAL_URGENT'`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT ck_notifications_kind`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT ck_notifications_kind CHECK (kind IN (${before.join(', ')}))`);
  }
}
