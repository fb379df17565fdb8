import { HeaderMap, type GraphQLRequestContextResponseForOperation, type GraphQLResponse } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { Kind, OperationTypeNode } from 'graphql';
import { canonicalJson } from '../audit/audit-writer';
import { openString, seal, sha256Hex } from '../crypto/secret-box';
import { createsOnly, IDEMPOTENCY_HEADER as SHARED_HEADER } from '@coalition/shared';
import type { AppContext } from './context';

// Apollo's HeaderMap keys are lower case.
export const IDEMPOTENCY_HEADER = SHARED_HEADER.toLowerCase();

const KEY_FORMAT = /^[A-Za-z0-9_-]{8,100}$/;
const RETENTION = '24 hours';

interface Pending {
  userId: string;
  key: string;
  requestHash: string;
}

/** Keys whose first answer must be stored before the request's transaction commits. */
const pending = new WeakMap<AppContext, Pending>();

const aad = (userId: string, key: string) => `idempotency_keys:${userId}:${key}`;

function errorResponse(message: string, code: string): GraphQLResponse {
  return {
    http: { status: undefined, headers: new HeaderMap() },
    body: { kind: 'single', singleResult: { errors: [{ message, extensions: { code } }] } },
  };
}

/**
 * Before execution: with a key on a creating mutation, waits for any request
 * running with the same key (a transaction-scoped advisory lock), then replays
 * the stored answer, refuses a key reused for a different request, or lets
 * the mutation run and remembers that its answer must be stored.
 */
export async function replayIdempotent(rc: GraphQLRequestContextResponseForOperation<AppContext>): Promise<GraphQLResponse | null> {
  const key = rc.request.http?.headers.get(IDEMPOTENCY_HEADER);
  if (key === undefined) return null;
  const operation = rc.operation;
  if (operation.operation !== OperationTypeNode.MUTATION) return null;
  if (!createsOnly(operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : null)))) return null;
  const ctx = rc.contextValue;
  const userId = ctx.actor?.userId;
  if (!userId) return null;
  if (!KEY_FORMAT.test(key)) {
    return errorResponse('The Idempotency-Key header must be 8 to 100 letters, digits, "-" or "_".', 'BAD_USER_INPUT');
  }

  const requestHash = sha256Hex(
    canonicalJson({ query: rc.source, operationName: rc.request.operationName ?? null, variables: rc.request.variables ?? {} }),
  );
  await ctx.db.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7310))`, [`idempotency:${userId}:${key}`]);
  const [row] = (await ctx.db.query(
    `SELECT request_hash, response FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND created_at > now() - interval '${RETENTION}'`,
    [userId, key],
  )) as { request_hash: string; response: string }[];
  if (!row) {
    pending.set(ctx, { userId, key, requestHash });
    return null;
  }
  if (row.request_hash !== requestHash) {
    return errorResponse('This Idempotency-Key was already used for a different request: use a new key.', 'BAD_USER_INPUT');
  }
  const stored = JSON.parse(openString(ctx.deps.masterKey, row.response, aad(userId, key))) as FormattedExecutionResult;
  return {
    http: { status: undefined, headers: new HeaderMap([['idempotency-replayed', 'true']]) },
    body: { kind: 'single', singleResult: stored },
  };
}

/**
 * In the request's transaction, right before it commits: stores the first
 * answer (sealed, it may name people), and forgets this user's expired keys.
 */
export async function rememberIdempotent(ctx: AppContext, result: FormattedExecutionResult): Promise<void> {
  const entry = pending.get(ctx);
  if (!entry) return;
  pending.delete(ctx);
  await ctx.db.query(`DELETE FROM idempotency_keys WHERE user_id = $1 AND created_at <= now() - interval '${RETENTION}'`, [entry.userId]);
  await ctx.db.query(
    `INSERT INTO idempotency_keys (user_id, key, request_hash, response) VALUES ($1, $2, $3, $4)`,
    [entry.userId, entry.key, entry.requestHash, seal(ctx.deps.masterKey, JSON.stringify(result), aad(entry.userId, entry.key))],
  );
}
