import { Writable } from 'node:stream';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { listen } from '../../server/httpServer';
import { createLogger, routeConsoleToLog } from '../../server/logger';
import { OpenIdFixture, TEST_ISSUER } from './openIdFixture';

const APP_ID = '8f0e5a4c-1b2d-4c3e-9f8a-0123456789ab';
const SERVICE_URL = 'http://127.0.0.1:9/';

/** The real server with auth on, trusting tokens from the local OpenID endpoint. */
async function startAuthServer(metadataUrl: string, env: NodeJS.ProcessEnv = {}) {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const config = loadConfig({
    STATE_STORE: 'memory',
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-a-real-secret',
    ...env,
  });
  const app = createApp(config, createLogger('info', sink), {
    botFrameworkEndpoints: {
      ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: metadataUrl,
      ToBotFromChannelTokenIssuer: TEST_ISSUER,
    },
  });
  const port = await listen(app.server, 0, '127.0.0.1');
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    lines,
    parts: app.parts,
    close: app.close,
  };
}

function activity(conversationId: string, text = 'hello') {
  return {
    type: 'message',
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    conversation: { id: conversationId },
    from: { id: 'admin' },
    recipient: { id: 'bot' },
    deliveryMode: 'expectReplies',
    text,
  };
}

async function post(baseUrl: string, body: unknown, token?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('Bot Framework tokens, checked against a local OpenID metadata endpoint', () => {
  const openId = new OpenIdFixture();
  beforeAll(() => openId.start());
  afterAll(() => openId.stop());

  test('a token signed by the test key is let in', async () => {
    const server = await startAuthServer(openId.metadataUrl);
    try {
      const reply = await post(
        server.baseUrl,
        activity('signed'),
        openId.token(APP_ID, SERVICE_URL),
      );
      expect(reply.status).toBe(200);
      expect(server.lines.join('\n')).not.toContain('not authenticated');
      expect(reply.text).toContain('activities');
    } finally {
      await server.close();
    }
  });

  test('forged and invalid tokens get 401 without error text, one JSON log line each', async () => {
    const server = await startAuthServer(openId.metadataUrl);
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: TEST_ISSUER, aud: APP_ID, serviceurl: SERVICE_URL, exp: now + 3600 };
    const publicPem = openId.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const valid = openId.token(APP_ID, SERVICE_URL);
    const forged: Record<string, string> = {
      'alg none': openId.sign({ alg: 'none', typ: 'JWT' }, claims),
      'HS256 with a made-up key': openId.sign(
        { alg: 'HS256', typ: 'JWT', kid: openId.keyId },
        claims,
        'made-up',
      ),
      'HS256 with the RSA public key as secret': openId.sign(
        { alg: 'HS256', typ: 'JWT', kid: openId.keyId },
        claims,
        publicPem,
      ),
      'bad RS256 signature': `${valid.slice(0, valid.lastIndexOf('.'))}.${'A'.repeat(342)}`,
      'nbf in the future': openId.token(APP_ID, SERVICE_URL, { nbf: now + 3600 }),
      expired: openId.token(APP_ID, SERVICE_URL, { exp: now - 3600, nbf: now - 7200 }),
      'another app': openId.token('someone-else', SERVICE_URL),
      'not a token': 'x.y.z',
    };
    // botbuilder prints some rejections with console.error; npm start routes that into the
    // log at debug level (routeConsoleToLog, tested below), so it is silenced here.
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const before = server.lines.length;
      for (const [name, token] of Object.entries(forged)) {
        const reply = await post(server.baseUrl, activity(`forged-${name}`), token);
        expect({ name, status: reply.status }).toEqual({ name, status: 401 });
        expect(JSON.parse(reply.text)).toEqual({ error: 'unauthorized' });
      }
      // F10: logged sampled, the first of a reason at once: one line, not one per request.
      const logged = server.lines.slice(before);
      expect(logged).toHaveLength(1);
      expect(JSON.parse(logged[0]!)).toMatchObject({
        msg: 'request rejected',
        route: '/api/messages',
        status: 401,
        count: 1,
      });
      for (const token of Object.values(forged)) expect(logged[0]).not.toContain(token);
    } finally {
      errors.mockRestore();
      await server.close();
    }
  });

  test('unreachable OpenID metadata: 503 with Retry-After, no error text', async () => {
    const closed = new OpenIdFixture();
    await closed.start();
    const url = closed.metadataUrl;
    await closed.stop();
    const server = await startAuthServer(url);
    try {
      const token = closed.token(APP_ID, SERVICE_URL);
      const reply = await post(server.baseUrl, activity('no-metadata'), token);
      expect(reply.status).toBe(503);
      expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(JSON.parse(reply.text)).toEqual({ error: 'authentication unavailable' });
    } finally {
      await server.close();
    }
  });

  test('only authenticated requests count toward the rate limits', async () => {
    const server = await startAuthServer(openId.metadataUrl, {
      RATE_LIMIT_CONVERSATION_PER_MINUTE: '3',
      RATE_LIMIT_CLIENT_PER_MINUTE: '5',
    });
    try {
      // Unsigned requests naming the conversation, and more of them than the client budget.
      for (let i = 0; i < 20; i++) {
        expect((await post(server.baseUrl, activity('victim'))).status).toBe(401);
      }
      const token = openId.token(APP_ID, SERVICE_URL);
      for (let i = 0; i < 3; i++) {
        expect((await post(server.baseUrl, activity('victim'), token)).status).toBe(200);
      }
      // The conversation's own budget still applies to signed traffic.
      expect((await post(server.baseUrl, activity('victim'), token)).status).toBe(429);
      expect((await post(server.baseUrl, activity('other'), token)).status).toBe(200);
      // And the client budget (5) counts signed requests only.
      expect((await post(server.baseUrl, activity('third'), token)).status).toBe(429);
    } finally {
      await server.close();
    }
  });
});

test('npm start turns library console output into one debug line of the log each', () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const saved = { ...console };
  try {
    routeConsoleToLog(createLogger('debug', sink));
    console.error(new Error('multi\nline'), 'Bearer abc.def.ghi');
    console.warn('warned');
  } finally {
    Object.assign(console, saved);
  }
  expect(lines).toHaveLength(2);
  expect(JSON.parse(lines[0]!)).toMatchObject({ level: 20, stream: 'error' });
  expect(lines[0]).not.toContain('abc.def.ghi');
});
