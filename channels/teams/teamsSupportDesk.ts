import {
  TurnContext,
  type Activity,
  type ConversationReference,
  type Middleware,
} from 'botbuilder';
import type { TFunction } from 'i18next';
import type { Logger } from '../../bot/logger';
import type { Translators } from '../../bot/translators';
import type { HandoffOpening, HandoffRequest } from '../../dialogs/handoff/supportDesk';
import { HANDOFF_CLOSED_EVENT, HANDOFF_REPLY_EVENT } from '../../dialogs/handoff/supportDesk';
import { normalizeText } from '../../common/textNormalization';
import type { HandoffStore } from '../../state/handoffStore';
import type { BotFrameworkAdapter } from '../botframework/adapter';
import { isLoopbackUrl } from '../botframework/serviceUrl';
import { adminIdentity } from '../handoff/adminIdentity';
import type { ChannelSupportDesk, DeliverToAdmin } from '../handoff/handoffDelivery';
import { handoffPost, threadMarkdown } from '../handoff/handoffPost';
import { isClosingReply } from '../handoff/supportText';
import { TEAMS_CHANNEL_ID } from './teamsProfile';

export interface TeamsSupportDeskOptions {
  adapter: BotFrameworkAdapter;
  /** MicrosoftAppId; unset: the channel's serviceUrl must be loopback (the Playground). */
  appId?: string;
  store: HandoffStore;
  deliver: DeliverToAdmin;
  translators: Translators;
  /** The support team's language (DEFAULT_LOCALE). */
  t: TFunction;
  contact?: string;
  log: Logger;
}

/**
 * The support team in a Teams channel, registered by mentioning the bot there with
 * "use this channel for handoffs" ("använd den här kanalen för överlämningar"). A
 * handoff is a new post in that channel (proactive, through the adapter); everything
 * after it is a reply in the post's thread, both ways.
 */
export class TeamsSupportDesk implements ChannelSupportDesk {
  readonly target = 'teams';
  /** Registered in a Teams channel at run time (a Webex room in the environment wins). */
  readonly setIn = 'conversation';

  constructor(private readonly options: TeamsSupportDeskOptions) {}

  async open(context: TurnContext, request: HandoffRequest): Promise<HandoffOpening> {
    const { store, t, log } = this.options;
    const channel = await store.teamsChannel();
    if (!channel) throw new Error('no Teams channel is registered for handoffs');
    await store.setTeamsChannel(channel); // used: kept as long as conversations are
    const admin = adminIdentity(context);
    const post = handoffPost({ ...request, admin, channel: context.activity.channelId }, t);
    const rootId = await this.send(channel, {
      type: 'message',
      text: post.markdown,
      textFormat: 'markdown',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: post.card }],
    });
    const thread = `${TEAMS_THREAD_PREFIX}${rootId}`;
    await store.save({
      thread,
      target: 'teams',
      admin: TurnContext.getConversationReference(context.activity),
      adminName: admin.name,
      open: true,
      openedAt: new Date().toISOString(),
    });
    log.info(
      {
        target: 'teams',
        thread,
        channelId: context.activity.channelId,
        conversationId: context.activity.conversation.id,
      },
      'handoff opened',
    );
    return { kind: 'opened', id: thread, target: 'teams' };
  }

  async relay(_context: TurnContext, id: string, text: string): Promise<boolean> {
    const record = await this.options.store.byThread(id);
    if (!record?.open) return false;
    await this.reply(id, threadMarkdown(record.adminName, text));
    return true;
  }

  async close(_context: TurnContext, id: string): Promise<void> {
    const record = await this.options.store.byThread(id);
    if (!(await this.options.store.close(id))) return;
    await this.reply(id, this.options.t('handoff.desk.closedByAdmin', { name: record!.adminName }));
    this.options.log.info({ target: 'teams', thread: id, by: 'admin' }, 'handoff closed');
  }

  contact(): string | undefined {
    return this.options.contact;
  }

  async hasTarget(): Promise<boolean> {
    return !!(await this.options.store.teamsChannel());
  }

  /**
   * Before the setup sees a Teams channel message: the registration, and the support
   * thread's replies. A message in the registered channel is never a setup conversation:
   * what is not a mentioned reply to an open handoff is ignored (logged at debug level).
   */
  middleware(): Middleware {
    return {
      onTurn: async (context, next) => {
        const { activity } = context;
        if (!isChannelMessage(activity)) return next();
        if (this.isRegistration(activity)) return this.register(context);
        const channel = await this.options.store.teamsChannel();
        if (!channel || rootOf(activity.conversation.id) !== channel.conversation?.id)
          return next();
        await this.receive(context);
      },
    };
  }

  private async receive(context: TurnContext): Promise<void> {
    const { activity } = context;
    const ignore = (reason: string) =>
      this.options.log.debug(
        { target: 'teams', activityId: activity.id, reason },
        'support message ignored',
      );
    const root = /;messageid=([^;]+)$/.exec(activity.conversation.id)?.[1];
    if (!root) return ignore('not a thread reply');
    if (!mentionsBot(activity)) return ignore('bot not mentioned');
    const record = await this.options.store.byThread(`${TEAMS_THREAD_PREFIX}${root}`);
    if (!record) return ignore('not a handoff thread');
    if (!record.open) return ignore('handoff closed');
    const text = (TurnContext.removeRecipientMention(activity) ?? '').trim();
    const value = { id: record.thread, name: activity.from.name || activity.from.id, text };
    if (!isClosingReply(text)) {
      await this.options.deliver(record.admin, { name: HANDOFF_REPLY_EVENT, value });
      return;
    }
    await this.options.store.close(record.thread);
    await this.options.deliver(record.admin, { name: HANDOFF_CLOSED_EVENT, value });
    await context.sendActivity(this.options.t('handoff.desk.closed'));
    this.options.log.info(
      { target: 'teams', thread: record.thread, by: 'support' },
      'handoff closed',
    );
  }

  private isRegistration(activity: Activity): boolean {
    if (!mentionsBot(activity)) return false;
    const text = normalizeText((activity.text ?? '').replace(/<at>[^<]*<\/at>/g, ' '));
    const { translators } = this.options;
    return translators.languages.some((locale) => {
      const words: unknown = translators.for(locale)('words.handoffChannel', {
        returnObjects: true,
      });
      return Array.isArray(words) && words.some((w) => normalizeText(String(w)) === text);
    });
  }

  private async register(context: TurnContext): Promise<void> {
    const reference = TurnContext.getConversationReference(context.activity);
    const channel = {
      ...reference,
      conversation: { ...reference.conversation!, id: rootOf(reference.conversation!.id) },
    };
    await this.options.store.setTeamsChannel(channel);
    this.options.log.info(
      { target: 'teams', conversationId: channel.conversation.id },
      'Teams channel registered for handoffs',
    );
    await context.sendActivity(this.options.t('handoff.desk.registered'));
  }

  /** A reply in the handoff's thread. */
  private async reply(thread: string, markdown: string): Promise<void> {
    const channel = await this.options.store.teamsChannel();
    if (!channel?.conversation) return;
    const root = thread.slice(TEAMS_THREAD_PREFIX.length);
    await this.send(
      {
        ...channel,
        conversation: {
          ...channel.conversation,
          id: `${channel.conversation.id};messageid=${root}`,
        },
      },
      { type: 'message', text: markdown, textFormat: 'markdown' },
    );
  }

  /** Sends one activity into the channel proactively; returns its id. */
  private async send(
    reference: Partial<ConversationReference>,
    activity: Partial<Activity>,
  ): Promise<string> {
    const { adapter, appId } = this.options;
    if (!appId && !isLoopbackUrl(reference.serviceUrl ?? ''))
      throw new Error('without MicrosoftAppId the Teams channel must have a loopback serviceUrl');
    let id = '';
    await adapter.continueConversationAsync(appId ?? '', reference, async (context) => {
      id = (await context.sendActivity(activity))?.id ?? '';
    });
    return id;
  }
}

/** Teams handoff ids start with this (the thread's root activity id follows). */
const TEAMS_THREAD_PREFIX = 'teams:';

function isChannelMessage(activity: Activity): boolean {
  return (
    activity.type === 'message' &&
    activity.channelId === TEAMS_CHANNEL_ID &&
    activity.conversation?.conversationType === 'channel'
  );
}

function mentionsBot(activity: Activity): boolean {
  const botId = activity.recipient?.id;
  return TurnContext.getMentions(activity).some((m) => m.mentioned?.id === botId);
}

/** A channel's conversation id without the thread part (";messageid=..."). */
function rootOf(conversationId: string): string {
  return conversationId.split(';')[0]!;
}
