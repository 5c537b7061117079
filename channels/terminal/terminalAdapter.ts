import { TurnContext, type Activity, type ResourceResponse } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { SendOnlyAdapter } from '../sendOnlyAdapter';

export const TERMINAL_CHANNEL = 'terminal';

/** What the terminal shows of the bot's activities. */
export interface TerminalOutput {
  message(text: string): void;
  event(name: string, value: unknown): void;
}

/** A Bot Framework adapter for one local conversation: no server, no account. */
export class TerminalAdapter extends SendOnlyAdapter {
  private readonly conversation = { id: `terminal-${randomUUID()}` };

  constructor(
    private readonly output: TerminalOutput,
    private readonly locale: string,
  ) {
    super('the terminal');
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
}
