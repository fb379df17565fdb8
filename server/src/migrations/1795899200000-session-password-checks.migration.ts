import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wrong current passwords given to `changePassword`, counted on the session row itself: the count is
 * read and raised under that row's lock, so the limit (5, then the session ends) holds whatever the
 * number of server processes and parallel requests.
 */
export class SessionPasswordChecks1795899200000 implements MigrationInterface {
  name = 'SessionPasswordChecks1795899200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sessions" ADD "failed_password_checks" integer NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sessions" DROP COLUMN "failed_password_checks"`);
  }
}
