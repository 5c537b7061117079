import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCENARIOS } from '../../bench/scenarios';
import { runFuzz } from '../../scripts/fuzz/fuzzer';
import { FakeWebex } from '../support/fakeWebex';
import { postPastNewSteps, startServer } from '../support/server';

const CHANNELS = ['emulator', 'msteams', 'webex', 'test', 'directline', 'webchat', 'unknown'];

describe('hostile and broken input against the real server (seeded, bounded)', () => {
  test('2,000 random requests: no 5xx, no unhandled rejection, state still loads, a normal setup still completes', async () => {
    const webex = new FakeWebex();
    await webex.start();
    const server = await startServer({
      STATE_STORE: 'sqlite',
      STATE_DB: join(mkdtempSync(join(tmpdir(), 'fuzz-')), 'state.sqlite'),
      WEBEX_BOT_TOKEN: 'test-token',
      WEBEX_WEBHOOK_SECRET: 'fuzz-secret',
      WEBEX_API_BASE_URL: webex.baseUrl,
      RATE_LIMIT_CONVERSATION_PER_MINUTE: '0',
      RATE_LIMIT_CLIENT_PER_MINUTE: '0',
    });
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      const result = await runFuzz({
        baseUrl: server.baseUrl,
        cases: 2000,
        seed: 20261124,
        webexSecret: 'fuzz-secret',
      });
      expect(result.serverErrors).toEqual([]);
      expect(result.cases).toBe(2000);
      expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);

      const keys = CHANNELS.flatMap((c) =>
        Array.from({ length: 30 }, (_, conv) =>
          Array.from(
            { length: 5 },
            (_, user) => `${c}/conversations/fuzz-conv-${conv}/users/fuzz-user-${user}/`,
          ),
        ).flat(),
      );
      const stored = await server.parts.stores.storage.read(keys);
      expect(Object.keys(stored).length).toBeGreaterThan(0);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();

      const conversation = { id: 'after-fuzz' };
      let last: Record<string, unknown>[] = [];
      for (const answer of SCENARIOS[0]!.answers) {
        const text = answer.replace('{sub}', 'afterfuzz');
        last = (await postPastNewSteps(server.baseUrl, { text, conversation })).activities;
      }
      expect(last.some((a) => a.name === 'setupCompleted')).toBe(true);
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
      await server.close();
      await webex.stop();
    }
  }, 60_000);
});
