import type { TurnContext } from 'botbuilder';
import { createAdapter } from '../channels/botframework/adapter';
import { messagesRoute } from '../channels/botframework/messagesRoute';
import { requestLimits } from '../server/app';
import { loadConfig } from '../server/config';
import { createHttpServer, listen } from '../server/httpServer';
import { createLogger } from '../server/logger';

/**
 * The benchmark's floor: the same restify server and Bot Framework adapter as the
 * bot, with a bare handler that echoes one message per turn (no dialog, no state).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger('silent');
  const echo = {
    run: async (context: TurnContext) =>
      void (await context.sendActivity(context.activity.text ?? '')),
  };
  const adapter = createAdapter(config, log, async () => undefined);
  const routes = [messagesRoute(adapter, echo, requestLimits(config))];
  const server = createHttpServer({ routes, log });
  await listen(server, config.PORT, '127.0.0.1');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
