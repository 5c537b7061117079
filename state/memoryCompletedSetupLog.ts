import type { CompletedSetup, CompletedSetupLog } from './completedSetupLog';
import { newestFirst } from './newestFirst';

/** Completed setups kept in process memory: for tests and quick tries. */
export class MemoryCompletedSetupLog implements CompletedSetupLog {
  /** By plan id, so recording the same plan twice (a retried turn) keeps the first entry. */
  private readonly setups = new Map<string, string>();

  async record(setup: CompletedSetup): Promise<CompletedSetup> {
    const kept = this.setups.get(setup.plan.id) ?? JSON.stringify(setup);
    this.setups.set(setup.plan.id, kept);
    return JSON.parse(kept) as CompletedSetup;
  }

  async list(): Promise<CompletedSetup[]> {
    const setups = Array.from(this.setups.values(), (json) => JSON.parse(json) as CompletedSetup);
    return newestFirst(setups);
  }
}
