import restify from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { TurnContext } from 'botbuilder';
import type { Logger } from './logger';

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
}

const MAX_BODY_BYTES = 256 * 1024;

/** POST /api/messages (Bot Framework activities) and GET /healthz. */
export function createHttpServer({
  adapter,
  bot,
  log,
  webexHandler,
  checkStore,
}: HttpServerDependencies): restify.Server {
  const server = restify.createServer({ name: 'wxcc-setup-bot', handleUncaughtExceptions: false });
  const jsonBody = restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false });

  server.post('/api/messages', ...jsonBody, async (req: restify.Request, res: restify.Response) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
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
