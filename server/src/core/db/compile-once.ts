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
  let compiled: Compiled<O> | null = null;
  return async (db, ...args) => {
    if (!compiled) {
      const first = compileWithStandIns(build(db, ...standIns), standIns);
      if (first.slots.includes(-1)) throw new Error('each parameter of a compile-once query must be one of its stand-ins');
      compiled = first;
    }
    return db.executeQuery(withValues(compiled, args));
  };
}

/** A compiled statement and, per parameter, the index of the stand-in it is (-1: a constant of the text). */
interface Compiled<O> {
  query: CompiledQuery<O>;
  slots: number[];
}

function compileWithStandIns<O>(query: Compilable<O>, standIns: readonly object[]): Compiled<O> {
  const compiled = query.compile();
  return { query: compiled, slots: compiled.parameters.map((p) => standIns.findIndex((s) => s === p)) };
}

/** The statement with each stand-in's place holding this call's value. */
function withValues<O>({ query, slots }: Compiled<O>, values: readonly unknown[]): CompiledQuery<O> {
  return { ...query, parameters: query.parameters.map((p, i) => (slots[i] >= 0 ? values[slots[i]] : p)) };
}

/**
 * Statements of a few shapes, each built and compiled on the first use of its key, then sent with each
 * call's values: compileOnce for a builder whose text depends on its input (a page size, a filter). The key
 * must name everything the text and its other parameters depend on; a parameter that is not one of the
 * stand-ins keeps the value of the first build for that key, so nothing of a request (its actor, a
 * session's data) may reach one. At most `maxShapes` keys are kept, the oldest forgotten first.
 */
export class CompiledShapes<S extends readonly object[]> {
  private readonly shapes = new Map<string, Compiled<unknown>[]>();

  constructor(
    private readonly standIns: S,
    private readonly maxShapes: number,
  ) {}

  /** `build` gets the stand-ins and returns the statements of the shape; `values` replace the stand-ins. */
  compile(key: string, values: { [K in keyof S]: unknown }, build: (...standIns: S) => Compilable<unknown>[]): CompiledQuery[] {
    let shape = this.shapes.get(key);
    if (!shape) {
      shape = build(...this.standIns).map((q) => compileWithStandIns(q, this.standIns));
      if (this.shapes.size >= this.maxShapes) this.shapes.delete(this.shapes.keys().next().value as string);
      this.shapes.set(key, shape);
    }
    return shape.map((compiled) => withValues(compiled, values));
  }
}
