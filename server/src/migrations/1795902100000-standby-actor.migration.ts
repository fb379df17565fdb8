import crypto from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** RFC 2104's inner and outer pads of a 32-byte key (SHA-256's block is 64 bytes). */
export function hmacPads(key: Buffer): { ipad: Buffer; opad: Buffer } {
  const block = Buffer.alloc(64);
  key.copy(block);
  return { ipad: Buffer.from(block.map((b) => b ^ 0x36)), opad: Buffer.from(block.map((b) => b ^ 0x5c)) };
}

/**
 * An actor a read replica can hold (docs/SCALING.md, "Replicas").
 *
 * A hot standby cannot read the UNLOGGED app_actor_context, so there app_authenticate seals the actor into
 * a transaction-local setting with an HMAC under this table's key, which replicates with everything else
 * and which only the owner's functions read (db/sql/functions/app_standby_*.sql). The key is random, made
 * here once, and kept as its HMAC pads so that core sha256() computes the HMAC (the embedded database has
 * no pgcrypto). app_actor() becomes PL/pgSQL, so that a standby never plans the branch that names the
 * unlogged table.
 */
export class StandbyActor1795902100000 implements MigrationInterface {
  name = 'StandbyActor1795902100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE app_standby_key (id int PRIMARY KEY CHECK (id = 1), ipad bytea NOT NULL, opad bytea NOT NULL)`);
    const { ipad, opad } = hmacPads(crypto.randomBytes(32));
    await q.query(`INSERT INTO app_standby_key (id, ipad, opad) VALUES (1, $1, $2)`, [ipad, opad]);
    // After the row: forced, the table's one policy admits reads only (db/sql/policies/app_standby_key.sql).
    await q.query(`ALTER TABLE app_standby_key ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE app_standby_key FORCE ROW LEVEL SECURITY`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Its functions are the definition files' (ActorContext's down drops those that return its row type).
    await q.query(`DROP TABLE app_standby_key`);
  }
}
