import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute,
  getNamedType,
  getVariableValues,
  GraphQLError,
  isAbstractType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  BREAK,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { graphqlExecutionsTotal } from '../observability/metrics';

type Gateway = ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway'];

/** Compiled operations kept per parsed document (Apollo keeps one document per query text). */
const MAX_OPERATIONS_PER_DOCUMENT = 16;

/**
 * graphql-jit's errors only look like graphql-js's (no `extensions` object when the cause has none, which
 * Apollo's error normalisation reads): each becomes a graphql-js error with the same message, locations,
 * path, cause and extensions.
 */
function asGraphQLJsErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => {
    const error = new GraphQLError(e.message, {
      path: e.path,
      originalError: e.originalError ?? undefined,
      extensions: e.extensions ?? undefined,
    });
    return e.locations ? Object.assign(error, { locations: e.locations }) : error;
  });
  return { ...result, errors };
}

/**
 * Whether the document selects a union or interface anywhere. type-graphql resolves abstract types with
 * an async function, which graphql-jit does not await: such queries (search, today) stay graphql-js's.
 */
function selectsAbstractType(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const type = typeInfo.getType();
        if (type && isAbstractType(getNamedType(type))) {
          found = true;
          return BREAK;
        }
        return undefined;
      },
    }),
  );
  return found;
}

/**
 * Queries run as compiled functions (graphql-jit): a page of 100 cases resolves thousands of fields, and
 * graphql-js interprets the document anew for every one of them (a resolve-info object, a path, a promise
 * check each). Mutations keep graphql-js: few fields, and their serial order is the spec's to keep.
 *
 * Apollo Server has no executor option; its gateway interface is the documented seam that hands it one.
 * Its parsing, validation, plugins (query limits, the request's transaction), error formatting and HTTP
 * handling stay as they are: only execution changes hands.
 */
export function compiledExecution(schema: GraphQLSchema, options: { compile: boolean }): Gateway {
  const compiledRuns = graphqlExecutionsTotal.labels('compiled');
  const interpretedRuns = graphqlExecutionsTotal.labels('interpreted');
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  function compiledFor(document: DocumentNode, operation: OperationDefinitionNode): CompiledQuery | null {
    const name = operation.name?.value ?? '';
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    if (byName.has(name)) return byName.get(name) ?? null;
    const result = selectsAbstractType(schema, document) ? null : compileQuery(schema, document, operation.name?.value);
    const query = result && isCompiledQuery(result) ? result : null;
    if (byName.size < MAX_OPERATIONS_PER_DOCUMENT) byName.set(name, query);
    return query;
  }

  let announce: ((schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) | undefined;
  return {
    // A gateway announces its schema when loaded; this one has a single, fixed schema.
    async load() {
      announce?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return {
        executor: async (request): Promise<ExecutionResult> => {
          const { document, operation, context } = request;
          const variableValues = request.request.variables ?? {};
          const interpreted = () => {
            interpretedRuns.inc();
            return execute({
              schema,
              document,
              contextValue: context,
              variableValues,
              operationName: request.request.operationName,
            });
          };
          if (!options.compile || operation?.operation !== 'query') return interpreted();
          // Variables that do not coerce are graphql-js's to report: its errors carry the variable's node,
          // which Apollo turns into BAD_USER_INPUT and status 400.
          if (getVariableValues(schema, operation.variableDefinitions ?? [], variableValues, { maxErrors: 1 }).errors)
            return interpreted();
          const query = compiledFor(document, operation);
          if (!query) return interpreted();
          compiledRuns.inc();
          return asGraphQLJsErrors(await query.query(undefined, context, variableValues));
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      announce = callback;
      return () => (announce = undefined);
    },
    async stop() {},
  };
}
