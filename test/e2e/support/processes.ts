import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root (this file is test/e2e/support/processes.ts). */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const RESULTS_DIR = join(REPO_ROOT, 'test-results');
export const LOOPBACK = '127.0.0.1';

/** A free TCP port on the loopback interface (closed again before it is returned). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? done(port) : fail(new Error('no free port'))));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** A child process whose output is kept (in memory and in a log file under test-results/). */
export class Child {
  private output = '';
  private exited = false;
  private exitCode: number | null = null;

  private constructor(
    readonly name: string,
    private readonly process: ChildProcess,
    readonly logFile: string,
  ) {
    const log = createWriteStream(logFile);
    const keep = (chunk: Buffer) => {
      this.output += chunk.toString('utf8');
      log.write(chunk);
    };
    process.stdout?.on('data', keep);
    process.stderr?.on('data', keep);
    process.once('exit', (code, signal) => {
      this.exited = true;
      this.exitCode = code;
      log.end(`\n[${name} exited: code ${code}, signal ${signal}]\n`);
    });
  }

  static start(
    name: string,
    command: string,
    args: string[],
    options: { cwd: string; env: NodeJS.ProcessEnv },
  ): Child {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new Child(name, child, join(RESULTS_DIR, `e2e-${name}.log`));
  }

  get text(): string {
    return this.output;
  }

  get hasExited(): boolean {
    return this.exited;
  }

  /** The last lines of the output, for failure messages. */
  tail(lines = 15): string {
    return this.output.trimEnd().split('\n').slice(-lines).join('\n');
  }

  /** Resolves with the first match of `pattern` in the output; fails on exit or timeout. */
  async waitForOutput(pattern: RegExp, timeoutMs: number, what: string): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = this.output.match(pattern);
      if (match) return match;
      if (this.exited) {
        throw new Error(
          `${this.name} exited (code ${this.exitCode}) before ${what}. Its output:\n${this.tail()}`,
        );
      }
      if (Date.now() > deadline) {
        throw new Error(
          `${this.name}: no ${what} within ${timeoutMs} ms. Its output:\n${this.tail()}`,
        );
      }
      await sleep(50);
    }
  }

  /** SIGTERM, then SIGKILL after a grace period; resolves when the process has exited. */
  async stop(graceMs = 3000): Promise<void> {
    if (this.exited || this.process.exitCode !== null || this.process.signalCode !== null) return;
    const exited = new Promise<void>((done) => this.process.once('exit', () => done()));
    this.process.kill('SIGTERM');
    const timer = setTimeout(() => this.process.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}

/** Polls an HTTP URL until it answers 200. */
export async function waitForHttp200(url: string, timeoutMs: number, child: Child): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (child.hasExited) {
      throw new Error(`${child.name} exited before ${url} answered. Its output:\n${child.tail()}`);
    }
    await sleep(100);
  }
  throw new Error(
    `${child.name}: ${url} did not answer 200 within ${timeoutMs} ms (last: ${last}). Its output:\n${child.tail()}`,
  );
}

/**
 * The bot from dist/ (built by `npm run build`) on a free loopback port, with state in
 * memory, no Bot Framework authentication, and nothing that would reach beyond loopback.
 */
export async function startBot(
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: Child; port: number; operatorPort: number; endpoint: string }> {
  const port = await freePort();
  const operatorPort = await freePort();
  const child = Child.start('bot', process.execPath, ['dist/server/main.js'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      // Explicit values win over a developer's .env (process.loadEnvFile keeps set variables).
      PORT: String(port),
      HOST: LOOPBACK,
      OPERATOR_PORT: String(operatorPort),
      OPERATOR_HOST: LOOPBACK,
      STATE_STORE: 'memory',
      DEFAULT_LOCALE: 'en',
      LOG_LEVEL: 'info',
      RULES_FILE: '',
      SUBDOMAINS_TAKEN_FILE: '',
      SUBDOMAIN_CHECK_URL: '',
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      MicrosoftAppTenantId: '',
      WEBEX_BOT_TOKEN: '',
      WEBEX_WEBHOOK_SECRET: '',
      OPERATOR_TOKEN: '',
      ...env,
    },
  });
  try {
    await waitForHttp200(`http://${LOOPBACK}:${port}/healthz`, 20_000, child);
  } catch (error) {
    await child.stop(); // the caller never gets it to stop
    throw error;
  }
  return { child, port, operatorPort, endpoint: `http://${LOOPBACK}:${port}/api/messages` };
}

/**
 * The Microsoft 365 Agents Playground (channel msteams) pointed at `botEndpoint`, on a
 * free loopback port, in a scratch directory (its log and config files stay out of the
 * repository), without telemetry and without opening a browser.
 */
export async function startPlayground(
  name: string,
  botEndpoint: string,
  conversationId: string,
): Promise<{ child: Child; url: string; cleanup: () => Promise<void> }> {
  const scratch = mkdtempSync(join(tmpdir(), 'e2e-playground-'));
  // The Playground opens a browser with xdg-open at start and exits when that fails.
  const bin = join(scratch, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'xdg-open'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(bin, 'xdg-open'), 0o755);
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js', { paths: [REPO_ROOT] });

  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child = Child.start(
      name,
      process.execPath,
      [
        cli,
        ...['--app-endpoint', botEndpoint, '--channel-id', 'msteams'],
        ...['--port', String(port), '--service-url', `http://${LOOPBACK}:${port}/_connector`],
        ...['--conversation-id', conversationId, '--disable-telemetry'],
      ],
      {
        cwd: scratch,
        env: {
          ...process.env,
          PATH: `${bin}:${process.env.PATH ?? ''}`,
          TEAMSAPPTESTER_BROWSER: 'none',
          M365_AGENTS_PLAYGROUND_LOGFILE: join(scratch, 'playground.log'),
        },
      },
    );
    const cleanup = async () => {
      await child.stop();
      rmSync(scratch, { recursive: true, force: true });
    };
    try {
      const [, listening] = await child.waitForOutput(
        /Listening on (\d+)/,
        30_000,
        '"Listening on"',
      );
      // When the port was taken meanwhile the Playground picks another one, and the
      // service URL given to the bot would be wrong: try again with a new port.
      if (Number(listening) !== port) throw new Error(`port ${port} was taken (got ${listening})`);
      await waitForHttp200(`http://${LOOPBACK}:${port}/`, 10_000, child);
      return { child, url: `http://${LOOPBACK}:${port}/`, cleanup };
    } catch (error) {
      if (attempt >= 3 || child.hasExited) {
        await cleanup();
        throw error;
      }
      await child.stop();
    }
  }
}
