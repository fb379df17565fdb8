import { Client } from 'pg';

/**
 * Raw SQL as the application role (coalition_app), bypassing every line of our TypeScript: what row-level
 * security alone allows. One owner connection to the test database; each `as` call is one transaction that
 * acts as the given user (app_act_as, which only the owner may call, before the role is set; null: nobody)
 * and is rolled back.
 */
export class AppRoleSql {
  private readonly db = new Client({ connectionString: process.env.COALITION_TEST_DATABASE_URL });

  async connect(): Promise<void> {
    await this.db.connect();
  }

  async end(): Promise<void> {
    await this.db.end();
  }

  async as<T>(userId: string | null, fn: () => Promise<T>): Promise<T> {
    await this.db.query('BEGIN');
    try {
      if (userId) await this.db.query(`SELECT FROM app_act_as($1)`, [userId]);
      await this.db.query(`SET LOCAL ROLE coalition_app`);
      return await fn();
    } finally {
      await this.db.query('ROLLBACK');
    }
  }

  async rows(sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
    return (await this.db.query(sql, params)).rows as Record<string, unknown>[];
  }

  async query(sql: string, params: unknown[] = []): Promise<{ rowCount: number | null; rows: Record<string, unknown>[] }> {
    return this.db.query(sql, params);
  }

  /** A statement inside `as` that may be refused: its row count, or the error's message; the transaction goes on. */
  async attempt(sql: string, params: unknown[] = []): Promise<number | null | string> {
    await this.db.query('SAVEPOINT attempt');
    const result = await this.db.query(sql, params).then(
      (r) => r.rowCount,
      (e: Error) => e.message,
    );
    await this.db.query('ROLLBACK TO SAVEPOINT attempt');
    return result;
  }
}
