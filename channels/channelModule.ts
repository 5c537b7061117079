import type { ConversationReference, TurnContext } from 'botbuilder';
import type { Logger } from '../bot/logger';
import type { ChannelProfile } from '../bot/render/channelProfile';
import type { Translators } from '../bot/translators';
import type { TurnHandler } from '../bot/turnHandler';
import type { Locale } from '../locales/languages';
import type { HandoffStore } from '../state/handoffStore';
import type {
  BotFrameworkAdapter,
  BotFrameworkCredentials,
  BotFrameworkEndpoints,
} from './botframework/adapter';
import type { ChannelSupportDesk, DeliverToAdmin } from './handoff/handoffDelivery';
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
  /** The Webex space handoffs go to (needs WEBEX_BOT_TOKEN). */
  HANDOFF_WEBEX_ROOM_ID?: string;
  /** Free text given instead of a handoff when no support space is set (or at the limit). */
  HANDOFF_CONTACT?: string;
  /** The support team's language (the texts of a handoff's post in its space). */
  DEFAULT_LOCALE: Locale;
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
  /**
   * The one Bot Framework adapter of the process (POST /api/messages): the channels that
   * come through Azure Bot Service (Teams) use it for their proactive messages.
   */
  botFramework: BotFrameworkAdapter;
  /** Open handoffs by support thread, and the registered Teams channel (state store). */
  handoffs: HandoffStore;
  /** Runs a turn in an admin's conversation, on whatever channel the admin is (a person's reply). */
  deliverToAdmin: DeliverToAdmin;
  translators: Translators;
}

/** What a channel serves once connected. */
export interface ChannelConnection {
  /** The public HTTP routes (none when the channel is not configured). */
  routes: HttpRoute[];
  /** Its support-desk target: where handoffs to a person go when it is configured. */
  supportDesk?: ChannelSupportDesk;
  /**
   * Runs a turn of the bot in one of its conversations started by the bot (a handoff's
   * reply reaching an admin on this channel). Unset: the Bot Framework adapter's.
   */
  continueConversation?: (
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ) => Promise<void>;
}

/**
 * One channel, all in its folder under channels/: the channel ids it serves with their
 * rendering profile and conversation conventions (group and mention rules, first
 * contact), and, once connected, the public HTTP routes it serves, its support-desk
 * target for handoffs and how it reaches an admin proactively. The server loops over
 * the list in channels/channelList.ts.
 */
export interface ChannelModule {
  readonly name: string;
  /** Profile per Bot Framework channel id of this channel. */
  readonly profiles: Readonly<Record<string, ChannelProfile>>;
  /** Its routes, support desk and proactive turns with these settings. */
  connect(services: ChannelServices): ChannelConnection;
}
