import { MemoryStorage } from 'botbuilder';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RedisStorage } from '../../state/redisStorage';
import { RedisConnection } from '../../state/redisConnection';
import { SqliteDatabase } from '../../state/sqliteDatabase';
import type { SqliteDriver } from '../../state/sqliteDriver';
import { SqliteStorage } from '../../state/sqliteStorage';
import { describeDurableStorageContract } from './durableStorageContract';
import { deleteKeys, describeWithRedis, uniqueKeyPrefix } from './redisTestSupport';
import { forEachSqliteDriver } from './sqliteDrivers';
import { describeStorageContract, type StorageUnderTest } from './storageContract';

async function openMemory(): Promise<StorageUnderTest> {
  return { storage: new MemoryStorage(), close: async () => {} };
}

function sqliteOpener(driver: SqliteDriver) {
  return async (): Promise<StorageUnderTest> => {
    const directory = mkdtempSync(join(tmpdir(), 'wxcc-storage-'));
    const database = new SqliteDatabase(join(directory, 'data', 'state.sqlite'), { driver });
    return {
      storage: new SqliteStorage(database),
      close: async () => {
        database.close();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  };
}

function redisOpener(url: string) {
  return async (): Promise<StorageUnderTest> => {
    const keyPrefix = uniqueKeyPrefix();
    const connection = new RedisConnection(url, { keyPrefix });
    return {
      storage: new RedisStorage(connection, { ttlSeconds: 3600 }),
      close: async () => {
        await connection.close();
        await deleteKeys(url, keyPrefix);
      },
    };
  };
}

describeStorageContract('MemoryStorage', openMemory);
forEachSqliteDriver((driver) => {
  describeStorageContract(`SqliteStorage (${driver.name})`, sqliteOpener(driver));
  describeDurableStorageContract(`SqliteStorage (${driver.name})`, sqliteOpener(driver));
});

describeWithRedis('RedisStorage', (url) => {
  describeStorageContract('RedisStorage', redisOpener(url));
  describeDurableStorageContract('RedisStorage', redisOpener(url));
});
