/**
 * A finished plan as the store keeps it: the store needs its id and time; the rest
 * (every step's answer, dialogs/setupPlan.ts) is kept as it is.
 */
export interface StoredPlan {
  id: string;
  completedAt: string;
  readonly [field: string]: unknown;
}

/** Who finished a setup. */
export interface FinishedBy {
  channelId: string;
  userId: string;
  userName?: string;
  conversationId: string;
}

export interface CompletedSetup {
  plan: StoredPlan;
  finishedBy: FinishedBy;
}

/** Every finished setup plan, kept in the configured store. */
export interface CompletedSetupLog {
  /**
   * Keeps the setup under its plan id unless that id is recorded already (a retried or
   * re-sent finish), and returns the setup the log holds for the id: the first one.
   */
  record(setup: CompletedSetup): Promise<CompletedSetup>;
  /** All recorded setups, newest first (by plan.completedAt). */
  list(): Promise<CompletedSetup[]>;
}
