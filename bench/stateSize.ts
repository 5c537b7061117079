import { MemoryStorage, TestAdapter, type StoreItems } from 'botbuilder';
import { createLogger } from '../server/logger';
import { SetupBot } from '../bot/setupBot';
import { channelProfiles } from '../channels/channelList';
import { Translators } from '../bot/translators';
import { loadKnowledgeSearch } from '../knowledge/knowledgeSearch';
import { loadRules } from '../provisioning/loadRules';
import { MemoryCompletedSetupLog } from '../state/memoryCompletedSetupLog';
import { MemorySubdomainDirectory } from '../state/memorySubdomainDirectory';
import { SCENARIOS, TAKEN_SUBDOMAIN } from './scenarios';

/** A MemoryStorage that remembers the largest item it was asked to write, in bytes of JSON. */
class MeasuringStorage extends MemoryStorage {
  largest = 0;

  override async write(changes: StoreItems): Promise<void> {
    for (const item of Object.values(changes)) {
      this.largest = Math.max(this.largest, Buffer.byteLength(JSON.stringify(item)));
    }
    return super.write(changes);
  }
}

/** The largest state one conversation stores at any turn, over every scenario, in bytes. */
export async function largestConversationState(): Promise<number> {
  const storage = new MeasuringStorage();
  const bot = new SetupBot({
    rules: loadRules(),
    directory: new MemorySubdomainDirectory([TAKEN_SUBDOMAIN]),
    storage,
    setups: new MemoryCompletedSetupLog(),
    knowledge: loadKnowledgeSearch(),
    translators: new Translators(),
    profiles: channelProfiles,
    defaultLocale: 'en',
    log: createLogger('silent'),
  });
  for (const [index, scenario] of SCENARIOS.entries()) {
    const adapter = new TestAdapter((context) => bot.run(context), {
      channelId: 'test',
      conversation: {
        id: `state-${index}`,
        isGroup: false,
        conversationType: 'personal',
        name: '',
      },
      from: { id: 'admin', name: 'Admin' },
      recipient: { id: 'bot', name: 'Bot' },
    });
    for (const answer of scenario.answers) {
      await adapter.receiveActivity({
        type: 'message',
        text: answer.replace('{sub}', `state${index}`),
        locale: scenario.locale,
      });
    }
  }
  return storage.largest;
}
