import { turnErrorHandler } from '../../bot/turnErrorHandler';
import type { ChannelModule } from '../channelModule';
import { WEBEX_CHANNEL, WebexAdapter } from './webexAdapter';
import { WebexClient } from './webexClient';
import { webexProfile } from './webexProfile';
import { webexRoute } from './webexWebhookRoute';

/** Webex: POST /api/webex receives its webhooks, served only when WEBEX_BOT_TOKEN is set. */
export const webexChannel: ChannelModule = {
  name: 'webex',
  profiles: { [WEBEX_CHANNEL]: webexProfile },
  routes: ({ settings, log, bot, rejected }) => {
    if (!settings.WEBEX_BOT_TOKEN) return [];
    const client = new WebexClient({
      token: settings.WEBEX_BOT_TOKEN,
      baseUrl: settings.WEBEX_API_BASE_URL,
    });
    const adapter = new WebexAdapter(client, log);
    adapter.onTurnError = turnErrorHandler(log, (context) => bot.apologize(context));
    return [
      webexRoute({
        adapter,
        secret: settings.WEBEX_WEBHOOK_SECRET,
        log,
        logic: (context) => bot.run(context),
        rejected,
      }),
    ];
  },
};
