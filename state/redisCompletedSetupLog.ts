import type { CompletedSetup, CompletedSetupLog } from './completedSetupLog';
import type { RedisConnection } from './redisConnection';

/**
 * Completed setups in Redis: a hash `<prefix>setups` (plan id -> JSON) and a sorted set
 * `<prefix>setups:by-completed-at` (plan id scored by completedAt in epoch ms).
 * Neither expires. Recording the same plan again replaces it.
 */
export class RedisCompletedSetupLog implements CompletedSetupLog {
  constructor(private readonly connection: RedisConnection) {}

  async record(setup: CompletedSetup): Promise<void> {
    const id = setup.plan.id;
    const completedAt = Date.parse(setup.plan.completedAt);
    const results = await this.connection.run((client) =>
      client
        .multi()
        .hset(this.setupsKey(), id, JSON.stringify(setup))
        .zadd(this.byTimeKey(), completedAt, id)
        .exec(),
    );
    // MULTI reports a failed command in its results instead of rejecting.
    const failure = results?.find(([error]) => error !== null)?.[0];
    if (failure) throw failure;
  }

  async list(): Promise<CompletedSetup[]> {
    const jsons = await this.connection.run(async (client) => {
      const ids = await client.zrevrange(this.byTimeKey(), 0, -1);
      return ids.length === 0 ? [] : client.hmget(this.setupsKey(), ...ids);
    });
    return jsons.flatMap((json) => (json === null ? [] : [JSON.parse(json) as CompletedSetup]));
  }

  private setupsKey(): string {
    return `${this.connection.keyPrefix}setups`;
  }

  private byTimeKey(): string {
    return `${this.connection.keyPrefix}setups:by-completed-at`;
  }
}
