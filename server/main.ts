import { existsSync } from 'node:fs';
import { createApp } from './app';
import { loadConfig } from './config';
import { listen } from './httpServer';
import { createLogger } from './logger';

/** `npm start`: check the configuration and the rules, then serve the bot. */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const { server, parts } = createApp(config, log);
  const port = await listen(server, config.PORT, config.HOST);
  log.info(
    {
      port,
      auth: config.MicrosoftAppId ? 'bot-framework' : 'none (local only)',
      webex: !!config.WEBEX_BOT_TOKEN,
    },
    'bot listening',
  );
  const stop = () =>
    server.close(() => {
      parts.stores.close().finally(() => process.exit(0));
    });
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // Configuration and rules errors already name the variable or file and field.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
