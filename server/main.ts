import { createApp } from './app';
import { identityNote } from './botIdentity';
import { configWarnings, listenAddress, loadConfig } from './config';
import { listen } from './httpServer';
import { createLogger, routeConsoleToLog } from './logger';
import { loadDotEnv } from './dotEnv';

/** `npm start`: check the configuration and the rules, then serve the bot. */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  routeConsoleToLog(log);
  const { host, warning } = listenAddress(config);
  if (warning) log.warn({ host }, warning);
  const note = identityNote(config);
  if (note) log.warn(note);
  if (config.WEBEX_BOT_TOKEN && !config.WEBEX_WEBHOOK_SECRET)
    log.warn(
      'WEBEX_WEBHOOK_SECRET is not set: Webex webhooks are accepted unsigned, so anyone who can reach /api/webex can send the bot messages. Set it (npm run webex:webhooks registers it).',
    );
  for (const warning of configWarnings(config)) log.warn(warning);
  const app = createApp(config, log);
  const { server, operator, parts } = app;
  // Not a refusal: the bot starts, answers "try again shortly" and /healthz says degraded
  // until the store answers (Redis may start after the bot).
  await parts.stores.ping().catch((error: unknown) =>
    log.warn(
      {
        store: config.STATE_STORE,
        reason: error instanceof Error ? error.message : String(error),
      },
      'the state store cannot be reached at start: the bot answers "try again shortly" until it can',
    ),
  );
  const port = await listen(server, config.PORT, host);
  const operatorPort = await listen(operator, config.OPERATOR_PORT, config.OPERATOR_HOST);
  log.info(
    { port: operatorPort, host: config.OPERATOR_HOST, bearerRequired: !!config.OPERATOR_TOKEN },
    'operator listener (/metrics, /insights) listening',
  );
  log.info(
    {
      port,
      host,
      auth: config.MicrosoftAppId
        ? `bot-framework (${config.MicrosoftAppType})`
        : 'none (loopback serviceUrls only)',
      webex: !!config.WEBEX_BOT_TOKEN,
      // Where "talk to a person" goes: webex (HANDOFF_WEBEX_ROOM_ID), teams, contact or none.
      handoff: await app.handoffs.activeTarget().catch(() => 'unknown (store unreachable)'),
    },
    'bot listening',
  );
  const stop = () => void app.close().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // Configuration, rules and listen errors already name the variable, file or port.
  // (console is routed to the log by now: write to stderr directly.)
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
