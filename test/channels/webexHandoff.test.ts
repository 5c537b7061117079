import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CaptureChannel } from '../support/captureChannel';
import { FakeWebex } from '../support/fakeWebex';
import { postActivity, startServer, type RunningServer } from '../support/server';
import { messageWebhook, postWebhook, WEBHOOK_SECRET } from '../support/webexWebhooks';
import { progressLabel } from '../support/stepRegistry';

const SUPPORT_ROOM = 'support-room';
const SUPPORT_PERSON = 'support-person';

describe('handoff to a Webex support space, against a fake Webex API', () => {
  const webex = new FakeWebex();
  const channel = new CaptureChannel();
  const dir = mkdtempSync(join(tmpdir(), 'handoff-'));
  let bot: RunningServer;

  const env = () => ({
    WEBEX_BOT_TOKEN: 'test-token',
    WEBEX_WEBHOOK_SECRET: WEBHOOK_SECRET,
    WEBEX_API_BASE_URL: webex.baseUrl,
    HANDOFF_WEBEX_ROOM_ID: SUPPORT_ROOM,
    DEFAULT_LOCALE: 'en',
    STATE_STORE: 'sqlite',
    STATE_DB: join(dir, 'state.sqlite'),
  });

  beforeAll(async () => {
    await Promise.all([webex.start(), channel.start()]);
    webex.people.set('admin-person', {
      displayName: 'Anna Admin',
      emails: ['anna@customer.example'],
      orgId: 'org-customer',
    });
    webex.people.set(SUPPORT_PERSON, { displayName: 'Pat Support' });
    bot = await startServer(env());
  });
  afterAll(async () => {
    await bot.close();
    await Promise.all([webex.stop(), channel.stop()]);
    rmSync(dir, { recursive: true, force: true });
  });

  /** A message from `personId` in `roomId`, delivered as Webex's webhook; returns what the bot sent. */
  async function message(
    text: string,
    options: {
      roomId: string;
      personId?: string;
      roomType?: 'direct' | 'group';
      parentId?: string;
      mentionedPeople?: string[];
    },
  ) {
    const { roomId, personId = 'admin-person', roomType = 'direct' } = options;
    const id = webex.addMessage({
      roomId,
      roomType,
      personId,
      personEmail: `${personId}@example.com`,
      text,
      parentId: options.parentId,
      mentionedPeople: options.mentionedPeople,
    });
    const before = webex.sent.length;
    const raw = JSON.stringify({
      ...messageWebhook(id, personId, roomId),
      data: { id, roomId, personId, roomType },
    });
    expect((await postWebhook(bot.baseUrl, raw)).status).toBe(200);
    return webex.sent.slice(before);
  }

  const adminSays = (text: string, roomId = 'admin-room') => message(text, { roomId });
  const supportSays = (text: string, parentId: string, extra: Record<string, unknown> = {}) =>
    message(`Setup Bot ${text}`, {
      roomId: SUPPORT_ROOM,
      roomType: 'group',
      personId: SUPPORT_PERSON,
      parentId,
      mentionedPeople: [webex.botPerson.id],
      ...extra,
    });

  /** Starts a setup in `roomId` and hands off; returns the support thread's id. */
  async function handOff(roomId: string): Promise<string> {
    for (const text of ['hello', 'partner', 'subscription']) await adminSays(text, roomId);
    const sent = await adminSays('can I talk to someone about the exception platform', roomId);
    const post = sent.find((m) => m.roomId === SUPPORT_ROOM)!;
    expect(sent.find((m) => m.roomId === roomId)!.text).toContain('A person will answer here');
    return post.id;
  }

  test('an admin on Webex: the support message, relays both ways, closed by the person', async () => {
    const thread = await handOff('admin-room');
    const post = webex.sent.find((m) => m.id === thread)!;
    expect(post.parentId).toBeUndefined();
    for (const part of [
      'Anna Admin',
      'anna\\@customer\\.example',
      'org\\-customer',
      '**Channel**: webex',
      '**Language**: en',
      'Partner administrator',
      'Subscription',
      'can I talk to someone about the exception platform',
    ])
      expect(post.markdown).toContain(part);
    const card = post.attachments![0]!;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card.content)).toContain('Anna Admin');

    // The admin's words reach the thread inert: no markdown, mention or link.
    const relayed = await adminSays('is **eu2** ok? <@all> [x](http://evil.example)');
    expect(relayed).toEqual([
      expect.objectContaining({
        roomId: SUPPORT_ROOM,
        parentId: thread,
        markdown:
          '**Anna Admin**: is \\*\\*eu2\\*\\* ok? \\<\\@all\\> \\[x\\]\\(http://evil\\.example\\)',
      }),
    ]);

    const reply = await supportSays('Use eu1 for Sweden.', thread);
    expect(reply).toEqual([
      expect.objectContaining({ roomId: 'admin-room', text: 'Pat Support: Use eu1 for Sweden.' }),
    ]);

    const closed = await supportSays('close', thread);
    const toAdmin = closed.filter((m) => m.roomId === 'admin-room').map((m) => m.text);
    expect(toAdmin.join('\n')).toContain('Pat Support closed the handoff');
    expect(toAdmin.join('\n')).toContain(progressLabel('country'));
    expect(closed.find((m) => m.roomId === SUPPORT_ROOM)).toMatchObject({ parentId: thread });

    // Closed: a late reply goes nowhere.
    expect(await supportSays('one more thing', thread)).toEqual([]);
  });

  test('only a thread reply in the support space to an open handoff that mentions the bot counts', async () => {
    const thread = await handOff('admin-room-2');
    expect(await supportSays('no mention', thread, { mentionedPeople: [] })).toEqual([]);
    expect(await supportSays('another thread', 'some-other-message')).toEqual([]);
    expect(await supportSays('not in a thread', undefined as unknown as string)).toEqual([]);
    const elsewhere = await message('Setup Bot from another room', {
      roomId: 'another-room',
      roomType: 'group',
      personId: SUPPORT_PERSON,
      parentId: thread,
      mentionedPeople: [webex.botPerson.id],
    });
    expect(elsewhere.filter((m) => m.roomId === 'admin-room-2')).toEqual([]);
    // The admin ends it: the thread is told, and a reply after that is ignored.
    const back = await adminSays('continue setup', 'admin-room-2');
    expect(back.find((m) => m.roomId === SUPPORT_ROOM)).toMatchObject({ parentId: thread });
    expect(back.find((m) => m.roomId === 'admin-room-2')!.text).toContain('Back to the setup');
    expect(await supportSays('too late', thread)).toEqual([]);
  });

  test('a restart between the post and the reply: the reply still reaches the admin', async () => {
    const thread = await handOff('admin-room-3');
    await bot.close();
    bot = await startServer(env());
    const reply = await supportSays('Back after the restart.', thread);
    expect(reply).toEqual([
      expect.objectContaining({
        roomId: 'admin-room-3',
        text: 'Pat Support: Back after the restart.',
      }),
    ]);
  });

  test('an admin on a Bot Framework channel gets the reply as a proactive message', async () => {
    const admin = {
      serviceUrl: channel.serviceUrl,
      conversation: { id: 'emulator-admin' },
      from: { id: 'bf-admin', name: 'Bo Admin' },
    };
    for (const text of ['hello', 'partner', 'subscription'])
      await postActivity(bot.baseUrl, { ...admin, text });
    const before = webex.sent.length;
    const started = await postActivity(bot.baseUrl, {
      ...admin,
      text: 'talk to a person about the exception platform',
    });
    expect(started.activities.map((a) => a.text).join('\n')).toContain('A person will answer here');
    const post = webex.sent.slice(before).find((m) => m.roomId === SUPPORT_ROOM)!;
    expect(post.markdown).toContain('Bo Admin');
    expect(post.markdown).toContain('emulator');

    await supportSays('Hello Bo!', post.id);
    expect(channel.texts('emulator-admin')).toEqual(['Pat Support: Hello Bo!']);
  });
});

describe('handoff without a support space', () => {
  let bot: RunningServer;
  afterEach(() => bot.close());

  async function askForPerson(): Promise<string> {
    await postActivity(bot.baseUrl, { text: 'hello', conversation: { id: 'no-space' } });
    const reply = await postActivity(bot.baseUrl, {
      text: 'talk to a person',
      conversation: { id: 'no-space' },
    });
    return reply.activities.map((a) => a.text ?? '').join('\n');
  }

  test('HANDOFF_CONTACT only: the contact as it is', async () => {
    bot = await startServer({ HANDOFF_CONTACT: 'support@partner.example or +46 8 123 45 67' });
    expect(await askForPerson()).toContain('support@partner.example or +46 8 123 45 67');
  });

  test('a person is offered (not called) at an unsupported country and after two unanswered questions', async () => {
    bot = await startServer({ HANDOFF_CONTACT: 'support@partner.example' });
    const say = async (text: string) => {
      const reply = await postActivity(bot.baseUrl, { text, conversation: { id: 'offers' } });
      return reply.activities.map((a) => String(a.text ?? ''));
    };
    for (const text of ['hello', 'partner', 'trial']) await say(text);
    const sweden = await say('Sweden');
    expect(sweden.findIndex((t) => t.includes('does not cover'))).toBeLessThan(
      sweden.findIndex((t) => t.includes('Would a person help?')),
    );
    // ... and before the question asked again.
    const offer = sweden.findIndex((t) => t.includes('Would a person help?'));
    expect(sweden[offer + 1]).toContain(progressLabel('country'));

    expect((await say('what is the airspeed of a swallow?')).join('\n')).not.toContain(
      'Would a person help?',
    );
    const second = await say('who won the football cup in 1958?');
    expect(second.join('\n')).toContain('Would a person help?');
    expect(second.join('\n')).not.toContain('support@partner.example');
    // An answered question resets the count.
    await say('can I change the country later?');
    expect((await say('what is the airspeed of a swallow?')).join('\n')).not.toContain(
      'Would a person help?',
    );
  });

  test('nothing configured: says so, with the plan to share', async () => {
    bot = await startServer({});
    const text = await askForPerson();
    expect(text).toContain('no support contact is configured');
    expect(text).toContain("You haven't answered any question yet");
  });
});
