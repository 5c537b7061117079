import type { ChannelModule, ChannelSettings } from '../channelModule';
import { botFrameworkProfiles } from './botFrameworkProfiles';
import { messagesRoute, type RequestLimits } from './messagesRoute';

/**
 * The Bot Framework endpoint, POST /api/messages: the Emulator, Web Chat and Direct Line
 * here, and every channel that comes through Azure Bot Service (Teams has its own module
 * for its conventions, on this same route).
 */
export const botFrameworkChannel: ChannelModule = {
  name: 'botframework',
  profiles: botFrameworkProfiles,
  // The adapter is the process's one (channelList.ts): Teams' support desk uses it too.
  connect: ({ settings, bot, botFramework, rejected }) => ({
    routes: [messagesRoute(botFramework, bot, requestLimits(settings), rejected)],
  }),
};

export function requestLimits(settings: ChannelSettings): RequestLimits {
  return {
    maxBodyBytes: settings.MAX_BODY_KB * 1024,
    perConversationPerMinute: settings.RATE_LIMIT_CONVERSATION_PER_MINUTE,
    perClientPerMinute: settings.RATE_LIMIT_CLIENT_PER_MINUTE,
  };
}
