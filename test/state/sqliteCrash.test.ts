import type { StoreItem } from 'botbuilder';
import { SqliteDatabase } from '../../state/sqliteDatabase';
import type { SqliteDriver } from '../../state/sqliteDriver';
import { SqliteStorage } from '../../state/sqliteStorage';
import { exited, onLines, startFixture, stopFixtures } from './fixtureProcess';
import { driverEnv, forEachSqliteDriver } from './sqliteDrivers';
import { tempSqliteFile } from './tempSqliteFile';

const CONVERSATIONS = 20;

afterEach(stopFixtures);
const ROUNDS = 3;

/** Runs the writer until it has committed `commits` more writes, then SIGKILLs it. */
async function writeThenKill(driver: SqliteDriver, path: string, commits: number): Promise<number> {
  const writer = startFixture('sqliteWriter.js', [path], driverEnv(driver));
  let firstSeen: number | undefined;
  let lastCommitted = 0;
  await new Promise<void>((resolve, reject) => {
    onLines(writer, (line) => {
      lastCommitted = Number(line);
      firstSeen ??= lastCommitted;
      if (lastCommitted - firstSeen >= commits) resolve();
    });
    writer.once('exit', (code) => reject(new Error(`writer exited with ${code} before the kill`)));
  });
  writer.kill('SIGKILL');
  await exited(writer);
  return lastCommitted;
}

function expectConsistentConversation(item: StoreItem | undefined): void {
  if (item === undefined) return;
  expect(item.steps).toHaveLength(item.n % 30);
  expect(item.stepCount).toBe(item.n % 30);
  expect(item.steps.every((step: string) => step.startsWith(`step-${item.n}-`))).toBe(true);
  expect(item.padding).toHaveLength((item.n % 7) * 500);
}

forEachSqliteDriver((driver) =>
  test(`a writer killed with SIGKILL leaves a consistent file that keeps every committed write (${driver.name})`, async () => {
    const file = tempSqliteFile();
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const lastCommitted = await writeThenKill(driver, file.path, 30 + round * 70);

        const database = new SqliteDatabase(file.path, { driver });
        const storage = new SqliteStorage(database);
        const integrity = await database.read((connection) =>
          connection.prepare('PRAGMA integrity_check').all(),
        );
        expect(integrity).toEqual([{ integrity_check: 'ok' }]);

        const keys = Array.from({ length: CONVERSATIONS }, (_, index) => `conversation-${index}`);
        const items = await storage.read(['pair-a', 'pair-b', ...keys]);
        expect(items['pair-a'].n).toBe(items['pair-b'].n);
        // Every write the writer reported as committed survived (it may have committed one more).
        expect(items['pair-a'].n).toBeGreaterThanOrEqual(lastCommitted);
        keys.forEach((key) => expectConsistentConversation(items[key]));
        database.close();
      }
    } finally {
      file.remove();
    }
  }),
);
