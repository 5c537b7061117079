import type { ConversationReference } from 'botbuilder';
import type {
  HandoffEventValue,
  HandoffTarget,
  SupportDesk,
} from '../../dialogs/handoff/supportDesk';

/** A person's reply or closing, on its way into the admin's conversation. */
export interface HandoffEvent {
  name: string;
  value: HandoffEventValue;
}

/**
 * Runs one turn of the bot in the admin's conversation with a desk's event
 * (channelList.ts builds it over each channel's connection: Webex through its API, Bot
 * Framework channels proactively with the saved conversation reference).
 */
export type DeliverToAdmin = (
  admin: Partial<ConversationReference>,
  event: HandoffEvent,
) => Promise<void>;

/**
 * A channel's support-desk target (channelModule.ts): a Webex space set in the
 * environment, or a Teams channel registered at run time.
 */
export interface ChannelSupportDesk extends SupportDesk {
  readonly target: HandoffTarget;
  /**
   * Where its space comes from: one set in the environment wins over one registered in
   * a conversation at run time (HANDOFF_WEBEX_ROOM_ID over a Teams channel).
   */
  readonly setIn: 'environment' | 'conversation';
}
