import restify from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { TurnContext } from 'botbuilder';
import { activityProblem } from './activityCheck';
import type { Logger } from './logger';
import { RateLimiter } from './rateLimiter';

/** Anything that handles a turn: the setup bot, or the benchmark's bare echo handler. */
export interface TurnHandler {
  run(context: TurnContext): Promise<void>;
}

export interface HttpServerDependencies {
  adapter: CloudAdapter;
  bot: TurnHandler;
  log: Logger;
  /** POST /api/webex, when Webex is configured. */
  webexHandler?: restify.RequestHandler;
  /** Resolves when the state store answers; /healthz reports "degraded" when it rejects. */
  checkStore?: () => Promise<void>;
  limits?: Partial<RequestLimits>;
}

export interface RequestLimits {
  maxBodyBytes: number;
  perConversationPerMinute: number;
  perClientPerMinute: number;
}

const DEFAULT_LIMITS: RequestLimits = {
  maxBodyBytes: 256 * 1024,
  perConversationPerMinute: 60,
  perClientPerMinute: 600,
};

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cache-control': 'no-store',
};

/** POST /api/messages (Bot Framework activities) and GET /healthz. */
export function createHttpServer({
  adapter,
  bot,
  log,
  webexHandler,
  checkStore,
  limits: limitOverrides = {},
}: HttpServerDependencies): restify.Server {
  const limits = { ...DEFAULT_LIMITS, ...limitOverrides };
  const server = restify.createServer({ name: 'wxcc-setup-bot', handleUncaughtExceptions: false });
  server.pre((_req: restify.Request, res: restify.Response, next: restify.Next) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.header(name, value);
    next();
  });
  const jsonBody = restify.plugins.jsonBodyParser({ mapParams: false });
  const bodyReader = restify.plugins.bodyReader({ maxBodySize: limits.maxBodyBytes });
  // A limit of 0 turns that limit off.
  const perClient = limits.perClientPerMinute
    ? new RateLimiter(limits.perClientPerMinute)
    : undefined;
  const perConversation = limits.perConversationPerMinute
    ? new RateLimiter(limits.perConversationPerMinute)
    : undefined;

  server.post(
    '/api/messages',
    requireJson,
    bodyReader,
    jsonBody,
    async (req: restify.Request, res: restify.Response) => {
      const problem = activityProblem(req.body);
      if (problem) return void res.send(400, { error: 'invalid activity', detail: problem });
      const wait =
        perClient?.take(req.socket.remoteAddress ?? 'unknown') ||
        perConversation?.take(
          String((req.body as { conversation: { id: string } }).conversation.id),
        );
      if (wait) {
        res.header('retry-after', String(wait));
        return void res.send(429, { error: 'too many requests' });
      }
      await adapter.process(req, res, (context) => bot.run(context));
    },
  );
  if (webexHandler) server.post('/api/webex', webexHandler);
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

/** 415 for anything but JSON, before the body is read. */
function requireJson(req: restify.Request, res: restify.Response, next: restify.Next): void {
  if (!/^application\/json\b/i.test(req.header('content-type') ?? '')) {
    res.send(415, { error: 'content type must be application/json' });
    return next(false);
  }
  next();
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
