import { Writable } from 'node:stream';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { listen } from '../../server/httpServer';
import { createLogger } from '../../server/logger';
import { runFuzz } from '../../scripts/fuzz/fuzzer';
import { OpenIdFixture, TEST_ISSUER } from '../server/openIdFixture';

const APP_ID = '8f0e5a4c-1b2d-4c3e-9f8a-0123456789ab';

/** Texts distinctive enough that finding one in a log line means it was logged. */
function distinctive(texts: string[]): string[] {
  return texts.filter((t) => /^[\x20-\x7e]{12,200}$/.test(t) && new Set(t).size > 4);
}

describe('the fuzz corpus leaves no token and no typed text in the logs', () => {
  const openId = new OpenIdFixture();
  beforeAll(() => openId.start());
  afterAll(() => openId.stop());

  test.each([
    ['auth off, a token sent anyway', false],
    ['auth on, a valid signed token', true],
  ])(
    '%s',
    async (_name, authOn) => {
      const lines: string[] = [];
      const sink = new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      });
      const config = loadConfig({
        STATE_STORE: 'memory',
        RATE_LIMIT_CONVERSATION_PER_MINUTE: '0',
        RATE_LIMIT_CLIENT_PER_MINUTE: '0',
        ...(authOn ? { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret' } : {}),
      });
      const app = createApp(config, createLogger('trace', sink), {
        botFrameworkEndpoints: {
          ToBotFromChannelOpenIdMetadataUrl: openId.metadataUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: openId.metadataUrl,
          ToBotFromChannelTokenIssuer: TEST_ISSUER,
        },
      });
      const port = await listen(app.server, 0, '127.0.0.1');
      const token = authOn ? openId.token(APP_ID, 'http://127.0.0.1:9/') : 'fake.token.Zq9XwV';
      const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
      const warnings = jest.spyOn(console, 'warn').mockImplementation(() => {});
      let sent: string[] = [];
      try {
        const result = await runFuzz({
          baseUrl: `http://127.0.0.1:${port}`,
          cases: 600,
          seed: 4242,
          authorization: `Bearer ${token}`,
        });
        expect(result.serverErrors).toEqual([]);
        expect(result.statuses[200] ?? 0).toBeGreaterThan(50);
        sent = result.texts;
      } finally {
        errors.mockRestore();
        warnings.mockRestore();
        await app.close();
      }
      // Ids are logged on purpose (the fuzz corpus sometimes sends a text as an id).
      const log = lines
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const fields = JSON.parse(line) as Record<string, unknown>;
          delete fields.channelId;
          delete fields.conversationId;
          return JSON.stringify(fields);
        })
        .join('\n');
      expect(log.length).toBeGreaterThan(0);
      expect(log).not.toContain(token);
      expect(log).not.toMatch(/Bearer/i);
      const texts = distinctive(sent);
      expect(texts.length).toBeGreaterThan(20);
      const logged = texts.filter(
        (text) => log.includes(text) || log.includes(JSON.stringify(text).slice(1, -1)),
      );
      expect(logged.map((text) => ({ text, line: lineWith(log, text) }))).toEqual([]);
    },
    60_000,
  );
});

function lineWith(log: string, text: string): string | undefined {
  const escaped = JSON.stringify(text).slice(1, -1);
  return log.split('\n').find((line) => line.includes(text) || line.includes(escaped));
}
