import crypto from 'node:crypto';
import type pg from 'pg';
import type { EntityManager } from 'typeorm';

/**
 * Runs a SELECT as a named prepared statement on the request's connection: PostgreSQL parses, rewrites
 * (the row-level security policies are expanded there) and plans it once per connection, then reuses the
 * plan. For the nested case page that planning was ~12 ms of each request over 100,000 cases
 * (docs/SCALING.md). The name is a hash of the text, so one text is one statement per connection
 * whatever code sends it. Policies stay correct: they read the actor's settings when the plan runs, and
 * PostgreSQL re-plans if the role changes. Keep the text's set small (no literals that vary per request
 * other than bounded ones), since each distinct text stays prepared on every pooled connection.
 *
 * Off with DB_PREPARED_STATEMENTS=false (a PgBouncer older than 1.21 in transaction mode) and on the
 * embedded database: PGlite is one backend session behind the socket, so a statement prepared by one
 * client connection would still exist, unknown to the driver, when another connection is opened.
 */
export async function preparedQuery<T>(
  ctx: { db: EntityManager; deps: { config: { DB_PREPARED_STATEMENTS: boolean } } },
  text: string,
  values: unknown[],
): Promise<T[]> {
  const { db } = ctx;
  const client = (db.queryRunner as unknown as { databaseConnection?: pg.PoolClient } | undefined)?.databaseConnection;
  if (!client || !ctx.deps.config.DB_PREPARED_STATEMENTS) return (await db.query(text, values)) as T[];
  const name = `q_${crypto.createHash('sha1').update(text).digest('base64url')}`;
  const result = await client.query<T & pg.QueryResultRow>({ name, text, values });
  return result.rows;
}
