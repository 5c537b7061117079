import type { ChannelProfile } from '../../bot/render/channelProfile';

/** Webex: Adaptive Cards 1.3 (attachment actions), events kept, plain line breaks. */
export const webexProfile: ChannelProfile = {
  cardVersion: '1.3',
  suggestedActions: false,
  acceptsEvents: true,
  doubleLineBreaks: false,
  answersInGroupsOnlyWhenMentioned: false,
  firstContact: 'user-added',
  updatesAnsweredCards: false,
};
