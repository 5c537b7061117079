import type restify from 'restify';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../bot/logger';
import { createAdapter, type BotFrameworkEndpoints } from '../channels/botframework/adapter';
import { messagesRoute, type RequestLimits } from '../channels/botframework/messagesRoute';
import type { HttpRoute } from '../channels/httpRoute';
import { WEBEX_CHANNEL, WebexAdapter } from '../channels/webex/webexAdapter';
import { WebexClient } from '../channels/webex/webexClient';
import { webexRoute } from '../channels/webex/webexWebhookRoute';
import { StorageHandoffStore } from '../state/handoffStore';
import { composeBot, openStores, type BotOverrides, type BotParts } from './composition';
import type { Config } from './config';
import { wireHandoffs, type HandoffWiring } from './handoffWiring';
import { createHttpServer } from './httpServer';

export interface AppOverrides extends BotOverrides {
  /** Where Bot Framework tokens are checked (tests: a local OpenID metadata endpoint). */
  botFrameworkEndpoints?: BotFrameworkEndpoints;
}

export interface App {
  server: restify.Server;
  parts: BotParts;
  handoffs: HandoffWiring;
}

/** The whole server: the bot behind the Bot Framework endpoint, and Webex when configured. */
export function createApp(config: Config, log: Logger, overrides: AppOverrides = {}): App {
  const stores = overrides.stores ?? openStores(config);
  const webexClient = config.WEBEX_BOT_TOKEN
    ? new WebexClient({ token: config.WEBEX_BOT_TOKEN, baseUrl: config.WEBEX_API_BASE_URL })
    : undefined;
  // The apology is only called during a turn, once the bot exists.
  const apologize = (context: TurnContext) => parts.bot.apologize(context);
  const adapter = createAdapter(config, log, apologize, overrides.botFrameworkEndpoints);
  const handoffs = wireHandoffs(config, log, new StorageHandoffStore(stores.storage), {
    botFramework: adapter,
    webexClient,
  });
  const parts = composeBot(config, log, { ...overrides, stores, supportDesk: handoffs.desk });
  const webex = webexClient && new WebexAdapter(webexClient, log, handoffs.webexSpace);
  handoffs.connect({ webex, run: (context) => parts.bot.run(context) });
  const routes: HttpRoute[] = [
    messagesRoute(adapter, parts.bot, requestLimits(config)),
    ...(webex ? webexRoutes(config, log, parts, webex) : []),
  ];
  const server = createHttpServer({ routes, log, checkStore: () => parts.stores.ping() });
  return { server, parts, handoffs };
}

function webexRoutes(
  config: Config,
  log: Logger,
  parts: BotParts,
  adapter: WebexAdapter,
): HttpRoute[] {
  adapter.onTurnError = async (context, error) => {
    log.error(
      { err: error, channelId: WEBEX_CHANNEL, conversationId: context.activity.conversation?.id },
      'turn failed',
    );
    await parts.bot.apologize(context);
  };
  return [
    webexRoute({
      adapter,
      secret: config.WEBEX_WEBHOOK_SECRET,
      log,
      logic: (context) => parts.bot.run(context),
    }),
  ];
}

export function requestLimits(config: Config): RequestLimits {
  return {
    maxBodyBytes: config.MAX_BODY_KB * 1024,
    perConversationPerMinute: config.RATE_LIMIT_CONVERSATION_PER_MINUTE,
    perClientPerMinute: config.RATE_LIMIT_CLIENT_PER_MINUTE,
  };
}
