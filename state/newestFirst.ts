import type { CompletedSetup } from './completedSetupLog';

/** Sorts by plan.completedAt, newest first; setups recorded later come first on a tie. */
export function newestFirst(setupsInRecordOrder: readonly CompletedSetup[]): CompletedSetup[] {
  return setupsInRecordOrder
    .map((setup, order) => ({ setup, order, time: Date.parse(setup.plan.completedAt) }))
    .sort((a, b) => b.time - a.time || b.order - a.order)
    .map(({ setup }) => setup);
}
