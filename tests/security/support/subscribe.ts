import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface SubscriptionOutcome {
  /** 'ok' when the subscription stood for `waitMs` without an error. */
  code: string;
  text: string;
}

/** Subscribes over graphql-ws with the given session cookie and reports whether the server refused. */
export async function trySubscribe(baseUrl: string, cookie: string | null, query: string, variables: Record<string, unknown>, waitMs = 400): Promise<SubscriptionOutcome> {
  class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie } : {} });
    }
  }
  const client = createClient({ url: `${baseUrl.replace(/^http/, 'ws')}/graphql`, webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: true });
  try {
    return await new Promise<SubscriptionOutcome>((resolve) => {
      const timer = setTimeout(() => resolve({ code: 'ok', text: '' }), waitMs);
      const done = (outcome: SubscriptionOutcome) => {
        clearTimeout(timer);
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
    });
  } finally {
    await client.dispose();
  }
}
