import type { ConversationReference, TurnContext } from 'botbuilder';
import type { Logger } from '../../bot/logger';
import type { BotFrameworkAdapter } from '../botframework/adapter';
import { isLoopbackUrl } from '../botframework/serviceUrl';
import type { ChannelConnection } from '../channelModule';
import type { DeliverToAdmin, HandoffEvent } from './handoffDelivery';

export interface AdminDeliveryOptions {
  botFramework: BotFrameworkAdapter;
  /** MicrosoftAppId; unset: proactive messages only to a loopback serviceUrl. */
  appId?: string;
  /** A channel's own way to start a turn in its conversation (Webex), if it has one. */
  continueOn: (channelId: string) => ChannelConnection['continueConversation'];
  /** One turn of the bot. */
  run: (context: TurnContext) => Promise<void>;
  log: Logger;
}

/**
 * Delivers a desk's event as one turn of the bot in the admin's conversation, on the
 * admin's channel: its own way when it has one (Webex through its API), else the Bot
 * Framework channels' (Teams, the Emulator, the Playground): a proactive turn with the
 * saved conversation reference.
 */
export function adminDelivery(options: AdminDeliveryOptions): DeliverToAdmin {
  return async (admin, event) => {
    const logic = (context: TurnContext) => options.run(withEvent(context, event));
    const own = options.continueOn(admin.channelId ?? '');
    if (own) return own(admin, logic);
    if (!options.appId && !isLoopbackUrl(admin.serviceUrl ?? '')) {
      options.log.warn(
        { channelId: admin.channelId, conversationId: admin.conversation?.id },
        'handoff reply not delivered: without MicrosoftAppId only to a loopback serviceUrl',
      );
      return;
    }
    await options.botFramework.continueConversationAsync(
      options.appId ?? '',
      admin as Partial<ConversationReference>,
      logic,
    );
  };
}

/** The continuation turn carries the desk's event (a person's reply or closing). */
function withEvent(context: TurnContext, event: HandoffEvent): TurnContext {
  context.activity.type = 'event';
  context.activity.name = event.name;
  context.activity.value = event.value;
  return context;
}
