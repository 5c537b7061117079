import {
  BotAdapter,
  type ConversationReference,
  type ResourceResponse,
  type TurnContext,
} from 'botbuilder';

/**
 * Base of our own channel adapters (terminal, Webex): they receive turns and send
 * messages, but cannot change or delete a sent message or start a conversation.
 */
export abstract class SendOnlyAdapter extends BotAdapter {
  protected constructor(private readonly channelName: string) {
    super();
  }

  async updateActivity(): Promise<ResourceResponse | void> {
    throw new Error(`${this.channelName} cannot change a message that was sent`);
  }

  async deleteActivity(): Promise<void> {
    throw new Error(`${this.channelName} cannot delete a message that was sent`);
  }

  async continueConversation(
    _reference: Partial<ConversationReference>,
    _logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    throw new Error(`${this.channelName} has no proactive messages`);
  }
}
