import { buildSchema, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import type { AppModule } from '../http/app-module';
import { authChecker } from './auth-checker';
import { unusedPubSub } from './subscriptions';
import './enums';

/**
 * A plain data field (no roles, no middleware, its own name) is read as a property: type-graphql would
 * otherwise wrap each in a resolver that builds a middleware chain per value, thousands per page of cases,
 * and a compiled query (compiled-execution.ts) inlines resolver-less fields. A field whose getter can throw
 * says `simple: false`, which this leaves alone.
 */
function readPlainFieldsAsProperties(): void {
  for (const field of getMetadataStorage().fields) {
    if (field.simple !== undefined || field.roles || (field.middlewares?.length ?? 0) > 0) continue;
    if (field.schemaName !== field.name) continue;
    field.simple = true;
  }
}

export async function buildAppSchema(modules: AppModule[]): Promise<GraphQLSchema> {
  readPlainFieldsAsProperties();
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  const resolvers = modules.flatMap((m) => m.resolvers) as NonEmptyArray<Function>;
  return buildSchema({ resolvers, authChecker, validate: false, pubSub: unusedPubSub });
}
