import { randomBytes } from 'node:crypto';
import type { AttemptRecord } from '../insights/attemptRecord';
import type { AttemptStore } from '../insights/attemptStore';

/** Attempts in the process (tests, quick tries): lost when it ends. */
export class MemoryAttemptStore implements AttemptStore {
  private readonly records = new Map<string, string>();
  private readonly key = randomBytes(32).toString('base64url');

  constructor(
    private readonly retentionMs = Infinity,
    private readonly now: () => number = Date.now,
  ) {}

  async save(record: AttemptRecord): Promise<void> {
    this.records.set(record.id, JSON.stringify(record));
  }

  async startedSince(from: number): Promise<AttemptRecord[]> {
    await this.deleteStartedBefore(this.now() - this.retentionMs);
    return [...this.records.values()]
      .map((json) => JSON.parse(json) as AttemptRecord)
      .filter((record) => record.startedAt >= from);
  }

  async deleteStartedBefore(before: number): Promise<number> {
    let deleted = 0;
    for (const [id, json] of this.records) {
      if ((JSON.parse(json) as AttemptRecord).startedAt >= before) continue;
      this.records.delete(id);
      deleted += 1;
    }
    return deleted;
  }

  async hashKey(): Promise<string> {
    return this.key;
  }
}
