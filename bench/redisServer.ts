import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { freePort } from './benchServer';

export interface LoopbackRedis {
  url: string;
  stop(): Promise<void>;
}

/**
 * A throwaway redis-server on a free loopback port (no persistence), for the redis
 * figures when REDIS_URL is not set; undefined when redis-server cannot be started.
 */
export async function startLoopbackRedis(): Promise<LoopbackRedis | undefined> {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const failed = new Promise<false>((resolve) => {
    child.once('error', () => resolve(false));
    child.once('exit', () => resolve(false));
  });
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const up = await Promise.race([accepts(port), failed]);
    if (up)
      return {
        url: `redis://127.0.0.1:${port}`,
        stop: () =>
          new Promise((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      };
    if (child.exitCode !== null || child.pid === undefined) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill('SIGTERM');
  return undefined;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
