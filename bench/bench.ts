import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBenchServer, type BenchServer } from './benchServer';
import { runGrowth } from './growth';
import {
  emptyStats,
  percentile,
  runFloor,
  runSetups,
  withServerCpu,
  type PhaseStats,
} from './load';
import { TAKEN_SUBDOMAIN } from './scenarios';
import { startLoopbackRedis, type LoopbackRedis } from './redisServer';
import { largestConversationState } from './stateSize';

interface Options {
  concurrency: number;
  seconds: number;
  rounds: number;
  json: boolean;
  growth: boolean;
  growthCount: number;
  /** The stores to measure; undefined: memory, sqlite and (when a Redis can be had) redis. */
  stores: string[] | undefined;
}

const DIST = join(__dirname, '..');

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const number = (name: string, fallback: number) => {
    const raw = value(name);
    const parsed = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(parsed) || parsed <= 0)
      throw new Error(`--${name} must be a positive number`);
    return parsed;
  };
  const smoke = argv.includes('--smoke');
  return {
    concurrency: number('concurrency', smoke ? 4 : 32),
    seconds: number('seconds', smoke ? 1 : 30),
    rounds: number('rounds', smoke ? 1 : 3),
    json: argv.includes('--json'),
    growth: argv.includes('--growth'),
    growthCount: number('count', 10_000),
    stores: value('stores')?.split(',') ?? (smoke ? ['memory'] : undefined),
  };
}

function summarize(stats: PhaseStats) {
  const turns = stats.latencies.length;
  return {
    // Server CPU per turn comes first: where the load generator shares the cores it is
    // steadier than turns per second. null where /proc cannot be read.
    cpuMsPerTurn: stats.cpuMs === undefined || !turns ? null : round3(stats.cpuMs / turns),
    turnsPerSecond: round((stats.latencies.length / stats.elapsedMs) * 1000),
    p50Ms: round(percentile(stats.latencies, 50)),
    p95Ms: round(percentile(stats.latencies, 95)),
    p99Ms: round(percentile(stats.latencies, 99)),
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** a / b rounded, or null when either is unknown. */
function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || !b ? null : round(a / b);
}

function storeEnv(store: string, dir: string, redisUrl?: string): NodeJS.ProcessEnv {
  const taken = join(dir, 'taken.txt');
  writeFileSync(taken, `${TAKEN_SUBDOMAIN}\n`);
  return {
    STATE_STORE: store,
    STATE_DB: join(dir, `state-${store}.sqlite`),
    SUBDOMAINS_TAKEN_FILE: taken,
    REDIS_KEY_PREFIX: `bench-${process.pid}-${Date.now()}:`,
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  };
}

/** REDIS_URL, else a redis-server started on loopback for the run (when the stores want redis). */
async function redisFor(
  stores: string[] | undefined,
): Promise<{ url?: string; started?: LoopbackRedis }> {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL };
  if (stores && !stores.includes('redis')) return {};
  const started = await startLoopbackRedis();
  if (!started && stores) throw new Error('--stores redis: set REDIS_URL or install redis-server');
  return { url: started?.url, started };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'wxcc-bench-'));
  const redis = await redisFor(options.growth ? (options.stores ?? ['sqlite']) : options.stores);
  try {
    if (options.growth) {
      await runGrowth(
        join(DIST, 'server/main.js'),
        storeEnv(options.stores?.[0] ?? 'sqlite', dir, redis.url),
        options.growthCount,
        options.json,
      );
      return;
    }
    const storeNames = options.stores ?? ['memory', 'sqlite', ...(redis.url ? ['redis'] : [])];
    const floorServer = await startBenchServer(join(DIST, 'bench/floorServer.js'), {});
    const dialogFloorServer = await startBenchServer(join(DIST, 'bench/dialogFloorServer.js'), {});
    const servers = new Map<string, BenchServer>();
    for (const store of storeNames)
      servers.set(
        store,
        await startBenchServer(join(DIST, 'server/main.js'), storeEnv(store, dir, redis.url)),
      );
    const coldStartMs = round(Math.max(...[...servers.values()].map((s) => s.coldStartMs)));

    const floor = emptyStats();
    const dialogFloor = emptyStats();
    const perStore = new Map(storeNames.map((s) => [s, emptyStats()]));
    const phaseMs = (options.seconds * 1000) / options.rounds;
    for (let r = 0; r < options.rounds; r++) {
      // Floor and bot take turns so that machine noise hits both alike.
      await withServerCpu(floorServer, floor, () =>
        runFloor(floorServer.url, options.concurrency, phaseMs / storeNames.length, floor),
      );
      await withServerCpu(dialogFloorServer, dialogFloor, () =>
        runFloor(
          dialogFloorServer.url,
          options.concurrency,
          phaseMs / storeNames.length,
          dialogFloor,
        ),
      );
      for (const store of storeNames) {
        const server = servers.get(store)!;
        const stats = perStore.get(store)!;
        await withServerCpu(server, stats, () =>
          runSetups(server.url, options.concurrency, phaseMs, `${store}-r${r}`, stats),
        );
      }
    }
    const stateBytesMax = await largestConversationState();
    const floorSummary = summarize(floor);
    const dialogFloorSummary = summarize(dialogFloor);
    const stores = Object.fromEntries(
      storeNames.map((store) => {
        const stats = perStore.get(store)!;
        const summary = summarize(stats);
        return [
          store,
          {
            ...summary,
            cpuRatio: ratio(summary.cpuMsPerTurn, floorSummary.cpuMsPerTurn),
            throughputRatio: round(summary.turnsPerSecond / floorSummary.turnsPerSecond),
            p99Ratio: round(summary.p99Ms / floorSummary.p99Ms),
            completedSetups: stats.completedSetups,
            errors: stats.errors,
            stateBytesMax,
            peakRssMb: round(servers.get(store)!.memory().peakRssMb),
          },
        ];
      }),
    );
    await floorServer.stop();
    await dialogFloorServer.stop();
    for (const server of servers.values()) await server.stop();
    const report = {
      floor: { ...floorSummary, errors: floor.errors },
      dialogFloor: {
        ...dialogFloorSummary,
        cpuRatio: ratio(dialogFloorSummary.cpuMsPerTurn, floorSummary.cpuMsPerTurn),
        p99Ratio: round(dialogFloorSummary.p99Ms / floorSummary.p99Ms),
        errors: dialogFloor.errors,
      },
      stores,
      coldStartMs,
    };
    printTable(report, options);
    if (options.json) console.log(JSON.stringify(report));
  } finally {
    await redis.started?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

type Summary = ReturnType<typeof summarize>;

function printTable(
  report: {
    floor: Summary & { errors: number };
    dialogFloor: Summary & { cpuRatio: number | null; p99Ratio: number; errors: number };
    stores: Record<
      string,
      Summary & {
        cpuRatio: number | null;
        throughputRatio: number;
        p99Ratio: number;
        completedSetups: number;
        errors: number;
        stateBytesMax: number;
        peakRssMb: number;
      }
    >;
    coldStartMs: number;
  },
  options: Options,
) {
  console.log(
    `concurrency ${options.concurrency}, ${options.seconds} s per server in ${options.rounds} rounds, node ${process.version}`,
  );
  const cpu = (s: Summary) => `CPU ${s.cpuMsPerTurn ?? 'n/a'} ms/turn`;
  const f = report.floor;
  console.log(
    `floor    ${cpu(f)}  ${f.turnsPerSecond} turns/s  p50 ${f.p50Ms} ms  p95 ${f.p95Ms} ms  p99 ${f.p99Ms} ms  errors ${f.errors}`,
  );
  const d = report.dialogFloor;
  console.log(
    `dialogs  ${cpu(d)} (x${d.cpuRatio ?? 'n/a'} of floor)  ${d.turnsPerSecond} turns/s  ` +
      `p50 ${d.p50Ms} ms  p95 ${d.p95Ms} ms  p99 ${d.p99Ms} ms (x${d.p99Ratio})  errors ${d.errors}`,
  );
  for (const [store, s] of Object.entries(report.stores)) {
    console.log(
      `${store.padEnd(8)} ${cpu(s)} (x${s.cpuRatio ?? 'n/a'} of floor)  ${s.turnsPerSecond} turns/s  ` +
        `p50 ${s.p50Ms} ms  p95 ${s.p95Ms} ms  p99 ${s.p99Ms} ms (x${s.p99Ratio})  ` +
        `throughput x${s.throughputRatio}  setups ${s.completedSetups}  errors ${s.errors}  ` +
        `state ${s.stateBytesMax} B/conversation  peak RSS ${s.peakRssMb} MB`,
    );
  }
  console.log(`cold start ${report.coldStartMs} ms`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
