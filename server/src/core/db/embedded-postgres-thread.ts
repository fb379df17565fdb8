import { Worker } from 'node:worker_threads';
import type { Logger } from '../observability/logger';
import type { EmbeddedPostgres } from './embedded-postgres';

/** What a worker serving PGlite says to the thread that started it. */
export type EmbeddedWorkerMessage =
  | { type: 'log'; level: 'info' | 'warn'; fields: Record<string, unknown>; msg: string }
  | { type: 'ready'; conn: string }
  | { type: 'dump'; id: number; bytes: ArrayBuffer }
  | { type: 'stopped' };

/** What that thread asks of it. */
export type EmbeddedWorkerRequest = { type: 'dump'; id: number } | { type: 'stop' };

/**
 * PGlite started and served by `file`, a worker thread (see `serveEmbeddedPostgresInWorker`). This module
 * loads nothing but Node's worker threads, so the caller can start the database first and load the rest of the
 * server meanwhile, on another core; and the database's work never blocks this thread's event loop afterwards.
 * Once started, a worker that dies takes the process with it: its requests would have no database.
 */
export function startEmbeddedPostgresThread(file: string, workerData: unknown, log: Logger): Promise<EmbeddedPostgres> {
  const worker = new Worker(file, { workerData });
  const dumps = new Map<number, { resolve: (blob: Blob) => void; reject: (error: Error) => void }>();
  let nextDump = 0;
  let stopped: (() => void) | null = null;
  let stopping: Promise<void> | null = null;
  return new Promise((resolve, reject) => {
    let ready = false;
    worker.on('message', (message: EmbeddedWorkerMessage) => {
      switch (message.type) {
        case 'log':
          log[message.level](message.fields, message.msg);
          break;
        case 'ready':
          ready = true;
          log.info({ conn: message.conn, thread: 'worker' }, 'embedded PostgreSQL (PGlite) started');
          resolve({
            url: `postgres://postgres@${message.conn}/postgres`,
            dumpDataDir: () =>
              new Promise<Blob>((resolveDump, rejectDump) => {
                const id = nextDump++;
                dumps.set(id, { resolve: resolveDump, reject: rejectDump });
                worker.postMessage({ type: 'dump', id } satisfies EmbeddedWorkerRequest);
              }),
            stop() {
              stopping ??= new Promise<void>((resolveStop) => {
                stopped = resolveStop;
                worker.postMessage({ type: 'stop' } satisfies EmbeddedWorkerRequest);
              }).then(async () => {
                await worker.terminate();
                log.info('embedded PostgreSQL stopped');
              });
              return stopping;
            },
          });
          break;
        case 'dump':
          dumps.get(message.id)?.resolve(new Blob([message.bytes]));
          dumps.delete(message.id);
          break;
        case 'stopped':
          stopped?.();
          break;
      }
    });
    worker.on('error', (error) => {
      for (const dump of dumps.values()) dump.reject(error);
      dumps.clear();
      if (!ready) return reject(error);
      log.fatal({ err: error }, 'the embedded database stopped unexpectedly');
      process.exit(1);
    });
    worker.on('exit', (code) => {
      if (!ready) reject(new Error(`the embedded database's thread exited (${code}) before it started`));
      else if (!stopping) {
        log.fatal({ code }, 'the embedded database stopped unexpectedly');
        process.exit(1);
      }
    });
  });
}
