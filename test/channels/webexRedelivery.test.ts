import { FakeWebex } from '../support/fakeWebex';
import { startServer, type RunningServer } from '../support/server';
import { messageWebhook, postWebhook, WEBHOOK_SECRET } from '../support/webexWebhooks';

describe('a Webex webhook redelivered after a failure', () => {
  const webex = new FakeWebex();
  let bot: RunningServer;

  beforeAll(async () => {
    await webex.start();
    bot = await startServer({
      WEBEX_BOT_TOKEN: 'test-token',
      WEBEX_WEBHOOK_SECRET: WEBHOOK_SECRET,
      WEBEX_API_BASE_URL: webex.baseUrl,
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

  async function deliver(id: string) {
    const raw = JSON.stringify(messageWebhook(id, 'admin-person', 'room-retry'));
    const response = await postWebhook(bot.baseUrl, raw);
    return { status: response.status, body: (await response.json()) as { outcome?: string } };
  }

  test('is handled exactly once when GET /messages/{id} failed the first time', async () => {
    const id = webex.addMessage({
      roomId: 'room-retry',
      roomType: 'direct',
      personId: 'admin-person',
      personEmail: 'admin@example.com',
      text: 'hello',
    });
    webex.failNextGets = 1;
    expect((await deliver(id)).status).toBe(502);
    expect(webex.sent).toHaveLength(0);

    const retried = await deliver(id);
    expect(retried).toEqual({ status: 200, body: { outcome: 'processed' } });
    const answered = webex.sent.length;
    expect(answered).toBeGreaterThan(0);

    expect((await deliver(id)).body).toEqual({ outcome: 'duplicate' });
    expect(webex.sent).toHaveLength(answered);
  });

  test('two deliveries of one id at the same moment run one turn', async () => {
    const id = webex.addMessage({
      roomId: 'room-retry',
      roomType: 'direct',
      personId: 'admin-person',
      personEmail: 'admin@example.com',
      text: 'help',
    });
    const outcomes = await Promise.all([deliver(id), deliver(id)]);
    expect(outcomes.map((o) => o.body.outcome).sort()).toEqual(['duplicate', 'processed']);
  });
});
