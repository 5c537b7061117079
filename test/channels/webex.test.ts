import { splitByBytes } from '../../channels/webex/webexMessages';
import { FakeWebex } from '../support/fakeWebex';
import { startServer, type RunningServer } from '../support/server';
import { messageWebhook, postWebhook, WEBHOOK_SECRET } from '../support/webexWebhooks';
import { newStepAskedIn } from '../support/stepRegistry';
import { stepModule } from '../../dialogs/steps/registry';

describe('the Webex channel against a fake Webex API', () => {
  const webex = new FakeWebex();
  let bot: RunningServer;

  beforeAll(async () => {
    await webex.start();
    bot = await startServer({
      WEBEX_BOT_TOKEN: 'test-token',
      WEBEX_WEBHOOK_SECRET: WEBHOOK_SECRET,
      WEBEX_API_BASE_URL: webex.baseUrl,
      DEFAULT_LOCALE: 'en',
    });
  });
  // bot is unset when beforeAll failed before starting it.
  afterAll(async () => {
    try {
      await bot?.close();
    } finally {
      await webex.stop();
    }
  });

  async function deliver(payload: unknown, signature?: string | null): Promise<number> {
    const raw = JSON.stringify(payload);
    const response = await (signature === undefined
      ? postWebhook(bot.baseUrl, raw)
      : postWebhook(bot.baseUrl, raw, signature));
    return response.status;
  }

  async function userSays(
    text: string,
    room = 'room-1',
    roomType: 'direct' | 'group' = 'direct',
    personId = 'admin-person',
  ) {
    const id = webex.addMessage({
      roomId: room,
      roomType,
      personId,
      personEmail: 'admin@example.com',
      text,
    });
    const before = webex.sent.length;
    expect(
      await deliver({
        ...messageWebhook(id, personId, room),
        data: { id, roomId: room, personId, roomType },
      }),
    ).toBe(200);
    return webex.sent.slice(before);
  }

  test('a whole setup conversation, with a card submit', async () => {
    const room = 'room-whole';
    const first = await userSays('hello', room);
    expect(first.at(-1)!.text).toContain('partner administrator or');
    expect(first.at(-1)!.attachments?.[0]?.contentType).toBe(
      'application/vnd.microsoft.card.adaptive',
    );
    expect((first.at(-1)!.attachments![0]!.content as { version: string }).version).toBe('1.3');

    const submitId = webex.addSubmit(room, 'admin-person', { choice: 'partner' });
    const before = webex.sent.length;
    expect(
      await deliver({
        resource: 'attachmentActions',
        event: 'created',
        data: { id: submitId, roomId: room, personId: 'admin-person' },
      }),
    ).toBe(200);
    expect(webex.sent.slice(before).at(-1)!.text).toContain('trial or a subscription');

    for (const answer of [
      'subscription',
      'Japan',
      'yes',
      'standard',
      'webex calling',
      'webexacme',
    ]) {
      let said = await userSays(answer, room);
      // A step added since this test was written: its example.
      for (let step; (step = newStepAskedIn(said.at(-1)?.text ?? ''));)
        said = await userSays(stepModule(step).example, room);
    }
    const done = await userSays('finish', room);
    expect(done.map((m) => m.text).join('\n')).toContain('Contact Center > Settings');
  });

  test('a missing or wrong signature gets 401 and runs nothing', async () => {
    const id = webex.addMessage({
      roomId: 'room-sig',
      roomType: 'direct',
      personId: 'admin-person',
      personEmail: 'a@example.com',
      text: 'hello',
    });
    const before = webex.sent.length;
    expect(await deliver(messageWebhook(id, 'admin-person', 'room-sig'), null)).toBe(401);
    expect(await deliver(messageWebhook(id, 'admin-person', 'room-sig'), 'f'.repeat(40))).toBe(401);
    expect(await deliver(messageWebhook(id, 'admin-person', 'room-sig'), 'not-hex')).toBe(401);
    expect(webex.sent.length).toBe(before);
  });

  test("the bot's own message is ignored", async () => {
    const id = webex.addMessage({
      roomId: 'room-own',
      roomType: 'direct',
      personId: webex.botPerson.id,
      personEmail: 'bot@webex.bot',
      text: 'hello',
    });
    const before = webex.sent.length;
    expect(await deliver(messageWebhook(id, webex.botPerson.id, 'room-own'))).toBe(200);
    expect(webex.sent.length).toBe(before);
  });

  test('a webhook delivered twice is handled once', async () => {
    const id = webex.addMessage({
      roomId: 'room-dup',
      roomType: 'direct',
      personId: 'admin-person',
      personEmail: 'a@example.com',
      text: 'hello',
    });
    const before = webex.sent.length;
    await deliver(messageWebhook(id, 'admin-person', 'room-dup'));
    const afterFirst = webex.sent.length;
    await deliver(messageWebhook(id, 'admin-person', 'room-dup'));
    expect(afterFirst).toBeGreaterThan(before);
    expect(webex.sent.length).toBe(afterFirst);
  });

  test('a 429 is retried after Retry-After', async () => {
    webex.throttleNext = 2;
    const sent = await userSays('hello', 'room-429');
    expect(sent.at(-1)!.text).toContain('partner administrator or');
    expect(webex.throttleNext).toBe(0);
  });

  test("the bot's mention is stripped in a group space", async () => {
    await userSays('Setup Bot hello', 'room-group', 'group');
    const sent = await userSays('Setup Bot partner', 'room-group', 'group');
    expect(sent.at(-1)!.text).toContain('trial or a subscription');
  });

  test('a malformed webhook body gets 400', async () => {
    expect(await deliver({ resource: 'rooms', data: {} })).toBe(400);
    const response = await postWebhook(bot.baseUrl, '{not json');
    expect(response.status).toBe(400);
  });
});

describe('long replies are split for Webex', () => {
  test('every part fits in 7,439 bytes and nothing is lost', () => {
    const line = 'Konfigurera röstkanalen för Röst-POP-brygga och testa samtal. ';
    const text = Array.from({ length: 400 }, (_, i) => `${i} ${line}`).join('\n');
    const parts = splitByBytes(text, 7439);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(7439);
    expect(parts.join('\n')).toBe(text);
  });

  test('one overlong line is split between characters, never inside one', () => {
    const text = 'å'.repeat(5000);
    const parts = splitByBytes(text, 7439);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(7439);
    expect(parts.join('')).toBe(text);
  });
});
