import type restify from 'restify';
import type { Logger } from '../bot/logger';
import { withDeadline } from '../bot/turnDeadline';
import type { HttpRoute } from '../channels/httpRoute';
import { RejectedRequests } from '../channels/rejectedRequests';
import { limitConnectionsPerAddress } from './connectionLimit';
import { createQuietServer } from './quietServer';

export interface HttpServerDependencies {
  /** The channels' endpoints (POST /api/messages, POST /api/webex, ...). */
  routes: HttpRoute[];
  log: Logger;
  /** Resolves when a write to the state store commits; /healthz reports "degraded" when it rejects. */
  checkStore?: () => Promise<void>;
  /** Where requests refused before a route answered (404, 405, 413, ...) are counted. */
  rejected?: RejectedRequests;
  /** Open connections one address may have at once (0: no limit). */
  maxConnectionsPerAddress?: number;
}

/** A client must send all its headers within this long... */
const HEADERS_TIMEOUT_MS = 10_000;
/** ...and the whole request, body included, within this long. */
const REQUEST_TIMEOUT_MS = 30_000;
/** /healthz answers "degraded" when the store has not answered within this long. */
const HEALTH_CHECK_TIMEOUT_MS = 80;

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
  rejected = new RejectedRequests(log),
  maxConnectionsPerAddress = 0,
}: HttpServerDependencies): restify.Server {
  const server = createQuietServer('wxcc-setup-bot', SECURITY_HEADERS);
  for (const route of routes) server[route.method](route.path, ...route.handlers);
  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    try {
      await withDeadline(checkStore?.() ?? Promise.resolve(), HEALTH_CHECK_TIMEOUT_MS);
      res.send(200, { status: 'ok' });
    } catch {
      res.send(503, { status: 'degraded', store: 'unavailable' });
    }
  });
  // The one error boundary: whatever a route did not answer itself ends here.
  server.on('restifyError', (req: restify.Request, res: restify.Response, err, callback) => {
    const status = statusOf(err);
    const path = req.getPath();
    if (status < 500) {
      // The label is the route's pattern, never the raw path: a client sending random paths
      // must not grow the metric's label set without bound.
      rejected.reject(routeOf(req), err.name || 'rejected', status, { path });
    } else {
      const requestId = req.getId();
      log.error({ err, status: 500, method: req.method, path, requestId }, 'request failed');
      // Never restify's default body, which carries the error's message.
      if (!res.headersSent) res.send(500, { error: 'internal', requestId });
    }
    return callback();
  });
  server.server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.server.requestTimeout = REQUEST_TIMEOUT_MS;
  if (maxConnectionsPerAddress > 0)
    limitConnectionsPerAddress(server.server, maxConnectionsPerAddress);
  return server;
}

/** The pattern of the route a request matched ('unknown' when it matched none). */
function routeOf(req: restify.Request): string {
  return req.getRoute()?.path?.toString() ?? 'unknown';
}

/** The HTTP status a restify error carries; anything else is a 500. */
function statusOf(err: unknown): number {
  const status = (err as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** How long close() lets requests in flight finish before their connections are cut. */
const CLOSE_GRACE_MS = 5_000;

/**
 * Stops accepting connections and resolves once the server is closed: idle keep-alive
 * connections are closed at once, requests in flight get `graceMs` to finish before their
 * connections are cut, so that a slow or stuck client can never hold a shutdown open.
 * Never rejects (closing a server that is not listening is not an error here).
 */
export function closeHttpServer(server: restify.Server, graceMs = CLOSE_GRACE_MS): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.server.closeAllConnections(), graceMs);
    // The open connections keep the process alive, not this timer.
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.server.closeIdleConnections();
  });
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
