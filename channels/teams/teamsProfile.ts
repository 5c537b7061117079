import { TEXT_ONLY, type ChannelProfile } from '../../bot/render/channelProfile';
import { teamsIsFirstContact, teamsTakeMessage } from './teamsConversations';

/** The Bot Framework channel id of Microsoft Teams (and of the Agents Playground). */
export const TEAMS_CHANNEL_ID = 'msteams';

/**
 * Microsoft Teams: Adaptive Cards 1.5, no event activities (answered with 400),
 * markdown text, mentions in group chats and channels, and answered cards
 * replaced with their text (`updateActivity`).
 */
export const teamsProfile: ChannelProfile = {
  ...TEXT_ONLY,
  cardVersion: '1.5',
  acceptsEvents: false,
  doubleLineBreaks: true,
  takeMessage: teamsTakeMessage,
  isFirstContact: teamsIsFirstContact,
  updatesAnsweredCards: true,
};
