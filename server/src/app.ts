import { randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import cookieParser from 'cookie-parser';
import express from 'express';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import { actorKey, type Actor, type Context } from './core/context.js';
import { createErrorFormatter } from './core/errors.js';
import {
  limitBatchSize,
  MAX_BODY_SIZE,
  queryLimitOptions,
  requestErrorHandler,
} from './core/query-limits.js';
import { RateLimiter, rateLimitRequests } from './core/rate-limit.js';
import { mountHealth } from './http/health.js';
import { securityHeaders } from './http/security-headers.js';
import { serveSpa } from './http/static.js';
import type { Logger } from './logger.js';
import { SESSION_COOKIE } from './modules/auth/auth.service.js';
import { createSchema } from './schema.js';
import { createServices } from './services.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** `web/dist`, from `server/src` (dev, tests) or `server/dist` (built). */
export const DEFAULT_WEB_DIST = path.resolve(here, '../../web/dist');

export type AppOptions = {
  config: Config;
  dataSource: DataSource;
  logger: Logger;
  webDist?: string;
};

export type App = {
  httpServer: http.Server;
  /** Starts listening; resolves with the bound port (useful with port 0). */
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
};

const REQUEST_ID = /^[\w.-]{1,100}$/;

function bearerToken(req: express.Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie || undefined;
}

/** Builds the HTTP server: GraphQL at /graphql, /healthz and the SPA, on one port. */
export async function createApp(options: AppOptions): Promise<App> {
  const { config, dataSource, logger } = options;
  const services = createServices(config, dataSource);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders);
  const httpServer = http.createServer(app);

  app.use(
    pinoHttp({
      logger,
      genReqId(req, res) {
        const incoming = req.headers['x-request-id'];
        const id =
          typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
      autoLogging: { ignore: (req) => req.url === '/healthz' },
    }),
  );

  mountHealth(app, dataSource);

  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    introspection: config.introspection,
    // With introspection off, "Did you mean …?" hints would reveal the schema piece by piece.
    hideSchemaDetailsFromClientErrors: !config.introspection,
    ...queryLimitOptions(),
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(logger),
    // CSRF prevention stays on (the default): cookie sessions rely on it.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  const requestLimiter = new RateLimiter({ limit: config.rateLimitPerMinute, windowMs: 60_000 });
  // Authentication comes before Apollo so that the rate limit can count per account or client.
  const authenticate: express.RequestHandler = async (req, res, next) => {
    res.locals.actor = await services.auth.authenticate(bearerToken(req));
    next();
  };
  const actorOf = (res: express.Response) => (res.locals.actor as Actor | null | undefined) ?? null;

  app.use(
    '/graphql',
    cookieParser(),
    express.json({ limit: MAX_BODY_SIZE }),
    limitBatchSize,
    authenticate,
    rateLimitRequests(requestLimiter, (res) => {
      const actor = actorOf(res);
      return actor ? actorKey(actor) : undefined;
    }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const requestId = String(req.id);
        return {
          meta: { requestId, ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null },
          actor: actorOf(res),
          services,
          logger: req.log,
          req,
          res,
          loaders: new Map(),
        };
      },
    }),
    requestErrorHandler,
  );

  serveSpa(app, options.webDist ?? DEFAULT_WEB_DIST);

  return {
    httpServer,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          resolve((httpServer.address() as { port: number }).port);
        });
      });
    },
    async close() {
      await apollo.stop(); // drains the HTTP server too
    },
  };
}
