import type { Storage, StoreItems } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { SqliteDatabase, type SqliteConnection } from './sqliteDatabase';
import { EtagConflictError } from './storeErrors';
import { expectedEtag, itemFromStored, itemJson, type StoredItem } from './storedItem';

export interface SqliteStorageOptions {
  /** Items not written for this long are gone (abandoned conversations), as in Redis. Unset: never. */
  ttlSeconds?: number;
  now?: () => number;
}

/** How often a write also deletes the expired items. */
const CLEANUP_EVERY_MS = 60 * 60 * 1000;

/**
 * botbuilder Storage on a SQLite file (WAL). A write of several items is one transaction:
 * when any eTag is stale, none of them is written and the write rejects with
 * EtagConflictError. Written objects get their new eTag, as they would from Cosmos DB.
 */
export class SqliteStorage implements Storage {
  private readonly database: SqliteDatabase;
  private readonly ownsDatabase: boolean;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private lastCleanup = -Infinity;

  /** A file path opens (and close() closes) a connection of its own; a SqliteDatabase is shared. */
  constructor(database: SqliteDatabase | string, options: SqliteStorageOptions = {}) {
    this.ownsDatabase = typeof database === 'string';
    this.database = typeof database === 'string' ? new SqliteDatabase(database) : database;
    this.ttlMs = (options.ttlSeconds ?? 0) * 1000;
    this.now = options.now ?? Date.now;
  }

  /** Deletes the items not written for the ttl and gives their space back; returns how many. */
  async deleteExpired(): Promise<number> {
    this.lastCleanup = this.now();
    if (!this.ttlMs) return 0;
    const deleted = await this.database.transaction((connection) => {
      const expired = connection.prepare<[number], { n: number }>(
        'SELECT count(*) AS n FROM state_items WHERE touched_at < ?',
      );
      const cutoff = this.oldestFresh();
      const { n } = expired.get(cutoff)!;
      connection.prepare<[number]>('DELETE FROM state_items WHERE touched_at < ?').run(cutoff);
      return n;
    });
    if (deleted) await this.database.transaction((c) => c.exec('PRAGMA incremental_vacuum'));
    return deleted;
  }

  /** Items written before this moment have expired. */
  private oldestFresh(): number {
    return this.ttlMs ? this.now() - this.ttlMs : 0;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const readAll = (connection: SqliteConnection) => {
      const select = connection.prepare<[string, number], StoredItem>(
        'SELECT etag AS eTag, json FROM state_items WHERE key = ? AND (touched_at IS NULL OR touched_at >= ?)',
      );
      const cutoff = this.oldestFresh();
      const items: StoreItems = {};
      for (const key of keys) {
        const stored = select.get(key, cutoff);
        if (stored) items[key] = itemFromStored(stored);
      }
      return items;
    };
    // One key is one statement (botbuilder's states read one each); several share a transaction.
    return keys.length === 1 ? this.database.readOne(readAll) : this.database.read(readAll);
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    if (this.ttlMs && this.now() - this.lastCleanup >= CLEANUP_EVERY_MS) await this.deleteExpired();
    const now = this.now();
    const cutoff = this.oldestFresh();
    const newEtags = await this.database.transaction((connection) => {
      const current = connection.prepare<[string, number], { etag: string }>(
        'SELECT etag FROM state_items WHERE key = ? AND (touched_at IS NULL OR touched_at >= ?)',
      );
      const upsert = connection.prepare<[string, string, string, number]>(
        `INSERT INTO state_items (key, etag, json, touched_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET
           etag = excluded.etag, json = excluded.json, touched_at = excluded.touched_at`,
      );
      const written = new Map<string, string>();
      for (const [key, item] of Object.entries(changes)) {
        const expected = expectedEtag(item);
        const stored = current.get(key, cutoff);
        if (expected !== undefined && stored && stored.etag !== expected) {
          throw new EtagConflictError(key);
        }
        const eTag = randomUUID();
        upsert.run(key, eTag, itemJson(item), now);
        written.set(key, eTag);
      }
      return written;
    });
    for (const [key, eTag] of newEtags) changes[key].eTag = eTag;
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    await this.database.transaction((connection) => {
      const remove = connection.prepare<[string]>('DELETE FROM state_items WHERE key = ?');
      for (const key of keys) remove.run(key);
    });
  }

  /** Closes the connection if this storage opened it from a path. */
  close(): void {
    if (this.ownsDatabase) this.database.close();
  }
}
