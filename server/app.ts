import type restify from 'restify';
import type { Logger } from '../bot/logger';
import type { BotFrameworkEndpoints } from '../channels/botframework/adapter';
import { channelRoutes } from '../channels/channelList';
import { RejectedRequests, type CountRejected } from '../channels/rejectedRequests';
import { composeBot, type BotOverrides, type BotParts } from './composition';
import type { Config } from './config';
import { closeHttpServer, createHttpServer } from './httpServer';
import { createOperatorServer } from './operatorServer';
import { STEP_MODULES } from '../dialogs/steps/registry';

export interface AppOverrides extends BotOverrides {
  /** Where Bot Framework tokens are checked (tests: a local OpenID metadata endpoint). */
  botFrameworkEndpoints?: BotFrameworkEndpoints;
  /** Counts every rejected request (the operator's metrics registry gives its counter here). */
  countRejected?: CountRejected;
}

export interface App {
  server: restify.Server;
  /** The operator listener: /metrics, /insights, /insights.json (OPERATOR_PORT). */
  operator: restify.Server;
  parts: BotParts;
  /**
   * Closes the HTTP server (requests in flight get a short grace period) and then the
   * state stores, whatever the server's close did. Safe to call more than once.
   */
  close(): Promise<void>;
}

/** The whole server: the bot behind every configured channel's routes (channels/channelList.ts). */
export function createApp(config: Config, log: Logger, overrides: AppOverrides = {}): App {
  const parts = composeBot(config, log, overrides);
  const rejected = new RejectedRequests(log, {
    count: (rejection) => {
      parts.metrics.requestRejected(rejection.route, rejection.status);
      overrides.countRejected?.(rejection);
    },
  });
  const routes = channelRoutes({
    settings: config,
    log,
    bot: parts.bot,
    botFrameworkEndpoints: overrides.botFrameworkEndpoints,
    rejected,
  });
  const server = createHttpServer({
    routes,
    log,
    checkStore: () => parts.stores.ping(),
    rejected,
    maxConnectionsPerAddress: config.MAX_CONNECTIONS_PER_ADDRESS,
  });
  const operator = createOperatorServer({
    metrics: parts.metrics,
    insights: parts.insights,
    translators: parts.translators,
    defaultLocale: config.DEFAULT_LOCALE,
    abandonMinutes: config.INSIGHTS_ABANDON_MINUTES,
    optionalSteps: STEP_MODULES.filter((step) => 'countsWith' in step).map((step) => step.id),
    token: config.OPERATOR_TOKEN,
    log,
  });
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      try {
        await Promise.all([closeHttpServer(server), closeHttpServer(operator)]);
      } finally {
        await parts.stores.close();
      }
    })());
  return { server, operator, parts, close };
}
