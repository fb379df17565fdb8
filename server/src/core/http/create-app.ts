import { ErrorCode } from '@coalition/shared';
import crypto from 'node:crypto';
import http from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { GraphQLSchema } from 'graphql';
import type { AppDeps } from '../config/app-deps';
import type { AppModule } from './app-module';
import { buildAppSchema } from '../graphql/build-schema';
import { createRequestContext, type AppContext } from '../graphql/context';
import { createErrorFormatter, serverBusyError } from '../graphql/format-error';
import { BUSY_RETRY_AFTER_SECONDS, PoolBusyError } from '../db/pool-busy';
import { aliasLimitRule, depthLimitRule, directiveLimitRule, fieldDuplicationRule, MAX_TOKENS, MAX_VALIDATION_ERRORS, queryLimitsPlugin } from '../graphql/query-limits';
import { transactionPlugin } from '../graphql/transaction-plugin';
import { compiledExecution } from '../graphql/compiled-execution';
import { httpRequestDuration, metricsRegistry } from '../observability/metrics';
import { attachSubscriptions } from '../graphql/subscriptions';
import { staticClient } from './static-client';

export interface RunningApp {
  server: http.Server;
  schema: GraphQLSchema;
  url: string;
  stop(): Promise<void>;
}

/**
 * The client is one module script and its chunks from this origin: no inline script, no eval.
 * Styles allow 'unsafe-inline' because Mantine writes its CSS variables into a <style> element
 * and positions popovers and menus through style attributes; style injection cannot run script.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** No powerful feature is used by the client; none may be used by anything it embeds either. */
const PERMISSIONS_POLICY = [
  'accelerometer', 'autoplay', 'camera', 'display-capture', 'fullscreen', 'geolocation', 'gyroscope',
  'magnetometer', 'microphone', 'midi', 'payment', 'picture-in-picture', 'screen-wake-lock', 'usb',
].map((feature) => `${feature}=()`).join(', ');

function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  next();
}

/** A path that does not percent-decode is refused before any route tries (and fails) to decode it. */
function wellFormedUrl(req: Request, res: Response, next: NextFunction): void {
  try {
    decodeURIComponent(req.path);
  } catch {
    res.status(400).json({ errors: [{ message: 'Malformed URL.', extensions: { code: 'BAD_USER_INPUT' } }] });
    return;
  }
  next();
}

/** A route label is always one of a few fixed strings: never a RegExp, never a raw URL. */
function routeLabel(req: Request): string {
  // originalUrl: under app.use('/graphql') express strips the mount path from req.path.
  if (req.originalUrl.startsWith('/graphql')) return '/graphql';
  const path: unknown = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof path === 'string') return path;
  return path === undefined ? 'other' : 'client';
}

function timing(req: Request, res: Response, next: NextFunction): void {
  const end = httpRequestDuration.startTimer({ method: req.method });
  res.once('finish', () => end({ route: routeLabel(req), status: String(res.statusCode) }));
  next();
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * `/metrics` tells when downloads and sign-ins happen: with METRICS_TOKEN only for that bearer token;
 * without it only for a request from this machine that no proxy forwarded.
 */
function metricsAllowed(req: Request, token: string | undefined): boolean {
  if (token) {
    const given = Buffer.from(req.headers.authorization ?? '');
    const wanted = Buffer.from(`Bearer ${token}`);
    return given.length === wanted.length && crypto.timingSafeEqual(given, wanted);
  }
  return LOOPBACK.has(req.socket.remoteAddress ?? '') && req.headers['x-forwarded-for'] === undefined && req.headers.forwarded === undefined;
}

async function databaseAnswers(deps: AppDeps): Promise<boolean> {
  try {
    await Promise.race([
      deps.requestDataSource.query('SELECT 1'),
      new Promise((_, reject) => setTimeout(() => reject(new Error('health check timed out')), 3000)),
    ]);
    return true;
  } catch {
    return false;
  }
}

/** Assembles express, Apollo, module routes and the built client. */
export async function startApp(
  deps: AppDeps,
  modules: AppModule[],
  listen: { host: string; port: number },
  /** The modules' schema when the caller built it already (boot.ts, while the database started). */
  built?: GraphQLSchema,
): Promise<RunningApp> {
  const { config, log } = deps;
  const schema = built ?? (await buildAppSchema(modules));
  const app = express();
  // An idle keep-alive connection is closed by the client or the proxy, never by us first: with Node's 5 s the
  // server could close a socket while a client was already sending on it (ECONNRESET for a sound request).
  // Longer than the usual proxy idle timeout (60 s); the headers limit must exceed it (Node's rule).
  const server = http.createServer({ keepAliveTimeout: 65_000, headersTimeout: 66_000 }, app);
  app.disable('x-powered-by');
  // res.send's ETag would hash every body: GraphQL answers are `no-store`, and files go through `send`, which validates its own.
  app.set('etag', false);
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(securityHeaders, wellFormedUrl, timing);

  app.get('/health', async (_req, res) => {
    const ok = await databaseAnswers(deps);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable' });
  });
  // Readiness for a proxy or orchestrator: HTTP listens only once migrations and SQL definitions are applied
  // (boot's order), so this is 200 while the database answers and the server is not shutting down.
  let stopping = false;
  app.get('/ready', async (_req, res) => {
    const ok = !stopping && (await databaseAnswers(deps));
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : stopping ? 'stopping' : 'unavailable' });
  });
  app.get('/metrics', async (req, res) => {
    if (!metricsAllowed(req, config.METRICS_TOKEN)) {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer').type('text/plain').send('Unauthorized.');
      return;
    }
    res.setHeader('Content-Type', metricsRegistry.contentType);
    res.send(await metricsRegistry.metrics());
  });

  const apollo = new ApolloServer<AppContext>({
    gateway: compiledExecution(schema, { compile: config.GRAPHQL_COMPILED }),
    introspection: config.isDevelopment,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT and stops everything in order; Apollo's own handler would
    // start a second, concurrent stop and re-raise the signal.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    persistedQueries: false,
    hideSchemaDetailsFromClientErrors: !config.isDevelopment,
    includeStacktraceInErrorResponses: config.isDevelopment,
    validationRules: [directiveLimitRule, depthLimitRule, aliasLimitRule, fieldDuplicationRule],
    validationOptions: { maxErrors: MAX_VALIDATION_ERRORS },
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: createErrorFormatter(log, config.isDevelopment),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo installs its cache-control plugin unless told not to: it wraps every resolver of the schema
      // and runs a hook per resolved field (thousands in a page of 100 cases), to compute a policy that is
      // always "not cacheable" here. The header it would send is set below, for every answer.
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(() => schema, config.MAX_QUERY_COMPLEXITY),
      transactionPlugin(),
    ],
  });
  await apollo.start();
  app.use(
    '/graphql',
    // Answers hold personal data and depend on the session: no browser or proxy may keep one.
    (_req: Request, res: Response, next: NextFunction) => {
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
    express.json({ limit: config.BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          return await createRequestContext(deps, req, res);
        } catch (error) {
          // Apollo answers a GraphQLError thrown here with its code and http status (503, Retry-After).
          if (error instanceof PoolBusyError) throw serverBusyError();
          throw error;
        }
      },
    }),
  );

  const router = express.Router();
  for (const module of modules) module.routes?.(router, deps);
  app.use(router);

  const client = staticClient(config.clientDist);
  app.use(client.assets);
  app.get(/^\/(?!graphql|health|ready|metrics|uploads|evidence\/|exports\/|statements\/[^/]+\.[^/]+$|briefings\/[^/]+\/files\/).*/, client.page);

  app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof PoolBusyError) {
      log.warn({ path: _req.path }, 'server busy: no database connection in time');
      res.status(503).set('Retry-After', String(BUSY_RETRY_AFTER_SECONDS)).json({ errors: [{ message: serverBusyError().message, extensions: { code: ErrorCode.SERVER_BUSY } }] });
      return;
    }
    const status = error instanceof URIError ? 400 : error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) log.error({ err: error }, 'unhandled HTTP error');
    const code = status === 413 ? 'BAD_USER_INPUT' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT';
    const message = status === 413 ? 'Request body too large.' : status === 500 ? 'Internal server error.' : 'Bad request.';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  });

  const stopSubscriptions = await attachSubscriptions(server, schema, deps);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : listen.port;
  const url = `http://${listen.host.includes(':') ? `[${listen.host}]` : listen.host}:${port}`;
  log.info({ url }, 'Coalition is listening');

  return {
    server,
    schema,
    url,
    async stop() {
      stopping = true;
      await stopSubscriptions();
      await apollo.stop();
    },
  };
}
