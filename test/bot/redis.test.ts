import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, redisServerOnPath } from '../state/redisServer';
import { describeWithRedis, uniqueKeyPrefix } from '../state/redisTestSupport';
import { postActivity, startServer } from '../support/server';

const ANSWERS = ['partner', 'subscription', 'Japan', 'yes', 'standard', 'webex calling'];
const MAIN = join(__dirname, '..', '..', 'dist', 'server', 'main.js');

/** Child processes started here and not yet exited: killed after each test, failed or not. */
const running = new Set<ChildProcess>();
function track(child: ChildProcess): ChildProcess {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}
afterEach(async () => {
  const children = [...running];
  for (const child of children) child.kill('SIGKILL'); // also ends a SIGSTOPped redis-server
  await Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve))));
});

function texts(activities: Record<string, unknown>[]): string {
  return activities
    .filter((a) => a.type === 'message')
    .map((a) => String(a.text))
    .join('\n');
}

async function startBotProcess(
  env: NodeJS.ProcessEnv,
): Promise<{ url: string; child: ChildProcess }> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first`);
  const port = await freePort();
  const child = track(
    spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        ...env,
        PORT: String(port),
        HOST: '127.0.0.1',
        OPERATOR_PORT: String(await freePort()),
        LOG_LEVEL: 'error',
      },
      stdio: 'ignore',
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('bot process did not become healthy');
}

describeWithRedis('several bot instances on one Redis', (redisUrl) => {
  test('two bot processes complete one conversation with turns alternating between them', async () => {
    const env = { STATE_STORE: 'redis', REDIS_URL: redisUrl, REDIS_KEY_PREFIX: uniqueKeyPrefix() };
    const [a, b] = await Promise.all([startBotProcess(env), startBotProcess(env)]);
    try {
      const conversation = { id: 'two-instances' };
      const urls = [a.url, b.url];
      const answers = [...ANSWERS, 'twoinstances', 'finish'];
      let last: Record<string, unknown>[] = [];
      for (const [i, text] of answers.entries()) {
        const reply = await postActivity(urls[i % 2]!, { text, conversation });
        expect(reply.status).toBe(200);
        last = reply.activities;
      }
      const event = last.find((x) => x.name === 'setupCompleted');
      // On failure, show what the last turn answered instead of the plan.
      expect({ event: !!event, last: event ? [] : last.map((x) => x.text) }).toEqual({
        event: true,
        last: [],
      });
      expect(event?.value).toMatchObject({
        country: 'JP',
        platform: 'standard',
        telephony: 'webex-calling',
        subdomain: 'twoinstances',
      });
    } finally {
      a.child.kill();
      b.child.kill();
      await Promise.all([exited(a.child), exited(b.child)]);
    }
  });
});

const describeWithRedisServer = redisServerOnPath() ? describe : describe.skip;
if (!redisServerOnPath())
  console.warn('Skipping the Redis outage test: redis-server is not on PATH');

describeWithRedisServer('Redis becomes unavailable mid-conversation', () => {
  test('the admin is told to try again, health is degraded, and the conversation resumes afterwards', async () => {
    const port = await freePort();
    const redis = track(
      spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        {
          stdio: 'ignore',
        },
      ),
    );
    for (let i = 0; i < 100 && !(await canConnect(port)); i++)
      await new Promise((r) => setTimeout(r, 50));
    const server = await startServer({
      STATE_STORE: 'redis',
      REDIS_URL: `redis://127.0.0.1:${port}`,
    });
    try {
      const conversation = { id: 'outage' };
      for (const text of ANSWERS.slice(0, 4))
        await postActivity(server.baseUrl, { text, conversation });

      redis.kill('SIGSTOP');
      const during = await postActivity(server.baseUrl, {
        text: 'standard',
        conversation,
        locale: 'sv-SE',
      });
      expect(during.status).toBe(200);
      expect(texts(during.activities)).toContain('tillfälligt otillgänglig');
      const health = await fetch(`${server.baseUrl}/healthz`);
      expect([health.status, await health.json()]).toEqual([
        503,
        { status: 'degraded', store: 'unavailable' },
      ]);

      redis.kill('SIGCONT');
      for (let i = 0; i < 50 && (await fetch(`${server.baseUrl}/healthz`)).status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const after = await postActivity(server.baseUrl, { text: 'standard', conversation });
      expect(texts(after.activities)).toContain('Which telephony option');
    } finally {
      redis.kill('SIGCONT');
      redis.kill('SIGKILL');
      await server.close();
      await exited(redis);
    }
  });
});

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function canConnect(port: number): Promise<boolean> {
  const { Socket } = await import('node:net');
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });
}
