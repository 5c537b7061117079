import { SCENARIOS } from './scenarios';
import { postTurn } from './turnClient';

export interface PhaseStats {
  latencies: number[];
  elapsedMs: number;
  /** CPU the server used during the phases, in ms; undefined when it cannot be read. */
  cpuMs: number | undefined;
  completedSetups: number;
  errors: number;
}

export function emptyStats(): PhaseStats {
  return { latencies: [], elapsedMs: 0, cpuMs: 0, completedSetups: 0, errors: 0 };
}

/** Runs one phase against a server and adds the CPU the server process used meanwhile. */
export async function withServerCpu(
  server: { cpuMs(): number | undefined },
  into: PhaseStats,
  phase: () => Promise<void>,
): Promise<void> {
  const before = server.cpuMs();
  await phase();
  const after = server.cpuMs();
  into.cpuMs =
    before === undefined || after === undefined || into.cpuMs === undefined
      ? undefined
      : into.cpuMs + after - before;
}

/** Runs `concurrency` workers, each repeating `step` until the time is up; adds the time taken. */
async function untilTimeIsUp(
  concurrency: number,
  durationMs: number,
  into: PhaseStats,
  step: (worker: number, iteration: number) => Promise<void>,
): Promise<void> {
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = 0; performance.now() < deadline; i++) await step(worker, i);
    }),
  );
  into.elapsedMs += performance.now() - started;
}

/** The floor: each worker sends plain messages and expects its echo, until the time is up. */
export function runFloor(url: string, concurrency: number, durationMs: number, into: PhaseStats) {
  return untilTimeIsUp(concurrency, durationMs, into, async (worker, i) => {
    const text = `echo ${worker} ${i}`;
    const turn = await postTurn(url, `floor-${worker}`, text, 'en-US');
    into.latencies.push(turn.ms);
    if (!turn.ok || turn.activities[0]?.text !== text) into.errors++;
  });
}

let conversations = 0;

/** Simulated admins: each worker runs whole setups, scenario after scenario, until the time is up. */
export function runSetups(
  url: string,
  concurrency: number,
  durationMs: number,
  runId: string,
  into: PhaseStats,
) {
  return untilTimeIsUp(concurrency, durationMs, into, async (worker, i) => {
    const scenario = SCENARIOS[(worker + i) % SCENARIOS.length]!;
    if (await runOneSetup(url, `${runId}-${++conversations}`, scenario, into))
      into.completedSetups++;
  });
}

async function runOneSetup(
  url: string,
  conversationId: string,
  scenario: (typeof SCENARIOS)[number],
  into: PhaseStats,
): Promise<boolean> {
  const subdomain = conversationId.replace(/[^a-z0-9]/gi, '').toLowerCase();
  for (const [index, answer] of scenario.answers.entries()) {
    const turn = await postTurn(
      url,
      conversationId,
      answer.replace('{sub}', subdomain),
      scenario.locale,
    );
    into.latencies.push(turn.ms);
    if (!turn.ok || !turn.activities.length) {
      into.errors++;
      return false;
    }
    const last = index === scenario.answers.length - 1;
    if (last && !turn.activities.some((a) => a.type === 'event' && a.name === 'setupCompleted')) {
      into.errors++;
      return false;
    }
  }
  return true;
}

/** Starts a setup and stops after a few answers, as an admin who walks away. */
export async function runAbandoned(url: string, conversationId: string): Promise<boolean> {
  for (const answer of ['partner', 'trial', 'Japan']) {
    if (!(await postTurn(url, conversationId, answer, 'en-US')).ok) return false;
  }
  return true;
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
