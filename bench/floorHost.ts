import type { TurnHandler } from '../bot/turnHandler';
import { createAdapter } from '../channels/botframework/adapter';
import { messagesRoute } from '../channels/botframework/messagesRoute';
import { requestLimits } from '../channels/botframework/botFrameworkChannel';
import { loadConfig } from '../server/config';
import { createHttpServer, listen } from '../server/httpServer';
import { createLogger } from '../server/logger';

/**
 * Serves a floor's turn handler as the bot is served: the same restify server, Bot
 * Framework adapter, request checks and rate limits, on PORT at 127.0.0.1.
 */
export function serveFloor(handler: TurnHandler): void {
  const serve = async () => {
    const config = loadConfig();
    const log = createLogger('silent');
    const adapter = createAdapter(config, log, async () => undefined);
    const routes = [messagesRoute(adapter, handler, requestLimits(config))];
    await listen(createHttpServer({ routes, log }), config.PORT, '127.0.0.1');
  };
  serve().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
