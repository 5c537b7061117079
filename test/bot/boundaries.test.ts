import { postActivity, startServer, type RunningServer } from '../support/server';

describe('the HTTP boundary of /api/messages', () => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await startServer();
  });
  afterAll(() => running?.close());

  const post = (body: string, contentType = 'application/json') =>
    fetch(`${running.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    });

  test('a body over 256 KB gets 413', async () => {
    const response = await post(JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) }));
    expect(response.status).toBe(413);
  });

  test('malformed JSON gets 400', async () => {
    expect((await post('{"type": "message", ')).status).toBe(400);
  });

  test('a wrong content type gets 415', async () => {
    expect((await post('hello', 'text/plain')).status).toBe(415);
  });

  test.each([
    [
      'no conversation',
      { type: 'message', channelId: 'x', serviceUrl: 'http://127.0.0.1:9', from: { id: 'u' } },
    ],
    [
      'a text over 10,000 characters',
      {
        type: 'message',
        channelId: 'x',
        serviceUrl: 'http://127.0.0.1:9',
        from: { id: 'u' },
        conversation: { id: 'c' },
        text: 'x'.repeat(10_001),
      },
    ],
    ['an array', []],
    [
      'a number as the type',
      { type: 7, channelId: 'x', serviceUrl: 'u', from: { id: 'u' }, conversation: { id: 'c' } },
    ],
  ])('an activity with %s gets 400 without reaching the bot', async (_name, body) => {
    const response = await post(JSON.stringify(body));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid activity' });
  });

  test('every response carries security headers and no stack trace', async () => {
    const response = await post('{broken');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await response.text()).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('rate limits', () => {
  test('one conversation sending too fast gets 429 with Retry-After', async () => {
    const server = await startServer();
    try {
      const conversation = { id: 'too-fast' };
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 70; i++) {
        const response = await fetch(`${server.baseUrl}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            type: 'typing',
            channelId: 'emulator',
            serviceUrl: 'http://127.0.0.1:9/',
            from: { id: 'u' },
            conversation,
            deliveryMode: 'expectReplies',
          }),
        });
        statuses.push(response.status);
        if (response.status === 429) retryAfter = response.headers.get('retry-after');
      }
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      const other = await postActivity(server.baseUrl, {
        text: 'hello',
        conversation: { id: 'someone-else' },
      });
      expect(other.status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
