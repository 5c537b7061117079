import { statSync } from 'node:fs';
import { startBenchServer } from './benchServer';
import { emptyStats, runAbandoned } from './load';
import { SCENARIOS } from './scenarios';
import { postTurn } from './turnClient';

const CHECKPOINTS = [1000, 5000, 10000];
const CONCURRENCY = 16;

/** Completed and abandoned conversations through one server; memory and store size at checkpoints. */
export async function runGrowth(
  script: string,
  env: NodeJS.ProcessEnv,
  count: number,
  json: boolean,
): Promise<void> {
  const server = await startBenchServer(script, env);
  const points: { conversations: number; rssMb: number; storeMb: number | null }[] = [];
  const checkpoints = CHECKPOINTS.filter((c) => c <= count);
  if (!checkpoints.includes(count)) checkpoints.push(count);
  let done = 0;
  const stats = emptyStats();
  for (const checkpoint of checkpoints) {
    while (done < checkpoint) {
      const batch = Math.min(CONCURRENCY, checkpoint - done);
      await Promise.all(
        Array.from({ length: batch }, async (_, i) => {
          const n = done + i;
          await completeOne(server.url, `growth-done-${n}`, n);
          await runAbandoned(server.url, `growth-left-${n}`);
        }),
      );
      done += batch;
    }
    global.gc?.();
    points.push({
      conversations: checkpoint,
      rssMb: round(server.memory().rssMb),
      storeMb: storeSize(env.STATE_DB),
    });
    console.log(
      `${checkpoint} completed + ${checkpoint} abandoned: RSS ${points.at(-1)!.rssMb} MB, store ${points.at(-1)!.storeMb ?? 'n/a'} MB`,
    );
  }
  await server.stop();
  if (json) console.log(JSON.stringify({ store: env.STATE_STORE, points, errors: stats.errors }));
}

async function completeOne(url: string, conversationId: string, n: number): Promise<void> {
  const scenario = SCENARIOS[0]!;
  for (const answer of scenario.answers) {
    await postTurn(url, conversationId, answer.replace('{sub}', `growth${n}`), scenario.locale);
  }
}

function storeSize(file: string | undefined): number | null {
  if (!file) return null;
  try {
    const bytes = [file, `${file}-wal`].reduce((sum, f) => sum + (statSafe(f) ?? 0), 0);
    return round(bytes / 1024 / 1024);
  } catch {
    return null;
  }
}

function statSafe(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
