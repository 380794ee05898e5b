/**
 * The collector's HTTP application: CORS for the site's origin only, a rate limit per client
 * address, one log line per request without any content, and the routes.
 */
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Manifest } from '../manifest.ts';
import type { Storage } from '../storage/index.ts';
import { errorHandler, sendError } from './errors.ts';
import { organizerRoutes } from './organizer.ts';
import { resultsRoutes } from './results.ts';

export interface AppDependencies {
  config: Pick<Config, 'allowedOrigins' | 'devOrigins' | 'rateLimit' | 'trustProxy' | 'logLevel' | 'bodyLimit'>;
  manifest: Manifest;
  storage: Storage;
  /** Receipt signing key */
  secret: string;
  /** Server clock, Unix ms */
  clock?: () => number;
}

const DEV_ORIGIN = /^http:\/\/(127\.0\.0\.1|localhost)(:\d{1,5})?$/;

/** The origin test: the configured origins (or the manifest's site origin), and dev origins when enabled. */
export function originPolicy(config: AppDependencies['config'], manifest: Manifest): (origin: string) => boolean {
  const allowed = new Set(config.allowedOrigins ?? (manifest.siteOrigin ? [manifest.siteOrigin] : []));
  return (origin) => allowed.has(origin) || (config.devOrigins && DEV_ORIGIN.test(origin));
}

export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const { config, manifest, storage, secret } = deps;
  const clock = deps.clock ?? Date.now;
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    // Fastify's own request lines would log URLs; the onResponse hook below logs what may be logged.
    logController: new LogController({ disableRequestLogging: true }),
    // A hop count becomes proxy-addr's "trust the first n hops" (Fastify's types omit numbers).
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (
            (hops: number) => (_address: string, i: number) =>
              i < hops
          )(config.trustProxy)
        : config.trustProxy,
    bodyLimit: config.bodyLimit,
    // Closing: refuse new requests with 503, close idle keep-alive connections, let in-flight finish.
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  app.setErrorHandler(errorHandler);

  // Graceful close: answers sent while closing carry Connection: close, and connections that turn
  // idle are closed, so the server stops as soon as the requests in flight are answered (Fastify
  // itself closes only the connections idle at the moment close begins).
  let closing = false;
  let reaper: NodeJS.Timeout | undefined;
  app.addHook('preClose', async () => {
    closing = true;
    reaper = setInterval(() => app.server.closeIdleConnections(), 50);
  });
  app.addHook('onClose', async () => clearInterval(reaper));
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, 404, 'not-found', '没有这个接口'));

  // What is logged: method, route pattern (not the URL: no cursor or quiz in it), status, time.
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? '(none)', status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
  });

  const allowedOrigin = originPolicy(config, manifest);
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && allowedOrigin(origin)),
    methods: ['GET', 'POST', 'DELETE'],
    allowedHeaders: ['Content-Type', 'Authorization'],
    maxAge: 86400,
  });
  // A browser on another site must not use the service at all, not only be unable to read the
  // answer (a text/plain POST is sent without a preflight). Requests without Origin (curl, the
  // grading CLI, server-to-server) are not browsers' cross-site requests and pass.
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigin(origin)) {
      return sendError(reply, 403, 'origin-not-allowed', '本收集服务只接受本站网页的提交');
    }
  });

  // A body declared larger than the limit is refused before it is read. Without Connection: close
  // (which Fastify's own check adds), Node reads the rest and discards it, so the client, still
  // sending, receives this answer instead of a reset connection. Bounded by requestTimeout.
  app.addHook('onRequest', async (request, reply) => {
    const length = Number(request.headers['content-length']);
    if (length > config.bodyLimit) {
      return sendError(reply, 413, 'body-too-large', '提交的内容太大：一次只提交一个成绩凭证码');
    }
  });

  if (config.rateLimit > 0) {
    await app.register(rateLimit, { global: true, max: config.rateLimit, timeWindow: 60_000 });
  }

  app.get('/health', { config: { rateLimit: false } }, async (_request, reply) => {
    try {
      await storage.ping();
    } catch {
      return reply.code(503).send({ status: 'unavailable', storage: storage.kind });
    }
    return reply.send({ status: 'ok', storage: storage.kind, quizzes: manifest.quizzes.filter((q) => q.resultCodes).length });
  });

  resultsRoutes(app, { manifest, storage, secret, bodyLimit: config.bodyLimit, clock });
  organizerRoutes(app, { storage, secret });
  return app;
}
