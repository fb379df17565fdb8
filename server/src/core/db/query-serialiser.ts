import pg from 'pg';

let installed = false;
/** Per connection: the promise that settles when its last queued statement has. */
const lastTurn = new WeakMap<pg.Client, Promise<void>>();

function isPromiseCall(args: unknown[]): boolean {
  const [first] = args;
  const submittable = typeof first === 'object' && first !== null && typeof (first as { submit?: unknown }).submit === 'function';
  return !submittable && typeof args.at(-1) !== 'function';
}

/**
 * One statement at a time per connection, in call order. A request's DataLoaders share its
 * transaction's client and fire in the same tick: pg 8 queues such overlapping calls itself but
 * warns that the queue goes in pg 9 ("client.query() when the client is already executing a
 * query"). Promise-style calls therefore wait for the previous one here, as pg's queue made them
 * wait; a failed statement does not stop the next (inside a transaction PostgreSQL refuses it
 * anyway). Callback and stream calls, which our code does not make, keep pg's own path.
 */
export function installQuerySerialiser(): void {
  if (installed) return;
  installed = true;
  const original = pg.Client.prototype.query as (this: pg.Client, ...args: unknown[]) => unknown;
  pg.Client.prototype.query = function serialisedQuery(this: pg.Client, ...args: unknown[]) {
    if (!isPromiseCall(args)) return original.apply(this, args);
    const previous = lastTurn.get(this);
    // Nothing in flight: send now, exactly as pg would (no extra tick on the common path).
    const result = previous
      ? previous.then(() => original.apply(this, args) as Promise<unknown>)
      : (original.apply(this, args) as Promise<unknown>);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    lastTurn.set(this, settled);
    void settled.then(() => {
      if (lastTurn.get(this) === settled) lastTurn.delete(this);
    });
    return result;
  } as typeof pg.Client.prototype.query;
}
