import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { Conversation } from './conversation';

/**
 * A conversation resumed from a fixture of saved state (test/dialogs/fixtures/<name>.json,
 * written by an earlier build's own bot), with the question it was waiting on.
 */
export function resumeSaved(
  name: string,
  options: { locale: 'en' | 'sv'; conversationId: string; userId: string; taken?: string[] },
) {
  const file = join(__dirname, '..', 'dialogs', 'fixtures', `${name}.json`);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as {
    questionId: string;
    state: Record<string, unknown>;
  };
  // A new TestAdapter numbers its activities from 0 again: saved ids of recent activities
  // would make those look like re-deliveries (which are dropped).
  const memory = Object.fromEntries(
    Object.entries(saved.state).map(([key, value]) => [
      key,
      JSON.stringify({ ...(value as object), recentActivityIds: [] }),
    ]),
  );
  const conversation = new Conversation({ storage: new MemoryStorage(memory), ...options });
  return { conversation, waitingOn: saved.questionId };
}
