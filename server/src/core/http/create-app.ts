import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { GraphQLSchema } from 'graphql';
import type { AppDeps } from '../config/app-deps';
import type { AppModule } from './app-module';
import { buildAppSchema } from '../graphql/build-schema';
import { createRequestContext, type AppContext } from '../graphql/context';
import { createErrorFormatter } from '../graphql/format-error';
import { aliasLimitRule, depthLimitRule, directiveLimitRule, fieldDuplicationRule, MAX_TOKENS, MAX_VALIDATION_ERRORS, queryLimitsPlugin } from '../graphql/query-limits';
import { transactionPlugin } from '../graphql/transaction-plugin';
import { httpRequestDuration, metricsRegistry } from '../observability/metrics';
import { attachSubscriptions } from '../graphql/subscriptions';

export interface RunningApp {
  server: http.Server;
  schema: GraphQLSchema;
  url: string;
  stop(): Promise<void>;
}

function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  next();
}

function timing(req: Request, res: Response, next: NextFunction): void {
  const end = httpRequestDuration.startTimer({ method: req.method });
  res.once('finish', () => {
    // originalUrl: under app.use('/graphql') express strips the mount path from req.path.
    const route = req.originalUrl.startsWith('/graphql') ? '/graphql' : (req.route?.path as string | undefined) ?? 'other';
    end({ route, status: String(res.statusCode) });
  });
  next();
}

async function databaseAnswers(deps: AppDeps): Promise<boolean> {
  try {
    await Promise.race([
      deps.dataSource.query('SELECT 1'),
      new Promise((_, reject) => setTimeout(() => reject(new Error('health check timed out')), 3000)),
    ]);
    return true;
  } catch {
    return false;
  }
}

/** Assembles express, Apollo, module routes and the built client. */
export async function startApp(deps: AppDeps, modules: AppModule[], listen: { host: string; port: number }): Promise<RunningApp> {
  const { config, log } = deps;
  const schema = await buildAppSchema(modules);
  const app = express();
  const server = http.createServer(app);
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(securityHeaders, timing);

  app.get('/health', async (_req, res) => {
    const ok = await databaseAnswers(deps);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable' });
  });
  app.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', metricsRegistry.contentType);
    res.send(await metricsRegistry.metrics());
  });

  const apollo = new ApolloServer<AppContext>({
    schema,
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
      queryLimitsPlugin(() => schema, config.MAX_QUERY_COMPLEXITY),
      transactionPlugin(),
    ],
  });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: config.BODY_LIMIT }),
    expressMiddleware(apollo, { context: async ({ req, res }) => createRequestContext(deps, req, res) }),
  );

  const router = express.Router();
  for (const module of modules) module.routes?.(router, deps);
  app.use(router);

  const indexHtml = path.join(config.clientDist, 'index.html');
  app.use(express.static(config.clientDist, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!graphql|health|metrics|exports\/|statements\/[^/]+\.[^/]+$|briefings\/[^/]+\/files\/).*/, (_req, res) => {
    if (fs.existsSync(indexHtml)) res.sendFile(indexHtml, { maxAge: 0 });
    else res.status(404).type('text/plain').send('The client is not built: run `npm run build`.');
  });

  app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
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
      await stopSubscriptions();
      await apollo.stop();
    },
  };
}
