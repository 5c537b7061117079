import { CaptureChannel } from '../support/captureChannel';
import { postActivity, startServer, type RunningServer } from '../support/server';

const CHANNEL = '19:support@thread.tacv2';
const BOT = { id: 'bot', name: 'Setup Bot' };
const MENTION = '<at>Setup Bot</at>';

describe('handoff to a Teams channel registered in the chat (capture server as serviceUrl)', () => {
  const teams = new CaptureChannel();
  let bot: RunningServer;

  beforeAll(async () => {
    await teams.start();
    bot = await startServer({ DEFAULT_LOCALE: 'en', HANDOFF_CONTACT: 'never shown here' });
  });
  afterAll(async () => {
    await bot.close();
    await teams.stop();
  });

  /** A message in the support channel (or one of its threads) that mentions the bot. */
  function inChannel(text: string, conversationId = CHANNEL, mention = true) {
    return postActivity(bot.baseUrl, {
      channelId: 'msteams',
      serviceUrl: teams.serviceUrl,
      conversation: { id: conversationId, conversationType: 'channel' },
      from: { id: 'pat-id', name: 'Pat Support' },
      recipient: BOT,
      text: mention ? `${MENTION} ${text}` : text,
      entities: mention ? [{ type: 'mention', mentioned: BOT, text: MENTION }] : [],
    });
  }

  function adminSays(text: string) {
    return postActivity(bot.baseUrl, {
      channelId: 'msteams',
      serviceUrl: teams.serviceUrl,
      conversation: { id: 'a:admin-chat', conversationType: 'personal' },
      from: { id: 'admin-aad', name: 'Kim Admin' },
      recipient: BOT,
      text,
    });
  }

  test('registration, the post, relays in the thread both ways, closed with "klar"', async () => {
    const registered = await inChannel('använd den här kanalen för överlämningar');
    expect(registered.activities.map((a) => a.text)).toEqual([
      'This channel now receives handoffs from the setup assistant.',
    ]);

    for (const text of ['hello', 'partner', 'trial']) await adminSays(text);
    const started = await adminSays('I need a human for the exception platform');
    expect(started.activities.map((a) => a.text).join('\n')).toContain('A person will answer here');
    const post = teams.received.find((r) => r.conversationId === CHANNEL)!;
    expect(String(post.activity.text)).toContain('Kim Admin');
    expect(String(post.activity.text)).toContain('**Channel**: msteams');
    const rootId = 'captured-1';
    const thread = `${CHANNEL};messageid=${rootId}`;

    await adminSays('hello? _anyone_');
    expect(teams.texts(thread)).toEqual(['**Kim Admin**: hello? \\_anyone\\_']);

    await inChannel('not mentioned', thread, false);
    await inChannel('Try eu1.', `${CHANNEL};messageid=another-post`);
    expect(teams.texts('a:admin-chat')).toEqual([]);

    await inChannel('Try eu1.', thread);
    expect(teams.texts('a:admin-chat')).toEqual(['Pat Support: Try eu1.']);

    const closed = await inChannel('klar', thread);
    expect(closed.activities.map((a) => a.text)).toEqual([
      'Handoff closed: the admin has been told.',
    ]);
    expect(teams.texts('a:admin-chat').join('\n')).toContain('Pat Support closed the handoff');
  });
});
