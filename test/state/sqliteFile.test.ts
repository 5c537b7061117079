import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteDatabase } from '../../state/sqliteDatabase';
import { SqliteStorage } from '../../state/sqliteStorage';
import { SqliteSubdomainDirectory } from '../../state/sqliteSubdomainDirectory';
import { openSqliteStores } from '../../state/stores';
import { EtagConflictError, StoreUnavailableError } from '../../state/storeErrors';
import { completedSetup } from './setupLogContract';
import { firstLine, startFixture } from './fixtureProcess';
import { tempSqliteFile } from './tempSqliteFile';

let file: ReturnType<typeof tempSqliteFile>;
beforeEach(() => {
  file = tempSqliteFile();
});
afterEach(() => file.remove());

test('creates the file and its directory, in WAL mode, NORMAL syncs for state (claims commit with FULL)', () => {
  const database = new SqliteDatabase(file.path);
  expect(existsSync(file.path)).toBe(true);
  const pragma = (name: string) =>
    database.read((connection) => connection.pragma(name, { simple: true }));
  expect(pragma('journal_mode')).toBe('wal');
  expect(pragma('synchronous')).toBe(1); // NORMAL
  database.close();
});

test('everything written is there after closing and opening the file again', async () => {
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

test('two connections to one file see each other and reject stale eTags from each other', async () => {
  const [one, two] = [new SqliteStorage(file.path), new SqliteStorage(file.path)];
  await one.write({ key: { v: 1 } });
  const seen = (await two.read(['key'])).key;
  await one.write({ key: { ...seen, v: 2 } });
  await expect(two.write({ key: { ...seen, v: 3 } })).rejects.toBeInstanceOf(EtagConflictError);
  expect((await two.read(['key'])).key).toMatchObject({ v: 2 });
  one.close();
  two.close();
});

test('of racing claims from separate processes, exactly one wins', async () => {
  new SqliteDatabase(file.path).close(); // create the schema before the race
  const claimers = Array.from({ length: 4 }, (_, process) =>
    startFixture('sqliteClaimer.js', [
      file.path,
      'race',
      ...Array.from({ length: 5 }, (_, index) => `process-${process}-conversation-${index}`),
    ]),
  );
  await Promise.all(claimers.map(firstLine)); // every process is ready
  const results = claimers.map(firstLine);
  claimers.forEach((claimer) => claimer.stdin.end('go\n'));
  const winners = (await Promise.all(results)).flatMap((line) => JSON.parse(line) as string[]);

  expect(winners).toHaveLength(1);
  const directory = new SqliteSubdomainDirectory(new SqliteDatabase(file.path));
  expect(await directory.isAvailable('race', winners[0])).toBe(true);
  expect(await directory.isAvailable('race', 'process-0-conversation-99')).toBe(false);
});

test('a file that cannot be opened is reported as unavailable', () => {
  const notADirectory = join(file.path, '..', 'plain-file');
  new SqliteDatabase(file.path).close();
  writeFileSync(notADirectory, 'not a directory');
  expect(() => new SqliteStorage(join(notADirectory, 'state.sqlite'))).toThrow(
    StoreUnavailableError,
  );
});

test('a closed database is reported as unavailable, not as a programming error', async () => {
  const stores = openSqliteStores(file.path);
  await stores.close();
  await expect(stores.storage.read(['key'])).rejects.toBeInstanceOf(StoreUnavailableError);
  await expect(stores.directory.claim('contoso', 'alice')).rejects.toBeInstanceOf(
    StoreUnavailableError,
  );
  await expect(stores.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
});

test('a file locked by another writer for too long is reported as unavailable', async () => {
  new SqliteDatabase(file.path).close();
  const locker = new Database(file.path);
  const waiting = new SqliteDatabase(file.path, { busyTimeoutMs: 50 });
  const storage = new SqliteStorage(waiting);
  locker.exec('BEGIN IMMEDIATE');
  await expect(storage.write({ key: { v: 1 } })).rejects.toBeInstanceOf(StoreUnavailableError);
  locker.exec('ROLLBACK');
  await storage.write({ key: { v: 1 } });
  locker.close();
  waiting.close();
});
