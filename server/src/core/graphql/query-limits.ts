import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
  visit,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '@coalition/shared';

export const MAX_DEPTH = 12;
export const MAX_ALIASES = 15;
export const MAX_PAGE_SIZE = 100;

function validationError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED } });
}

function selectionDepth(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, selection.selectionSet ? 1 + selectionDepth(selection.selectionSet, fragments, visiting) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // A cycle is reported by graphql's own NoFragmentCycles rule; stop here.
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

/** Rejects operations nested deeper than MAX_DEPTH fields, fragments included. */
export function depthLimitRule(context: ValidationContext): ASTVisitor {
  const document = context.getDocument();
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return {
    OperationDefinition(node) {
      const depth = selectionDepth(node.selectionSet, fragments, new Set());
      if (depth > MAX_DEPTH) context.reportError(validationError(`Query depth ${depth} exceeds the limit of ${MAX_DEPTH}.`));
    },
  };
}

/** Rejects documents with more than MAX_ALIASES aliases (alias overloading). */
export function aliasLimitRule(context: ValidationContext): ASTVisitor {
  let aliases = 0;
  let reported = false;
  return {
    Field(node) {
      if (!node.alias) return;
      aliases += 1;
      if (aliases > MAX_ALIASES && !reported) {
        reported = true;
        context.reportError(validationError(`More than ${MAX_ALIASES} aliases in one document.`));
      }
    },
  };
}

/**
 * Tokens in one document (graphql-js `maxTokens`), checked while parsing: validation is
 * quadratic in repeated fields (OverlappingFieldsCanBeMerged runs before our rules), so
 * the parser must stop a flood first. The client's largest document has about 120.
 */
export const MAX_TOKENS = 1000;
export const MAX_DIRECTIVES = 20;
export const MAX_DIRECTIVES_PER_NODE = 4;
export const MAX_FIELD_REPEATS = 10;
/** Validation stops after this many errors: a flood of bad nodes is not checked, and answered, one by one. */
export const MAX_VALIDATION_ERRORS = 10;

/**
 * Rejects documents with more than MAX_DIRECTIVES directives, or more than
 * MAX_DIRECTIVES_PER_NODE on one node (directive overloading). Counted when
 * the document is entered, so this error comes first, before the per-directive
 * errors of graphql's own rules that MAX_VALIDATION_ERRORS then cuts short.
 */
export function directiveLimitRule(context: ValidationContext): ASTVisitor {
  return {
    Document(document) {
      let total = 0;
      let perNode = 0;
      const pending: unknown[] = [document];
      while (pending.length > 0) {
        const node = pending.pop();
        if (!node || typeof node !== 'object') continue;
        if (Array.isArray(node)) {
          pending.push(...node);
          continue;
        }
        const directives = (node as { directives?: readonly unknown[] }).directives;
        if (directives) {
          total += directives.length;
          perNode = Math.max(perNode, directives.length);
        }
        for (const key of ['definitions', 'selectionSet', 'selections', 'variableDefinitions']) {
          const child = (node as Record<string, unknown>)[key];
          if (child) pending.push(child);
        }
      }
      if (total > MAX_DIRECTIVES || perNode > MAX_DIRECTIVES_PER_NODE) {
        context.reportError(validationError('Too many directives in one document.'));
      }
    },
  };
}

/**
 * Rejects a selection set that names one field more than MAX_FIELD_REPEATS
 * times (field duplication: `{ __typename __typename ... }` costs validation
 * quadratic time while aliases and cost limits do not see it).
 */
export function fieldDuplicationRule(context: ValidationContext): ASTVisitor {
  let reported = false;
  return {
    SelectionSet(node) {
      if (reported) return;
      const seen = new Map<string, number>();
      for (const selection of node.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const key = selection.alias?.value ?? selection.name.value;
        const count = (seen.get(key) ?? 0) + 1;
        seen.set(key, count);
        if (count > MAX_FIELD_REPEATS) {
          reported = true;
          context.reportError(validationError(`A field is repeated more than ${MAX_FIELD_REPEATS} times in one selection.`));
          return;
        }
      }
    },
  };
}

function argumentValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return undefined;
}

/** True when any string in `value` holds U+0000, which PostgreSQL text cannot store (it fails as SQLSTATE 22021). */
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  return Object.values(value as Record<string, unknown>).some((v) => holdsNul(v, depth + 1));
}

/** No argument, literal or variable, may carry U+0000: refused as the client's mistake, not failed in the database. */
function checkNoNul(document: DocumentNode, variables: Record<string, unknown>): void {
  let found = holdsNul(variables);
  if (!found) {
    visit(document, {
      StringValue(node) {
        if (node.value.includes('\u0000')) found = true;
      },
    });
  }
  if (found) {
    throw new GraphQLError('Text may not contain the NUL character (U+0000).', {
      extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
    });
  }
}

/** Every `first` argument in the document, literal or variable, must be 0..MAX_PAGE_SIZE. */
function checkPageSizes(document: DocumentNode, variables: Record<string, unknown>): void {
  const pending: SelectionSetNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) {
      pending.push(definition.selectionSet);
    }
  }
  while (pending.length > 0) {
    const set = pending.pop()!;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        for (const arg of selection.arguments ?? []) {
          if (arg.name.value !== 'first') continue;
          const value = argumentValue(arg.value, variables);
          if (typeof value === 'number' && (value > MAX_PAGE_SIZE || value < 0)) {
            throw new GraphQLError(`first: must be between 0 and ${MAX_PAGE_SIZE}.`, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'first', http: { status: 400 } },
            });
          }
        }
      }
      if ('selectionSet' in selection && selection.selectionSet) pending.push(selection.selectionSet);
    }
  }
}

/** Lists with `first` cost their children that many times. */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : undefined;
  return first !== undefined ? 1 + childComplexity * Math.max(first, 1) : undefined;
};

/**
 * The documents and variables that passed the checks below. Apollo keeps one parsed document per query text,
 * so the same query is the same object on every request; the checks are a function of it, the operation and
 * the variables alone, and only a pass is remembered. Small variables only: a key is their JSON.
 */
const passed = new WeakMap<DocumentNode, Set<string>>();
const MAX_REMEMBERED_VARIABLES_LENGTH = 512;
const MAX_REMEMBERED_PER_DOCUMENT = 64;

function passedKey(operationName: string | null | undefined, variables: Record<string, unknown>): string | null {
  const json = JSON.stringify(variables);
  return json.length > MAX_REMEMBERED_VARIABLES_LENGTH ? null : `${operationName ?? ''}\0${json}`;
}

/** Page-size and cost limits, checked after validation and before execution. */
export function queryLimitsPlugin(schema: () => GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName, operation }) {
          // Over HTTP a subscription would run its resolver without an event and fail as an internal error.
          if (operation?.operation === 'subscription') {
            throw new GraphQLError('Subscriptions are served over WebSocket (graphql-ws) at /graphql, not over HTTP.', {
              extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
            });
          }
          const variables = request.variables ?? {};
          const key = passedKey(operationName, variables);
          const known = passed.get(document);
          if (key !== null && known?.has(key)) return;
          checkPageSizes(document, variables);
          checkNoNul(document, variables);
          let complexity: number;
          try {
            complexity = getComplexity({
              schema: schema(),
              query: document,
              variables,
              operationName: operationName ?? undefined,
              estimators: [fieldExtensionsEstimator(), pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // getComplexity coerces the variables before graphql-js would: a missing or mistyped
            // variable is the client's mistake, not an internal error.
            if (error instanceof GraphQLError) {
              throw new GraphQLError(error.message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
            }
            throw error;
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(`Query cost ${complexity} exceeds the budget of ${maxComplexity}.`, {
              extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED, http: { status: 400 } },
            });
          }
          if (key !== null) {
            const set = known ?? new Set<string>();
            if (set.size >= MAX_REMEMBERED_PER_DOCUMENT) set.clear();
            set.add(key);
            if (!known) passed.set(document, set);
          }
        },
      };
    },
  };
}
