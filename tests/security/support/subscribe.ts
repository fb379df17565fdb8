import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { waitUntil } from '../../../server/test/support/wait-until';

export interface SubscriptionOutcome {
  /** 'ok' when the server took the subscription (it listens for changes); else the refusal's code. */
  code: string;
  text: string;
}

/**
 * Subscribes over graphql-ws with the given session cookie and reports whether the server refused. An accepted
 * subscription sends nothing until a change, so acceptance is read off the server: `liveCount` is its
 * coalition_live_subscriptions gauge (the test app runs in this process), which rises once the subscription
 * listens. No fixed wait: a refusal that comes late under load is still a refusal. After disposing, it waits
 * until the gauge is back where it was, so the next call starts from a settled count.
 */
export async function trySubscribe(
  baseUrl: string,
  cookie: string | null,
  query: string,
  variables: Record<string, unknown>,
  liveCount: () => Promise<number>,
): Promise<SubscriptionOutcome> {
  const before = await liveCount();
  class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie } : {} });
    }
  }
  const client = createClient({ url: `${baseUrl.replace(/^http/, 'ws')}/graphql`, webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: true });
  try {
    return await new Promise<SubscriptionOutcome>((resolve, reject) => {
      let settled = false;
      const done = (outcome: SubscriptionOutcome) => {
        if (settled) return;
        settled = true;
        resolve(outcome);
      };
      client.subscribe(
        { query, variables },
        {
          next: (value) => {
            const text = JSON.stringify(value);
            const code = value.errors?.[0]?.extensions?.code;
            done({ code: typeof code === 'string' ? code : value.errors ? 'ERROR' : 'ok', text });
          },
          error: (error: unknown) => {
            const close = error as { code?: number; reason?: string };
            if (typeof close?.code === 'number') {
              done({ code: close.code === 4403 || close.code === 4401 ? 'UNAUTHENTICATED' : `CLOSE_${close.code}`, text: String(close.reason ?? '') });
              return;
            }
            const errors = error as { extensions?: { code?: string } }[];
            const text = JSON.stringify(error);
            done({ code: (Array.isArray(errors) && errors[0]?.extensions?.code) || 'ERROR', text });
          },
          complete: () => done({ code: 'ok', text: '' }),
        },
      );
      waitUntil('the server answers or takes the subscription', async () => settled || (await liveCount()) > before, { timeoutMs: 60_000 }).then(
        () => done({ code: 'ok', text: '' }),
        (error: Error) => (settled ? undefined : reject(error)),
      );
    });
  } finally {
    await client.dispose();
    await waitUntil('the server ends the subscription', async () => (await liveCount()) <= before, { timeoutMs: 60_000 });
  }
}
