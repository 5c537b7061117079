import { turnErrorHandler } from '../../bot/turnErrorHandler';
import type { ChannelModule } from '../channelModule';
import { WEBEX_CHANNEL, WebexAdapter } from './webexAdapter';
import { WebexClient } from './webexClient';
import { webexProfile } from './webexProfile';
import { WebexSupportDesk } from './webexSupportDesk';
import { webexRoute } from './webexWebhookRoute';

/**
 * Webex: POST /api/webex receives its webhooks, served only when WEBEX_BOT_TOKEN is set.
 * Its support-desk target is the space of HANDOFF_WEBEX_ROOM_ID: messages there never
 * reach the setup; thread replies to an open handoff go to the admin.
 */
export const webexChannel: ChannelModule = {
  name: 'webex',
  profiles: { [WEBEX_CHANNEL]: webexProfile },
  connect: ({ settings, log, bot, rejected, handoffs, deliverToAdmin, translators }) => {
    if (!settings.WEBEX_BOT_TOKEN) return { routes: [] };
    const client = new WebexClient({
      token: settings.WEBEX_BOT_TOKEN,
      baseUrl: settings.WEBEX_API_BASE_URL,
    });
    const supportDesk = settings.HANDOFF_WEBEX_ROOM_ID
      ? new WebexSupportDesk({
          client,
          roomId: settings.HANDOFF_WEBEX_ROOM_ID,
          store: handoffs,
          deliver: deliverToAdmin,
          t: translators.for(settings.DEFAULT_LOCALE),
          contact: settings.HANDOFF_CONTACT,
          log,
        })
      : undefined;
    const adapter = new WebexAdapter(client, log, supportDesk);
    adapter.onTurnError = turnErrorHandler(log, (context) => bot.apologize(context));
    return {
      routes: [
        webexRoute({
          adapter,
          secret: settings.WEBEX_WEBHOOK_SECRET,
          log,
          logic: (context) => bot.run(context),
          rejected,
        }),
      ],
      supportDesk,
      continueConversation: (reference, logic) => adapter.continueConversation(reference, logic),
    };
  },
};
