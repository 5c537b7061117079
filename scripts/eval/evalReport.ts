import type { CaseResult } from './evalRun';

export interface ClassScore {
  name: string;
  total: number;
  correct: number;
}

export interface EvalSummary {
  total: number;
  correct: number;
  accuracy: number;
  classes: ClassScore[];
  /** Cases that recorded an answer the message did not give (must stay zero). */
  wrongRecords: CaseResult[];
  /** expected -> got, most frequent first. */
  confusions: { expected: string; got: string; ids: string[] }[];
}

export function summarize(results: readonly CaseResult[]): EvalSummary {
  const classes = new Map<string, ClassScore>();
  const confusions = new Map<string, { expected: string; got: string; ids: string[] }>();
  for (const r of results) {
    const score = classes.get(r.case.class) ?? { name: r.case.class, total: 0, correct: 0 };
    score.total += 1;
    score.correct += r.correct ? 1 : 0;
    classes.set(r.case.class, score);
    if (r.correct) continue;
    const key = `${r.expected} -> ${r.got}`;
    const confusion = confusions.get(key) ?? { expected: r.expected, got: r.got, ids: [] };
    confusion.ids.push(r.case.id);
    confusions.set(key, confusion);
  }
  const correct = results.filter((r) => r.correct).length;
  return {
    total: results.length,
    correct,
    accuracy: results.length ? correct / results.length : 0,
    classes: [...classes.values()],
    wrongRecords: results.filter((r) => r.wrongRecords.length),
    confusions: [...confusions.values()].sort((a, b) => b.ids.length - a.ids.length),
  };
}

const percent = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(1)}%`;

/** The summary as text for the terminal. */
export function formatSummary(part: string, summary: EvalSummary): string {
  const lines = [
    `${part}: ${summary.correct}/${summary.total} right (${percent(summary.correct, summary.total)}), ` +
      `${summary.wrongRecords.length} recorded an answer the message did not give`,
    ...summary.classes.map(
      (c) =>
        `  ${c.name.padEnd(10)} ${String(c.correct).padStart(4)}/${c.total}  ${percent(c.correct, c.total)}`,
    ),
  ];
  if (summary.confusions.length) lines.push('  confusions (expected -> got):');
  for (const c of summary.confusions) {
    lines.push(
      `    ${String(c.ids.length).padStart(3)}  ${c.expected} -> ${c.got}  ${c.ids.slice(0, 6).join(' ')}`,
    );
  }
  for (const r of summary.wrongRecords) {
    lines.push(`  WRONG RECORD ${r.case.id} (${r.wrongRecords.join(', ')}): ${r.case.text}`);
  }
  return lines.join('\n');
}
