import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const BENCH = join(__dirname, '..', '..', 'dist', 'bench', 'bench.js');

describe('npm run bench (smoke run: it must not silently break; no figures asserted)', () => {
  test('a short run completes setups without errors and prints the JSON report', () => {
    if (!existsSync(BENCH)) throw new Error(`${BENCH} is missing: run npm run build first`);
    const run = spawnSync(process.execPath, [BENCH, '--smoke', '--json'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout.trim().split('\n').pop()!) as {
      floor: Record<string, number | null>;
      dialogFloor: Record<string, number | null>;
      stores: Record<string, Record<string, number | null>>;
      coldStartMs: number;
    };
    expect(Object.keys(report.floor).sort()).toEqual([
      'cpuMsPerTurn',
      'errors',
      'p50Ms',
      'p95Ms',
      'p99Ms',
      'turnsPerSecond',
    ]);
    // The second floor: the echo through botbuilder-dialogs in the bot's shape, with state.
    expect(report.dialogFloor).toMatchObject({ errors: 0 });
    expect(typeof report.dialogFloor.cpuRatio).toBe('number');
    expect(report.stores.memory).toMatchObject({ errors: 0 });
    expect(report.stores.memory!.completedSetups).toBeGreaterThan(0);
    for (const key of [
      'cpuMsPerTurn',
      'cpuRatio',
      'turnsPerSecond',
      'p99Ms',
      'throughputRatio',
      'p99Ratio',
      'stateBytesMax',
      'peakRssMb',
    ]) {
      expect(typeof report.stores.memory![key]).toBe('number');
    }
    expect(report.coldStartMs).toBeGreaterThan(0);
  });
});
