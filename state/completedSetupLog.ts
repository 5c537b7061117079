import type { SetupPlan } from '../provisioning/setupPlan';

/** Who finished a setup. */
export interface FinishedBy {
  channelId: string;
  userId: string;
  userName?: string;
  conversationId: string;
}

export interface CompletedSetup {
  plan: SetupPlan;
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
