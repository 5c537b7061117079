import type restify from 'restify';
import type { TurnContext } from 'botbuilder';
import { WebexAdapter } from '../channels/webex/webexAdapter';
import { WebexClient } from '../channels/webex/webexClient';
import { webexWebhookHandler } from '../channels/webex/webexWebhookRoute';
import { createAdapter } from './adapter';
import { composeBot, type BotParts } from './composition';
import type { Config } from './config';
import { createHttpServer } from './httpServer';
import type { Logger } from './logger';

export interface App {
  server: restify.Server;
  parts: BotParts;
}

/** The whole server: bot, Bot Framework adapter, and Webex when configured. */
export function createApp(
  config: Config,
  log: Logger,
  overrides: Parameters<typeof composeBot>[2] = {},
): App {
  const parts = composeBot(config, log, overrides);
  const apologize = (context: TurnContext) => parts.bot.apologize(context);
  const adapter = createAdapter(config, log, apologize);
  const server = createHttpServer({
    adapter,
    bot: parts.bot,
    log,
    webexHandler: webexHandler(config, log, parts),
    checkStore: () => parts.stores.ping(),
    limits: requestLimits(config),
  });
  return { server, parts };
}

function webexHandler(config: Config, log: Logger, parts: BotParts) {
  if (!config.WEBEX_BOT_TOKEN) return undefined;
  const client = new WebexClient({
    token: config.WEBEX_BOT_TOKEN,
    baseUrl: config.WEBEX_API_BASE_URL,
  });
  const adapter = new WebexAdapter(client, log);
  adapter.onTurnError = async (context, error) => {
    log.error(
      { err: error, channelId: 'webex', conversationId: context.activity.conversation?.id },
      'turn failed',
    );
    await parts.bot.apologize(context);
  };
  return webexWebhookHandler({
    adapter,
    secret: config.WEBEX_WEBHOOK_SECRET,
    log,
    logic: (context) => parts.bot.run(context),
  });
}

export function requestLimits(config: Config) {
  return {
    maxBodyBytes: config.MAX_BODY_KB * 1024,
    perConversationPerMinute: config.RATE_LIMIT_CONVERSATION_PER_MINUTE,
    perClientPerMinute: config.RATE_LIMIT_CLIENT_PER_MINUTE,
  };
}
