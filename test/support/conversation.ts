import { MemoryStorage, TestAdapter, type Activity, type Storage } from 'botbuilder';
import { SetupBot } from '../../bot/setupBot';
import { channelProfiles } from '../../channels/channelList';
import { Translators } from '../../bot/translators';
import { createLogger } from '../../server/logger';
import { questionContentOf, type RenderedChoice } from '../../dialogs/question';
import type { ShippedLocale as Locale } from '../../locales/languages';
import { loadKnowledgeSearch, type KnowledgeSearch } from '../../knowledge/knowledgeSearch';
import { loadRules } from '../../provisioning/loadRules';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import type { SetupPlan } from '../../dialogs/setupPlan';
import type { SubdomainDirectory } from '../../provisioning/subdomainDirectory';
import { MemoryCompletedSetupLog } from '../../state/memoryCompletedSetupLog';
import { MemorySubdomainDirectory } from '../../state/memorySubdomainDirectory';

let sharedRules: ProvisioningRules | undefined;
export function shippedRules(): ProvisioningRules {
  return (sharedRules ??= loadRules());
}

let sharedKnowledge: KnowledgeSearch | undefined;
export function shippedKnowledge(): KnowledgeSearch {
  return (sharedKnowledge ??= loadKnowledgeSearch());
}

/** What the bot answered to one user activity, before channel rendering. */
export interface Reply {
  activities: Partial<Activity>[];
  /** All message texts of the reply and the labels of its choices, joined by new lines. */
  text: string;
  /** The choices of the last question asked (empty when none). */
  choices: RenderedChoice[];
  /** Whether the last message of the reply is a question (expects input). */
  asks: boolean;
  /** Which question the last message asks (`country`, `country.confirm`, `summary`, ...). */
  questionId?: string;
  plan?: SetupPlan;
}

export interface ConversationOptions {
  locale?: Locale | string;
  channelId?: string;
  userId?: string;
  conversationId?: string;
  conversationType?: string;
  taken?: string[];
  storage?: Storage;
  directory?: SubdomainDirectory;
  rules?: ProvisioningRules;
  bot?: SetupBot;
  turnTimeoutMs?: number;
  /** Used instead of `new Translators()` (e.g. one that reports missing keys and parameters). */
  translators?: Translators;
}

/**
 * One admin talking to the real bot through botbuilder's TestAdapter. Records the
 * neutral activities (text and choice ids) before the channel renderer runs.
 */
export class Conversation {
  readonly bot: SetupBot;
  readonly storage: Storage;
  readonly directory: SubdomainDirectory;
  readonly setups = new MemoryCompletedSetupLog();
  /** Messages the admin sent (for efficiency counts). */
  messagesSent = 0;
  /** Errors that reached the adapter's turn error handler. */
  readonly errors: unknown[] = [];
  /** Activities the bot replaced (Teams updateActivity). */
  readonly updates: Partial<Activity>[] = [];
  private readonly adapter: TestAdapter;
  private captured: Partial<Activity>[] = [];
  private locale: string | undefined;

  constructor(options: ConversationOptions = {}) {
    this.storage = options.storage ?? new MemoryStorage();
    this.directory = options.directory ?? new MemorySubdomainDirectory(options.taken ?? []);
    this.locale = options.locale;
    const planIds = new Map<string, string>();
    this.bot =
      options.bot ??
      new SetupBot({
        rules: options.rules ?? shippedRules(),
        directory: this.directory,
        storage: this.storage,
        setups: this.setups,
        knowledge: shippedKnowledge(),
        translators: options.translators ?? new Translators(),
        profiles: channelProfiles,
        defaultLocale: 'en',
        log: createLogger('silent'),
        // One id per holder, as the derived ids are, but readable: plan-1, plan-2, ...
        planId: (holder) =>
          planIds.get(holder) ?? planIds.set(holder, `plan-${planIds.size + 1}`).get(holder)!,
        now: () => new Date('2026-11-24T10:00:00.000Z'),
        turnTimeoutMs: options.turnTimeoutMs,
      });
    this.adapter = new TestAdapter((context) => this.bot.run(context), {
      channelId: options.channelId ?? 'test',
      conversation: {
        id: options.conversationId ?? 'conversation-1',
        isGroup: (options.conversationType ?? 'personal') !== 'personal',
        conversationType: options.conversationType ?? 'personal',
        name: '',
      },
      from: { id: options.userId ?? 'admin-1', name: 'Admin' },
      recipient: { id: 'bot', name: 'Setup bot' },
    });
    const update = this.adapter.updateActivity.bind(this.adapter);
    this.adapter.updateActivity = async (context, activity) => {
      this.updates.push(activity);
      return update(context, activity);
    };
    this.adapter.onTurnError = async (context, error) => {
      this.errors.push(error);
      await this.bot.apologize(context);
    };
    this.adapter.use(async (context, next) => {
      context.onSendActivities(async (_ctx, activities, send) => {
        this.captured.push(...activities.map((a) => ({ ...a })));
        return send();
      });
      await next();
    });
  }

  /** The first contact, as Teams and the Emulator send it. */
  join(): Promise<Reply> {
    return this.send({
      type: 'conversationUpdate',
      membersAdded: [
        { id: 'admin-1', name: 'Admin' },
        { id: 'bot', name: 'Setup bot' },
      ],
    });
  }

  say(text: string): Promise<Reply> {
    this.messagesSent++;
    return this.send({ type: 'message', text });
  }

  /** A card button press: a message with `value` and no text. */
  submit(value: unknown): Promise<Reply> {
    this.messagesSent++;
    return this.send({ type: 'message', value });
  }

  /** Sends the given activity (locale added when the conversation has one). */
  async send(activity: Partial<Activity>): Promise<Reply> {
    this.captured = [];
    await this.adapter.receiveActivity({
      ...(this.locale ? { locale: this.locale } : {}),
      ...activity,
    });
    return reply(this.captured);
  }

  setLocale(locale: string | undefined): void {
    this.locale = locale;
  }
}

function reply(activities: Partial<Activity>[]): Reply {
  const messages = activities.filter((a) => a.type === 'message');
  const last = messages[messages.length - 1];
  const plan = activities.find((a) => a.type === 'event' && a.name === 'setupCompleted')?.value as
    SetupPlan | undefined;
  const choices = (last && questionContentOf(last)?.choices) ?? [];
  const content = last && questionContentOf(last);
  const facts = content?.facts ?? [];
  return {
    activities,
    text: [
      ...messages.flatMap(withFooter),
      ...facts.map((f) => `${f.title}: ${f.value}`),
      ...choices.map((c) => c.label),
    ].join('\n'),
    choices,
    asks: last?.inputHint === 'expectingInput',
    questionId: last?.inputHint === 'expectingInput' ? content?.questionId : undefined,
    plan,
  };
}

/** A message's text, the facts of a report and the lines after them (a shared plan's steps). */
function withFooter(message: Partial<Activity>): string[] {
  const content = questionContentOf(message);
  const isLastQuestion = content?.questionId !== undefined;
  return [
    message.text ?? '',
    ...(isLastQuestion ? [] : (content?.facts ?? []).map((f) => `${f.title}: ${f.value}`)),
    ...(content?.footer ? [content.footer] : []),
  ];
}

export function choiceIds(reply: Reply): string[] {
  return reply.choices.map((c) => c.id);
}
