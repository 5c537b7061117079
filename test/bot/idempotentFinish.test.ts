import { MemoryStorage, type StoreItems } from 'botbuilder';
import { StoreUnavailableError } from '../../state/storeErrors';
import { Conversation } from '../support/conversation';
import { play } from '../support/transcript';

const ANSWERS = ['partner', 'subscription', 'japan', 'yes', 'standard', 'webex calling'];

/** A conversation at the summary, with the subdomain given. */
async function atSummary(conversation: Conversation, subdomain: string) {
  await play(conversation, [{}, ...[...ANSWERS, subdomain].map((user) => ({ user }))]);
  return conversation;
}

const finish = (id: string) => ({ type: 'message' as const, text: 'finish', id });

describe('F2: a finished setup is recorded exactly once', () => {
  test('a finish past the turn deadline says it may be recorded; the re-sent activity confirms the same plan', async () => {
    const conversation = await atSummary(
      new Conversation({ locale: 'en', turnTimeoutMs: 200 }),
      'onceacme',
    );
    const directory = conversation.directory;
    const claim = directory.claim.bind(directory);
    let release: () => void = () => undefined;
    directory.claim = (...args) =>
      new Promise((resolve) => (release = () => resolve(claim(...args))));
    const late = await conversation.send(finish('teams-finish-1'));
    expect(late.text).toContain('may already be recorded');
    expect(late.text).not.toContain('Nothing was changed');
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    directory.claim = claim;

    // Teams re-sends the same activity after 15 s.
    const again = await conversation.send(finish('teams-finish-1'));
    const recorded = await conversation.setups.list();
    expect(recorded).toHaveLength(1);
    expect(again.plan).toEqual(recorded[0].plan);
    expect(again.text).toContain('onceacme');
  });

  test('a turn cut off before its finish began says nothing changed, and the late finish never starts', async () => {
    const storage = new MemoryStorage();
    const conversation = await atSummary(
      new Conversation({ locale: 'en', storage, turnTimeoutMs: 200 }),
      'neveracme',
    );
    const read = storage.read.bind(storage);
    storage.read = async (keys: string[]) => {
      storage.read = read;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return read(keys);
    };
    const claims: string[] = [];
    const claim = conversation.directory.claim.bind(conversation.directory);
    conversation.directory.claim = (subdomain, holder) => {
      claims.push(subdomain);
      return claim(subdomain, holder);
    };
    const late = await conversation.send(finish('slow-read'));
    expect(late.text).toContain('Nothing was changed');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(claims).toEqual([]);
    expect(await conversation.setups.list()).toEqual([]);
  });

  test('a store that fails after the record (the state save) leads to one record when the admin sends finish again', async () => {
    const storage = new MemoryStorage();
    const conversation = await atSummary(new Conversation({ locale: 'sv', storage }), 'downacme');
    const write = storage.write.bind(storage);
    storage.write = async (_changes: StoreItems) => {
      storage.write = write;
      throw new StoreUnavailableError('redis went away');
    };
    const failed = await conversation.send(finish('finish-1'));
    expect(failed.text).toContain('tillfälligt otillgänglig');
    const first = await conversation.setups.list();
    expect(first).toHaveLength(1);

    const retried = await conversation.send(finish('finish-2'));
    expect(await conversation.setups.list()).toEqual(first);
    expect(retried.plan).toEqual(first[0].plan);
    // The state saved this time: the next plan is a new one.
    const next = await conversation.say('hej');
    expect(next.plan).toBeUndefined();
  });

  test('plan ids are fixed per plan: a second plan in the conversation gets its own id', async () => {
    const conversation = await atSummary(new Conversation({ locale: 'en' }), 'firstacme');
    const first = await conversation.send(finish('a'));
    await play(conversation, [{ user: 'start again' }]);
    await play(
      conversation,
      [...ANSWERS, 'secondacme'].map((user) => ({ user })),
    );
    const second = await conversation.send(finish('b'));
    expect(first.plan?.id).toBeDefined();
    expect(second.plan?.id).toBeDefined();
    expect(second.plan?.id).not.toBe(first.plan?.id);
    expect(await conversation.setups.list()).toHaveLength(2);
  });
});
