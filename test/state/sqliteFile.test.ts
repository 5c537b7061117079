import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteCompletedSetupLog } from '../../state/sqliteCompletedSetupLog';
import { SqliteDatabase } from '../../state/sqliteDatabase';
import { defaultSqliteDriver } from '../../state/sqliteDriver';
import { SqliteStorage } from '../../state/sqliteStorage';
import { SqliteSubdomainDirectory } from '../../state/sqliteSubdomainDirectory';
import { openSqliteStores } from '../../state/stores';
import { EtagConflictError, StoreUnavailableError } from '../../state/storeErrors';
import { completedSetup } from './setupLogContract';
import { firstLine, startFixture, stopFixtures } from './fixtureProcess';
import { driverEnv, forEachSqliteDriver, sqliteDrivers } from './sqliteDrivers';
import { tempSqliteFile } from './tempSqliteFile';

let file: ReturnType<typeof tempSqliteFile>;
beforeEach(() => {
  file = tempSqliteFile();
});
afterEach(async () => {
  try {
    await stopFixtures();
  } finally {
    file.remove();
  }
});

const builtIn = process.getBuiltinModule?.('node:sqlite') !== undefined;

test(`on Node ${process.versions.node} the stores use ${builtIn ? 'node:sqlite' : 'better-sqlite3'}`, () => {
  expect(defaultSqliteDriver().name).toBe(builtIn ? 'node:sqlite' : 'better-sqlite3');
  expect(sqliteDrivers.map((driver) => driver.name)).toContain(defaultSqliteDriver().name);
  const stores = openSqliteStores(file.path);
  return stores.close();
});

forEachSqliteDriver((driver) =>
  describe(`SQLite file (${driver.name})`, () => {
    const open = (path: string, busyTimeoutMs?: number) =>
      new SqliteDatabase(path, { driver, busyTimeoutMs });

    test('creates the file and its directory, in WAL mode, NORMAL syncs for state (claims commit with FULL)', async () => {
      const database = open(file.path);
      expect(existsSync(file.path)).toBe(true);
      const pragma = (name: string) =>
        database.read(
          (connection) => Object.values(connection.prepare(`PRAGMA ${name}`).get()!)[0],
        );
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('synchronous')).toBe(1); // NORMAL
      // Each try waits briefly inside SQLite; longer waits are asynchronous (F5).
      expect(await pragma('busy_timeout')).toBe(10);
      database.close();
    });

    test('everything written is there after closing and opening the file again', async () => {
      const first = open(file.path);
      await new SqliteStorage(first).write({ conversation: { step: 'telephony' } });
      await new SqliteSubdomainDirectory(first).claim('contoso', 'alice');
      first.close();

      const second = open(file.path);
      expect((await new SqliteStorage(second).read(['conversation'])).conversation).toMatchObject({
        step: 'telephony',
      });
      expect(await new SqliteSubdomainDirectory(second).isAvailable('contoso', 'bob')).toBe(false);
      second.close();
    });

    test('two connections to one file see each other and reject stale eTags from each other', async () => {
      const databases = [open(file.path), open(file.path)];
      const [one, two] = databases.map((database) => new SqliteStorage(database));
      await one.write({ key: { v: 1 } });
      const seen = (await two.read(['key'])).key;
      await one.write({ key: { ...seen, v: 2 } });
      await expect(two.write({ key: { ...seen, v: 3 } })).rejects.toBeInstanceOf(EtagConflictError);
      expect((await two.read(['key'])).key).toMatchObject({ v: 2 });
      databases.forEach((database) => database.close());
    });

    test('a failed write rolls back all of it and leaves the connection usable', async () => {
      const database = open(file.path);
      const storage = new SqliteStorage(database);
      await storage.write({ kept: { v: 1 } });
      await expect(
        database.transaction((connection) => {
          connection.prepare('DELETE FROM state_items').run();
          throw new Error('the work failed');
        }),
      ).rejects.toThrow('the work failed');
      expect(Object.keys(await storage.read(['kept']))).toEqual(['kept']);
      await storage.write({ after: { v: 2 } });
      expect(Object.keys(await storage.read(['kept', 'after']))).toEqual(['kept', 'after']);
      database.close();
    });

    test('integers and nulls come back as numbers and nulls', async () => {
      const database = open(file.path);
      const expiresAt = Date.UTC(2030, 0, 1);
      const row = await database.transaction((connection) => {
        connection
          .prepare(
            'INSERT INTO subdomains (subdomain, holder, claimed, expires_at) VALUES (?, ?, ?, ?)',
          )
          .run('a', 'alice', 0, expiresAt);
        connection
          .prepare(
            'INSERT INTO subdomains (subdomain, holder, claimed, expires_at) VALUES (?, ?, ?, ?)',
          )
          .run('b', 'bob', 1, null);
        return connection
          .prepare(
            'SELECT claimed, expires_at, typeof(claimed) AS type FROM subdomains ORDER BY subdomain',
          )
          .all();
      });
      expect(row).toEqual([
        { claimed: 0, expires_at: expiresAt, type: 'integer' },
        { claimed: 1, expires_at: null, type: 'integer' },
      ]);
      database.close();
    });

    test('of racing claims from separate processes, exactly one wins', async () => {
      open(file.path).close(); // create the schema before the race
      const claimers = Array.from({ length: 4 }, (_, process) =>
        startFixture(
          'sqliteClaimer.js',
          [
            file.path,
            'race',
            ...Array.from({ length: 5 }, (_, index) => `process-${process}-conversation-${index}`),
          ],
          driverEnv(driver),
        ),
      );
      await Promise.all(claimers.map(firstLine)); // every process is ready
      const results = claimers.map(firstLine);
      claimers.forEach((claimer) => claimer.stdin.end('go\n'));
      const winners = (await Promise.all(results)).flatMap((line) => JSON.parse(line) as string[]);

      expect(winners).toHaveLength(1);
      const database = open(file.path);
      const directory = new SqliteSubdomainDirectory(database);
      expect(await directory.isAvailable('race', winners[0])).toBe(true);
      expect(await directory.isAvailable('race', 'process-0-conversation-99')).toBe(false);
      database.close();
    });

    test('a file that cannot be opened is reported as unavailable', () => {
      const notADirectory = join(file.path, '..', 'plain-file');
      open(file.path).close();
      writeFileSync(notADirectory, 'not a directory');
      expect(() => open(join(notADirectory, 'state.sqlite'))).toThrow(StoreUnavailableError);
      // SQLite itself cannot open a directory as its file.
      expect(() => open(join(file.path, '..'))).toThrow(StoreUnavailableError);
    });

    test('a closed database is reported as unavailable, not as a programming error', async () => {
      const database = open(file.path);
      database.close();
      database.close(); // closing twice is harmless
      await expect(new SqliteStorage(database).read(['key'])).rejects.toBeInstanceOf(
        StoreUnavailableError,
      );
      await expect(
        new SqliteSubdomainDirectory(database).claim('contoso', 'alice'),
      ).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(database.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    });

    test('a file locked by another writer for too long is reported as unavailable', async () => {
      open(file.path).close();
      const locker = driver.open(file.path);
      const waiting = open(file.path, 50);
      const storage = new SqliteStorage(waiting);
      locker.exec('BEGIN IMMEDIATE');
      await expect(storage.write({ key: { v: 1 } })).rejects.toBeInstanceOf(StoreUnavailableError);
      locker.exec('ROLLBACK');
      await storage.write({ key: { v: 1 } });
      locker.close();
      waiting.close();
    });

    test('F5: a held lock never stalls the event loop; health says unavailable at once; the write goes through once the lock is let go', async () => {
      open(file.path).close();
      const locker = driver.open(file.path);
      const database = open(file.path, 5000);
      const storage = new SqliteStorage(database);
      locker.exec('BEGIN IMMEDIATE');
      const write = storage.write({ key: { v: 1 } });
      // Timer ticks keep coming while the write waits: the longest gap stays short.
      let longestGap = 0;
      let last = performance.now();
      const ticker = setInterval(() => {
        const now = performance.now();
        longestGap = Math.max(longestGap, now - last);
        last = now;
      }, 5);
      let pingMs: number;
      try {
        await new Promise((resolve) => setTimeout(resolve, 300));
        const pingStarted = performance.now();
        await expect(database.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
        pingMs = performance.now() - pingStarted;
        locker.exec('ROLLBACK');
        await write;
      } finally {
        // A failed expectation must not leave the interval keeping Jest alive.
        clearInterval(ticker);
      }
      expect(longestGap).toBeLessThan(100);
      expect(pingMs).toBeLessThan(100);
      expect((await storage.read(['key'])).key).toMatchObject({ v: 1 });
      await database.ping();
      locker.close();
      database.close();
    });

    test('F4: a file deleted or replaced while open makes writes and health checks fail, not vanish', async () => {
      const database = open(file.path);
      const stores = {
        storage: new SqliteStorage(database),
        directory: new SqliteSubdomainDirectory(database),
        setups: new SqliteCompletedSetupLog(database),
      };
      await stores.storage.write({ before: { v: 1 } });
      await database.ping();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file.path}${suffix}`, { force: true });
      await expect(database.ping()).rejects.toThrow(/deleted/);
      await expect(stores.storage.write({ after: { v: 2 } })).rejects.toBeInstanceOf(
        StoreUnavailableError,
      );
      await expect(stores.directory.claim('gone', 'alice')).rejects.toBeInstanceOf(
        StoreUnavailableError,
      );
      await expect(
        stores.setups.record(completedSetup('lost', '2025-03-01T09:00:00.000Z')),
      ).rejects.toBeInstanceOf(StoreUnavailableError);
      // Another file at the same path (a restore, a second bot) is not the one opened either.
      open(file.path).close();
      await expect(database.ping()).rejects.toThrow(/replaced/);
      await expect(stores.storage.write({ after: { v: 2 } })).rejects.toBeInstanceOf(
        StoreUnavailableError,
      );
      database.close();
    });
  }),
);

test('the stores of one file share it: state, claims and setups survive a reopen', async () => {
  const first = openSqliteStores(file.path);
  await first.storage.write({ conversation: { step: 'telephony' } });
  await first.directory.claim('contoso', 'alice');
  await first.setups.record(completedSetup('p1', '2025-03-01T09:00:00.000Z'));
  await first.close();

  const second = openSqliteStores(file.path);
  expect((await second.storage.read(['conversation'])).conversation).toMatchObject({
    step: 'telephony',
  });
  expect(await second.directory.isAvailable('contoso', 'bob')).toBe(false);
  expect(await second.setups.list()).toHaveLength(1);
  await second.close();
});

test('a closed set of stores is reported as unavailable', async () => {
  const stores = openSqliteStores(file.path);
  await stores.close();
  await expect(stores.storage.read(['key'])).rejects.toBeInstanceOf(StoreUnavailableError);
  await expect(stores.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
});
