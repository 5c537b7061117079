import { Conversation } from '../support/conversation';
import { play } from '../support/transcript';

describe('input that is not an answer', () => {
  async function atPlatformQuestion(locale = 'en') {
    const conversation = new Conversation({ locale });
    await play(conversation, [
      {},
      { user: 'partner' },
      { user: 'subscription' },
      { user: 'japan' },
      { user: 'yes', choices: ['standard', 'exception'] },
    ]);
    return conversation;
  }

  test('a card submit selects the choice it carries', async () => {
    const conversation = await atPlatformQuestion();
    await play(conversation, [
      { user: { submit: { choice: 'standard' } }, choices: ['voice-pop-bridge', 'webex-calling'] },
    ]);
  });

  test('a submit from an old card does not answer the current question', async () => {
    const conversation = await atPlatformQuestion();
    await play(conversation, [
      {
        user: { submit: { choice: 'partner' } },
        says: ['earlier question'],
        choices: ['standard', 'exception'],
      },
    ]);
  });

  test('a submit with an unreadable value is re-prompted', async () => {
    const conversation = await atPlatformQuestion('sv');
    await play(conversation, [
      {
        user: { submit: { foo: 1 } },
        says: ['kunde inte läsa'],
        choices: ['standard', 'exception'],
      },
    ]);
  });

  test.each([
    ['an empty message', { type: 'message', text: '   ' }, 'empty'],
    [
      'an attachment',
      {
        type: 'message',
        attachments: [{ contentType: 'image/png', contentUrl: 'https://example.invalid/x.png' }],
      },
      'only read text',
    ],
    ['very long text', { type: 'message', text: 'x'.repeat(5000) }, 'too long'],
    ['an unknown answer', { type: 'message', text: 'purple' }, "isn't one of the options"],
  ])(
    '%s gets a short localized re-prompt and loses nothing',
    async (_name, activity, explanation) => {
      const conversation = await atPlatformQuestion();
      const reply = await conversation.send(activity);
      expect(reply.text).toContain(explanation);
      expect(reply.choices.map((c) => c.id)).toEqual(['standard', 'exception']);
      await play(conversation, [{ user: '1', choices: ['voice-pop-bridge', 'webex-calling'] }]);
    },
  );

  test('activity types the bot does not handle change nothing', async () => {
    const conversation = await atPlatformQuestion();
    for (const type of [
      'typing',
      'event',
      'endOfConversation',
      'installationUpdate',
      'somethingNew',
    ]) {
      const reply = await conversation.send({ type, name: 'x' });
      expect(reply.activities.filter((a) => a.type === 'message')).toEqual([]);
    }
    const reaction = await conversation.send({
      type: 'messageReaction',
      reactionsAdded: [{ type: 'like' }],
    });
    expect(reaction.text).toContain('only read text messages');
    await play(conversation, [
      { user: 'standard', choices: ['voice-pop-bridge', 'webex-calling'] },
    ]);
  });

  test("a turn that fails is apologised for in the user's language and keeps the progress", async () => {
    const conversation = await atPlatformQuestion('sv');
    const directory = conversation.directory;
    const original = directory.hold.bind(directory);
    await play(conversation, [{ user: 'standard' }, { user: 'webex calling' }]);
    directory.hold = () => Promise.reject(new Error('directory down'));
    const failed = await conversation.say('acmejp');
    expect(failed.text).toContain('något gick fel');
    expect(conversation.errors).toHaveLength(1);
    directory.hold = original;
    await play(conversation, [{ user: 'acmejp', says: ['Deldomän: acmejp'] }]);
  });
});

describe('a slow turn', () => {
  test('is cut off with a localized apology, drops its late reply, and the next turn works', async () => {
    const conversation = new Conversation({ locale: 'sv', turnTimeoutMs: 200 });
    await play(conversation, [
      {},
      { user: 'partner' },
      { user: 'prenumeration' },
      { user: 'japan' },
      { user: 'ja' },
      { user: 'standard' },
      { user: 'webex calling' },
    ]);
    const directory = conversation.directory;
    const hold = directory.hold.bind(directory);
    let release: () => void = () => undefined;
    directory.hold = (...args) =>
      new Promise((resolve) => (release = () => resolve(hold(...args))));
    const slow = await conversation.say('slowname');
    expect(slow.text).toContain('det tog för lång tid');
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    directory.hold = hold;
    await play(conversation, [{ user: 'othername', says: ['Deldomän: othername'] }]);
  });
});

describe('a Finish that runs out of time', () => {
  test('still records the setup it claimed the subdomain for', async () => {
    const conversation = new Conversation({ locale: 'en', turnTimeoutMs: 200 });
    await play(conversation, [
      {},
      ...['partner', 'subscription', 'japan', 'yes', 'standard', 'webex calling', 'lateacme'].map(
        (user) => ({ user }),
      ),
    ]);
    const directory = conversation.directory;
    const claim = directory.claim.bind(directory);
    let release: () => void = () => undefined;
    directory.claim = (...args) =>
      new Promise((resolve) => (release = () => resolve(claim(...args))));
    const late = await conversation.say('finish');
    expect(late.text).toContain('took too long');
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const recorded = await conversation.setups.list();
    expect(recorded.map((s) => s.plan.subdomain)).toEqual(['lateacme']);
    expect(await directory.isAvailable('lateacme', 'someone-else')).toBe(false);
  });
});
