import { availableSqliteDrivers, type SqliteDriver } from '../../state/sqliteDriver';

/**
 * The SQLite drivers this Node can run: node:sqlite on Node 22.13+, better-sqlite3 on
 * Node 20 (and on 22/23 when its addon was built for that Node). The SQLite tests run
 * once per driver, with the driver's name in the test names.
 */
export const sqliteDrivers: SqliteDriver[] = availableSqliteDrivers();

/** Runs `define` once per available driver. */
export function forEachSqliteDriver(define: (driver: SqliteDriver) => void): void {
  for (const driver of sqliteDrivers) define(driver);
}

/** The environment a fixture process needs to open the state file with `driver`. */
export function driverEnv(driver: SqliteDriver): NodeJS.ProcessEnv {
  return { ...process.env, SQLITE_TEST_DRIVER: driver.name };
}
