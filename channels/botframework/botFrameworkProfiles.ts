import { TEXT_ONLY, type ChannelProfile } from '../../bot/render/channelProfile';

/** Web Chat-style clients of the Bot Framework: cards and suggested actions. */
const webChatLike: ChannelProfile = { ...TEXT_ONLY, cardVersion: '1.5', suggestedActions: true };

/** The Bot Framework Emulator, Web Chat and Direct Line. */
export const botFrameworkProfiles = {
  emulator: webChatLike,
  webchat: webChatLike,
  directline: webChatLike,
} as const satisfies Record<string, ChannelProfile>;
