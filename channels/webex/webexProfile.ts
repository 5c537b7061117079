import type { ChannelProfile } from '../../bot/render/channelProfile';

/**
 * Webex: Adaptive Cards 1.3 (attachment actions), plain line breaks. Event
 * activities pass the renderer; the Webex adapter has nowhere to send them and
 * drops them (the finished plan is recorded in the store either way).
 */
export const webexProfile: ChannelProfile = {
  cardVersion: '1.3',
  suggestedActions: false,
  acceptsEvents: true,
  doubleLineBreaks: false,
  answersInGroupsOnlyWhenMentioned: false,
  firstContact: 'user-added',
  updatesAnsweredCards: false,
};
