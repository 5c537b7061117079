import { existsSync } from 'node:fs';
import { createApp } from './app';
import { listenAddress, loadConfig } from './config';
import { listen } from './httpServer';
import { createLogger, routeConsoleToLog } from './logger';

/** `npm start`: check the configuration and the rules, then serve the bot. */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  routeConsoleToLog(log);
  const { host, warning } = listenAddress(config);
  if (warning) log.warn({ host }, warning);
  if (config.WEBEX_BOT_TOKEN && !config.WEBEX_WEBHOOK_SECRET)
    log.warn(
      'WEBEX_WEBHOOK_SECRET is not set: Webex webhooks are accepted unsigned, so anyone who can reach /api/webex can send the bot messages. Set it (npm run webex:webhooks registers it).',
    );
  const { server, parts, handoffs } = createApp(config, log);
  const port = await listen(server, config.PORT, host);
  log.info(
    {
      port,
      host,
      auth: config.MicrosoftAppId ? 'bot-framework' : 'none (loopback serviceUrls only)',
      webex: !!config.WEBEX_BOT_TOKEN,
      // Where "talk to a person" goes: webex (HANDOFF_WEBEX_ROOM_ID), teams, contact or none.
      handoff: await handoffs.desk.activeTarget(),
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
  // Configuration, rules and listen errors already name the variable, file or port.
  // (console is routed to the log by now: write to stderr directly.)
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
