import { MemorySubdomainDirectory } from '../../state/memorySubdomainDirectory';
import { RedisConnection } from '../../state/redisConnection';
import { RedisSubdomainDirectory } from '../../state/redisSubdomainDirectory';
import { SqliteDatabase } from '../../state/sqliteDatabase';
import { SqliteSubdomainDirectory } from '../../state/sqliteSubdomainDirectory';
import { describeDirectoryContract, type DirectoryOptions } from './directoryContract';
import { FakeClock } from './fakeClock';
import { deleteKeys, describeWithRedis, uniqueKeyPrefix } from './redisTestSupport';
import { forEachSqliteDriver } from './sqliteDrivers';
import { tempSqliteFile } from './tempSqliteFile';

describeDirectoryContract('MemorySubdomainDirectory', async ({ takenElsewhere }) => {
  const clock = new FakeClock();
  const directory = new MemorySubdomainDirectory(takenElsewhere, clock.now);
  return {
    directory,
    sibling: directory,
    advance: (ms) => clock.advance(ms),
    close: async () => {},
  };
});

// The sibling is a second connection to the same file, as another bot process would have.
forEachSqliteDriver((driver) =>
  describeDirectoryContract(
    `SqliteSubdomainDirectory (${driver.name})`,
    async (options: DirectoryOptions) => {
      const clock = new FakeClock();
      const file = tempSqliteFile();
      const databases = [
        new SqliteDatabase(file.path, { driver }),
        new SqliteDatabase(file.path, { driver }),
      ];
      const [directory, sibling] = databases.map(
        (database) => new SqliteSubdomainDirectory(database, { ...options, now: clock.now }),
      );
      return {
        directory,
        sibling,
        advance: (ms) => clock.advance(ms),
        close: async () => {
          databases.forEach((database) => database.close());
          file.remove();
        },
      };
    },
  ),
);

// Holds expire on the Redis server's clock, so the tests wait in real time.
describeWithRedis('RedisSubdomainDirectory', (url) => {
  describeDirectoryContract('RedisSubdomainDirectory', async (options: DirectoryOptions) => {
    const keyPrefix = uniqueKeyPrefix();
    const connections = [
      new RedisConnection(url, { keyPrefix }),
      new RedisConnection(url, { keyPrefix }),
    ];
    const [directory, sibling] = connections.map(
      (connection) => new RedisSubdomainDirectory(connection, options),
    );
    return {
      directory,
      sibling,
      advance: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      close: async () => {
        await Promise.all(connections.map((connection) => connection.close()));
        await deleteKeys(url, keyPrefix);
      },
    };
  });
});
