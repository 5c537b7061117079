import { MemoryStorage, type Storage } from 'botbuilder';
import { StorageHandoffStore, type HandoffRecord } from '../../state/handoffStore';
import { RedisConnection } from '../../state/redisConnection';
import { RedisStorage } from '../../state/redisStorage';
import { SqliteDatabase } from '../../state/sqliteDatabase';
import { SqliteStorage } from '../../state/sqliteStorage';
import { deleteKeys, describeWithRedis, uniqueKeyPrefix } from './redisTestSupport';
import { forEachSqliteDriver } from './sqliteDrivers';
import { tempSqliteFile } from './tempSqliteFile';

const record: HandoffRecord = {
  thread: 'msg/1%x',
  target: 'webex',
  admin: {
    channelId: 'webex',
    serviceUrl: 'webex',
    conversation: { id: 'room-1', isGroup: false, conversationType: 'direct', name: '' },
    user: { id: 'admin', name: 'anna@example.com' },
  },
  adminName: 'Anna',
  open: true,
  openedAt: '2026-12-05T09:00:00.000Z',
};

/** What every store keeps for handoffs: records by thread, closing once, the Teams channel. */
function describeHandoffStore(
  name: string,
  open: () => Promise<{ storage: Storage; close(): Promise<void> }>,
) {
  describe(name, () => {
    test('a record is found by its thread, closed once, and read again by a new store', async () => {
      const { storage, close } = await open();
      try {
        const store = new StorageHandoffStore(storage);
        expect(await store.byThread(record.thread)).toBeUndefined();
        await store.save(record);
        expect(await store.byThread(record.thread)).toEqual(record);
        expect(await store.byThread('msg/1')).toBeUndefined();
        expect(await store.close(record.thread)).toBe(true);
        expect(await store.close(record.thread)).toBe(false);
        expect(await new StorageHandoffStore(storage).byThread(record.thread)).toMatchObject({
          open: false,
        });
        expect(await store.teamsChannel()).toBeUndefined();
        await store.setTeamsChannel({ ...record.admin, channelId: 'msteams' });
        expect(await store.teamsChannel()).toMatchObject({ channelId: 'msteams' });
      } finally {
        await close();
      }
    });
  });
}

describeHandoffStore('StorageHandoffStore over MemoryStorage', async () => ({
  storage: new MemoryStorage(),
  close: async () => {},
}));

forEachSqliteDriver((driver) =>
  describeHandoffStore(`StorageHandoffStore over SqliteStorage (${driver.name})`, async () => {
    const file = tempSqliteFile();
    const database = new SqliteDatabase(file.path, { driver });
    return {
      storage: new SqliteStorage(database),
      close: async () => {
        database.close();
        file.remove();
      },
    };
  }),
);

describeWithRedis('StorageHandoffStore over RedisStorage', (url) => {
  describeHandoffStore('StorageHandoffStore over RedisStorage', async () => {
    const keyPrefix = uniqueKeyPrefix();
    const connection = new RedisConnection(url, { keyPrefix });
    return {
      storage: new RedisStorage(connection),
      close: async () => {
        await connection.close();
        await deleteKeys(url, keyPrefix);
      },
    };
  });
});
