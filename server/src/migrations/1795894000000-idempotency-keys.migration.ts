import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appRole } from './1795889057581-foundation-security.migration';

/**
 * Idempotency keys: the first answer to a creating mutation sent with an
 * `Idempotency-Key` header, so that a retried request returns it instead of
 * creating twice (server/src/core/graphql/idempotency.ts). The answer may
 * hold personal data: it is stored sealed with the master key. Each user
 * reads and writes only their own keys; keys are kept 24 hours.
 * No entity: only the GraphQL layer reads this table, with plain SQL.
 */
export class IdempotencyKeys1795894000000 implements MigrationInterface {
  name = 'IdempotencyKeys1795894000000';

  async up(q: QueryRunner): Promise<void> {
    const role = appRole();
    await q.query(`CREATE TABLE idempotency_keys (
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      key text NOT NULL,
      request_hash text NOT NULL,
      response text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT pk_idempotency_keys PRIMARY KEY (user_id, key),
      CONSTRAINT ck_idempotency_keys_key CHECK (key ~ '^[A-Za-z0-9_-]{8,100}$'),
      CONSTRAINT ck_idempotency_keys_hash CHECK (request_hash ~ '^[0-9a-f]{64}$'))`);
    await q.query(`ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY`);
    await q.query(`GRANT SELECT, INSERT, DELETE ON idempotency_keys TO ${role}`);
    await q.query(`CREATE POLICY idempotency_keys_own ON idempotency_keys FOR ALL
      USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
  }
}
