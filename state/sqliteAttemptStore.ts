import { randomBytes } from 'node:crypto';
import type { AttemptRecord } from '../insights/attemptRecord';
import type { AttemptStore } from '../insights/attemptStore';
import { parseAttempts } from './storedAttempts';
import type { SqliteDatabase } from './sqliteDatabase';

export interface SqliteAttemptStoreOptions {
  /** Attempts started longer ago are deleted (INSIGHTS_RETENTION_DAYS), at most hourly on a write. */
  retentionMs: number;
  now?: () => number;
}

const CLEANUP_EVERY_MS = 60 * 60 * 1000;

/** Attempts in the shared SQLite file: one row per attempt, rewritten by each turn that changes it. */
export class SqliteAttemptStore implements AttemptStore {
  private readonly now: () => number;
  private lastCleanup = -Infinity;
  private key?: string;

  constructor(
    private readonly database: SqliteDatabase,
    private readonly options: SqliteAttemptStoreOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  async save(record: AttemptRecord): Promise<void> {
    if (this.now() - this.lastCleanup >= CLEANUP_EVERY_MS) await this.deleteExpired();
    await this.database.readOne((connection) =>
      connection
        .prepare<[string, number, string]>(
          `INSERT INTO insight_attempts (id, started_at, json) VALUES (?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET json = excluded.json`,
        )
        .run(record.id, record.startedAt, JSON.stringify(record)),
    );
  }

  async startedSince(from: number): Promise<AttemptRecord[]> {
    await this.deleteExpired();
    const rows = await this.database.readOne((connection) =>
      connection
        .prepare<[number], { json: string }>(
          'SELECT json FROM insight_attempts WHERE started_at >= ?',
        )
        .all(from),
    );
    return parseAttempts(rows.map((row) => row.json));
  }

  async deleteStartedBefore(before: number): Promise<number> {
    return this.database.transaction((connection) => {
      const { n } = connection
        .prepare<[number], { n: number }>(
          'SELECT count(*) AS n FROM insight_attempts WHERE started_at < ?',
        )
        .get(before)!;
      connection.prepare<[number]>('DELETE FROM insight_attempts WHERE started_at < ?').run(before);
      return n;
    });
  }

  async hashKey(): Promise<string> {
    this.key ??= await this.database.transaction((connection) => {
      connection
        .prepare<[string]>(
          "INSERT OR IGNORE INTO insight_meta (name, value) VALUES ('hash-key', ?)",
        )
        .run(randomBytes(32).toString('base64url'));
      return connection
        .prepare<[], { value: string }>("SELECT value FROM insight_meta WHERE name = 'hash-key'")
        .get()!.value;
    });
    return this.key;
  }

  private async deleteExpired(): Promise<void> {
    this.lastCleanup = this.now();
    await this.deleteStartedBefore(this.now() - this.options.retentionMs);
  }
}
