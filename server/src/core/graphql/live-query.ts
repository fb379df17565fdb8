import type { AppContext } from './context';
import { liveSubscriptions } from '../observability/metrics';
import { isLiveContext, notifications } from './subscriptions';

export interface LiveQueryOptions<T> {
  /** The notification channel whose notices say the result may have changed. */
  channel: string;
  /** Only notices with this payload concern this query. */
  key: string;
  /** Reads the result in the event's transaction, as the socket's user; null when it is not (or no longer) readable. */
  read: (ctx: AppContext) => Promise<T | null>;
  /** The error when the result is not readable when the subscription starts (e.g. notFound). */
  missing: () => Error;
  /** The subscription's field name, for the error when it is asked for over HTTP. */
  field: string;
}

/**
 * A subscription that re-reads one result whenever a notice for it arrives on a channel: checked
 * readable when it starts, then one event per notice, each read in a fresh transaction as the socket's
 * user (an event the viewer may no longer read is skipped). Notices that arrive while an event is being
 * sent collapse into one.
 */
export async function liveQuery<T>(ctx: AppContext, { channel, key, read, missing, field }: LiveQueryOptions<T>): Promise<AsyncIterable<T>> {
  if (!isLiveContext(ctx)) throw new Error(`${field} is served over WebSocket only`);
  const live = ctx;
  await live.begin();
  try {
    if (!(await read(live))) throw missing();
  } finally {
    await live.end();
  }
  let pending = false;
  let wake: (() => void) | null = null;
  const off = await notifications(live.deps).listen(channel, (payload) => {
    if (payload !== key) return;
    pending = true;
    wake?.();
  });
  // From here on a notice reaches this subscription.
  liveSubscriptions.inc();
  let done = false;
  // A hand-written iterator, not an async generator: `return()` must end a
  // subscription that is waiting for its next notice (a generator would only
  // see it at its next yield), or closed sockets would leak listeners.
  const iterator: AsyncIterableIterator<T> = {
    [Symbol.asyncIterator]() {
      return iterator;
    },
    next: async () => {
      await live.end(); // the previous event is resolved and sent
      for (;;) {
        if (!pending && !done) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        if (done) return { done: true, value: undefined };
        pending = false;
        await live.begin();
        const value = await read(live).catch((error: unknown) => {
          live.log.error({ err: error }, 'subscription event failed');
          return null;
        });
        if (value) return { done: false, value };
        await live.end();
      }
    },
    return: async () => {
      if (!done) liveSubscriptions.dec();
      done = true;
      off();
      const w = wake as (() => void) | null;
      w?.();
      await live.end();
      return { done: true, value: undefined };
    },
  };
  return iterator;
}
