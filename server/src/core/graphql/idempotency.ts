import { HeaderMap, type GraphQLRequestContextResponseForOperation, type GraphQLResponse } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { sql } from 'kysely';
import { Kind, OperationTypeNode } from 'graphql';
import { canonicalJson } from '../audit/audit-writer';
import { openString, seal, sha256Hex } from '../crypto/secret-box';
import { advisoryXactLock } from '../db/sql-functions';
import { createsOnly, IDEMPOTENCY_HEADER as SHARED_HEADER } from '@coalition/shared';
import type { AppContext } from './context';

// Apollo's HeaderMap keys are lower case.
export const IDEMPOTENCY_HEADER = SHARED_HEADER.toLowerCase();

const KEY_FORMAT = /^[A-Za-z0-9_-]{8,100}$/;
/** How long a key is remembered. */
const RETENTION = sql<Date>`now() - interval '24 hours'`;

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
  await advisoryXactLock(ctx.sql, `idempotency:${userId}:${key}`, 7310);
  const row = await ctx.sql
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'response'])
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .where('created_at', '>', RETENTION)
    .executeTakeFirst();
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
  await ctx.sql.deleteFrom('idempotency_keys').where('user_id', '=', entry.userId).where('created_at', '<=', RETENTION).execute();
  await ctx.sql
    .insertInto('idempotency_keys')
    .values({
      user_id: entry.userId,
      key: entry.key,
      request_hash: entry.requestHash,
      response: seal(ctx.deps.masterKey, JSON.stringify(result), aad(entry.userId, entry.key)),
    })
    .execute();
}
