import type { CompletedSetup, CompletedSetupLog } from './completedSetupLog';
import type { RedisConnection } from './redisConnection';
import { RedisScript } from './redisScript';

/** KEYS[1] = setups hash, KEYS[2] = by-time set; ARGV = plan id, JSON, completedAt (ms). */
const RECORD_ONCE = new RedisScript(`
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 1 then
  redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
end
return redis.call('HGET', KEYS[1], ARGV[1])
`);

/**
 * Completed setups in Redis: a hash `<prefix>setups` (plan id -> JSON) and a sorted set
 * `<prefix>setups:by-completed-at` (plan id scored by completedAt in epoch ms).
 * Neither expires. Recording the same plan again keeps the first (one atomic script).
 */
export class RedisCompletedSetupLog implements CompletedSetupLog {
  constructor(private readonly connection: RedisConnection) {}

  async record(setup: CompletedSetup): Promise<CompletedSetup> {
    const id = setup.plan.id;
    const completedAt = Date.parse(setup.plan.completedAt);
    const kept = await this.connection.run((client) =>
      RECORD_ONCE.run(
        client,
        [this.setupsKey(), this.byTimeKey()],
        [id, JSON.stringify(setup), completedAt],
      ),
    );
    return JSON.parse(String(kept)) as CompletedSetup;
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
