import type { TurnContext } from 'botbuilder';
import { createAdapter } from '../bot/adapter';
import { requestLimits } from '../bot/app';
import { loadConfig } from '../bot/config';
import { createHttpServer, listen } from '../bot/httpServer';
import { createLogger } from '../bot/logger';

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
  const server = createHttpServer({ adapter, bot: echo, log, limits: requestLimits(config) });
  await listen(server, config.PORT, '127.0.0.1');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
