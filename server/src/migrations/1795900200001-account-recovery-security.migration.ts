import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

/**
 * Row-level security of the account-recovery tables. A user reads and changes only their own recovery
 * codes and known browsers. Reset tokens are issued and spent only through SECURITY DEFINER functions
 * (app_password_reset_issue, app_password_reset_consume): the application role may read its actor's
 * own rows and nothing else. Reset requests are counted like failed sign-ins, for anyone. The policies
 * are in server/src/db/sql/policies/<table>.sql.
 */
export class AccountRecoverySecurity1795900200001 implements MigrationInterface {
  name = 'AccountRecoverySecurity1795900200001';

  async up(q: QueryRunner): Promise<void> {
    const role = appRole();
    for (const table of ['known_browsers', 'recovery_codes', 'password_reset_tokens', 'password_reset_attempts']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    await q.query(`GRANT SELECT, INSERT ON known_browsers TO ${role}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON recovery_codes TO ${role}`);
    await q.query(`GRANT SELECT ON password_reset_tokens TO ${role}`);
    await q.query(`GRANT SELECT, INSERT ON password_reset_attempts TO ${role}`);
  }

  async down(q: QueryRunner): Promise<void> {
    const role = appRole();
    for (const f of ['app_password_reset_issue(text, text, integer)', 'app_password_reset_consume(text, text)', 'app_reset_member_totp(uuid, uuid)']) {
      await q.query(`DROP FUNCTION IF EXISTS ${f}`);
    }
    for (const table of ['known_browsers', 'recovery_codes', 'password_reset_tokens', 'password_reset_attempts']) {
      await q.query(`DROP POLICY IF EXISTS ${table}_own ON ${table}`);
      await q.query(`DROP POLICY IF EXISTS ${table}_any ON ${table}`);
      await q.query(`REVOKE ALL ON ${table} FROM ${role}`);
    }
  }
}
