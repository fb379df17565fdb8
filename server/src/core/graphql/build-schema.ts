import { buildSchema, type NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import type { AppModule } from '../http/app-module';
import { authChecker } from './auth-checker';
import { unusedPubSub } from './subscriptions';
import './enums';

export async function buildAppSchema(modules: AppModule[]): Promise<GraphQLSchema> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  const resolvers = modules.flatMap((m) => m.resolvers) as NonEmptyArray<Function>;
  return buildSchema({ resolvers, authChecker, validate: false, pubSub: unusedPubSub });
}
