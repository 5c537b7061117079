import { WebexClient } from '../../channels/webex/webexClient';
import { REQUIRED_WEBHOOKS, registerWebhooks } from '../../channels/webex/webhookRegistration';
import { FakeWebex } from '../support/fakeWebex';

describe('npm run webex:webhooks', () => {
  const webex = new FakeWebex();
  beforeAll(() => webex.start());
  afterAll(() => webex.stop());

  test('creates exactly the two webhooks, updates them by name on a second run, and leaves others alone', async () => {
    const client = new WebexClient({ token: 'test-token', baseUrl: webex.baseUrl });
    webex.webhooks.push({
      id: 'other',
      name: 'someone else',
      targetUrl: 'https://elsewhere',
      resource: 'rooms',
      event: 'created',
    });

    const first = await registerWebhooks(client, 'https://bot.example/api/webex', 'secret-1');
    expect(first.map((r) => r.action)).toEqual(['created', 'created']);
    const second = await registerWebhooks(client, 'https://bot2.example/api/webex', 'secret-1');
    expect(second.map((r) => r.action)).toEqual(['updated', 'updated']);

    expect(webex.webhooks).toHaveLength(3);
    expect(webex.webhooks.find((w) => w.id === 'other')).toMatchObject({
      targetUrl: 'https://elsewhere',
    });
    for (const wanted of REQUIRED_WEBHOOKS) {
      expect(webex.webhooks.find((w) => w.name === wanted.name)).toMatchObject({
        resource: wanted.resource,
        event: 'created',
        targetUrl: 'https://bot2.example/api/webex',
      });
    }
  });
});
