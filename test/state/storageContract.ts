import {
  ConversationState,
  TestAdapter,
  TurnContext,
  type Storage,
  type StoreItem,
} from 'botbuilder';

export interface StorageUnderTest {
  storage: Storage;
  close(): Promise<void>;
}

/**
 * The behaviour every Storage must have, the way botbuilder's MemoryStorage has it.
 * Run unchanged against every store.
 */
export function describeStorageContract(name: string, open: () => Promise<StorageUnderTest>): void {
  describe(`Storage contract: ${name}`, () => {
    let subject: StorageUnderTest;
    let storage: Storage;

    beforeEach(async () => {
      subject = await open();
      storage = subject.storage;
    });
    afterEach(() => subject.close());

    async function readOne(key: string): Promise<StoreItem | undefined> {
      return (await storage.read([key]))[key];
    }

    test('reading keys that were never written gives nothing', async () => {
      expect(await storage.read(['never-written'])).toEqual({});
      expect(await storage.read([])).toEqual({});
    });

    test('an item reads back as written, with a string eTag', async () => {
      const item = {
        text: 'Välkommen – 日本',
        count: 3,
        ratio: 0.25,
        done: false,
        nothing: null,
        steps: [
          { id: 'role', value: 'partner' },
          { id: 'country', value: 'SE' },
        ],
        nested: { deeper: { list: [1, 2, 3] } },
      };
      await storage.write({ conversation: { ...item } });

      const stored = await readOne('conversation');
      expect(stored).toMatchObject(item);
      expect(typeof stored?.eTag).toBe('string');
      expect(stored?.eTag).not.toBe('');
      expect(stored?.eTag).not.toBe('*');
    });

    test('reading several keys returns only those that exist', async () => {
      await storage.write({ a: { v: 1 }, b: { v: 2 } });
      const items = await storage.read(['a', 'missing', 'b']);
      expect(Object.keys(items).sort()).toEqual(['a', 'b']);
      expect(items.a).toMatchObject({ v: 1 });
      expect(items.b).toMatchObject({ v: 2 });
    });

    test('a write without an eTag, or with "*", overwrites whatever is stored', async () => {
      await storage.write({ key: { v: 1 } });
      await storage.write({ key: { v: 2 } });
      expect(await readOne('key')).toMatchObject({ v: 2 });
      await storage.write({ key: { v: 3, eTag: '*' } });
      expect(await readOne('key')).toMatchObject({ v: 3 });
    });

    test('a write with the current eTag succeeds and changes the eTag', async () => {
      await storage.write({ key: { v: 1 } });
      const first = await readOne('key');
      await storage.write({ key: { ...first, v: 2 } });
      const second = await readOne('key');
      expect(second).toMatchObject({ v: 2 });
      expect(second?.eTag).not.toBe(first?.eTag);
    });

    test('a write with a stale eTag is rejected as an eTag conflict and changes nothing', async () => {
      await storage.write({ key: { v: 1 } });
      const stale = await readOne('key');
      await storage.write({ key: { ...stale, v: 2 } });
      const current = await readOne('key');

      await expect(storage.write({ key: { ...stale, v: 3 } })).rejects.toThrow(/eTag conflict/);
      expect(await readOne('key')).toEqual(current);
    });

    test('of two writers that read the same version, exactly one succeeds', async () => {
      await storage.write({ key: { v: 0 } });
      const seen = await readOne('key');
      const outcomes = await Promise.allSettled([
        storage.write({ key: { ...seen, v: 'first' } }),
        storage.write({ key: { ...seen, v: 'second' } }),
      ]);
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      const winner = outcomes.findIndex((outcome) => outcome.status === 'fulfilled');
      expect(await readOne('key')).toMatchObject({ v: winner === 0 ? 'first' : 'second' });
    });

    test('an item that does not exist yet is created whatever eTag the write carries', async () => {
      await storage.write({ fresh: { v: 1, eTag: 'an-etag-from-elsewhere' } });
      expect(await readOne('fresh')).toMatchObject({ v: 1 });
    });

    test('delete removes items, ignores missing keys, and a later write creates anew', async () => {
      await storage.write({ a: { v: 1 }, b: { v: 2 } });
      const old = await readOne('a');
      await storage.delete(['a', 'not-there']);
      expect(await storage.read(['a', 'b'])).toEqual({ b: expect.objectContaining({ v: 2 }) });
      await storage.write({ a: { ...old, v: 3 } });
      expect(await readOne('a')).toMatchObject({ v: 3 });
    });

    test('keys with any characters are kept apart', async () => {
      const keys = [
        'msteams/conversations/19:abc@thread.tacv2/users/29:1x',
        'msteams/conversations/19:abc@thread.tacv2',
        'webex/conversations/Y2lzY29zcGFyazovL3VzL1JPT00v',
        'key with spaces and ünïcödé',
        'x'.repeat(1000),
      ];
      await storage.write(Object.fromEntries(keys.map((key, index) => [key, { index }])));
      const items = await storage.read(keys);
      keys.forEach((key, index) => expect(items[key]).toMatchObject({ index }));
    });

    test('changing an object after writing or reading it does not change the store', async () => {
      const written = { list: [1, 2], nested: { v: 'a' } };
      await storage.write({ key: written });
      written.list.push(3);
      written.nested.v = 'changed';
      const read = await readOne('key');
      (read?.list as number[]).push(4);

      expect(await readOne('key')).toMatchObject({ list: [1, 2], nested: { v: 'a' } });
    });

    test("botbuilder's ConversationState saves and loads through it", async () => {
      const state = new ConversationState(storage);
      const answers = state.createProperty<{ country?: string }>('answers');
      const adapter = new TestAdapter();
      const activity = TestAdapter.createConversation('contract-conversation');
      const turn = () => new TurnContext(adapter, { ...activity, type: 'message', text: 'hi' });

      const first = turn();
      await answers.set(first, { country: 'SE' });
      await state.saveChanges(first);

      const second = turn();
      expect(await answers.get(second)).toEqual({ country: 'SE' });
    });
  });
}
