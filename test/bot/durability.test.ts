import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatSetups } from '../../server/setupsCli';
import { postActivity, postPastNewSteps, startServer } from '../support/server';

const ANSWERS = ['partner', 'subscription', 'Japan', 'yes', 'standard', 'webex calling'];

/** The texts of the reply's messages, with the text fallback of any card they carry. */
function lastText(activities: Record<string, unknown>[]): string {
  return activities
    .filter((a) => a.type === 'message')
    .map((a) => {
      const cards = (a.attachments ?? []) as { content?: { fallbackText?: string } }[];
      return [String(a.text), ...cards.map((c) => c.content?.fallbackText ?? '')].join('\n');
    })
    .join('\n');
}

describe('the SQLite store (the default)', () => {
  test('a conversation continues at its step after the server restarts', async () => {
    const env = {
      STATE_STORE: 'sqlite',
      STATE_DB: join(mkdtempSync(join(tmpdir(), 'state-')), 'state.sqlite'),
    };
    const conversation = { id: 'restart' };
    const first = await startServer(env);
    for (const text of ANSWERS.slice(0, 4))
      await postPastNewSteps(first.baseUrl, { text, conversation });
    await first.close();

    const second = await startServer(env);
    const next = await postActivity(second.baseUrl, { text: 'standard', conversation });
    expect(lastText(next.activities)).toContain('Which telephony option');
    await postPastNewSteps(second.baseUrl, { text: 'webex calling', conversation });
    await postActivity(second.baseUrl, { text: 'restartacme', conversation });
    const done = await postActivity(second.baseUrl, { text: 'finish', conversation });
    expect(done.activities.some((a) => a.name === 'setupCompleted')).toBe(true);
    const setups = await second.parts.stores.setups.list();
    expect(
      setups.map((s) => [s.plan.subdomain, s.finishedBy.userId, s.finishedBy.channelId]),
    ).toEqual([['restartacme', 'http-admin', 'emulator']]);
    await second.close();
  });
});

describe('two turns of one conversation at once', () => {
  test('a Finish sent twice at the same moment completes the setup once', async () => {
    const server = await startServer();
    const conversation = { id: 'double-finish' };
    for (const text of [...ANSWERS, 'doubleacme'])
      await postPastNewSteps(server.baseUrl, { text, conversation });
    const [a, b] = await Promise.all([
      postActivity(server.baseUrl, { text: 'finish', conversation }),
      postActivity(server.baseUrl, { text: 'finish', conversation }),
    ]);
    const events = [...a.activities, ...b.activities].filter((x) => x.name === 'setupCompleted');
    expect(events).toHaveLength(1);
    expect(await server.parts.stores.setups.list()).toHaveLength(1);
    await server.close();
  });

  test('a message delivered twice (same activity id) is answered once', async () => {
    const server = await startServer();
    const conversation = { id: 'redelivered' };
    await postActivity(server.baseUrl, { text: 'hello', conversation });
    const first = await postActivity(server.baseUrl, {
      text: 'partner',
      conversation,
      id: 'same-id',
    });
    const again = await postActivity(server.baseUrl, {
      text: 'partner',
      conversation,
      id: 'same-id',
    });
    expect(lastText(first.activities)).toContain('trial or a subscription');
    expect(again.activities.filter((a) => a.type === 'message')).toEqual([]);
    await server.close();
  });
});

describe("an organization's subdomain check service", () => {
  let service: Server;
  let url = '';
  let answer: (subdomain: string) => [number, unknown] = () => [200, { available: true }];

  beforeAll(async () => {
    service = createServer((req, res) => {
      const subdomain = new URL(req.url ?? '', 'http://x').searchParams.get('subdomain') ?? '';
      const [status, body] = answer(subdomain);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(service.address() as { port: number }).port}/check`;
  });
  afterAll(() => {
    service.closeAllConnections();
    return new Promise((resolve) => service.close(resolve));
  });

  test('a name the service reports as taken gets alternatives; a failing service gets "try again"', async () => {
    const server = await startServer({
      SUBDOMAIN_CHECK_URL: url,
      SUBDOMAIN_CHECK_TIMEOUT_MS: '1000',
    });
    const conversation = { id: 'check-service' };
    for (const text of ANSWERS) await postPastNewSteps(server.baseUrl, { text, conversation });
    answer = (s) => [200, { available: s !== 'takenremote' }];
    expect(
      lastText(
        (await postActivity(server.baseUrl, { text: 'takenremote', conversation })).activities,
      ),
    ).toContain('already in use');
    answer = () => [500, { error: 'down' }];
    expect(
      lastText(
        (await postActivity(server.baseUrl, { text: 'othername', conversation })).activities,
      ),
    ).toContain("couldn't check");
    answer = () => [200, { available: true }];
    expect(
      lastText(
        (await postActivity(server.baseUrl, { text: 'othername', conversation })).activities,
      ),
    ).toContain('Subdomain: othername');
    await server.close();
  });
});

describe('npm run setups', () => {
  const setup = (subdomain: string, completedAt: string) => ({
    plan: {
      id: subdomain,
      role: 'partner' as const,
      orderType: 'trial' as const,
      pstnAddOn: false,
      country: 'JP',
      region: 'apjc' as const,
      dataCenter: 'jp1' as const,
      dataCenterAssumed: false,
      platform: 'standard' as const,
      telephony: 'webex-calling' as const,
      subdomain,
      locale: 'en' as const,
      completedAt,
    },
    finishedBy: { channelId: 'msteams', userId: 'u1', userName: 'Ada', conversationId: 'c1' },
  });

  test('formats as a table, JSON and CSV', () => {
    const setups = [
      setup('newer', '2026-11-24T10:00:00.000Z'),
      setup('=cmd', '2026-11-23T10:00:00.000Z'),
    ];
    const table = formatSetups(setups, 'table').split('\n');
    expect(table[0]).toMatch(/^completedAt\s+subdomain\s+country/);
    expect(table[1]).toContain('newer');
    expect(JSON.parse(formatSetups(setups, 'json'))).toEqual(setups);
    const csv = formatSetups(setups, 'csv').split('\n');
    expect(csv[2]).toContain("'=cmd");
    expect(formatSetups([], 'table')).toBe('No completed setups yet.');
  });
});

describe('F8: two instances on one SQLite file, one conversation at once', () => {
  test('the turn that loses the race shows nothing of its own, only "send it again"', async () => {
    const env = {
      STATE_STORE: 'sqlite',
      STATE_DB: join(mkdtempSync(join(tmpdir(), 'state-')), 'state.sqlite'),
    };
    const servers = [await startServer(env), await startServer(env)];
    const conversation = { id: 'two-instances' };
    try {
      await postActivity(servers[0]!.baseUrl, { text: 'hello', conversation });
      // Both turns have read the conversation before either writes it.
      let arrived = 0;
      let bothArrived: () => void = () => undefined;
      const barrier = new Promise<void>((resolve) => (bothArrived = resolve));
      for (const { parts } of servers) {
        const { storage } = parts.stores;
        const write = storage.write.bind(storage);
        storage.write = async (changes) => {
          if (Object.keys(changes).some((key) => key.includes('/conversations/'))) {
            if (++arrived === 2) bothArrived();
            await barrier;
          }
          return write(changes);
        };
      }
      const replies = await Promise.all([
        postActivity(servers[0]!.baseUrl, { text: 'partner', conversation }),
        postActivity(servers[1]!.baseUrl, { text: 'customer', conversation }),
      ]);
      const texts = replies.map((reply) => lastText(reply.activities));
      const lost = texts.filter((text) => text.includes('still working on your previous message'));
      expect(lost).toHaveLength(1);
      expect(lost[0]).not.toContain('trial or a subscription');
      expect(texts.filter((text) => text.includes('trial or a subscription'))).toHaveLength(1);
    } finally {
      for (const server of servers) await server.close();
    }
  });
});
