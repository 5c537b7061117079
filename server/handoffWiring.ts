import type { TurnContext } from 'botbuilder';
import type { Logger } from '../bot/logger';
import { Translators } from '../bot/translators';
import type { BotFrameworkAdapter } from '../channels/botframework/adapter';
import { adminDelivery } from '../channels/handoff/adminDelivery';
import type { DeliverToAdmin } from '../channels/handoff/handoffDelivery';
import { HandoffDesks } from '../channels/handoff/handoffDesks';
import type { WebexAdapter } from '../channels/webex/webexAdapter';
import type { WebexClient } from '../channels/webex/webexClient';
import { WebexSupportDesk } from '../channels/webex/webexSupportDesk';
import { TeamsSupportDesk } from '../channels/teams/teamsSupportDesk';
import type { HandoffStore } from '../state/handoffStore';
import type { Config } from './config';

/** The handoff desks, built before the adapters; `connect` gives them the way back to admins. */
export interface HandoffWiring {
  desk: HandoffDesks;
  /** The Webex support space, for the Webex adapter (HANDOFF_WEBEX_ROOM_ID). */
  webexSpace?: WebexSupportDesk;
  connect(adapters: { webex?: WebexAdapter; run: (context: TurnContext) => Promise<void> }): void;
}

/**
 * The support desks: the Webex room of HANDOFF_WEBEX_ROOM_ID, a Teams channel registered
 * at run time (its middleware goes on the Bot Framework adapter), else HANDOFF_CONTACT.
 */
export function wireHandoffs(
  config: Config,
  log: Logger,
  store: HandoffStore,
  channels: { botFramework: BotFrameworkAdapter; webexClient?: WebexClient },
): HandoffWiring {
  const { botFramework, webexClient } = channels;
  let deliver: DeliverToAdmin = async () => {
    throw new Error('handoff delivery used before the adapters were connected');
  };
  const translators = new Translators();
  const t = translators.for(config.DEFAULT_LOCALE);
  const webexSpace =
    webexClient && config.HANDOFF_WEBEX_ROOM_ID
      ? new WebexSupportDesk({
          client: webexClient,
          roomId: config.HANDOFF_WEBEX_ROOM_ID,
          store,
          deliver: (admin, event) => deliver(admin, event),
          t,
          contact: config.HANDOFF_CONTACT,
          log,
        })
      : undefined;
  const teams = new TeamsSupportDesk({
    adapter: botFramework,
    appId: config.MicrosoftAppId,
    store,
    deliver: (admin, event) => deliver(admin, event),
    translators,
    t,
    contact: config.HANDOFF_CONTACT,
    log,
  });
  botFramework.use(teams.middleware());
  const desk = new HandoffDesks({ webex: webexSpace, teams }, config.HANDOFF_CONTACT);
  return {
    desk,
    webexSpace,
    connect: ({ webex, run }) => {
      deliver = adminDelivery({ botFramework, webex, run, appId: config.MicrosoftAppId, log });
    },
  };
}
