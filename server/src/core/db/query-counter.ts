import pg from 'pg';
import { dbQueriesTotal } from '../observability/metrics';

let installed = false;

/**
 * Counts every statement any pg client of this process sends, TypeORM's and
 * our own alike, so `coalition_db_queries_total` is the ground truth the
 * constant-SQL tests and the benchmark read.
 */
export function installQueryCounter(): void {
  if (installed) return;
  installed = true;
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
    dbQueriesTotal.inc();
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
}
