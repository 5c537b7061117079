import { randomBytes } from 'node:crypto';
import type { AttemptRecord } from '../insights/attemptRecord';
import type { AttemptStore } from '../insights/attemptStore';
import type { RedisConnection } from './redisConnection';
import { parseAttempts } from './storedAttempts';

export interface RedisAttemptStoreOptions {
  /** Attempts expire this long after they started (INSIGHTS_RETENTION_DAYS). */
  retentionMs: number;
  now?: () => number;
}

/** Keys read per MGET when reading a period. */
const READ_BATCH = 500;

/**
 * Attempts in Redis: each a string `<prefix>insights:attempt:<id>` (its JSON, expiring
 * at startedAt + retention), indexed by start time in the sorted set
 * `<prefix>insights:attempts`. A save is one MULTI (SET and ZADD): one round trip.
 */
export class RedisAttemptStore implements AttemptStore {
  private readonly now: () => number;
  private key?: string;

  constructor(
    private readonly connection: RedisConnection,
    private readonly options: RedisAttemptStoreOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  async save(record: AttemptRecord): Promise<void> {
    const expiresAt = record.startedAt + this.options.retentionMs;
    if (expiresAt <= this.now()) return;
    const results = await this.connection.run((client) =>
      client
        .multi()
        .set(this.attemptKey(record.id), JSON.stringify(record), 'PXAT', expiresAt)
        .zadd(this.indexKey(), record.startedAt, record.id)
        .exec(),
    );
    const failure = results?.find(([error]) => error !== null)?.[0];
    if (failure) throw failure;
  }

  async startedSince(from: number): Promise<AttemptRecord[]> {
    await this.deleteStartedBefore(this.now() - this.options.retentionMs);
    const jsons = await this.connection.run(async (client) => {
      const ids = await client.zrangebyscore(this.indexKey(), from, '+inf');
      const values: (string | null)[] = [];
      for (let at = 0; at < ids.length; at += READ_BATCH) {
        const keys = ids.slice(at, at + READ_BATCH).map((id) => this.attemptKey(id));
        values.push(...(await client.mget(...keys)));
      }
      return values;
    });
    return parseAttempts(jsons);
  }

  async deleteStartedBefore(before: number): Promise<number> {
    return this.connection.run(async (client) => {
      const ids = await client.zrangebyscore(this.indexKey(), '-inf', `(${before}`);
      if (!ids.length) return 0;
      await client
        .multi()
        .del(...ids.map((id) => this.attemptKey(id)))
        .zrem(this.indexKey(), ...ids)
        .exec();
      return ids.length;
    });
  }

  async hashKey(): Promise<string> {
    this.key ??= await this.connection.run(async (client) => {
      const name = `${this.connection.keyPrefix}insights:hash-key`;
      await client.set(name, randomBytes(32).toString('base64url'), 'NX');
      return (await client.get(name))!;
    });
    return this.key;
  }

  private attemptKey(id: string): string {
    return `${this.connection.keyPrefix}insights:attempt:${id}`;
  }

  private indexKey(): string {
    return `${this.connection.keyPrefix}insights:attempts`;
  }
}
