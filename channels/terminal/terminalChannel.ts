import type { ChannelModule } from '../channelModule';

/** The terminal (`npm run chat`): plain text, no HTTP route (channels/terminal/terminalChat.ts). */
export const terminalChannel: ChannelModule = {
  name: 'terminal',
  profiles: {},
  connect: () => ({ routes: [] }),
};
