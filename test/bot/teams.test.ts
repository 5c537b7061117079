import { Conversation } from '../support/conversation';
import { play } from '../support/transcript';

const BOT_MENTION = {
  type: 'mention',
  mentioned: { id: 'bot', name: 'Setup bot' },
  text: '<at>Setup bot</at>',
};

describe('Microsoft Teams', () => {
  test('in a group chat the bot answers only when mentioned, and reads the text without the mention', async () => {
    const conversation = new Conversation({
      channelId: 'msteams',
      conversationType: 'groupChat',
      locale: 'en-US',
    });
    const chatter = await conversation.send({ type: 'message', text: 'anyone up for lunch?' });
    expect(chatter.activities).toEqual([]);
    const start = await conversation.send({
      type: 'message',
      text: '<at>Setup bot</at> hello',
      entities: [BOT_MENTION],
    });
    expect(start.choices.map((c) => c.id)).toEqual(['partner', 'customer']);
    const role = await conversation.send({
      type: 'message',
      text: '<at>Setup bot</at> partner',
      entities: [BOT_MENTION],
    });
    expect(role.choices.map((c) => c.id)).toEqual(['trial', 'subscription']);
    const press = await conversation.send({ type: 'message', value: { choice: 'trial' } });
    expect(press.text).toContain('Start Trial wizard');
  });

  test('two admins in one group chat keep their own progress', async () => {
    const shared = {
      channelId: 'msteams',
      conversationType: 'groupChat',
      conversationId: 'team-chat',
      locale: 'en-US',
    };
    const ada = new Conversation({ ...shared, userId: 'ada' });
    const bob = new Conversation({
      ...shared,
      userId: 'bob',
      storage: ada.storage,
      directory: ada.directory,
    });
    const say = (c: Conversation, text: string) =>
      c.send({ type: 'message', text: `<at>Setup bot</at> ${text}`, entities: [BOT_MENTION] });
    await say(ada, 'hello');
    await say(ada, 'partner');
    await say(bob, 'hello');
    const adaNext = await say(ada, 'subscription');
    expect(adaNext.text).toContain('Order Setup wizard');
    const bobNext = await say(bob, 'customer');
    expect(bobNext.choices.map((c) => c.id)).toEqual(['trial', 'subscription']);
  });

  test('an answered card is replaced by its question and the answer chosen, so old buttons cannot answer again', async () => {
    const conversation = new Conversation({ channelId: 'msteams', locale: 'sv-SE' });
    await play(conversation, [{}, { user: { submit: { choice: 'partner' } } }]);
    expect(conversation.updates).toHaveLength(1);
    expect(conversation.updates[0]).toMatchObject({ type: 'message', attachments: [] });
    expect(conversation.updates[0]!.text).toContain('Är du partneradministratör');
    expect(conversation.updates[0]!.text).toMatch(/\n\n✔ Partneradministratör$/);
    // A choice's label typed shows it too; a message that picks none shows the plain note.
    await conversation.send({ type: 'message', text: 'provperiod' });
    expect(conversation.updates[1]!.text).toMatch(/\n\n✔ Provperiod$/);
    await conversation.send({ type: 'message', text: 'hjälp' });
    expect(conversation.updates[2]!.text).toMatch(/\n\n✔ Besvarad$/);
  });
});

describe('first contact', () => {
  test('Teams greets when the app (the bot) is added, not when someone joins the group later', async () => {
    const conversation = new Conversation({
      channelId: 'msteams',
      conversationType: 'groupChat',
      locale: 'en-US',
    });
    const joined = await conversation.send({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'someone', name: 'Someone' }],
    });
    expect(joined.activities).toEqual([]);
    const installed = await conversation.send({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'bot', name: 'Setup bot' }],
    });
    expect(installed.text).toContain('Webex Contact Center');
    expect(installed.choices.map((c) => c.id)).toEqual(['partner', 'customer']);
  });
});
