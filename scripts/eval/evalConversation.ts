import {
  MemoryStorage,
  TestAdapter,
  type Activity,
  type Storage,
  type StoreItems,
  type TurnContext,
} from 'botbuilder';
import { SetupBot } from '../../bot/setupBot';
import { Translators } from '../../bot/translators';
import { channelProfiles } from '../../channels/channelList';
import type { HandoffState } from '../../dialogs/handoff/handoffState';
import type {
  HandoffOpening,
  HandoffRequest,
  SupportDesk,
} from '../../dialogs/handoff/supportDesk';
import type { SetupSession } from '../../dialogs/conversation/setupSession';
import { questionContentOf, type RenderedChoice } from '../../dialogs/question';
import type { AttemptRecord } from '../../insights/attemptRecord';
import type { AttemptStore } from '../../insights/attemptStore';
import type { KnowledgeSearch } from '../../knowledge/knowledgeSearch';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import { createLogger } from '../../server/logger';
import { MemoryCompletedSetupLog } from '../../state/memoryCompletedSetupLog';
import { MemorySubdomainDirectory } from '../../state/memorySubdomainDirectory';

/** What the conversation holds between turns, as far as the evaluation judges it. */
export interface Snapshot {
  session?: SetupSession;
  handoff?: HandoffState;
  attempt?: AttemptRecord;
  handoffsOpened: number;
}

/** The bot's reply to one message: its texts and the question it ends on. */
export interface EvalReply {
  text: string;
  questionId?: string;
  choices: RenderedChoice[];
}

/** Remembers every document written, so that the session can be read back after a turn. */
class ReadableStorage implements Storage {
  private readonly inner = new MemoryStorage();
  readonly latest = new Map<string, unknown>();

  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    await this.inner.write(changes);
    for (const [key, value] of Object.entries(changes))
      this.latest.set(key, structuredClone(value));
  }

  async delete(keys: string[]): Promise<void> {
    await this.inner.delete(keys);
    for (const key of keys) this.latest.delete(key);
  }

  /** The newest written document that holds `property`. */
  find<T>(property: string): T | undefined {
    for (const value of this.latest.values()) {
      const held = (value as Record<string, unknown> | undefined)?.[property];
      if (held !== undefined) return structuredClone(held) as T;
    }
    return undefined;
  }
}

/** Keeps the attempt records the bot writes, newest per id. */
class LatestAttempts implements AttemptStore {
  latest?: AttemptRecord;

  async save(record: AttemptRecord): Promise<void> {
    this.latest = structuredClone(record);
  }
  async startedSince(): Promise<AttemptRecord[]> {
    return this.latest ? [this.latest] : [];
  }
  async deleteStartedBefore(): Promise<number> {
    return 0;
  }
  async hashKey(): Promise<string> {
    return 'eval';
  }
}

/** A support team that takes every handoff: the evaluation only counts them. */
class CountingDesk implements SupportDesk {
  opened = 0;
  async open(_context: TurnContext, _request: HandoffRequest): Promise<HandoffOpening> {
    this.opened += 1;
    return { kind: 'opened', id: `eval-${this.opened}`, target: 'webex' };
  }
  async relay(): Promise<boolean> {
    return true;
  }
  async close(): Promise<void> {}
  contact(): string | undefined {
    return undefined;
  }
  async hasTarget(): Promise<boolean> {
    return true;
  }
}

/** One admin talking to the real bot in memory, with the state readable after each turn. */
export class EvalConversation {
  private readonly storage = new ReadableStorage();
  private readonly attempts = new LatestAttempts();
  private readonly desk = new CountingDesk();
  private readonly adapter: TestAdapter;
  private captured: Partial<Activity>[] = [];

  constructor(
    rules: ProvisioningRules,
    knowledge: KnowledgeSearch,
    private readonly locale: string,
  ) {
    const bot = new SetupBot({
      rules,
      knowledge,
      directory: new MemorySubdomainDirectory([]),
      storage: this.storage,
      setups: new MemoryCompletedSetupLog(),
      translators: new Translators(),
      profiles: channelProfiles,
      defaultLocale: 'en',
      log: createLogger('silent'),
      attempts: { store: this.attempts, keepQuestions: false },
      supportDesk: this.desk,
    });
    this.adapter = new TestAdapter((context) => bot.run(context), {
      channelId: 'emulator',
      conversation: { id: 'eval', isGroup: false, conversationType: 'personal', name: '' },
      from: { id: 'admin', name: 'Admin' },
      recipient: { id: 'bot', name: 'Setup bot' },
    });
    this.adapter.use(async (context, next) => {
      context.onSendActivities(async (_ctx, activities, send) => {
        this.captured.push(...activities);
        return send();
      });
      await next();
    });
  }

  say(text: string): Promise<EvalReply> {
    return this.send({ type: 'message', text });
  }

  /** A button press of the question being asked. */
  press(choice: string, question: string | undefined): Promise<EvalReply> {
    return this.send({ type: 'message', value: { choice, question } });
  }

  snapshot(): Snapshot {
    return {
      session: this.storage.find<SetupSession>('setupSession'),
      handoff: this.storage.find<HandoffState>('handoff'),
      attempt: this.attempts.latest && structuredClone(this.attempts.latest),
      handoffsOpened: this.desk.opened,
    };
  }

  private async send(activity: Partial<Activity>): Promise<EvalReply> {
    this.captured = [];
    await this.adapter.receiveActivity({ locale: this.locale, ...activity });
    const messages = this.captured.filter((a) => a.type === 'message');
    const last = messages[messages.length - 1];
    const content = last && questionContentOf(last);
    return {
      text: messages.map((m) => m.text ?? '').join('\n'),
      questionId: last?.inputHint === 'expectingInput' ? content?.questionId : undefined,
      choices: content?.choices ?? [],
    };
  }
}
