import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { listenAddress, loadConfig } from '../../server/config';

const ROOT = join(__dirname, '../..');

/** Started by runMain and not yet exited: killed after each test, so none outlives a failure. */
const running = new Set<ChildProcess>();
afterEach(async () => {
  const children = [...running];
  for (const child of children) child.kill('SIGKILL');
  await Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve))));
});

/** Runs `npm start`'s entry point (server/main.ts) until it prints `until` or exits. */
async function runMain(env: NodeJS.ProcessEnv, until?: RegExp) {
  // The operator listener (default 3979) on a port of its own: tests run side by side.
  const operatorPort = await freePort();
  const child = spawn(
    process.execPath,
    ['--require', join(ROOT, 'test/state/fixtures/tsRequire.js'), join(ROOT, 'server/main.ts')],
    {
      cwd: join(__dirname, '..'), // no .env here
      env: {
        PATH: process.env.PATH,
        STATE_STORE: 'memory',
        LOG_LEVEL: 'info',
        OPERATOR_PORT: operatorPort,
        ...env,
      },
      stdio: 'pipe',
    },
  );
  running.add(child);
  child.once('exit', () => running.delete(child));
  let stdout = '';
  let stderr = '';
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const check = () => {
      if (until?.test(stdout + stderr)) child.kill('SIGTERM');
    };
    child.stdout.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), check()));
    child.stderr.on('data', (chunk: Buffer) => ((stderr += chunk.toString()), check()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

async function freePort(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return String(port);
}

describe('where the server listens', () => {
  test('without MicrosoftAppId and without HOST: loopback only, no warning', () => {
    expect(listenAddress(loadConfig({}))).toEqual({ host: '127.0.0.1' });
  });

  test('with MicrosoftAppId: every interface (the channel service must reach it)', () => {
    const config = loadConfig({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'p' });
    expect(listenAddress(config)).toEqual({ host: '0.0.0.0' });
  });

  test('HOST set explicitly without MicrosoftAppId: that host, with a loud warning', () => {
    const { host, warning } = listenAddress(loadConfig({ HOST: '0.0.0.0' }));
    expect(host).toBe('0.0.0.0');
    expect(warning).toMatch(/WARNING.*unauthenticated.*0\.0\.0\.0/);
  });

  test('npm start without HOST binds 127.0.0.1; with HOST=0.0.0.0 it warns once', async () => {
    const local = await runMain({ PORT: await freePort() }, /bot listening/);
    expect(local.stdout).toMatch(/"host":"127\.0\.0\.1"/);
    expect(local.stdout + local.stderr).not.toMatch(/WARNING/);

    // Also (F7, one start saved): Redis unreachable and a variable without effect are warned
    // about, and the bot still starts.
    const open = await runMain(
      {
        PORT: await freePort(),
        HOST: '0.0.0.0',
        STATE_STORE: 'redis',
        REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
        WEBEX_WEBHOOK_SECRET: 'a-secret',
      },
      /bot listening/,
    );
    const out = open.stdout + open.stderr;
    expect(out.match(/WARNING/g)).toHaveLength(1);
    expect(out).toMatch(/the state store cannot be reached at start/);
    expect(out).toMatch(/WEBEX_WEBHOOK_SECRET is set but has no effect without WEBEX_BOT_TOKEN/);
  }, 30_000);
});

describe('a port in use', () => {
  test('one clear line naming the port, exit code non-zero, no stack', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = await runMain({ PORT: String(port), HOST: '127.0.0.1' });
      expect(result.code).not.toBe(0);
      expect(result.code).not.toBeNull();
      const errorLines = result.stderr.split('\n').filter(Boolean);
      expect(errorLines).toEqual([expect.stringContaining(`port ${port}`)]);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  }, 30_000);
});
