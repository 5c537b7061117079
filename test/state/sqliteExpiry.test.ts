import { statSync } from 'node:fs';
import { SqliteDatabase } from '../../state/sqliteDatabase';
import { SqliteCompletedSetupLog } from '../../state/sqliteCompletedSetupLog';
import { SqliteStorage } from '../../state/sqliteStorage';
import { FakeClock } from './fakeClock';
import { completedSetup } from './setupLogContract';
import { forEachSqliteDriver } from './sqliteDrivers';
import { tempSqliteFile } from './tempSqliteFile';

const DAY = 24 * 60 * 60 * 1000;

forEachSqliteDriver((driver) =>
  describe(`SQLite conversation expiry (${driver.name})`, () => {
    let file: ReturnType<typeof tempSqliteFile>;
    beforeEach(() => (file = tempSqliteFile()));
    afterEach(() => file.remove());

    test('conversations untouched for the ttl are gone; touched ones and finished setups stay', async () => {
      const clock = new FakeClock();
      const database = new SqliteDatabase(file.path, { driver });
      const storage = new SqliteStorage(database, {
        ttlSeconds: (30 * DAY) / 1000,
        now: clock.now,
      });
      const setups = new SqliteCompletedSetupLog(database);
      try {
        await storage.write({ old: { n: 1 }, busy: { n: 2 } });
        await setups.record(completedSetup('plan-1', '2025-01-01T00:00:00.000Z'));
        await clock.advance(20 * DAY);
        await storage.write({ busy: { n: 3 } });
        await clock.advance(11 * DAY);
        expect(Object.keys(await storage.read(['old', 'busy']))).toEqual(['busy']);
        expect(await storage.deleteExpired()).toBe(1);
        expect(await setups.list()).toHaveLength(1);
        expect(await database.read((c) => c.prepare('SELECT key FROM state_items').all())).toEqual([
          { key: 'busy' },
        ]);
      } finally {
        database.close();
      }
    });

    test('a write more than an hour after the last cleanup deletes expired conversations, and the file shrinks', async () => {
      const clock = new FakeClock();
      const database = new SqliteDatabase(file.path, { driver });
      const storage = new SqliteStorage(database, { ttlSeconds: DAY / 1000, now: clock.now });
      try {
        const big = { text: 'x'.repeat(2000) };
        for (let i = 0; i < 50; i++) {
          const batch: Record<string, unknown> = {};
          for (let j = 0; j < 40; j++) batch[`c-${i}-${j}`] = { ...big };
          await storage.write(batch as Record<string, { text: string }>);
        }
        database.checkpoint();
        const before = statSync(file.path).size;
        await clock.advance(2 * DAY);
        await storage.write({ fresh: { n: 1 } });
        database.checkpoint();
        const after = statSync(file.path).size;
        expect(
          await database.read((c) => c.prepare('SELECT count(*) AS n FROM state_items').get()),
        ).toEqual({ n: 1 });
        expect(after).toBeLessThan(before / 4);
      } finally {
        database.close();
      }
    });
  }),
);
