import type { ChannelModule } from '../channelModule';
import { TEAMS_CHANNEL_ID, teamsProfile } from './teamsProfile';
import { TeamsSupportDesk } from './teamsSupportDesk';

/**
 * Microsoft Teams (and the Agents Playground): its activities arrive on the Bot
 * Framework route; this module holds its profile and its group and mention rules, and
 * its support-desk target: a Teams channel registered at run time by mentioning the bot
 * with "use this channel for handoffs" (its middleware on the Bot Framework adapter
 * takes that channel's messages before the setup sees them).
 */
export const teamsChannel: ChannelModule = {
  name: 'teams',
  profiles: { [TEAMS_CHANNEL_ID]: teamsProfile },
  connect: ({ settings, log, botFramework, handoffs, deliverToAdmin, translators }) => {
    const supportDesk = new TeamsSupportDesk({
      adapter: botFramework,
      appId: settings.MicrosoftAppId,
      store: handoffs,
      deliver: deliverToAdmin,
      translators,
      t: translators.for(settings.DEFAULT_LOCALE),
      contact: settings.HANDOFF_CONTACT,
      log,
    });
    botFramework.use(supportDesk.middleware());
    return { routes: [], supportDesk };
  },
};
