import type restify from 'restify';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../bot/logger';
import { createAdapter, type BotFrameworkEndpoints } from '../channels/botframework/adapter';
import { messagesRoute, type RequestLimits } from '../channels/botframework/messagesRoute';
import type { HttpRoute } from '../channels/httpRoute';
import { WEBEX_CHANNEL, WebexAdapter } from '../channels/webex/webexAdapter';
import { WebexClient } from '../channels/webex/webexClient';
import { webexRoute } from '../channels/webex/webexWebhookRoute';
import { composeBot, type BotOverrides, type BotParts } from './composition';
import type { Config } from './config';
import { createHttpServer } from './httpServer';
import { createOperatorServer } from './operatorServer';
import { STEP_LIST } from '../dialogs/steps/stepList';

export interface AppOverrides extends BotOverrides {
  /** Where Bot Framework tokens are checked (tests: a local OpenID metadata endpoint). */
  botFrameworkEndpoints?: BotFrameworkEndpoints;
}

export interface App {
  server: restify.Server;
  /** The operator listener: /metrics, /insights, /insights.json (OPERATOR_PORT). */
  operator: restify.Server;
  parts: BotParts;
}

/** The whole server: the bot behind the Bot Framework endpoint, and Webex when configured. */
export function createApp(config: Config, log: Logger, overrides: AppOverrides = {}): App {
  const parts = composeBot(config, log, overrides);
  const apologize = (context: TurnContext) => parts.bot.apologize(context);
  const adapter = createAdapter(config, log, apologize, overrides.botFrameworkEndpoints);
  const routes: HttpRoute[] = [
    messagesRoute(adapter, parts.bot, requestLimits(config)),
    ...webexRoutes(config, log, parts),
  ];
  const server = createHttpServer({
    routes,
    log,
    checkStore: () => parts.stores.ping(),
    onRejected: (route, status) => parts.metrics.requestRejected(route, status),
  });
  const operator = createOperatorServer({
    metrics: parts.metrics,
    insights: parts.insights,
    translators: parts.translators,
    defaultLocale: config.DEFAULT_LOCALE,
    abandonMinutes: config.INSIGHTS_ABANDON_MINUTES,
    optionalSteps: STEP_LIST.filter((step) => 'countsWith' in step).map((step) => step.id),
    token: config.OPERATOR_TOKEN,
    log,
  });
  return { server, operator, parts };
}

function webexRoutes(config: Config, log: Logger, parts: BotParts): HttpRoute[] {
  if (!config.WEBEX_BOT_TOKEN) return [];
  const client = new WebexClient({
    token: config.WEBEX_BOT_TOKEN,
    baseUrl: config.WEBEX_API_BASE_URL,
  });
  const adapter = new WebexAdapter(client, log);
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
