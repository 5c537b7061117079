import restify from 'restify';
import type { Logger } from '../bot/logger';
import type { HttpRoute } from '../channels/httpRoute';

export interface HttpServerDependencies {
  /** The channels' endpoints (POST /api/messages, POST /api/webex, ...). */
  routes: HttpRoute[];
  log: Logger;
  /** Resolves when the state store answers; /healthz reports "degraded" when it rejects. */
  checkStore?: () => Promise<void>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cache-control': 'no-store',
};

/** The channels' routes and GET /healthz, with security headers on every answer. */
export function createHttpServer({
  routes,
  log,
  checkStore,
}: HttpServerDependencies): restify.Server {
  const server = restify.createServer({ name: 'wxcc-setup-bot', handleUncaughtExceptions: false });
  server.pre((_req: restify.Request, res: restify.Response, next: restify.Next) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.header(name, value);
    next();
  });
  for (const route of routes) server[route.method](route.path, ...route.handlers);
  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    try {
      await checkStore?.();
      res.send(200, { status: 'ok' });
    } catch {
      res.send(503, { status: 'degraded', store: 'unavailable' });
    }
  });
  server.on('restifyError', (req, _res, err, callback) => {
    log.warn({ method: req.method, url: req.url, status: err.statusCode }, 'request rejected');
    return callback();
  });
  return server;
}

/** Starts listening; resolves with the bound port (useful with port 0 in tests). */
export function listen(server: restify.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(address.port);
    });
  });
}
