import type { AppDeps } from '../config/app-deps';

/**
 * A maintenance statement (a rollup refresh, a compaction) that requests ask for and that runs outside
 * them, on a pooled connection of its own, at most once per interval per process. The SQL function
 * itself decides whether there is anything to do and skips when another process is at it, so several
 * server processes need no coordination here.
 */
export class BackgroundMaintenance {
  private last = 0;

  constructor(
    private readonly sql: string,
    private readonly intervalMs: number,
    private readonly what: string,
  ) {}

  /** Asks for a run; returns at once. */
  request({ dataSource, log }: Pick<AppDeps, 'dataSource' | 'log'>): void {
    const now = Date.now();
    if (now - this.last < this.intervalMs) return;
    this.last = now;
    setImmediate(() => {
      if (!dataSource.isInitialized) return;
      dataSource.query(this.sql).catch((error: unknown) => {
        log.warn({ err: error instanceof Error ? error.message : String(error) }, `${this.what} failed`);
      });
    });
  }
}
