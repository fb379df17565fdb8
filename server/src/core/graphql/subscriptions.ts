import crypto from 'node:crypto';
import { EventEmitter } from 'node:events';
import type http from 'node:http';
import { ErrorCode } from '@coalition/shared';
import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { sql } from 'kysely';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { WebSocketServer } from 'ws';
import type { Actor } from '../auth/actor';
import { readSessionToken } from '../auth/session-cookie';
import type { AppDeps } from '../config/app-deps';
import { sha256Hex } from '../crypto/secret-box';
import { ActorTransaction } from '../db/actor-transaction';
import type { Sql } from '../db/session-kysely';
import type { Logger } from '../observability/logger';
import { buildContext, type AppContext } from './context';
import { createErrorFormatter, serverBusyError, withoutSuggestions } from './format-error';
import { PoolBusyError } from '../db/pool-busy';
import { SubscriptionLeases } from './subscription-leases';
import { aliasLimitRule, depthLimitRule, directiveLimitRule, fieldDuplicationRule, MAX_TOKENS, MAX_VALIDATION_ERRORS } from './query-limits';

// ------------------------------------------------------------ notifications ---

type Listener = (payload: string) => void;

/**
 * Change notices between server processes: PostgreSQL NOTIFY, sent inside the
 * writing transaction (so delivered only on commit) and received by one
 * dedicated LISTEN connection per process. The embedded database is one
 * process with one connection, so there the notice stays in process.
 */
export class Notifications {
  private readonly local = new EventEmitter();
  private client: Client | null = null;
  private connecting: Promise<Client> | null = null;
  private readonly channels = new Set<string>();
  private closed = false;

  constructor(private readonly deps: AppDeps) {
    this.local.setMaxListeners(0);
  }

  private get embedded(): boolean {
    return this.deps.config.embedded || !this.deps.config.DATABASE_URL;
  }

  /** Announces a change to every process; call it inside the transaction that makes the change. */
  async publish(db: Sql, channel: string, payload: string): Promise<void> {
    if (this.embedded) {
      // The listener's own transaction waits for the single connection, so it reads what this one commits.
      setImmediate(() => this.local.emit(channel, payload));
      return;
    }
    await sql`SELECT pg_notify(${channel}, ${payload})`.execute(db);
  }

  /** Calls `listener` for every notice on `channel`; resolves once LISTEN is in place. Returns the unsubscribe function. */
  async listen(channel: string, listener: Listener): Promise<() => void> {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name ${channel}`);
    this.local.on(channel, listener);
    const off = () => void this.local.off(channel, listener);
    if (this.embedded) return off;
    try {
      const client = await this.connect();
      if (!this.channels.has(channel)) {
        this.channels.add(channel);
        await client.query(`LISTEN ${channel}`);
      }
    } catch (error) {
      off();
      throw error;
    }
    return off;
  }

  /** Subscriptions of this process listening on `channel` now (a test waits for them to be in place). */
  listenerCount(channel: string): number {
    return this.local.listenerCount(channel);
  }

  private connect(): Promise<Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      // DATABASE_URL, the primary itself, never DATABASE_POOLER_URL: LISTEN holds a session of its own,
      // which a transaction pooler would give to other clients after the statement (and drop the notices).
      const client = new Client({ connectionString: this.deps.config.DATABASE_URL });
      client.on('notification', (n) => {
        if (n.payload !== undefined) this.local.emit(n.channel, n.payload);
      });
      client.on('error', (error) => this.lost(client, error));
      client.on('end', () => this.lost(client, null));
      await client.connect();
      this.client = client;
      this.connecting = null;
      return client;
    })().catch((error: unknown) => {
      this.connecting = null;
      throw error;
    });
    return this.connecting;
  }

  /** The LISTEN connection died: reconnect and LISTEN again, so live updates resume. */
  private lost(client: Client, error: Error | null): void {
    if (this.client !== client) return;
    this.client = null;
    if (this.closed) return;
    this.deps.log.warn({ err: error }, 'notification connection lost; reconnecting');
    const channels = [...this.channels];
    this.channels.clear();
    setTimeout(() => {
      if (this.closed) return;
      void (async () => {
        const next = await this.connect();
        for (const channel of channels) {
          this.channels.add(channel);
          await next.query(`LISTEN ${channel}`);
        }
      })().catch((e: unknown) => this.deps.log.error({ err: e }, 'notification reconnect failed'));
    }, 1000).unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.local.removeAllListeners();
    const client = this.client ?? (this.connecting ? await this.connecting.catch(() => null) : null);
    this.client = null;
    if (client) await client.end().catch(() => undefined);
  }
}

const hubs = new WeakMap<AppDeps, Notifications>();

/** The process's notification hub for these dependencies. */
export function notifications(deps: AppDeps): Notifications {
  let hub = hubs.get(deps);
  if (!hub) {
    hub = new Notifications(deps);
    hubs.set(deps, hub);
  }
  return hub;
}

// ----------------------------------------------------------- live context ---

/**
 * The context a subscription's resolvers get. A subscription lives for hours,
 * a transaction must not: each event opens a fresh actor transaction from the
 * session the socket was opened with (so a revoked session or a lost
 * membership takes effect at once) and closes it once the event is resolved.
 */
export class LiveContext implements AppContext {
  readonly requestId = crypto.randomUUID();
  readonly http = null;
  readonly log: Logger;
  private current: AppContext | null = null;

  constructor(
    readonly deps: AppDeps,
    private readonly tokenHash: string | null,
  ) {
    this.log = deps.log.child({ requestId: this.requestId, subscription: true });
  }

  private active(): AppContext {
    if (!this.current) throw new Error('no live transaction: resolve subscription events between begin() and end()');
    return this.current;
  }

  get tx() {
    return this.active().tx;
  }
  get loaders() {
    return this.active().loaders;
  }
  get actor(): Actor | null {
    return this.active().actor;
  }
  get db(): EntityManager {
    return this.active().db;
  }
  get sql(): Sql {
    return this.active().sql;
  }
  get preparedSql(): Sql {
    return this.active().preparedSql;
  }

  /** Opens this event's transaction, authenticated again by the socket's session. */
  async begin(): Promise<AppContext> {
    await this.end();
    const tx = await ActorTransaction.open(this.deps.requestDataSource, this.deps.config.DB_APP_ROLE, this.tokenHash, {
      preparedStatements: this.deps.config.DB_PREPARED_STATEMENTS,
    });
    this.current = buildContext(this.deps, tx, null);
    return this.current;
  }

  /** Closes it; events only read, so nothing is kept. */
  async end(): Promise<void> {
    const current = this.current;
    this.current = null;
    if (current && !current.tx.isFinished) await current.tx.rollback();
  }
}

export function isLiveContext(ctx: AppContext): ctx is LiveContext {
  return ctx instanceof LiveContext;
}

// --------------------------------------------------------------- graphql-ws ---

function tokenHashOf(request: http.IncomingMessage): string | null {
  const token = readSessionToken(request);
  return token ? sha256Hex(token) : null;
}

async function sessionActor(deps: AppDeps, tokenHash: string | null): Promise<Actor | null> {
  if (!tokenHash) return null;
  const tx = await ActorTransaction.open(deps.requestDataSource, deps.config.DB_APP_ROLE, tokenHash);
  try {
    return tx.actor;
  } finally {
    await tx.rollback();
  }
}

type SocketExtra = {
  request: http.IncomingMessage;
  /** The lease (subscription_leases) of each live subscription of the socket, by subscription id. */
  leases?: Map<string, string>;
};

/**
 * Live subscriptions one socket may hold, and one user across sockets and server processes (counted
 * in PostgreSQL: server/src/db/sql/functions/subscription_lease_take.sql holds the same number).
 */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 20;
export const MAX_SUBSCRIPTIONS_PER_USER = 50;

/**
 * A browser sends the page's Origin with every WebSocket handshake, and cookies go along whatever
 * the page: a handshake from another site's page is refused (cross-site WebSocket hijacking).
 * No Origin at all is not a browser, so it could not ride on someone else's cookie.
 */
function sameOrigin(request: http.IncomingMessage, trustProxy: boolean): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  const forwarded = trustProxy ? request.headers['x-forwarded-host'] : undefined;
  const host = (typeof forwarded === 'string' ? forwarded.split(',')[0].trim() : undefined) ?? request.headers.host;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && host !== undefined && url.host === host;
  } catch {
    return false;
  }
}

const tooMany = (limit: string) =>
  new GraphQLError(`Too many subscriptions: ${limit}. Close some before opening more.`, { extensions: { code: ErrorCode.RATE_LIMITED } });

/**
 * graphql-ws at /graphql, authenticated by the session cookie when the socket
 * opens: a socket without a live session is closed (4403). Only subscriptions
 * are served on it; queries and mutations go over HTTP. Returns a function
 * that closes every socket and the notification connection.
 */
export async function attachSubscriptions(server: http.Server, schema: GraphQLSchema, deps: AppDeps): Promise<() => Promise<void>> {
  const wss = new WebSocketServer({
    server,
    path: '/graphql',
    maxPayload: 64 * 1024,
    verifyClient: (info: { req: http.IncomingMessage }, done: (ok: boolean, code?: number, message?: string) => void) =>
      sameOrigin(info.req, deps.config.TRUST_PROXY) ? done(true) : done(false, 403, 'Forbidden'),
  });
  const leases = new SubscriptionLeases(deps);
  const giveBack = (ids: string[]) =>
    leases.release(ids).catch((error: unknown) => deps.log.warn({ err: error }, 'releasing subscription leases failed; they expire'));
  const format = createErrorFormatter(deps.log, deps.config.isDevelopment);
  // Errors raised before execution (syntax, validation) carry no code of their own.
  const formatErrors = (errors: readonly GraphQLError[]) =>
    errors.map((e) =>
      e.originalError || e.extensions.code
        ? format(e.toJSON(), e)
        : {
            message: deps.config.isDevelopment ? e.message : withoutSuggestions(e.message),
            locations: e.locations,
            extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED },
          },
    );
  const rules = [...specifiedRules, directiveLimitRule, depthLimitRule, aliasLimitRule, fieldDuplicationRule];

  const cleanup = useServer<Record<string, unknown>, SocketExtra>(
    {
      schema,
      onConnect: async (ctx) => {
        const actor = await sessionActor(deps, tokenHashOf(ctx.extra.request));
        if (!actor) return false;
        ctx.extra.leases = new Map();
        return true;
      },
      onClose: async (ctx) => {
        const held = [...(ctx.extra.leases?.values() ?? [])];
        ctx.extra.leases?.clear();
        await giveBack(held);
      },
      onComplete: async (ctx, id) => {
        const lease = ctx.extra.leases?.get(id);
        if (!lease) return;
        ctx.extra.leases?.delete(id);
        await giveBack([lease]);
      },
      context: (ctx) => new LiveContext(deps, tokenHashOf(ctx.extra.request)),
      onSubscribe: async (ctx, id, payload) => {
        // graphql-ws has already entered this subscription in ctx.subscriptions; it drops it again on an error.
        if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_SOCKET) return [tooMany(`at most ${MAX_SUBSCRIPTIONS_PER_SOCKET} on one connection`)];
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: MAX_TOKENS });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Syntax error.')];
        }
        const errors = validate(schema, document, rules, { maxErrors: MAX_VALIDATION_ERRORS });
        if (errors.length) return [...errors];
        if (getOperationAST(document, payload.operationName)?.operation !== 'subscription') {
          return [new GraphQLError('Only subscriptions are served over WebSocket; send queries and mutations over HTTP.', {
            extensions: { code: ErrorCode.BAD_USER_INPUT },
          })];
        }
        // Last, once the request is sound: the place counts against the user in every process.
        let lease: Awaited<ReturnType<SubscriptionLeases['take']>>;
        try {
          lease = await leases.take(tokenHashOf(ctx.extra.request));
        } catch (error) {
          if (error instanceof PoolBusyError) return [serverBusyError()];
          throw error;
        }
        if (lease === 'full') return [tooMany(`at most ${MAX_SUBSCRIPTIONS_PER_USER} per user`)];
        if (lease === 'signed-out') return [new GraphQLError('Sign in again.', { extensions: { code: ErrorCode.UNAUTHENTICATED } })];
        // graphql-ws calls onComplete for it whatever happens next, the client's complete included.
        ctx.extra.leases?.set(id, lease);
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
      },
      onNext: (_ctx, _id, _payload, _args, result: ExecutionResult) =>
        result.errors ? { ...result, errors: formatErrors(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => formatErrors(errors),
    },
    wss,
  );

  return async () => {
    await leases.close().catch((error: unknown) => deps.log.warn({ err: error }, 'releasing subscription leases failed; they expire'));
    await notifications(deps).close();
    for (const socket of wss.clients) socket.terminate();
    await cleanup.dispose();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  };
}

/**
 * type-graphql insists on a PubSub once any @Subscription exists; ours use
 * their own `subscribe` (notifications + a fresh transaction per event), so
 * this one is never published to.
 */
export const unusedPubSub = {
  publish(): void {
    throw new Error('subscriptions here use their own subscribe function, not a PubSub');
  },
  subscribe(): AsyncIterable<never> {
    throw new Error('subscriptions here use their own subscribe function, not a PubSub');
  },
};
