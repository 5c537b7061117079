import type { ChannelProfiles } from '../bot/render/channelProfile';
import { botFrameworkProfiles } from './botframework/botFrameworkProfiles';
import { TEAMS_CHANNEL_ID, teamsProfile } from './teams/teamsProfile';
import { WEBEX_CHANNEL } from './webex/webexAdapter';
import { webexProfile } from './webex/webexProfile';

/** Every channel's profile by channel id; the terminal and unknown channels get plain text. */
export const channelProfiles: ChannelProfiles = {
  ...botFrameworkProfiles,
  [TEAMS_CHANNEL_ID]: teamsProfile,
  [WEBEX_CHANNEL]: webexProfile,
};
