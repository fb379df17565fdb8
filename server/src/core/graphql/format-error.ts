import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@coalition/shared';
import { AuthenticationError, AuthorizationError } from 'type-graphql';
import { AppError } from './app-error';
import type { Logger } from '../observability/logger';
import { BUSY_RETRY_AFTER_SECONDS, PoolBusyError } from '../db/pool-busy';

/** The answer to a request the server had no connection for: retryable, never INTERNAL. */
export function serverBusyError(): GraphQLError {
  return new GraphQLError('The server is busy. Nothing was done; try again in a moment.', {
    extensions: {
      code: ErrorCode.SERVER_BUSY,
      http: { status: 503, headers: new Map([['retry-after', String(BUSY_RETRY_AFTER_SECONDS)]]) },
    },
  });
}

const PASSTHROUGH_CODES = new Set<string>([
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.RATE_LIMITED,
  ErrorCode.SERVER_BUSY,
]);

/** Apollo's own codes folded into the contract's closed set. */
const APOLLO_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.GRAPHQL_VALIDATION_FAILED,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
};

/**
 * graphql-js appends "Did you mean ...?" to validation and coercion messages: a free map of the
 * schema's names. Outside development it is cut on every transport (Apollo's own switch covers only
 * its HTTP validation errors).
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean [^?]*\?/g, '').trimEnd();
}

function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/**
 * The one place that turns errors into what clients see: domain errors keep
 * their message and code; anything else is logged and masked, so no stack,
 * SQL or driver message leaves the server outside development.
 */
export function createErrorFormatter(log: Logger, development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const cause = rootCause(error);
    const message = development ? formatted.message : withoutSuggestions(formatted.message);
    const base = { message, locations: formatted.locations, path: formatted.path };
    if (cause instanceof AppError) {
      return { ...base, message: cause.message, extensions: { code: cause.code, ...cause.extra } };
    }
    if (cause instanceof AuthenticationError) {
      return { ...base, message: 'Sign in first.', extensions: { code: ErrorCode.UNAUTHENTICATED } };
    }
    if (cause instanceof AuthorizationError) {
      return { ...base, message: 'You are not allowed to do this.', extensions: { code: ErrorCode.FORBIDDEN } };
    }
    if (cause instanceof PoolBusyError) {
      log.warn({ path: formatted.path }, 'server busy: no database connection in time');
      return { ...base, message: serverBusyError().message, extensions: { code: ErrorCode.SERVER_BUSY } };
    }
    const code = String(formatted.extensions?.code ?? '');
    const isGraphQLLevel = cause instanceof GraphQLError || !(cause instanceof Error);
    if (isGraphQLLevel && PASSTHROUGH_CODES.has(code)) {
      const field = formatted.extensions?.field;
      return { ...base, extensions: typeof field === 'string' ? { code, field } : { code } };
    }
    if (isGraphQLLevel && APOLLO_CODES[code]) {
      return { ...base, extensions: { code: APOLLO_CODES[code] } };
    }
    log.error({ err: cause, path: formatted.path }, 'internal error');
    return {
      message: development && cause instanceof Error ? cause.message : 'Internal server error.',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
