import type { TestApp } from './test-app';

/** Moves a session's last use `minutes` into the past, as if idle since; returns the time set, in the database's clock. */
export async function backdateLastSeen(app: TestApp, tokenHash: string, minutes: number): Promise<Date> {
  const [{ last_seen_at: set }] = await app.deps.dataSource.query<{ last_seen_at: Date }[]>(
    // A WITH around the UPDATE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
    `WITH moved AS (UPDATE sessions SET last_seen_at = now() - make_interval(mins => $2) WHERE token_hash = $1 RETURNING last_seen_at)
     SELECT last_seen_at FROM moved`,
    [tokenHash, minutes],
  );
  return set;
}
