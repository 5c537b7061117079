import { TurnContext } from 'botbuilder';
import type { TFunction } from 'i18next';
import type { Logger } from '../../bot/logger';
import type { HandoffOpening, HandoffRequest } from '../../dialogs/handoff/supportDesk';
import { HANDOFF_CLOSED_EVENT, HANDOFF_REPLY_EVENT } from '../../dialogs/handoff/supportDesk';
import type { HandoffStore } from '../../state/handoffStore';
import { adminIdentity, type AdminIdentity } from '../handoff/adminIdentity';
import type { ChannelSupportDesk, DeliverToAdmin } from '../handoff/handoffDelivery';
import { isClosingReply } from '../handoff/supportText';
import { stripMention, WEBEX_CHANNEL } from './webexAdapter';
import type { WebexClient } from './webexClient';
import { handoffMessage, threadLine } from './webexHandoffMessage';
import type { WebexMessage, WebexPerson } from './webexTypes';

export interface WebexSupportDeskOptions {
  client: WebexClient;
  /** HANDOFF_WEBEX_ROOM_ID: the support team's space. */
  roomId: string;
  store: HandoffStore;
  deliver: DeliverToAdmin;
  /** The support team's language (DEFAULT_LOCALE). */
  t: TFunction;
  contact?: string;
  log: Logger;
}

/**
 * The support team in a Webex space: a handoff is one message there (markdown and a
 * card), and everything after it is a thread reply to it, both ways. A person's reply
 * counts only as a thread reply to an open handoff that mentions the bot.
 */
export class WebexSupportDesk implements ChannelSupportDesk {
  readonly target = 'webex';
  /** HANDOFF_WEBEX_ROOM_ID: wins over a Teams channel registered at run time. */
  readonly setIn = 'environment';

  constructor(private readonly options: WebexSupportDeskOptions) {}

  async open(context: TurnContext, request: HandoffRequest): Promise<HandoffOpening> {
    const { client, roomId, store, t, log } = this.options;
    const admin = await this.identify(context);
    const summary = {
      ...request,
      admin,
      channel: context.activity.channelId,
    };
    const posted = await client.sendMessage(handoffMessage(roomId, summary, t));
    await store.save({
      thread: posted.id,
      target: 'webex',
      admin: TurnContext.getConversationReference(context.activity),
      adminName: admin.name,
      open: true,
      openedAt: new Date().toISOString(),
    });
    log.info(
      {
        target: 'webex',
        thread: posted.id,
        channelId: context.activity.channelId,
        conversationId: context.activity.conversation.id,
      },
      'handoff opened',
    );
    return { kind: 'opened', id: posted.id, target: 'webex' };
  }

  async relay(context: TurnContext, id: string, text: string): Promise<boolean> {
    const record = await this.options.store.byThread(id);
    if (!record?.open) return false;
    await this.options.client.sendMessage(
      threadLine(this.options.roomId, id, record.adminName, text),
    );
    return true;
  }

  async close(_context: TurnContext, id: string): Promise<void> {
    const record = await this.options.store.byThread(id);
    if (!(await this.options.store.close(id))) return;
    const { t, roomId, client } = this.options;
    const line = t('handoff.desk.closedByAdmin', { name: record!.adminName });
    await client.sendMessage({ roomId, parentId: id, text: line, markdown: line });
    this.options.log.info({ target: 'webex', thread: id, by: 'admin' }, 'handoff closed');
  }

  contact(): string | undefined {
    return this.options.contact;
  }

  async hasTarget(): Promise<boolean> {
    return true;
  }

  /** Whether a message is the support space's (never a setup conversation). */
  claims(roomId: string): boolean {
    return roomId === this.options.roomId;
  }

  /**
   * A message in the support space: a thread reply to an open handoff that mentions the
   * bot goes to the admin ("close", "done", "stäng", "klar" end it); anything else is
   * ignored and logged at debug level.
   */
  async receive(message: WebexMessage, me: WebexPerson): Promise<void> {
    const { store, log } = this.options;
    const ignore = (reason: string) =>
      log.debug({ target: 'webex', messageId: message.id, reason }, 'support message ignored');
    if (!message.parentId) return ignore('not a thread reply');
    if (!message.mentionedPeople?.includes(me.id)) return ignore('bot not mentioned');
    const record = await store.byThread(message.parentId);
    if (!record) return ignore('not a handoff thread');
    if (!record.open) return ignore('handoff closed');
    const text = stripMention(message.text ?? '', me).trim();
    const name = await this.personName(message);
    const value = { id: record.thread, name, text };
    if (!isClosingReply(text)) {
      await this.options.deliver(record.admin, { name: HANDOFF_REPLY_EVENT, value });
      return;
    }
    await store.close(record.thread);
    await this.options.deliver(record.admin, { name: HANDOFF_CLOSED_EVENT, value });
    const line = this.options.t('handoff.desk.closed');
    await this.options.client.sendMessage({
      roomId: this.options.roomId,
      parentId: record.thread,
      text: line,
      markdown: line,
    });
    log.info({ target: 'webex', thread: record.thread, by: 'support' }, 'handoff closed');
  }

  /** The admin, with the display name and organization Webex has for them. */
  private async identify(context: TurnContext): Promise<AdminIdentity> {
    const admin = adminIdentity(context);
    if (context.activity.channelId !== WEBEX_CHANNEL) return admin;
    const person = await this.options.client
      .person(context.activity.from.id)
      .catch(() => undefined);
    return {
      ...admin,
      name: person?.displayName ?? admin.name,
      ...(person?.emails?.[0] ? { email: person.emails[0] } : {}),
      ...(person?.orgId ? { organization: person.orgId } : {}),
    };
  }

  private async personName(message: WebexMessage): Promise<string> {
    const person = await this.options.client.person(message.personId).catch(() => undefined);
    return person?.displayName ?? message.personEmail ?? message.personId;
  }
}
