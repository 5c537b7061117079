import { MemoryStorage, type Storage } from 'botbuilder';
import type { AttemptStore } from '../insights/attemptStore';
import type { SubdomainDirectory } from '../provisioning/subdomainDirectory';
import type { CompletedSetupLog } from './completedSetupLog';
import { MemoryAttemptStore } from './memoryAttemptStore';
import { MemoryCompletedSetupLog } from './memoryCompletedSetupLog';
import { MemorySubdomainDirectory } from './memorySubdomainDirectory';
import { RedisAttemptStore } from './redisAttemptStore';
import { RedisCompletedSetupLog } from './redisCompletedSetupLog';
import { RedisConnection } from './redisConnection';
import { RedisStorage } from './redisStorage';
import { RedisSubdomainDirectory } from './redisSubdomainDirectory';
import { SqliteAttemptStore } from './sqliteAttemptStore';
import { SqliteCompletedSetupLog } from './sqliteCompletedSetupLog';
import { SqliteDatabase } from './sqliteDatabase';
import { SqliteStorage } from './sqliteStorage';
import { SqliteSubdomainDirectory } from './sqliteSubdomainDirectory';

/** The conversation state, the subdomain directory, the setup log and the attempts, all in one store. */
export interface Stores {
  /** Which store it is (the `store` label of wxcc_setup_store_errors_total). */
  kind: 'memory' | 'sqlite' | 'redis';
  storage: Storage;
  directory: SubdomainDirectory;
  setups: CompletedSetupLog;
  /** Setup attempts for the operator's insights (insights/). */
  attempts: AttemptStore;
  /** Resolves when the store answers; rejects with StoreUnavailableError when it does not. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface StoresOptions {
  /** Subdomains already in use outside this bot (SUBDOMAINS_TAKEN_FILE). */
  takenElsewhere?: Iterable<string>;
  /** Attempts started longer ago are deleted (INSIGHTS_RETENTION_DAYS in ms); default 90 days. */
  insightsRetentionMs?: number;
}

const DEFAULT_RETENTION_MS = 90 * 24 * 60 * 60 * 1000;

/** For tests and quick tries only: everything is lost when the process ends. */
export function openMemoryStores(options: StoresOptions = {}): Stores {
  return {
    kind: 'memory',
    storage: new MemoryStorage(),
    directory: new MemorySubdomainDirectory(options.takenElsewhere),
    setups: new MemoryCompletedSetupLog(),
    attempts: new MemoryAttemptStore(options.insightsRetentionMs ?? DEFAULT_RETENTION_MS),
    ping: async () => {},
    close: async () => {},
  };
}

export interface SqliteStoresOptions extends StoresOptions {
  /** Expiry of conversation state after its last write (STATE_TTL_DAYS * 86400). */
  ttlSeconds?: number;
}

/** Everything in one SQLite file (created with its directory when missing). */
export function openSqliteStores(filePath: string, options: SqliteStoresOptions = {}): Stores {
  const database = new SqliteDatabase(filePath);
  return {
    kind: 'sqlite',
    storage: new SqliteStorage(database, options),
    directory: new SqliteSubdomainDirectory(database, options),
    setups: new SqliteCompletedSetupLog(database),
    attempts: new SqliteAttemptStore(database, {
      retentionMs: options.insightsRetentionMs ?? DEFAULT_RETENTION_MS,
    }),
    ping: () => database.ping(),
    close: async () => database.close(),
  };
}

export interface RedisStoresOptions extends StoresOptions {
  keyPrefix?: string;
  /** Expiry of conversation state after its last write (STATE_TTL_DAYS * 86400). */
  ttlSeconds?: number;
  /** How long a call waits for Redis before rejecting with StoreUnavailableError. */
  timeoutMs?: number;
}

/** Everything in one Redis, over one connection. */
export function openRedisStores(url: string, options: RedisStoresOptions = {}): Stores {
  const connection = new RedisConnection(url, options);
  return {
    kind: 'redis',
    storage: new RedisStorage(connection, options),
    directory: new RedisSubdomainDirectory(connection, options),
    setups: new RedisCompletedSetupLog(connection),
    attempts: new RedisAttemptStore(connection, {
      retentionMs: options.insightsRetentionMs ?? DEFAULT_RETENTION_MS,
    }),
    ping: () => connection.ping(),
    close: () => connection.close(),
  };
}
