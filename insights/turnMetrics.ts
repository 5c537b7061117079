import type { TurnEvents } from './attemptTurn';

/** How a turn went (the `result` label of wxcc_setup_turns_total). */
export type TurnResult = 'ok' | 'error' | 'timeout' | 'rejected';

/** Where the bot counts turns and attempt events (the server's Prometheus registry). */
export interface TurnMetrics {
  turnDone(channel: string, result: TurnResult, seconds: number): void;
  attemptChanged(events: TurnEvents): void;
  /** A store call failed (`operation`: read, write, delete, attempt-write, ...). */
  storeError(operation: string): void;
}

/** Counts nowhere (tests and tools without a registry). */
export const NO_METRICS: TurnMetrics = {
  turnDone: () => {},
  attemptChanged: () => {},
  storeError: () => {},
};
