import type { TurnContext } from 'botbuilder';
import type { Logger } from '../bot/logger';
import type { ChannelProfile } from '../bot/render/channelProfile';
import type { TurnHandler } from '../bot/turnHandler';
import type { BotFrameworkCredentials, BotFrameworkEndpoints } from './botframework/adapter';
import type { HttpRoute } from './httpRoute';
import type { RejectedRequests } from './rejectedRequests';

/** The bot as a channel drives it: one turn per activity, an apology for a failed turn. */
export interface ChannelBot extends TurnHandler {
  apologize(context: TurnContext): Promise<void>;
}

/** The settings the channels read (server/config.ts validates them at start-up). */
export interface ChannelSettings extends BotFrameworkCredentials {
  MAX_BODY_KB: number;
  RATE_LIMIT_CONVERSATION_PER_MINUTE: number;
  RATE_LIMIT_CLIENT_PER_MINUTE: number;
  WEBEX_BOT_TOKEN?: string;
  WEBEX_WEBHOOK_SECRET?: string;
  WEBEX_API_BASE_URL: string;
}

/** What the server hands every channel when it mounts their routes. */
export interface ChannelServices {
  settings: ChannelSettings;
  log: Logger;
  bot: ChannelBot;
  /** Where Bot Framework tokens are checked (tests: a local OpenID metadata endpoint). */
  botFrameworkEndpoints?: BotFrameworkEndpoints;
  /** Where every channel reports a request it refuses (logged sampled, counted). */
  rejected: RejectedRequests;
}

/**
 * One channel, all in its folder under channels/: the channel ids it serves with their
 * rendering profile and conversation conventions (group and mention rules, first
 * contact), and the public HTTP routes it serves. The server loops over the list in
 * channels/channelList.ts.
 */
export interface ChannelModule {
  readonly name: string;
  /** Profile per Bot Framework channel id of this channel. */
  readonly profiles: Readonly<Record<string, ChannelProfile>>;
  /** The routes it serves with these settings (none when it is not configured). */
  routes(services: ChannelServices): HttpRoute[];
}
