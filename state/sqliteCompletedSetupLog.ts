import type { CompletedSetup, CompletedSetupLog } from './completedSetupLog';
import { newestFirst } from './newestFirst';
import type { SqliteDatabase } from './sqliteDatabase';

/** Completed setups in the shared SQLite file, one row per plan id. */
export class SqliteCompletedSetupLog implements CompletedSetupLog {
  constructor(private readonly database: SqliteDatabase) {}

  /** Recording the same plan again (a retried turn) replaces the row instead of adding one. */
  async record(setup: CompletedSetup): Promise<void> {
    this.database.transaction((connection) => {
      connection.prepare('DELETE FROM completed_setups WHERE plan_id = ?').run(setup.plan.id);
      connection
        .prepare(
          'INSERT OR REPLACE INTO completed_setups (plan_id, completed_at, json) VALUES (?, ?, ?)',
        )
        .run(setup.plan.id, setup.plan.completedAt, JSON.stringify(setup));
    });
  }

  async list(): Promise<CompletedSetup[]> {
    const rows = this.database.read((connection) =>
      connection
        .prepare<[], { json: string }>('SELECT json FROM completed_setups ORDER BY rowid')
        .all(),
    );
    // Sorted in code: completedAt strings may carry different offsets, so text order is not time order.
    return newestFirst(rows.map((row) => JSON.parse(row.json) as CompletedSetup));
  }
}
