import type { Storage, StoreItems } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { RedisConnection } from './redisConnection';
import { RedisScript } from './redisScript';
import { EtagConflictError } from './storeErrors';
import { expectedEtag, itemFromStored, itemJson } from './storedItem';

export interface RedisStorageOptions {
  /** Items not written for this long disappear (abandoned conversations). Unset: never. */
  ttlSeconds?: number;
}

/**
 * Checks every eTag, then writes every item, in one atomic step on the server: either
 * all items are written or none. Returns 0, or the 1-based index of the first stale key.
 * ARGV: ttlSeconds (0 = no expiry), then per key: expected eTag ('' = any), new eTag, JSON.
 */
const WRITE_ITEMS = new RedisScript(`
local ttl = tonumber(ARGV[1])
for i, key in ipairs(KEYS) do
  local expected = ARGV[2 + (i - 1) * 3]
  if expected ~= '' then
    local current = redis.call('HGET', key, 'etag')
    if current and current ~= expected then return i end
  end
end
for i, key in ipairs(KEYS) do
  local at = 2 + (i - 1) * 3
  redis.call('HSET', key, 'etag', ARGV[at + 1], 'json', ARGV[at + 2])
  if ttl > 0 then redis.call('EXPIRE', key, ttl) end
end
return 0
`);

/**
 * botbuilder Storage on Redis: each item is a hash {etag, json} at `<prefix>state:<key>`,
 * expiring `ttlSeconds` after its last write. Written objects get their new eTag.
 */
export class RedisStorage implements Storage {
  private readonly connection: RedisConnection;
  private readonly ownsConnection: boolean;
  private readonly ttlSeconds: number;

  /** A URL opens (and close() closes) a connection of its own; a RedisConnection is shared. */
  constructor(connection: RedisConnection | string, options: RedisStorageOptions = {}) {
    this.ownsConnection = typeof connection === 'string';
    this.connection = typeof connection === 'string' ? new RedisConnection(connection) : connection;
    this.ttlSeconds = Math.ceil(options.ttlSeconds ?? 0);
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    if (keys.length === 0) return {};
    const stored = await this.connection.run((client) =>
      Promise.all(keys.map((key) => client.hmget(this.redisKey(key), 'etag', 'json'))),
    );
    const items: StoreItems = {};
    stored.forEach(([eTag, json], index) => {
      if (eTag !== null && json !== null) items[keys[index]] = itemFromStored({ eTag, json });
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const entries = Object.entries(changes);
    if (entries.length === 0) return;
    const newEtags = entries.map(() => randomUUID());
    const args = entries.flatMap(([, item], index) => [
      expectedEtag(item) ?? '',
      newEtags[index],
      itemJson(item),
    ]);
    const keys = entries.map(([key]) => this.redisKey(key));
    const staleIndex = await this.connection.runScript(WRITE_ITEMS, keys, [
      this.ttlSeconds,
      ...args,
    ]);
    if (staleIndex !== 0) throw new EtagConflictError(entries[Number(staleIndex) - 1][0]);
    entries.forEach(([, item], index) => (item.eTag = newEtags[index]));
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    if (keys.length === 0) return;
    await this.connection.run((client) => client.del(...keys.map((key) => this.redisKey(key))));
  }

  /** Closes the connection if this storage opened it from a URL. */
  async close(): Promise<void> {
    if (this.ownsConnection) await this.connection.close();
  }

  private redisKey(key: string): string {
    return `${this.connection.keyPrefix}state:${key}`;
  }
}
