import { MemoryStorage, type StoreItem } from 'botbuilder';
import { SqliteDatabase } from '../../state/sqliteDatabase';
import { SqliteStorage } from '../../state/sqliteStorage';
import { Conversation } from '../support/conversation';
import { play } from '../support/transcript';
import { forEachSqliteDriver } from '../state/sqliteDrivers';
import { tempSqliteFile } from '../state/tempSqliteFile';

/** The parts of a stored conversation the tests break. */
interface Stored {
  setupSession: { draft: unknown; current?: string };
  dialogState: {
    dialogStack: { id: string; state: { dialogs: { dialogStack: { id: string }[] } } }[];
  };
}

const KEY = 'test/conversations/conversation-1/users/admin-1/';
const UNREADABLE = 'could not read your progress';

/** A conversation three answers in, on `storage`. */
async function threeAnswersIn(storage: ConstructorParameters<typeof Conversation>[0]) {
  const conversation = new Conversation({ locale: 'en', ...storage });
  await play(conversation, [{}, { user: 'partner' }, { user: 'subscription' }, { user: 'japan' }]);
  return conversation;
}

/** Changes the stored conversation with `change` (which may break it). */
async function tamper(storage: MemoryStorage, change: (state: Stored) => void) {
  const state = (await storage.read([KEY]))[KEY] as unknown as Stored;
  change(state);
  await storage.write({ [KEY]: { ...state, eTag: '*' } as StoreItem });
}

describe('F3: a stored conversation of another shape is set aside, and the admin starts again', () => {
  test.each<[string, (state: Stored) => void, string]>([
    ['a null draft', (s) => (s.setupSession.draft = null), 'restart'],
    ['a draft that is a string', (s) => (s.setupSession.draft = 'x'), 'hello'],
    ['an unknown step', (s) => (s.setupSession.current = 'fax'), 'cancel'],
    [
      'an unknown dialog on the stack',
      (s) => (s.dialogState.dialogStack[0].state.dialogs.dialogStack[0].id = 'gone.dialog'),
      'restart',
    ],
    ['an unknown root dialog', (s) => (s.dialogState.dialogStack[0].id = 'old-root'), 'partner'],
  ])(
    '%s: told honestly, set aside once, and the conversation works again',
    async (_, change, text) => {
      const storage = new MemoryStorage();
      const conversation = await threeAnswersIn({ storage });
      await tamper(storage, change);
      const first = await conversation.say(text);
      expect(first.text).toContain(UNREADABLE);
      expect(first.asks).toBe(true);
      expect(conversation.errors).toEqual([]);
      const again = await conversation.say('partner');
      expect(again.text).not.toContain(UNREADABLE);
      expect(again.text).toContain('trial or a subscription');
    },
  );
});

forEachSqliteDriver((driver) =>
  describe(`F3: truncated JSON in the SQLite file (${driver.name})`, () => {
    test('is set aside under quarantine/, the admin starts again, and restart works', async () => {
      const file = tempSqliteFile();
      const database = new SqliteDatabase(file.path, { driver });
      try {
        const storage = new SqliteStorage(database);
        const conversation = await threeAnswersIn({ storage });
        await database.transaction((c) =>
          c
            .prepare<[string]>('UPDATE state_items SET json = substr(json, 1, 25) WHERE key = ?')
            .run(KEY),
        );
        const first = await conversation.say('restart');
        expect(first.text).toContain(UNREADABLE);
        expect(conversation.errors).toEqual([]);
        const aside = await database.read((c) =>
          c
            .prepare<[], { key: string; json: string }>(
              "SELECT key, json FROM state_items WHERE key LIKE 'quarantine/%'",
            )
            .all(),
        );
        expect(aside).toHaveLength(1);
        expect(aside[0]!.key.startsWith(`quarantine/${KEY}`)).toBe(true);
        expect(JSON.parse(aside[0]!.json)).toMatchObject({ key: KEY, problem: 'unreadable JSON' });
        const next = await conversation.say('partner');
        expect(next.text).not.toContain(UNREADABLE);
        expect(next.text).toContain('trial or a subscription');
      } finally {
        database.close();
        file.remove();
      }
    });
  }),
);
