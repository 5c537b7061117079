import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface BenchServer {
  url: string;
  child: ChildProcess;
  coldStartMs: number;
  /** Resident memory now and at its peak, in MB, read from /proc. */
  memory(): { rssMb: number; peakRssMb: number };
  /**
   * CPU time (user + system, all threads) the server process has used so far, in ms,
   * read from /proc by the benchmark (the server runs no bench-only code); undefined
   * where there is no /proc.
   */
  cpuMs(): number | undefined;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts a compiled server script on a free loopback port and waits for its first good /healthz. */
export async function startBenchServer(
  script: string,
  env: NodeJS.ProcessEnv,
): Promise<BenchServer> {
  const port = await freePort();
  const started = performance.now();
  // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=prof" profiles the servers under load.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      OPERATOR_PORT: String(await freePort()),
      // Logging at info as in production (one line per turn); the lines go to /dev/null.
      LOG_LEVEL: 'info',
      // The simulated admins all come from one address and type faster than people: the
      // limits stay on (their cost is measured) but high enough never to be reached.
      RATE_LIMIT_CONVERSATION_PER_MINUTE: '1000000000',
      RATE_LIMIT_CLIENT_PER_MINUTE: '1000000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child);
  const coldStartMs = performance.now() - started;
  return {
    url,
    child,
    coldStartMs,
    memory: () => memoryOf(child.pid!),
    cpuMs: () => cpuMsOf(child.pid!),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('server did not become healthy within 20 s');
}

function memoryOf(pid: number): { rssMb: number; peakRssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
}

/** Clock ticks per second, the unit of utime and stime in /proc/<pid>/stat. */
let clockTicks: number | undefined;

function cpuMsOf(pid: number): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  clockTicks ??= ticksPerSecond();
  // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
}

function ticksPerSecond(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}
