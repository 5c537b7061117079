import type restify from 'restify';
import type { Logger } from '../bot/logger';
import type { BotFrameworkEndpoints } from '../channels/botframework/adapter';
import { createAdapter } from '../channels/botframework/adapter';
import { connectChannels } from '../channels/channelList';
import type { ChannelBot } from '../channels/channelModule';
import type { HandoffDesks } from '../channels/handoff/handoffDesks';
import { RejectedRequests, type CountRejected } from '../channels/rejectedRequests';
import { Translators } from '../bot/translators';
import { StorageHandoffStore } from '../state/handoffStore';
import { composeBot, openStores, type BotOverrides, type BotParts } from './composition';
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
  /** Where handoffs to a person go: the channels' support desks, else HANDOFF_CONTACT. */
  handoffs: HandoffDesks;
  /**
   * Closes the HTTP server (requests in flight get a short grace period) and then the
   * state stores, whatever the server's close did. Safe to call more than once.
   */
  close(): Promise<void>;
}

/** The whole server: the bot behind every configured channel's routes (channels/channelList.ts). */
export function createApp(config: Config, log: Logger, overrides: AppOverrides = {}): App {
  const stores = overrides.stores ?? openStores(config);
  const translators = new Translators();
  // The channels are connected before the bot exists: the bot takes their support desk.
  // They call it only during a request, when it does.
  const bot: ChannelBot = {
    run: (context) => parts.bot.run(context),
    apologize: (context) => parts.bot.apologize(context),
  };
  const rejected = new RejectedRequests(log, {
    count: (rejection) => {
      parts.metrics.requestRejected(rejection.route, rejection.status);
      overrides.countRejected?.(rejection);
    },
  });
  const { routes, supportDesk } = connectChannels({
    settings: config,
    log,
    bot,
    botFrameworkEndpoints: overrides.botFrameworkEndpoints,
    rejected,
    botFramework: createAdapter(
      config,
      log,
      (context) => bot.apologize(context),
      overrides.botFrameworkEndpoints,
    ),
    handoffs: new StorageHandoffStore(stores.storage),
    translators,
  });
  const parts: BotParts = composeBot(config, log, {
    ...overrides,
    stores,
    translators,
    supportDesk,
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
  return { server, operator, parts, handoffs: supportDesk, close };
}
