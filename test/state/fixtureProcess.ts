import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const FIXTURES = join(__dirname, 'fixtures');

/** Fixtures started and not yet exited (stopFixtures() kills them). */
const running = new Set<ChildProcessWithoutNullStreams>();

/**
 * Starts a plain-JS fixture in its own node process, able to require the project's .ts files.
 * A test file that starts fixtures calls `afterEach(stopFixtures)`, so that a test that fails
 * or times out while one still runs (or waits for its input) does not keep Jest from exiting.
 */
export function startFixture(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): ChildProcessWithoutNullStreams {
  const child = spawn(
    process.execPath,
    ['--require', join(FIXTURES, 'tsRequire.js'), join(FIXTURES, script), ...args],
    { stdio: 'pipe', env },
  );
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** SIGKILLs every fixture still running; resolves once they have exited. */
export async function stopFixtures(): Promise<void> {
  const children = [...running];
  for (const child of children) child.kill('SIGKILL');
  await Promise.all(children.map(exited));
}

/** Calls `onLine` for every complete line the child prints. */
export function onLines(child: ChildProcessWithoutNullStreams, onLine: (line: string) => void) {
  createInterface({ input: child.stdout }).on('line', onLine);
}

/** The first line the child prints (rejects with its stderr when it exits first). */
export function firstLine(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    onLines(child, resolve);
    child.once('exit', (code) => reject(new Error(`fixture exited with ${code}: ${errors}`)));
  });
}

export function exited(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}
