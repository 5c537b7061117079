import { MemoryCompletedSetupLog } from '../../state/memoryCompletedSetupLog';
import { RedisCompletedSetupLog } from '../../state/redisCompletedSetupLog';
import { RedisConnection } from '../../state/redisConnection';
import { SqliteCompletedSetupLog } from '../../state/sqliteCompletedSetupLog';
import { SqliteDatabase } from '../../state/sqliteDatabase';
import { deleteKeys, describeWithRedis, uniqueKeyPrefix } from './redisTestSupport';
import { describeSetupLogContract } from './setupLogContract';
import { forEachSqliteDriver } from './sqliteDrivers';
import { tempSqliteFile } from './tempSqliteFile';

describeSetupLogContract('MemoryCompletedSetupLog', async () => ({
  log: new MemoryCompletedSetupLog(),
  close: async () => {},
}));

forEachSqliteDriver((driver) =>
  describeSetupLogContract(`SqliteCompletedSetupLog (${driver.name})`, async () => {
    const file = tempSqliteFile();
    const database = new SqliteDatabase(file.path, { driver });
    return {
      log: new SqliteCompletedSetupLog(database),
      close: async () => {
        database.close();
        file.remove();
      },
    };
  }),
);

describeWithRedis('RedisCompletedSetupLog', (url) => {
  describeSetupLogContract('RedisCompletedSetupLog', async () => {
    const keyPrefix = uniqueKeyPrefix();
    const connection = new RedisConnection(url, { keyPrefix });
    return {
      log: new RedisCompletedSetupLog(connection),
      close: async () => {
        await connection.close();
        await deleteKeys(url, keyPrefix);
      },
    };
  });
});
