import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  Observable,
  from,
  split,
  type ObservableSubscription,
  type Operation,
} from '@apollo/client';
import { onError } from '@apollo/client/link/error';
import { RetryLink } from '@apollo/client/link/retry';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { Kind, OperationTypeNode } from 'graphql';
import { createsOnly, IDEMPOTENCY_HEADER } from '@coalition/shared';
import { liveReconnected } from './live-reconnect';
import { onSessionExpired } from './session-expiry';

export { errorCode } from './error-code';
export { setSessionExpiredHandler } from './session-expiry';

/** A mutation whose every root field creates something, which the server replays for a repeated key. */
function isCreatingMutation(operation: Operation): boolean {
  const def = getMainDefinition(operation.query);
  if (def.kind !== Kind.OPERATION_DEFINITION || def.operation !== OperationTypeNode.MUTATION) return false;
  return createsOnly(def.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : null)));
}

function isQuery(operation: Operation): boolean {
  const def = getMainDefinition(operation.query);
  return def.kind === Kind.OPERATION_DEFINITION && def.operation === OperationTypeNode.QUERY;
}

/** 128 random bits; getRandomValues also works where randomUUID does not (a plain-http intranet). */
function newKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One key per creating mutation, set once: the retry below sends the same operation again, so a
 * case whose answer was lost on the way back is created once and its first answer replayed.
 */
const idempotencyKey = new ApolloLink((operation, forward) => {
  if (isCreatingMutation(operation) && !operation.getContext().idempotencyKey) {
    const key = newKey();
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      idempotencyKey: key,
      headers: { ...headers, [IDEMPOTENCY_HEADER]: key },
    }));
  }
  return forward(operation);
});

/**
 * Network failures only (no answer, or a gateway's 5xx): a GraphQL error is an answer and is shown.
 * Queries are safe to repeat; of the mutations, only those the server replays by their key.
 */
const retryLostAnswers = new RetryLink({
  delay: { initial: 300, max: 3000, jitter: true },
  attempts: {
    max: 3,
    retryIf: (error: unknown, operation) => {
      const status = (error as { statusCode?: number } | undefined)?.statusCode;
      const network = !!error && (status === undefined || status >= 500);
      return network && (isQuery(operation) || isCreatingMutation(operation));
    },
  },
});

/**
 * Each operation goes out in a task of its own. A page starts its queries from React's effects, all in the
 * task that committed it; the links below (printing the document, the body, fetch, the socket) then ran there
 * too, for every query of the app bar and the page at once: on a slow phone one long task that blocked input.
 */
const ownTask = new ApolloLink(
  (operation, forward) =>
    new Observable((observer) => {
      let subscription: ObservableSubscription | undefined;
      const timer = setTimeout(() => {
        subscription = forward(operation).subscribe(observer);
      }, 0);
      return () => {
        clearTimeout(timer);
        subscription?.unsubscribe();
      };
    }),
);

export function createApolloClient(): ApolloClient<unknown> {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const wsUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  // The socket is authenticated by the session cookie when it opens, so it is opened lazily after sign-in.
  // A retry that connects tells the live views to ask again: what was announced while the socket was down is lost.
  const ws = new GraphQLWsLink(
    createClient({
      url: wsUrl,
      lazy: true,
      retryAttempts: 5,
      on: { connected: (_socket, _payload, wasRetry) => wasRetry && liveReconnected() },
    }),
  );

  const expiry = onError(({ graphQLErrors, operation }) => {
    // Not a lost session: a failed sign-in, or an invitation to an existing account (its page says to sign in).
    if (['Me', 'Login', 'AcceptInvitation'].includes(operation.operationName)) return;
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
    link: from([ownTask, expiry, idempotencyKey, retryLostAnswers, transport]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: { fields: { cases: { keyArgs: ['filter', 'orderBy'] }, statements: { keyArgs: ['filter'] } } },
        // A case's access has no id of its own: the case page, its evidence and its referrals each ask for some
        // of its fields, and without merging each answer would replace the others' (losing e.g. canShare).
        CaseAccess: { merge: true },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
