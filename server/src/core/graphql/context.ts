import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import type { EntityManager } from 'typeorm';
import type { AppDeps } from '../config/app-deps';
import type { Actor } from '../auth/actor';
import { ActorTransaction } from '../db/actor-transaction';
import type { Sql } from '../db/session-kysely';
import type { Logger } from '../observability/logger';
import { LoaderRegistry } from './loader-registry';
import { readSessionToken } from '../auth/session-cookie';
import { sha256Hex } from '../crypto/secret-box';

/**
 * What every resolver and service receives. `db` is the request's single
 * transaction; it runs as the application role with the actor's settings.
 */
export interface AppContext {
  deps: AppDeps;
  requestId: string;
  log: Logger;
  tx: ActorTransaction;
  loaders: LoaderRegistry;
  http: { req: Request; res: Response } | null;
  readonly actor: Actor | null;
  readonly db: EntityManager;
  /** Typed SQL on the same transaction. */
  readonly sql: Sql;
  /** The same as named prepared statements where enabled: only for texts from a small, bounded set. */
  readonly preparedSql: Sql;
}

export function buildContext(
  deps: AppDeps,
  tx: ActorTransaction,
  http: { req: Request; res: Response } | null,
): AppContext {
  const requestId = (http?.req.headers['x-request-id'] as string | undefined)?.slice(0, 64) ?? crypto.randomUUID();
  const ctx: AppContext = {
    deps,
    requestId,
    log: deps.log.child({ requestId }),
    tx,
    http,
    loaders: new LoaderRegistry(() => ({ db: tx.db, sql: tx.sql, actor: tx.actor })),
    get actor() {
      return tx.actor;
    },
    get db() {
      return tx.db;
    },
    get sql() {
      return tx.sql;
    },
    get preparedSql() {
      return tx.preparedSql;
    },
  };
  return ctx;
}

/** Opens the request's transaction, authenticated by the session cookie if any. */
export async function createRequestContext(deps: AppDeps, req: Request, res: Response): Promise<AppContext> {
  const token = readSessionToken(req);
  const tx = await ActorTransaction.open(deps.requestDataSource, deps.config.DB_APP_ROLE, token ? sha256Hex(token) : null, {
    preparedStatements: deps.config.DB_PREPARED_STATEMENTS,
    // Sign-in and joining need the owner for one step (ActorTransaction.becomeUser).
    owner: deps.dataSource,
  });
  // Whatever happens to the request, the connection goes back to the pool.
  res.once('close', () => {
    if (!tx.isFinished) void tx.rollback().catch((error: unknown) => deps.log.error({ err: error }, 'rollback failed'));
  });
  return buildContext(deps, tx, { req, res });
}

/**
 * Runs service code outside an HTTP request (seeding, background work) with
 * the same context a resolver gets, acting as the given user, and commits.
 */
export async function withServiceContext<T>(
  deps: AppDeps,
  userId: string | null,
  fn: (ctx: AppContext) => Promise<T>,
): Promise<T> {
  const tx = await ActorTransaction.open(deps.requestDataSource, deps.config.DB_APP_ROLE, null, {
    preparedStatements: deps.config.DB_PREPARED_STATEMENTS,
    owner: deps.dataSource,
  });
  try {
    if (userId) await tx.becomeUser(userId);
    const result = await fn(buildContext(deps, tx, null));
    await tx.commit();
    return result;
  } catch (error) {
    await tx.rollback();
    throw error;
  }
}
