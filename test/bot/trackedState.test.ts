import { MemoryStorage, TestAdapter, TurnContext, type StoreItems } from 'botbuilder';
import { TrackedState } from '../../bot/trackedState';

/** MemoryStorage that counts its writes. */
class CountingStorage extends MemoryStorage {
  writes = 0;
  override write(changes: StoreItems): Promise<void> {
    this.writes++;
    return super.write(changes);
  }
}

function turn(text = 'hello') {
  const adapter = new TestAdapter();
  return new TurnContext(adapter, {
    type: 'message',
    id: `m-${text}`,
    text,
    channelId: 'test',
    conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'u1', name: 'Admin' },
    recipient: { id: 'bot', name: 'Bot' },
    serviceUrl: 'http://127.0.0.1:9/',
  });
}

async function runTurn(state: TrackedState, change: (s: Record<string, unknown>) => void) {
  const context = turn();
  change(await state.load(context));
  await state.saveChanges(context);
}

describe('TrackedState', () => {
  const key = () => 'test/c1/u1';

  test('writes a state that changed and skips one that did not', async () => {
    const storage = new CountingStorage();
    const state = new TrackedState(storage, key, true);
    await runTurn(state, (s) => (s.step = 'country'));
    await runTurn(state, () => undefined);
    await runTurn(state, (s) => (s.step = 'platform'));
    expect(storage.writes).toBe(2);
    expect((await storage.read([key()]))[key()]).toMatchObject({ step: 'platform' });
  });

  test('a turn known to change the state is written without a compare', async () => {
    const storage = new CountingStorage();
    const state = new TrackedState(
      storage,
      key,
      true,
      (context) => context.activity.text === 'hello',
    );
    await runTurn(state, (s) => (s.step = 'country'));
    await runTurn(state, () => undefined);
    expect(storage.writes).toBe(2);
  });

  test('a turn known to change still writes with the eTag it read', async () => {
    const storage = new MemoryStorage();
    const state = new TrackedState(storage, key, true, () => true);
    await runTurn(state, (s) => (s.step = 'country'));
    const first = turn();
    const second = turn();
    (await state.load(first)).step = 'platform';
    (await state.load(second)).step = 'telephony';
    await state.saveChanges(first);
    await expect(state.saveChanges(second)).rejects.toThrow(/eTag/i);
  });
});

describe('TrackedState after clear', () => {
  test('a cleared state is written once, then only when it changes again', async () => {
    const storage = new CountingStorage();
    const state = new TrackedState(storage, () => 'test/c1/u1', false);
    const context = turn();
    (await state.load(context)).step = 'country';
    await state.clear(context);
    await state.saveChanges(context);
    await state.saveChanges(context);
    expect(storage.writes).toBe(1);
  });
});
