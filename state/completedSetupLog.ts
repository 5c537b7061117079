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
  record(setup: CompletedSetup): Promise<void>;
  /** All recorded setups, newest first (by plan.completedAt). */
  list(): Promise<CompletedSetup[]>;
}
