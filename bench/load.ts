import { SCENARIOS } from './scenarios';
import { postTurn } from './turnClient';

export interface PhaseStats {
  latencies: number[];
  elapsedMs: number;
  completedSetups: number;
  errors: number;
}

export function emptyStats(): PhaseStats {
  return { latencies: [], elapsedMs: 0, completedSetups: 0, errors: 0 };
}

/** The floor: each worker sends plain messages and expects its echo, until the time is up. */
export async function runFloor(
  url: string,
  concurrency: number,
  durationMs: number,
  into: PhaseStats,
): Promise<void> {
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const text = `echo ${worker} ${i}`;
        const turn = await postTurn(url, `floor-${worker}`, text, 'en-US');
        into.latencies.push(turn.ms);
        if (!turn.ok || turn.activities[0]?.text !== text) into.errors++;
      }
    }),
  );
  into.elapsedMs += performance.now() - started;
}

let conversations = 0;

/** Simulated admins: each worker runs whole setups, scenario after scenario, until the time is up. */
export async function runSetups(
  url: string,
  concurrency: number,
  durationMs: number,
  runId: string,
  into: PhaseStats,
): Promise<void> {
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = worker; performance.now() < deadline; i++) {
        const ok = await runOneSetup(
          url,
          `${runId}-${++conversations}`,
          SCENARIOS[i % SCENARIOS.length]!,
          into,
        );
        if (ok) into.completedSetups++;
      }
    }),
  );
  into.elapsedMs += performance.now() - started;
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
