import type { Storage, StoreItems } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { SqliteDatabase } from './sqliteDatabase';
import { EtagConflictError } from './storeErrors';
import { expectedEtag, itemFromStored, itemJson, type StoredItem } from './storedItem';

/**
 * botbuilder Storage on a SQLite file (WAL). A write of several items is one transaction:
 * when any eTag is stale, none of them is written and the write rejects with
 * EtagConflictError. Written objects get their new eTag, as they would from Cosmos DB.
 */
export class SqliteStorage implements Storage {
  private readonly database: SqliteDatabase;
  private readonly ownsDatabase: boolean;

  /** A file path opens (and close() closes) a connection of its own; a SqliteDatabase is shared. */
  constructor(database: SqliteDatabase | string) {
    this.ownsDatabase = typeof database === 'string';
    this.database = typeof database === 'string' ? new SqliteDatabase(database) : database;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    return this.database.read((connection) => {
      const select = connection.prepare<[string], StoredItem>(
        'SELECT etag AS eTag, json FROM state_items WHERE key = ?',
      );
      const items: StoreItems = {};
      for (const key of keys) {
        const stored = select.get(key);
        if (stored) items[key] = itemFromStored(stored);
      }
      return items;
    });
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const newEtags = this.database.transaction((connection) => {
      const current = connection.prepare<[string], { etag: string }>(
        'SELECT etag FROM state_items WHERE key = ?',
      );
      const upsert = connection.prepare<[string, string, string]>(
        `INSERT INTO state_items (key, etag, json) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, json = excluded.json`,
      );
      const written = new Map<string, string>();
      for (const [key, item] of Object.entries(changes)) {
        const expected = expectedEtag(item);
        const stored = current.get(key);
        if (expected !== undefined && stored && stored.etag !== expected) {
          throw new EtagConflictError(key);
        }
        const eTag = randomUUID();
        upsert.run(key, eTag, itemJson(item));
        written.set(key, eTag);
      }
      return written;
    });
    for (const [key, eTag] of newEtags) changes[key].eTag = eTag;
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    this.database.transaction((connection) => {
      const remove = connection.prepare<[string]>('DELETE FROM state_items WHERE key = ?');
      for (const key of keys) remove.run(key);
    });
  }

  /** Closes the connection if this storage opened it from a path. */
  close(): void {
    if (this.ownsDatabase) this.database.close();
  }
}
