import type restify from 'restify';
import { createQuietServer } from './quietServer';
import type { Logger } from '../bot/logger';
import type { HttpRoute } from '../channels/httpRoute';

export interface HttpServerDependencies {
  /** The channels' endpoints (POST /api/messages, POST /api/webex, ...). */
  routes: HttpRoute[];
  log: Logger;
  /** Resolves when the state store answers; /healthz reports "degraded" when it rejects. */
  checkStore?: () => Promise<void>;
  /** Told of every answer with a 4xx or 5xx status (`route`: the route's path, or `unknown`). */
  onRejected?: (route: string, status: number) => void;
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
  onRejected,
}: HttpServerDependencies): restify.Server {
  const server = createQuietServer('wxcc-setup-bot', SECURITY_HEADERS);
  for (const route of routes) server[route.method](route.path, ...route.handlers);
  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    try {
      await checkStore?.();
      res.send(200, { status: 'ok' });
    } catch {
      res.send(503, { status: 'degraded', store: 'unavailable' });
    }
  });
  server.on('after', (_req: restify.Request, res: restify.Response, route?: restify.Route) => {
    if (res.statusCode >= 400)
      onRejected?.(route?.spec?.path?.toString() ?? 'unknown', res.statusCode);
  });
  server.on('restifyError', (req, _res, err, callback) => {
    log.warn({ method: req.method, url: req.url, status: err.statusCode }, 'request rejected');
    return callback();
  });
  return server;
}

export class ListenError extends Error {}

/**
 * Starts listening; resolves with the bound port (useful with port 0 in tests). A port in
 * use or not allowed rejects with a ListenError whose message names host and port.
 */
export function listen(server: restify.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    // restify re-emits the http server's 'error'; without a listener it would throw.
    const onError = (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE'
          ? 'is already in use'
          : error.code === 'EACCES'
            ? 'is not allowed for this user'
            : `cannot be used (${error.code ?? error.message})`;
      reject(new ListenError(`port ${port} on ${host} ${reason}`));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.removeListener('error', onError);
      resolve(server.address().port);
    });
  });
}
