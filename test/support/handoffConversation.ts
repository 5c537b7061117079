import { MemoryStorage } from 'botbuilder';
import { SetupBot } from '../../bot/setupBot';
import { Translators } from '../../bot/translators';
import { channelProfiles } from '../../channels/channelList';
import { createLogger } from '../../server/logger';
import { MemoryCompletedSetupLog } from '../../state/memoryCompletedSetupLog';
import { MemorySubdomainDirectory } from '../../state/memorySubdomainDirectory';
import { MemoryAttemptStore } from '../../state/memoryAttemptStore';
import { outcomeOf } from '../../insights/attemptRecord';
import type { SupportDesk } from '../../dialogs/handoff/supportDesk';
import { HANDOFF_CLOSED_EVENT, HANDOFF_REPLY_EVENT } from '../../dialogs/handoff/supportDesk';
import { Conversation, shippedKnowledge, shippedRules, type Reply } from './conversation';

export interface HandoffConversationOptions {
  locale?: string;
  desk?: SupportDesk;
  now?: () => number;
  /** Each handoff as the operator's metrics count it (wxcc_setup_handoffs_total{target}). */
  handedOff?: string[];
  /** Where the setup attempts are recorded (their outcomes: `attemptOutcomes`). */
  attempts?: MemoryAttemptStore;
}

/** A conversation with the real bot whose handoffs go to `desk`. */
export function handoffConversation(options: HandoffConversationOptions = {}): Conversation {
  const now = options.now;
  const bot = new SetupBot({
    rules: shippedRules(),
    directory: new MemorySubdomainDirectory(),
    storage: new MemoryStorage(),
    setups: new MemoryCompletedSetupLog(),
    knowledge: shippedKnowledge(),
    translators: new Translators(),
    profiles: channelProfiles,
    defaultLocale: 'en',
    log: createLogger('silent'),
    supportDesk: options.desk,
    ...(now ? { now: () => new Date(now()) } : {}),
    attempts: { store: options.attempts ?? new MemoryAttemptStore(), keepQuestions: false },
    metrics: {
      turnDone: () => {},
      storeError: () => {},
      attemptChanged: (events) => {
        if (events.handoff) options.handedOff?.push(events.handoff);
      },
    },
  });
  return new Conversation({ locale: options.locale, bot });
}

/** A person's reply from the support thread, as the desk sends it in. */
export function supportReplies(
  conversation: Conversation,
  id: string,
  name: string,
  text: string,
): Promise<Reply> {
  return conversation.send({ type: 'event', name: HANDOFF_REPLY_EVENT, value: { id, name, text } });
}

/** A person closing the handoff from the support thread. */
export function supportCloses(conversation: Conversation, id: string, name: string) {
  return conversation.send({ type: 'event', name: HANDOFF_CLOSED_EVENT, value: { id, name } });
}

/** The outcome of every attempt recorded in `store` (as the insights page reads them). */
export async function attemptOutcomes(store: MemoryAttemptStore): Promise<string[]> {
  const records = await store.startedSince(0);
  return records.map((record) => outcomeOf(record, Date.now(), 60 * 60 * 1000));
}
