import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import type { EntityManager } from 'typeorm';
import type { AppDeps } from '../config/app-deps';
import type { Actor } from '../auth/actor';
import { ActorTransaction } from '../db/actor-transaction';
import type { Sql } from '../db/session-kysely';
import type { Logger } from '../observability/logger';
import { LoaderRegistry } from './loader-registry';
import { readSessionToken, readWriteLsn } from '../auth/session-cookie';
import { parseLsn, ReplicaRouter } from '../db/replica-router';
import { isQueryRequest } from './operation-kind';
import { sha256Hex } from '../crypto/secret-box';

/**
 * What every resolver and service receives. `db` is the request's single
 * transaction; it runs as the application role with the actor's settings.
 */
export interface AppContext {
  readonly deps: AppDeps;
  readonly requestId: string;
  readonly log: Logger;
  readonly tx: ActorTransaction;
  readonly loaders: LoaderRegistry;
  readonly http: { req: Request; res: Response } | null;
  readonly actor: Actor | null;
  readonly db: EntityManager;
  /** Typed SQL on the same transaction. */
  readonly sql: Sql;
  /** The same as named prepared statements where enabled: only for texts from a small, bounded set. */
  readonly preparedSql: Sql;
}

/**
 * A request's context. A class, so that what derives from the transaction (`actor`, `db`, `sql`, the logger)
 * is read through its prototype's getters when used: Apollo hands resolvers and plugins a copy of the context
 * (`Object.assign` onto an object of the same prototype), which copies own fields and would evaluate (and
 * freeze) getters of the object itself, building both query builders for every request and keeping the actor
 * from before a sign-in in the same request.
 */
class RequestContext implements AppContext {
  readonly loaders: LoaderRegistry;
  /** Made on first use: most requests log nothing. */
  private childLog: Logger | undefined;

  constructor(
    readonly deps: AppDeps,
    readonly tx: ActorTransaction,
    readonly http: { req: Request; res: Response } | null,
    readonly requestId: string,
  ) {
    this.loaders = new LoaderRegistry(() => ({ db: tx.db, sql: tx.sql, actor: tx.actor }));
  }

  get log(): Logger {
    this.childLog ??= this.deps.log.child({ requestId: this.requestId });
    return this.childLog;
  }

  get actor(): Actor | null {
    return this.tx.actor;
  }

  get db(): EntityManager {
    return this.tx.db;
  }

  get sql(): Sql {
    return this.tx.sql;
  }

  get preparedSql(): Sql {
    return this.tx.preparedSql;
  }
}

export function buildContext(
  deps: AppDeps,
  tx: ActorTransaction,
  http: { req: Request; res: Response } | null,
): AppContext {
  const requestId = (http?.req.headers['x-request-id'] as string | undefined)?.slice(0, 64) ?? crypto.randomUUID();
  return new RequestContext(deps, tx, http, requestId);
}

/**
 * Opens a request's transaction: on a read replica when the request only reads (`readOnly`, and it writes
 * nothing: it is rolled back or could commit nothing) and one qualifies (core/db/replica-router.ts,
 * given the browser's last write position), else on the primary, also when opening it on the replica fails.
 */
export async function openRequestTransaction(
  deps: AppDeps,
  /** Its session cookie authenticates, its write position routes; null: nobody, whatever it sends. */
  req: Pick<Request, 'headers'> | null,
  readOnly: boolean,
): Promise<ActorTransaction> {
  const token = req ? readSessionToken(req) : null;
  const tokenHash = token ? sha256Hex(token) : null;
  const read = readOnly && deps.replicas ? { afterLsn: req ? parseLsn(readWriteLsn(req)) : null } : null;
  const options = {
    preparedStatements: deps.config.DB_PREPARED_STATEMENTS,
    // Sign-in and joining need the owner for one step (ActorTransaction.becomeUser).
    owner: deps.dataSource,
  };
  const replicas = deps.replicas;
  const replica = read && replicas ? replicas.choose(read.afterLsn) : null;
  if (replicas && replica) {
    try {
      const tx = await ActorTransaction.open(replica.dataSource, deps.config.DB_APP_ROLE, tokenHash, options);
      // Nothing is written on a replica: its session is touched on the primary, in the next batch.
      if (tx.actor?.sessionId) replicas.sawSession(tx.actor.sessionId);
      ReplicaRouter.served('replica');
      return tx;
    } catch (error) {
      replicas.failed(replica, error);
    }
  }
  const tx = await ActorTransaction.open(deps.requestDataSource, deps.config.DB_APP_ROLE, tokenHash, options);
  ReplicaRouter.served('primary');
  return tx;
}

/** Opens the request's transaction, authenticated by the session cookie if any. */
export async function createRequestContext(deps: AppDeps, req: Request, res: Response): Promise<AppContext> {
  const tx = await openRequestTransaction(deps, req, deps.replicas !== undefined && isQueryRequest(req));
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
