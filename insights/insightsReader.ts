import type { AttemptStore } from './attemptStore';
import { computeInsights, type InsightsExtras, type InsightsReport } from './insightsReport';

/** The periods the operator can choose (`?days=`), in days. */
export const INSIGHT_PERIODS = [7, 30, 90] as const;
export type InsightPeriod = (typeof INSIGHT_PERIODS)[number];

export interface InsightsReaderOptions {
  /** INSIGHTS_ABANDON_MINUTES. */
  abandonMinutes: number;
  /** The funnel's steps in the order they are asked. */
  steps: readonly string[];
  now?: () => number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Reads the shared store and computes the figures of a period (any instance gives the same). */
export class InsightsReader {
  constructor(
    private readonly store: AttemptStore,
    private readonly options: InsightsReaderOptions,
  ) {}

  async read(days: InsightPeriod): Promise<{ report: InsightsReport; extras: InsightsExtras }> {
    const to = (this.options.now ?? Date.now)();
    const from = to - days * DAY_MS;
    const records = await this.store.startedSince(from);
    return computeInsights(records, {
      from,
      to,
      abandonAfterMs: this.options.abandonMinutes * 60_000,
      steps: this.options.steps,
    });
  }
}
