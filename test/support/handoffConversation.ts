import { MemoryStorage } from 'botbuilder';
import { SetupBot } from '../../bot/setupBot';
import { Translators } from '../../bot/translators';
import { channelProfiles } from '../../channels/channelProfiles';
import { createLogger } from '../../server/logger';
import { MemoryCompletedSetupLog } from '../../state/memoryCompletedSetupLog';
import { MemorySubdomainDirectory } from '../../state/memorySubdomainDirectory';
import type { SupportDesk } from '../../dialogs/handoff/supportDesk';
import { HANDOFF_CLOSED_EVENT, HANDOFF_REPLY_EVENT } from '../../dialogs/handoff/supportDesk';
import { Conversation, shippedKnowledge, shippedRules, type Reply } from './conversation';

export interface HandoffConversationOptions {
  locale?: string;
  desk?: SupportDesk;
  now?: () => number;
  handedOff?: string[];
}

/** A conversation with the real bot whose handoffs go to `desk`. */
export function handoffConversation(options: HandoffConversationOptions = {}): Conversation {
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
    recordHandoff: (target) => options.handedOff?.push(target),
    handoffClock: options.now,
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
