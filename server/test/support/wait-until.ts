/**
 * Polls `check` until it returns something other than null, undefined or false, and returns that; fails
 * naming `what` after `timeoutMs`. Tests wait for a condition this way, never for a fixed time.
 */
export async function waitUntil<T>(
  what: string,
  check: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  { timeoutMs = 10_000, intervalMs = 20 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Waits until the backend `pid` is blocked on a lock, as pg_stat_activity shows it through `observer`, a
 * connection outside the transactions under test (inside a transaction pg_stat_activity is a snapshot).
 */
export async function waitForLockWait(observer: { query(sql: string, params?: unknown[]): Promise<unknown> }, pid: number): Promise<void> {
  await waitUntil(`backend ${pid} waits for a lock`, async () => {
    const rows = (await observer.query(`SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1`, [pid])) as { wait_event_type: string | null }[];
    return rows[0]?.wait_event_type === 'Lock';
  });
}

/** The backend process id of a pg client's connection, for waitForLockWait. */
export async function backendPid(client: { query(sql: string): Promise<{ rows: unknown[] }> }): Promise<number> {
  const { rows } = await client.query('SELECT pg_backend_pid() AS pid');
  return (rows[0] as { pid: number }).pid;
}
