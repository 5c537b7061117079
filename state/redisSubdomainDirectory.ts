import type { SubdomainDirectory } from '../provisioning/subdomainDirectory';
import type { RedisConnection } from './redisConnection';
import { RedisScript } from './redisScript';
import { assertPositiveTtl, normalizeSubdomain, normalizedSet } from './subdomainRecord';

/*
 * A subdomain's key holds 'held:<holder>' (with a PX expiry, so an unfinished hold simply
 * disappears) or 'claimed:<holder>' (no expiry). Hold, release and claim each read and
 * write the key in one Lua script, so racing calls from any instance are serialised.
 * KEYS[1] = the subdomain key, ARGV[1] = holder, ARGV[2] = hold ttl in ms.
 */

const HOLD = new RedisScript(`
local current = redis.call('GET', KEYS[1])
if current == 'claimed:' .. ARGV[1] then return 1 end
if current and current ~= 'held:' .. ARGV[1] then return 0 end
redis.call('SET', KEYS[1], 'held:' .. ARGV[1], 'PX', ARGV[2])
return 1
`);

const RELEASE = new RedisScript(`
if redis.call('GET', KEYS[1]) == 'held:' .. ARGV[1] then redis.call('DEL', KEYS[1]) end
return 0
`);

// SET without PX also removes the expiry the holder's hold had.
const CLAIM = new RedisScript(`
local current = redis.call('GET', KEYS[1])
if current and current ~= 'held:' .. ARGV[1] and current ~= 'claimed:' .. ARGV[1] then return 0 end
redis.call('SET', KEYS[1], 'claimed:' .. ARGV[1])
return 1
`);

export interface RedisSubdomainDirectoryOptions {
  /** Subdomains already in use outside this bot; nobody can hold or claim them. */
  takenElsewhere?: Iterable<string>;
}

/** Holds and claims in Redis at `<prefix>subdomain:<subdomain>`; holds expire on the server. */
export class RedisSubdomainDirectory implements SubdomainDirectory {
  private readonly takenElsewhere: ReadonlySet<string>;

  constructor(
    private readonly connection: RedisConnection,
    options: RedisSubdomainDirectoryOptions = {},
  ) {
    this.takenElsewhere = normalizedSet(options.takenElsewhere ?? []);
  }

  async isAvailable(subdomain: string, holder: string): Promise<boolean> {
    const name = normalizeSubdomain(subdomain);
    if (this.takenElsewhere.has(name)) return false;
    const current = await this.connection.run((client) => client.get(this.redisKey(name)));
    return current === null || current === `held:${holder}` || current === `claimed:${holder}`;
  }

  async hold(subdomain: string, holder: string, ttlMs: number): Promise<boolean> {
    assertPositiveTtl(ttlMs);
    return this.runUnlessTakenElsewhere(HOLD, subdomain, holder, Math.ceil(ttlMs));
  }

  async release(subdomain: string, holder: string): Promise<void> {
    const key = this.redisKey(normalizeSubdomain(subdomain));
    await this.connection.runScript(RELEASE, [key], [holder]);
  }

  async claim(subdomain: string, holder: string): Promise<boolean> {
    return this.runUnlessTakenElsewhere(CLAIM, subdomain, holder);
  }

  private async runUnlessTakenElsewhere(
    script: RedisScript,
    subdomain: string,
    ...args: (string | number)[]
  ): Promise<boolean> {
    const name = normalizeSubdomain(subdomain);
    if (this.takenElsewhere.has(name)) return false;
    return (await this.connection.runScript(script, [this.redisKey(name)], args)) === 1;
  }

  private redisKey(subdomain: string): string {
    return `${this.connection.keyPrefix}subdomain:${subdomain}`;
  }
}
