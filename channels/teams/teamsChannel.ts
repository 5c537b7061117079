import type { ChannelModule } from '../channelModule';
import { TEAMS_CHANNEL_ID, teamsProfile } from './teamsProfile';

/**
 * Microsoft Teams (and the Agents Playground): its activities arrive on the Bot
 * Framework route; this module holds its profile and its group and mention rules.
 */
export const teamsChannel: ChannelModule = {
  name: 'teams',
  profiles: { [TEAMS_CHANNEL_ID]: teamsProfile },
  routes: () => [],
};
