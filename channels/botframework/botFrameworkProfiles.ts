import type { ChannelProfile } from '../../bot/render/channelProfile';

/** Web Chat-style clients of the Bot Framework: cards and suggested actions. */
const webChatLike: ChannelProfile = {
  cardVersion: '1.5',
  suggestedActions: true,
  acceptsEvents: true,
  doubleLineBreaks: false,
  answersInGroupsOnlyWhenMentioned: false,
  firstContact: 'user-added',
  updatesAnsweredCards: false,
};

/** The Bot Framework Emulator, Web Chat and Direct Line. */
export const botFrameworkProfiles = {
  emulator: webChatLike,
  webchat: webChatLike,
  directline: webChatLike,
} as const satisfies Record<string, ChannelProfile>;
