import type { ChannelProfiles } from '../bot/render/channelProfile';
import { botFrameworkChannel } from './botframework/botFrameworkChannel';
import type { ChannelConnection, ChannelModule, ChannelServices } from './channelModule';
import { adminDelivery } from './handoff/adminDelivery';
import { HandoffDesks } from './handoff/handoffDesks';
import type { DeliverToAdmin } from './handoff/handoffDelivery';
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

/** Every channel, connected: their routes, and the support desk over their targets. */
export interface ConnectedChannels {
  routes: HttpRoute[];
  /** Where handoffs go: the channels' support-desk targets, else HANDOFF_CONTACT. */
  supportDesk: HandoffDesks;
}

/**
 * Connects every channel module. A person's reply reaches the admin through the channel
 * the admin is on: the module whose profiles name the admin's channel id, when it has
 * its own way (Webex through its API), else the Bot Framework adapter (Teams, the
 * Emulator, the Playground; proactive, loopback serviceUrls only without MicrosoftAppId).
 */
export function connectChannels(
  services: Omit<ChannelServices, 'deliverToAdmin'>,
): ConnectedChannels {
  const connections = new Map<ChannelModule, ChannelConnection>();
  const deliverToAdmin: DeliverToAdmin = (admin, event) => deliver(admin, event);
  for (const channel of CHANNELS)
    connections.set(channel, channel.connect({ ...services, deliverToAdmin }));
  const deliver = adminDelivery({
    botFramework: services.botFramework,
    appId: services.settings.MicrosoftAppId,
    run: (context) => services.bot.run(context),
    log: services.log,
    continueOn: (channelId) => {
      const owner = CHANNELS.find((channel) => channelId in channel.profiles);
      return owner && connections.get(owner)?.continueConversation;
    },
  });
  const all = [...connections.values()];
  return {
    routes: all.flatMap((c) => c.routes),
    supportDesk: new HandoffDesks(
      all.flatMap((c) => (c.supportDesk ? [c.supportDesk] : [])),
      services.settings.HANDOFF_CONTACT,
      services.handoffs,
    ),
  };
}
