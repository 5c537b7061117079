import type { ConversationReference } from 'botbuilder';
import type { HandoffEventValue } from '../../dialogs/handoff/supportDesk';

/** A person's reply or closing, on its way into the admin's conversation. */
export interface HandoffEvent {
  name: string;
  value: HandoffEventValue;
}

/**
 * Runs one turn of the bot in the admin's conversation with a desk's event (the
 * composition root builds it over each channel's adapter: Webex through its API, Bot
 * Framework channels proactively with the saved conversation reference).
 */
export type DeliverToAdmin = (
  admin: Partial<ConversationReference>,
  event: HandoffEvent,
) => Promise<void>;
