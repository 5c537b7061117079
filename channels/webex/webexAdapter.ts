import {
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { Logger } from '../../bot/logger';
import { SendOnlyAdapter } from '../sendOnlyAdapter';
import { RecentIds } from './recentIds';
import type { WebexClient } from './webexClient';
import { toWebexMessages } from './webexMessages';
import type { WebexMessage, WebexPerson, WebhookNotification } from './webexTypes';

export const WEBEX_CHANNEL = 'webex';

export type WebhookOutcome = 'processed' | 'duplicate' | 'own-message' | 'ignored' | 'support';

/** The support team's space (handoffs): its messages are never a setup conversation. */
export interface SupportSpace {
  claims(roomId: string): boolean;
  receive(message: WebexMessage, me: WebexPerson): Promise<void>;
}

/**
 * A Bot Framework adapter over the Webex REST API: webhooks in, messages out.
 * Card submits arrive as message activities with `value` (the card's inputs).
 */
export class WebexAdapter extends SendOnlyAdapter {
  private botPerson?: Promise<WebexPerson>;
  private readonly seen = new RecentIds();
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly client: WebexClient,
    private readonly log: Logger,
    private readonly supportSpace?: SupportSpace,
  ) {
    super('Webex');
  }

  /** A turn in an admin's room started by the bot (a handoff's reply): Webex needs no token for it. */
  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: 'event', name: 'ContinueConversation' },
      reference,
      true,
    );
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  async handleWebhook(
    notification: WebhookNotification,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<WebhookOutcome> {
    const key = `${notification.resource}:${notification.data.id}`;
    if (this.seen.has(key) || this.inFlight.has(key)) return 'duplicate';
    // Seen only once handled: a redelivery after a failure (Webex retries on 5xx) runs it.
    this.inFlight.add(key);
    try {
      const outcome = await this.handleOnce(notification, logic);
      this.seen.add(key);
      return outcome;
    } finally {
      this.inFlight.delete(key);
    }
  }

  private async handleOnce(
    notification: WebhookNotification,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<WebhookOutcome> {
    const me = await this.me();
    if (notification.data.personId === me.id) return 'own-message';
    let activity: Partial<Activity> | undefined;
    if (notification.resource === 'messages') {
      const message = await this.client.message(notification.data.id);
      if (message.personId !== me.id && this.supportSpace?.claims(message.roomId)) {
        await this.supportSpace.receive(message, me);
        return 'support';
      }
      activity = this.messageActivity(message, me);
    } else activity = await this.submitActivity(notification.data.id, me);
    if (!activity) return 'ignored';
    await this.runMiddleware(new TurnContext(this, activity), logic);
    return 'processed';
  }

  async sendActivities(
    context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    const roomId = context.activity.conversation.id;
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type !== 'message') {
        responses.push({ id: '' });
        continue;
      }
      responses.push({ id: await this.post(activity, roomId) });
    }
    return responses;
  }

  /** Sends the parts of one activity; a failure is logged, not thrown, so the turn's state is still saved. */
  private async post(activity: Partial<Activity>, roomId: string): Promise<string> {
    let lastId = '';
    for (const message of toWebexMessages(activity, roomId)) {
      try {
        lastId = (await this.client.sendMessage(message)).id;
      } catch (error) {
        this.log.error({ err: error, roomId }, 'could not send a Webex message');
      }
    }
    return lastId;
  }

  private me(): Promise<WebexPerson> {
    this.botPerson ??= this.client.me().catch((error: unknown) => {
      this.botPerson = undefined;
      throw error;
    });
    return this.botPerson;
  }

  private messageActivity(message: WebexMessage, me: WebexPerson): Partial<Activity> | undefined {
    if (message.personId === me.id) return undefined;
    const text =
      message.roomType === 'group' ? stripMention(message.text ?? '', me) : (message.text ?? '');
    return {
      ...this.base(message.roomId, message.roomType, message.personId, message.personEmail, me),
      id: message.id,
      type: 'message',
      text,
      attachments: message.files?.map((url) => ({
        contentType: 'application/octet-stream',
        contentUrl: url,
      })),
    };
  }

  private async submitActivity(id: string, me: WebexPerson): Promise<Partial<Activity>> {
    const action = await this.client.attachmentAction(id);
    return {
      ...this.base(action.roomId, undefined, action.personId, undefined, me),
      id: action.id,
      type: 'message',
      value: action.inputs,
      replyToId: action.messageId,
    };
  }

  private base(
    roomId: string,
    roomType: string | undefined,
    personId: string,
    personEmail: string | undefined,
    me: WebexPerson,
  ): Partial<Activity> {
    return {
      channelId: WEBEX_CHANNEL,
      serviceUrl: 'webex',
      timestamp: new Date(),
      conversation: {
        id: roomId,
        isGroup: roomType === 'group',
        conversationType: roomType ?? '',
        name: '',
      },
      from: { id: personId, name: personEmail ?? '' },
      recipient: { id: me.id, name: me.displayName ?? '' },
    };
  }
}

/** In a group space the message text starts with the bot's name when it is mentioned. */
export function stripMention(text: string, me: WebexPerson): string {
  const names = [me.displayName, me.nickName, me.displayName?.split(' ')[0]].filter(
    (n): n is string => !!n,
  );
  const trimmed = text.trimStart();
  for (const name of names.sort((a, b) => b.length - a.length)) {
    if (trimmed.toLowerCase().startsWith(name.toLowerCase()))
      return trimmed.slice(name.length).replace(/^[\s,:]+/, '');
  }
  return trimmed;
}
