import { Redis } from 'ioredis';
import type { RedisScript } from './redisScript';
import { StoreUnavailableError } from './storeErrors';

export interface RedisConnectionOptions {
  /** Put before every key, so that several bots (or tests) can share one Redis. */
  keyPrefix?: string;
  /** How long a call waits for a connection or a reply before it rejects. */
  timeoutMs?: number;
}

/** Redis errors that mean "not now" rather than "wrong command". */
const UNAVAILABLE_REPLIES = /^(LOADING|BUSY|MASTERDOWN|TRYAGAIN|CLUSTERDOWN|READONLY)\b/;

/**
 * One connection to Redis, shared by the Storage, the subdomain directory and the
 * completed-setup log. Calls never queue while Redis is away: they wait at most
 * `timeoutMs` for it and then reject with StoreUnavailableError, while the client keeps
 * reconnecting in the background and works again as soon as Redis is back.
 */
export class RedisConnection {
  readonly keyPrefix: string;
  private readonly client: Redis;
  private readonly timeoutMs: number;
  private lastError: unknown;
  private pendingReady: Promise<void> | undefined;

  constructor(url: string, options: RedisConnectionOptions = {}) {
    this.keyPrefix = options.keyPrefix ?? 'wxcc-setup:';
    this.timeoutMs = options.timeoutMs ?? 2000;
    this.client = new Redis(url, {
      connectTimeout: this.timeoutMs,
      commandTimeout: this.timeoutMs,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      // A write whose reply was lost must not be sent again behind the caller's back.
      autoResendUnfulfilledCommands: false,
      retryStrategy: (attempt) => Math.min(attempt * 100, 1000),
    });
    // Without a listener ioredis prints every failed reconnect; the cause is kept instead.
    this.client.on('error', (error: unknown) => {
      this.lastError = error;
    });
  }

  /** Runs commands once Redis is ready; connection failures become StoreUnavailableError. */
  async run<T>(command: (client: Redis) => Promise<T>): Promise<T> {
    await this.whenReady();
    try {
      return await command(this.client);
    } catch (error) {
      if (isUnavailable(error)) {
        throw new StoreUnavailableError(`Redis is unavailable: ${describe(error)}`, {
          cause: error,
        });
      }
      throw error;
    }
  }

  runScript(script: RedisScript, keys: readonly string[], args: readonly (string | number)[]) {
    return this.run((client) => script.run(client, keys, args));
  }

  /** Throws StoreUnavailableError when Redis does not answer. */
  async ping(): Promise<void> {
    await this.run((client) => client.ping());
  }

  async close(): Promise<void> {
    try {
      await this.client.quit();
    } catch {
      this.client.disconnect();
    }
  }

  private whenReady(): Promise<void> {
    if (this.client.status === 'ready') return Promise.resolve();
    if (this.client.status === 'end') {
      return Promise.reject(new StoreUnavailableError('Redis connection is closed'));
    }
    // One shared wait, so that many waiting calls do not each add a listener.
    this.pendingReady ??= this.waitForReady().finally(() => {
      this.pendingReady = undefined;
    });
    return this.pendingReady;
  }

  private waitForReady(): Promise<void> {
    return new Promise((resolve, reject) => {
      const onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.client.off('ready', onReady);
        const reason = this.lastError ? `: ${describe(this.lastError)}` : '';
        reject(
          new StoreUnavailableError(`Redis is not reachable${reason}`, { cause: this.lastError }),
        );
      }, this.timeoutMs);
      this.client.once('ready', onReady);
    });
  }
}

/** Anything but an error reply from a working server (a bug in the command) counts as unavailable. */
function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name !== 'ReplyError') return true;
  return UNAVAILABLE_REPLIES.test(error.message);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
