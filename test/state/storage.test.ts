import { MemoryStorage } from 'botbuilder';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RedisStorage } from '../../state/redisStorage';
import { RedisConnection } from '../../state/redisConnection';
import { SqliteStorage } from '../../state/sqliteStorage';
import { describeDurableStorageContract } from './durableStorageContract';
import { deleteKeys, describeWithRedis, uniqueKeyPrefix } from './redisTestSupport';
import { describeStorageContract, type StorageUnderTest } from './storageContract';

async function openMemory(): Promise<StorageUnderTest> {
  return { storage: new MemoryStorage(), close: async () => {} };
}

async function openSqlite(): Promise<StorageUnderTest> {
  const directory = mkdtempSync(join(tmpdir(), 'wxcc-storage-'));
  const storage = new SqliteStorage(join(directory, 'data', 'state.sqlite'));
  return {
    storage,
    close: async () => {
      storage.close();
      rmSync(directory, { recursive: true, force: true });
    },
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
describeStorageContract('SqliteStorage', openSqlite);
describeDurableStorageContract('SqliteStorage', openSqlite);

describeWithRedis('RedisStorage', (url) => {
  describeStorageContract('RedisStorage', redisOpener(url));
  describeDurableStorageContract('RedisStorage', redisOpener(url));
});
