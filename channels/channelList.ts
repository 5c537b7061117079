import type { ChannelProfiles } from '../bot/render/channelProfile';
import { botFrameworkChannel } from './botframework/botFrameworkChannel';
import type { ChannelModule, ChannelServices } from './channelModule';
import type { HttpRoute } from './httpRoute';
import { teamsChannel } from './teams/teamsChannel';
import { terminalChannel } from './terminal/terminalChannel';
import { webexChannel } from './webex/webexChannel';

/** Every channel the bot speaks. Adding one: its folder with a module, and one line here. */
export const CHANNELS: readonly ChannelModule[] = [
  botFrameworkChannel,
  teamsChannel,
  webexChannel,
  terminalChannel,
];

/** Every channel's profile by channel id; the terminal and unknown channels get plain text. */
export const channelProfiles: ChannelProfiles = Object.assign(
  {},
  ...CHANNELS.map((channel) => channel.profiles),
) as ChannelProfiles;

/** The public routes of every channel that is configured. */
export function channelRoutes(services: ChannelServices): HttpRoute[] {
  return CHANNELS.flatMap((channel) => channel.routes(services));
}
