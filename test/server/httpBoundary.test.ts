import { connect, type Socket } from 'node:net';
import { rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import { RejectedRequests } from '../../channels/rejectedRequests';
import { closeHttpServer, createHttpServer, listen } from '../../server/httpServer';
import { createLogger } from '../../server/logger';
import { defaultSqliteDriver } from '../../state/sqliteDriver';
import { FakeWebex } from '../support/fakeWebex';
import { postActivity, postPastNewSteps, startServer } from '../support/server';
import { messageWebhook, postWebhook } from '../support/webexWebhooks';
import { tempSqliteFile } from '../state/tempSqliteFile';

function logSink() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, log: createLogger('info', sink) };
}

const post = (url: string, body: string, contentType = 'application/json') =>
  fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });

describe('F1: one error boundary for HTTP', () => {
  test.each([
    ['/api/messages', ''],
    ['/api/messages', '  \n\t '],
    ['/api/webex', ''],
    ['/api/webex', '   '],
  ])('%s with the body %j gets 400 "empty body"', async (path, body) => {
    const server = await startServer({ WEBEX_BOT_TOKEN: 'test-token' });
    try {
      const response = await post(`${server.baseUrl}${path}`, body);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'empty body' });
    } finally {
      await server.close();
    }
  });

  test('an error no route maps is a generic 500 with a request id, and an error line with status and stack', async () => {
    const { lines, log } = logSink();
    const server = createHttpServer({
      log,
      routes: [
        {
          method: 'post',
          path: '/boom',
          handlers: [
            async () => {
              throw new TypeError("Cannot read properties of undefined (reading 'secretField')");
            },
          ],
        },
      ],
    });
    const port = await listen(server, 0, '127.0.0.1');
    try {
      const response = await post(`http://127.0.0.1:${port}/boom`, '{}');
      expect(response.status).toBe(500);
      const body = (await response.json()) as { error: string; requestId: string };
      expect(body).toEqual({ error: 'internal', requestId: expect.any(String) });
      expect(body.requestId.length).toBeGreaterThan(8);
      const failed = lines.find((line) => line.msg === 'request failed')!;
      expect(failed).toMatchObject({ level: 50, status: 500, requestId: body.requestId });
      expect(JSON.stringify(failed.err)).toContain('at ');
    } finally {
      await closeHttpServer(server);
    }
  });
});

describe('F11: the activity check covers the lists the bot reads', () => {
  test.each([
    { type: 'conversationUpdate', membersAdded: 'x' },
    { type: 'conversationUpdate', membersAdded: [null] },
    { type: 'conversationUpdate', membersAdded: [{}] },
    { type: 'message', text: 'hi', entities: 'x' },
    { type: 'message', text: 'hi', entities: [7] },
    { type: 'message', text: 'hi', attachments: 'x' },
    { type: 'message', text: 'hi', attachments: [null] },
  ])('%j gets 400, not a crashed turn', async (fields) => {
    const server = await startServer();
    try {
      const reply = await postActivity(server.baseUrl, fields);
      expect(reply.status).toBe(400);
    } finally {
      await server.close();
    }
  });
});

describe('F12: Webex API answers', () => {
  const webex = new FakeWebex();
  beforeAll(() => webex.start());
  afterAll(() => webex.stop());

  test('a 404 for the message a webhook names is 200 ignored; a 5xx is 502 (Webex retries)', async () => {
    const server = await startServer({
      WEBEX_BOT_TOKEN: 'test-token',
      WEBEX_API_BASE_URL: webex.baseUrl,
    });
    try {
      const gone = await postWebhook(
        server.baseUrl,
        JSON.stringify(messageWebhook('no-such-message')),
        null,
      );
      expect(gone.status).toBe(200);
      expect(await gone.json()).toEqual({ outcome: 'ignored' });

      const id = webex.addMessage({
        roomId: 'room-1',
        roomType: 'direct',
        personId: 'admin-person',
        personEmail: 'admin@example.com',
        text: 'hello',
      });
      webex.failNextGets = 1;
      const failing = await postWebhook(server.baseUrl, JSON.stringify(messageWebhook(id)), null);
      expect(failing.status).toBe(502);
    } finally {
      await server.close();
    }
  });
});

describe('F4/F5: /healthz tests the write path of the SQLite file', () => {
  let file: ReturnType<typeof tempSqliteFile>;
  beforeEach(() => (file = tempSqliteFile()));
  afterEach(() => file.remove());

  test('the file deleted while running: /healthz 503 and the admin is told to try again', async () => {
    const server = await startServer({ STATE_STORE: 'sqlite', STATE_DB: file.path });
    try {
      expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file.path}${suffix}`, { force: true });
      const health = await fetch(`${server.baseUrl}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ status: 'degraded', store: 'unavailable' });
      const reply = await postActivity(server.baseUrl, { text: 'hello' });
      const texts = reply.activities.map((a) => String(a.text)).join('\n');
      expect(texts).toContain('temporarily unavailable');
    } finally {
      await server.close();
    }
  });

  test('a write lock held by another process: /healthz answers degraded within 100 ms', async () => {
    const server = await startServer({ STATE_STORE: 'sqlite', STATE_DB: file.path });
    const locker = defaultSqliteDriver().open(file.path);
    try {
      locker.exec('BEGIN IMMEDIATE');
      const started = performance.now();
      const health = await fetch(`${server.baseUrl}/healthz`);
      const ms = performance.now() - started;
      expect(health.status).toBe(503);
      expect(ms).toBeLessThan(100);
      locker.exec('ROLLBACK');
      expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    } finally {
      locker.close();
      await server.close();
    }
  });
});

describe('F6: slow clients', () => {
  test('headers within 10 s, the whole request within 30 s', async () => {
    const server = await startServer();
    try {
      expect(server.server.server.headersTimeout).toBe(10_000);
      expect(server.server.server.requestTimeout).toBe(30_000);
    } finally {
      await server.close();
    }
  });

  test('an address holding more open connections than allowed has the next one closed', async () => {
    const server = await startServer({ MAX_CONNECTIONS_PER_ADDRESS: '2' });
    const { port } = new URL(server.baseUrl);
    const sockets: Socket[] = [];
    const open = () =>
      new Promise<Socket>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => resolve(socket));
        sockets.push(socket);
      });
    const closed = (socket: Socket) =>
      new Promise<boolean>((resolve) => {
        socket.once('close', () => resolve(true));
        setTimeout(() => resolve(false), 300);
      });
    try {
      const [first, second] = [await open(), await open()];
      const third = await open();
      expect(await closed(third)).toBe(true);
      expect(await closed(first)).toBe(false);
      second.destroy();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const fourth = await open();
      expect(await closed(fourth)).toBe(false);
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await server.close();
    }
  });

  test('a request still in flight cannot hold a shutdown open past the grace period', async () => {
    let received!: () => void;
    const inFlight = new Promise<void>((resolve) => (received = resolve));
    // A route that never answers, like a turn stuck on a store that does not reply.
    const stuck = {
      method: 'post' as const,
      path: '/stuck',
      handlers: [
        async () => {
          received();
          await new Promise<never>(() => {});
        },
      ],
    };
    const server = createHttpServer({ routes: [stuck], log: createLogger('silent') });
    const port = await listen(server, 0, '127.0.0.1');
    const request = fetch(`http://127.0.0.1:${port}/stuck`, { method: 'POST', body: '{}' }).then(
      () => 'answered',
      () => 'cut',
    );
    try {
      await inFlight;
      const started = performance.now();
      await closeHttpServer(server, 200);
      expect(performance.now() - started).toBeLessThan(2000);
      expect(await request).toBe('cut');
    } finally {
      await closeHttpServer(server, 0);
    }
  });
});

describe('F10: rejected requests are counted and logged sampled', () => {
  test('the first of a reason at once, then at most one line a minute with the count since', () => {
    const { lines, log } = logSink();
    let now = 0;
    const counted: string[] = [];
    const rejected = new RejectedRequests(log, {
      now: () => now,
      count: ({ route, reason, status }) => counted.push(`${route} ${reason} ${status}`),
    });
    for (let i = 0; i < 1000; i++) rejected.reject('/api/messages', 'forged', 401);
    rejected.reject('/api/messages', 'rate limited', 429);
    now = 61_000;
    rejected.reject('/api/messages', 'forged', 401);
    expect(counted).toHaveLength(1002);
    expect(lines.map((line) => [line.reason, line.count])).toEqual([
      ['forged', 1],
      ['rate limited', 1],
      ['forged', 1000],
    ]);
  });
});

describe('F9: a failed turn is logged with the active dialog id only', () => {
  test('the line names the dialog; the stack, answers and typed subdomain stay out', async () => {
    const { lines, log } = logSink();
    const server = await startServer({ DEFAULT_LOCALE: 'en' }, log);
    const conversation = { id: 'f9' };
    try {
      for (const text of ['partner', 'subscription', 'Japan', 'yes', 'standard', 'webex calling'])
        await postPastNewSteps(server.baseUrl, { text, conversation });
      server.parts.stores.directory.hold = () => Promise.reject(new Error('directory down'));
      await postActivity(server.baseUrl, { text: 'bluebirdsecret', conversation });
    } finally {
      await server.close();
    }
    const failed = lines.filter((line) => line.msg === 'turn failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ activeDialog: expect.any(String), level: 50 });
    expect(JSON.stringify(failed[0])).toContain('directory down');
    expect(JSON.stringify(failed[0])).not.toMatch(/bluebirdsecret|webex-calling|"JP"/);
  });
});
