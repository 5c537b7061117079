import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBenchServer, type BenchServer } from './benchServer';
import { runGrowth } from './growth';
import { emptyStats, percentile, runFloor, runSetups, type PhaseStats } from './load';
import { TAKEN_SUBDOMAIN } from './scenarios';
import { largestConversationState } from './stateSize';

interface Options {
  concurrency: number;
  seconds: number;
  rounds: number;
  json: boolean;
  growth: boolean;
  growthCount: number;
  stores: string[];
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
  const defaultStores = ['memory', 'sqlite', ...(process.env.REDIS_URL ? ['redis'] : [])];
  return {
    concurrency: number('concurrency', smoke ? 4 : 32),
    seconds: number('seconds', smoke ? 1 : 30),
    rounds: number('rounds', smoke ? 1 : 3),
    json: argv.includes('--json'),
    growth: argv.includes('--growth'),
    growthCount: number('count', 10_000),
    stores: value('stores')?.split(',') ?? (smoke ? ['memory'] : defaultStores),
  };
}

function summarize(stats: PhaseStats) {
  return {
    turnsPerSecond: round((stats.latencies.length / stats.elapsedMs) * 1000),
    p50Ms: round(percentile(stats.latencies, 50)),
    p95Ms: round(percentile(stats.latencies, 95)),
    p99Ms: round(percentile(stats.latencies, 99)),
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function storeEnv(store: string, dir: string): NodeJS.ProcessEnv {
  const taken = join(dir, 'taken.txt');
  writeFileSync(taken, `${TAKEN_SUBDOMAIN}\n`);
  return {
    STATE_STORE: store,
    STATE_DB: join(dir, `state-${store}.sqlite`),
    SUBDOMAINS_TAKEN_FILE: taken,
    REDIS_KEY_PREFIX: `bench-${process.pid}-${Date.now()}:`,
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'wxcc-bench-'));
  try {
    if (options.growth) {
      await runGrowth(
        join(DIST, 'server/main.js'),
        storeEnv(options.stores[0] ?? 'sqlite', dir),
        options.growthCount,
        options.json,
      );
      return;
    }
    const floorServer = await startBenchServer(join(DIST, 'bench/floorServer.js'), {});
    const servers = new Map<string, BenchServer>();
    for (const store of options.stores)
      servers.set(
        store,
        await startBenchServer(join(DIST, 'server/main.js'), storeEnv(store, dir)),
      );
    const coldStartMs = round(Math.max(...[...servers.values()].map((s) => s.coldStartMs)));

    const floor = emptyStats();
    const perStore = new Map(options.stores.map((s) => [s, emptyStats()]));
    const phaseMs = (options.seconds * 1000) / options.rounds;
    for (let r = 0; r < options.rounds; r++) {
      // Floor and bot take turns so that machine noise hits both alike.
      await runFloor(floorServer.url, options.concurrency, phaseMs / options.stores.length, floor);
      for (const store of options.stores) {
        await runSetups(
          servers.get(store)!.url,
          options.concurrency,
          phaseMs,
          `${store}-r${r}`,
          perStore.get(store)!,
        );
      }
    }
    const stateBytesMax = await largestConversationState();
    const floorSummary = summarize(floor);
    const stores = Object.fromEntries(
      options.stores.map((store) => {
        const stats = perStore.get(store)!;
        const summary = summarize(stats);
        return [
          store,
          {
            ...summary,
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
    for (const server of servers.values()) await server.stop();
    const report = { floor: { ...floorSummary, errors: floor.errors }, stores, coldStartMs };
    printTable(report, options);
    if (options.json) console.log(JSON.stringify(report));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(
  report: {
    floor: ReturnType<typeof summarize> & { errors: number };
    stores: Record<string, Record<string, number>>;
    coldStartMs: number;
  },
  options: Options,
) {
  console.log(
    `concurrency ${options.concurrency}, ${options.seconds} s per server in ${options.rounds} rounds, node ${process.version}`,
  );
  const f = report.floor;
  console.log(
    `floor    ${f.turnsPerSecond} turns/s  p50 ${f.p50Ms} ms  p95 ${f.p95Ms} ms  p99 ${f.p99Ms} ms  errors ${f.errors}`,
  );
  for (const [store, s] of Object.entries(report.stores)) {
    console.log(
      `${store.padEnd(8)} ${s.turnsPerSecond} turns/s  p50 ${s.p50Ms} ms  p95 ${s.p95Ms} ms  p99 ${s.p99Ms} ms  ` +
        `throughput x${s.throughputRatio} of floor  p99 x${s.p99Ratio}  setups ${s.completedSetups}  errors ${s.errors}  ` +
        `state ${s.stateBytesMax} B/conversation  peak RSS ${s.peakRssMb} MB`,
    );
  }
  console.log(`cold start ${report.coldStartMs} ms`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
