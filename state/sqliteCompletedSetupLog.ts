import type { CompletedSetup, CompletedSetupLog } from './completedSetupLog';
import { newestFirst } from './newestFirst';
import type { SqliteDatabase } from './sqliteDatabase';

/** Completed setups in the shared SQLite file, one row per plan id. */
export class SqliteCompletedSetupLog implements CompletedSetupLog {
  constructor(private readonly database: SqliteDatabase) {}

  /** Recording the same plan again (a retried turn) keeps the first row and returns it. */
  async record(setup: CompletedSetup): Promise<CompletedSetup> {
    const json = await this.database.transaction((connection) => {
      connection
        .prepare<[string, string, string]>(
          `INSERT INTO completed_setups (plan_id, completed_at, json) VALUES (?, ?, ?)
           ON CONFLICT (plan_id) DO NOTHING`,
        )
        .run(setup.plan.id, setup.plan.completedAt, JSON.stringify(setup));
      return connection
        .prepare<[string], { json: string }>('SELECT json FROM completed_setups WHERE plan_id = ?')
        .get(setup.plan.id)!.json;
    }, true);
    return JSON.parse(json) as CompletedSetup;
  }

  async list(): Promise<CompletedSetup[]> {
    const rows = await this.database.read((connection) =>
      connection
        .prepare<[], { json: string }>('SELECT json FROM completed_setups ORDER BY rowid')
        .all(),
    );
    // Sorted in code: completedAt strings may carry different offsets, so text order is not time order.
    return newestFirst(rows.map((row) => JSON.parse(row.json) as CompletedSetup));
  }
}
