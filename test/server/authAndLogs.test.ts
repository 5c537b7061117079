import { Writable } from 'node:stream';
import { loadConfig } from '../../server/config';
import { createLogger } from '../../server/logger';
import { postActivity, startServer } from '../support/server';

describe('Bot Framework authentication', () => {
  test('with MicrosoftAppId set, a request without a valid token gets 401 and runs nothing', async () => {
    const server = await startServer({
      MicrosoftAppId: '8f0e5a4c-1b2d-4c3e-9f8a-0123456789ab',
      MicrosoftAppPassword: 'not-a-real-secret',
    });
    try {
      const conversation = { id: 'unauthenticated' };
      const without = await postActivity(server.baseUrl, { text: 'partner', conversation });
      expect(without.status).toBe(401);
      expect(
        await server.parts.stores.storage.read([
          'emulator/conversations/unauthenticated/users/http-admin/',
        ]),
      ).toEqual({});
    } finally {
      await server.close();
    }
  });

  test.each([
    [{ MicrosoftAppId: 'app' }, 'MicrosoftAppPassword: is required when MicrosoftAppId is set'],
    [
      { MicrosoftAppId: 'app', MicrosoftAppPassword: 'p', MicrosoftAppType: 'SingleTenant' },
      'MicrosoftAppTenantId: is required when MicrosoftAppType is SingleTenant',
    ],
    [{ PORT: 'eighty' }, 'PORT (got "eighty")'],
    [{ STATE_STORE: 'mongo' }, 'STATE_STORE (got "mongo")'],
    [{ STATE_STORE: 'redis' }, 'REDIS_URL: is required when STATE_STORE is redis'],
    [{ DEFAULT_LOCALE: 'de' }, 'DEFAULT_LOCALE (got "de")'],
  ])(
    'incomplete or bad settings stop the start with a message naming the variable: %j',
    (env, message) => {
      expect(() => loadConfig(env)).toThrow(message);
    },
  );

  test('a password is never echoed in a configuration error', () => {
    expect(() => loadConfig({ MicrosoftAppPassword: 'hunter2', PORT: 'x' })).toThrow(
      /^(?![\s\S]*hunter2)/,
    );
  });
});

test('(control) the same storage key does hold a conversation that was let in', async () => {
  const server = await startServer();
  try {
    await postActivity(server.baseUrl, {
      text: 'partner',
      conversation: { id: 'unauthenticated' },
    });
    const stored = await server.parts.stores.storage.read([
      'emulator/conversations/unauthenticated/users/http-admin/',
    ]);
    expect(Object.keys(stored)).toHaveLength(1);
  } finally {
    await server.close();
  }
});

describe('logs', () => {
  test('one JSON line per turn with conversation, channel, step, duration and outcome; no typed text or secrets', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const server = await startServer(
      { WEBEX_WEBHOOK_SECRET: 'super-secret-value' },
      createLogger('info', sink),
    );
    try {
      const conversation = { id: 'logged' };
      for (const text of ['hello', 'partner', 'trial', 'My secret project Bluebird in Japan']) {
        await postActivity(server.baseUrl, { text, conversation });
      }
    } finally {
      await server.close();
    }
    const turns = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'turn');
    expect(turns).toHaveLength(4);
    expect(turns[3]).toMatchObject({
      conversationId: 'logged',
      channelId: 'emulator',
      outcome: 'ok',
      step: 'country',
    });
    expect(typeof turns[3]!.durationMs).toBe('number');
    const all = lines.join('\n');
    expect(all).not.toContain('Bluebird');
    expect(all).not.toContain('super-secret-value');
  });
});
