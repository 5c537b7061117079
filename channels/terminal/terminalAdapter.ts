import {
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import { randomUUID } from 'node:crypto';

export const TERMINAL_CHANNEL = 'terminal';

/** What the terminal shows of the bot's activities. */
export interface TerminalOutput {
  message(text: string): void;
  event(name: string, value: unknown): void;
}

/** A Bot Framework adapter for one local conversation: no server, no account. */
export class TerminalAdapter extends BotAdapter {
  private readonly conversation = { id: `terminal-${randomUUID()}` };

  constructor(
    private readonly output: TerminalOutput,
    private readonly locale: string,
  ) {
    super();
  }

  /** Runs one turn for something the user typed (or, with no text, the first contact). */
  async receive(logic: (context: TurnContext) => Promise<void>, text?: string): Promise<void> {
    const activity: Partial<Activity> = {
      id: randomUUID(),
      channelId: TERMINAL_CHANNEL,
      conversation: {
        ...this.conversation,
        isGroup: false,
        conversationType: 'personal',
        name: 'terminal',
      },
      from: { id: 'admin', name: 'admin' },
      recipient: { id: 'bot', name: 'bot' },
      locale: this.locale,
      timestamp: new Date(),
      ...(text === undefined
        ? { type: 'conversationUpdate', membersAdded: [{ id: 'admin', name: 'admin' }] }
        : { type: 'message', text }),
    };
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  async sendActivities(
    _context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    for (const activity of activities) {
      if (activity.type === 'message' && activity.text) this.output.message(activity.text);
      if (activity.type === 'event' && activity.name)
        this.output.event(activity.name, activity.value);
    }
    return activities.map(() => ({ id: randomUUID() }));
  }

  async updateActivity(): Promise<ResourceResponse | void> {
    throw new Error('the terminal cannot change a message it has printed');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('the terminal cannot delete a message it has printed');
  }

  async continueConversation(
    _reference: Partial<ConversationReference>,
    _logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    throw new Error('the terminal has no proactive messages');
  }
}
