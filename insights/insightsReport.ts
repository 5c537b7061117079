import { outcomeOf, type AttemptRecord } from './attemptRecord';

/** The figures of GET /insights.json: this shape is a contract (design.md, README). */
export interface InsightsReport {
  from: string;
  to: string;
  attempts: {
    started: number;
    finished: number;
    cancelled: number;
    abandoned: number;
    unsupportedCountry: number;
    handedOff: number;
  };
  funnel: { step: string; reached: number }[];
  finished: {
    byCountry: Record<string, number>;
    byPlatform: Record<string, number>;
    byTelephony: Record<string, number>;
    byLanguage: Record<string, number>;
    byChannel: Record<string, number>;
  };
  questions: {
    answered: number;
    unanswered: number;
    outOfScope: number;
    topTopics: { topic: string; count: number }[];
    unansweredTexts: { text: string; count: number }[];
  };
  medianMinutesToFinish: number | null;
  medianMessagesToFinish: number | null;
}

/** The page shows these besides the contract's figures. */
export interface InsightsExtras {
  inProgress: number;
  distinctAdmins: number;
}

export interface InsightsPeriod {
  from: number;
  to: number;
  /** An attempt without a message for this long is abandoned. */
  abandonAfterMs: number;
  /** The funnel's steps in the order they are asked ('summary' last). */
  steps: readonly string[];
}

const TOP_TOPICS = 10;
const TOP_TEXTS = 20;

/** Everything on the operator's page, from the attempts started in the period. */
export function computeInsights(
  records: readonly AttemptRecord[],
  period: InsightsPeriod,
): { report: InsightsReport; extras: InsightsExtras } {
  const inPeriod = records.filter((r) => r.startedAt >= period.from && r.startedAt <= period.to);
  const outcomes = inPeriod.map((r) => outcomeOf(r, period.to, period.abandonAfterMs));
  const count = (outcome: string) => outcomes.filter((o) => o === outcome).length;
  const finished = inPeriod.filter((r) => r.closed?.outcome === 'finished');
  const report: InsightsReport = {
    from: new Date(period.from).toISOString(),
    to: new Date(period.to).toISOString(),
    attempts: {
      started: inPeriod.length,
      finished: finished.length,
      cancelled: count('cancelled'),
      abandoned: count('abandoned'),
      unsupportedCountry: count('unsupported-country'),
      handedOff: count('handed-off'),
    },
    funnel: period.steps.map((step) => ({
      step,
      reached: inPeriod.filter((r) => r.reached.includes(step)).length,
    })),
    finished: {
      byCountry: tally(finished.map((r) => r.closed?.country)),
      byPlatform: tally(finished.map((r) => r.closed?.platform)),
      byTelephony: tally(finished.map((r) => r.closed?.telephony)),
      byLanguage: tally(finished.map((r) => r.language)),
      byChannel: tally(finished.map((r) => r.channel)),
    },
    questions: questionFigures(inPeriod),
    medianMinutesToFinish: median(finished.map((r) => (r.closed!.at - r.startedAt) / 60_000)),
    medianMessagesToFinish: median(finished.map((r) => r.messages)),
  };
  const admins = new Set(inPeriod.map((r) => r.admin).filter(Boolean));
  return {
    report,
    extras: { inProgress: count('in-progress'), distinctAdmins: admins.size },
  };
}

function questionFigures(records: readonly AttemptRecord[]): InsightsReport['questions'] {
  const topics: Record<string, number> = {};
  for (const record of records)
    for (const [topic, n] of Object.entries(record.questions.topics))
      topics[topic] = (topics[topic] ?? 0) + n;
  const sum = (pick: (r: AttemptRecord) => number) => records.reduce((s, r) => s + pick(r), 0);
  return {
    answered: sum((r) => Object.values(r.questions.topics).reduce((s, n) => s + n, 0)),
    unanswered: sum((r) => r.questions.unanswered),
    outOfScope: sum((r) => r.questions.outOfScope),
    topTopics: ranked(topics, TOP_TOPICS).map(([topic, count]) => ({ topic, count })),
    unansweredTexts: ranked(tally(records.flatMap((r) => r.questions.texts)), TOP_TEXTS).map(
      ([text, count]) => ({ text, count }),
    ),
  };
}

/** How often each value occurs (undefined left out). */
export function tally(values: readonly (string | undefined)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) if (value !== undefined) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** The largest counts first (ties by name), at most `limit`. */
function ranked(counts: Record<string, number>, limit: number): [string, number][] {
  return Object.entries(counts)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, limit);
}

/** The median, rounded to one decimal; null without values. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}
