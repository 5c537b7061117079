import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteDatabase } from '../../state/sqliteDatabase';
import { SqliteStorage } from '../../state/sqliteStorage';
import { backupSqliteFile } from '../../state/sqliteBackup';
import { exited, onLines, startFixture } from './fixtureProcess';
import { driverEnv, forEachSqliteDriver } from './sqliteDrivers';
import { tempSqliteFile } from './tempSqliteFile';

/** Waits until the writer (the running bot's stand-in) has committed `count` writes. */
function committed(writer: ReturnType<typeof startFixture>, count: number): Promise<number> {
  return new Promise((resolve, reject) => {
    onLines(writer, (line) => {
      if (Number(line) >= count) resolve(Number(line));
    });
    writer.once('exit', (code) => reject(new Error(`writer exited with ${code}`)));
  });
}

forEachSqliteDriver((driver) => {
  test(`npm run backup copies a consistent snapshot while another process writes (${driver.name})`, async () => {
    const file = tempSqliteFile();
    const writer = startFixture('sqliteWriter.js', [file.path], driverEnv(driver));
    try {
      const before = await committed(writer, 50);
      const target = join(file.path, '..', 'backups', 'one.sqlite');
      const result = backupSqliteFile(file.path, target, driver);
      expect(result.file).toBe(target);
      expect(existsSync(`${target}.partial`)).toBe(false);
      writer.kill('SIGKILL');
      await exited(writer);

      const copy = new SqliteStorage(new SqliteDatabase(target, { driver }));
      const { 'pair-a': a, 'pair-b': b } = await copy.read(['pair-a', 'pair-b']);
      // One transaction writes both: a snapshot shows them equal, and at least as new as
      // the last commit seen before the backup started.
      expect(a?.n).toBe(b?.n);
      expect(a?.n).toBeGreaterThanOrEqual(before);
      expect(() => backupSqliteFile(file.path, target, driver)).toThrow('exists already');
    } finally {
      writer.kill('SIGKILL');
      file.remove();
    }
  }, 30_000);

  test(`the backup has what is still in the WAL, which a file copy misses (${driver.name})`, async () => {
    const file = tempSqliteFile();
    const database = new SqliteDatabase(file.path, { driver });
    try {
      const storage = new SqliteStorage(database);
      await storage.write({ 'conversation-1': { step: 'country' } });
      const naive = join(file.path, '..', 'copied.sqlite');
      copyFileSync(file.path, naive);
      const backup = backupSqliteFile(file.path, join(file.path, '..', 'backup.sqlite'), driver);
      const read = (path: string) =>
        new SqliteStorage(new SqliteDatabase(path, { driver })).read(['conversation-1']);
      expect(await read(naive)).toEqual({});
      expect((await read(backup.file))['conversation-1']).toMatchObject({ step: 'country' });
    } finally {
      database.close();
      file.remove();
    }
  });

  test(`a missing state file is named, and nothing is created (${driver.name})`, () => {
    const file = tempSqliteFile();
    expect(() => backupSqliteFile(file.path, `${file.path}.bak`, driver)).toThrow(
      `no SQLite file at ${file.path}`,
    );
    expect(existsSync(file.path)).toBe(false);
  });
});
