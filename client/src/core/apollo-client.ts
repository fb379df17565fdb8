import { ApolloClient, HttpLink, InMemoryCache, from, split } from '@apollo/client';
import { onError } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';

type SessionExpiredHandler = () => void;
let onSessionExpired: SessionExpiredHandler = () => undefined;

/** The shell registers where to send the user when the server says the session is gone. */
export function setSessionExpiredHandler(handler: SessionExpiredHandler): void {
  onSessionExpired = handler;
}

/** The contract's error code of an Apollo error, if any. */
export function errorCode(error: unknown): string | undefined {
  const gqlErrors = (error as { graphQLErrors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> })?.graphQLErrors;
  const code = gqlErrors?.[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

export function createApolloClient(): ApolloClient<unknown> {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const wsUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  // The socket is authenticated by the session cookie when it opens, so it is opened lazily after sign-in.
  const ws = new GraphQLWsLink(createClient({ url: wsUrl, lazy: true, retryAttempts: 5 }));

  const expiry = onError(({ graphQLErrors, operation }) => {
    if (operation.operationName === 'Me' || operation.operationName === 'Login') return;
    if (graphQLErrors?.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) onSessionExpired();
  });

  const transport = split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    },
    ws,
    http,
  );

  return new ApolloClient({
    link: from([expiry, transport]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: { fields: { cases: { keyArgs: ['filter'] }, statements: { keyArgs: ['filter'] } } },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
