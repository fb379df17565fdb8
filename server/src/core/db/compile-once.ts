import type { CompiledQuery, Compilable, QueryResult } from 'kysely';
import type { Sql } from './session-kysely';

/**
 * A statement whose text never changes, only its parameter values: built and compiled on first use, then
 * sent with each call's values. Building and compiling a query with json subqueries costs Kysely about a
 * millisecond of CPU, which a DataLoader batch of every request would otherwise pay again (200 concurrent
 * writers, tests/reliability/concurrency.test.ts, queue behind that).
 *
 * `build` gets a stand-in for each argument (a distinct array or object) and may use it only as a
 * parameter value, never to decide the query's shape; each parameter of the compiled statement must be one
 * of the stand-ins, which the first use checks.
 */
export function compileOnce<A extends readonly object[], O>(standIns: A, build: (db: Sql, ...args: A) => Compilable<O>): (db: Sql, ...args: A) => Promise<QueryResult<O>> {
  let compiled: { query: CompiledQuery<O>; slots: number[] } | null = null;
  return async (db, ...args) => {
    if (!compiled) {
      const query = build(db, ...standIns).compile();
      const slots = query.parameters.map((p) => standIns.findIndex((s) => s === p));
      if (slots.includes(-1)) throw new Error('each parameter of a compile-once query must be one of its stand-ins');
      compiled = { query, slots };
    }
    const { query, slots } = compiled;
    return db.executeQuery({ ...query, parameters: slots.map((i) => args[i]) });
  };
}
