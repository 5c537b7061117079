import { MemoryStorage, type Storage } from 'botbuilder';
import type { SubdomainDirectory } from '../provisioning/subdomainDirectory';
import type { CompletedSetupLog } from './completedSetupLog';
import { MemoryCompletedSetupLog } from './memoryCompletedSetupLog';
import { MemorySubdomainDirectory } from './memorySubdomainDirectory';
import { RedisCompletedSetupLog } from './redisCompletedSetupLog';
import { RedisConnection } from './redisConnection';
import { RedisStorage } from './redisStorage';
import { RedisSubdomainDirectory } from './redisSubdomainDirectory';
import { SqliteCompletedSetupLog } from './sqliteCompletedSetupLog';
import { SqliteDatabase } from './sqliteDatabase';
import { SqliteStorage } from './sqliteStorage';
import { SqliteSubdomainDirectory } from './sqliteSubdomainDirectory';

/** The conversation state, the subdomain directory and the setup log, all in one store. */
export interface Stores {
  storage: Storage;
  directory: SubdomainDirectory;
  setups: CompletedSetupLog;
  /** Resolves when the store answers; rejects with StoreUnavailableError when it does not. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface StoresOptions {
  /** Subdomains already in use outside this bot (SUBDOMAINS_TAKEN_FILE). */
  takenElsewhere?: Iterable<string>;
}

/** For tests and quick tries only: everything is lost when the process ends. */
export function openMemoryStores(options: StoresOptions = {}): Stores {
  return {
    storage: new MemoryStorage(),
    directory: new MemorySubdomainDirectory(options.takenElsewhere),
    setups: new MemoryCompletedSetupLog(),
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
    storage: new SqliteStorage(database, options),
    directory: new SqliteSubdomainDirectory(database, options),
    setups: new SqliteCompletedSetupLog(database),
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
    storage: new RedisStorage(connection, options),
    directory: new RedisSubdomainDirectory(connection, options),
    setups: new RedisCompletedSetupLog(connection),
    ping: () => connection.ping(),
    close: () => connection.close(),
  };
}
