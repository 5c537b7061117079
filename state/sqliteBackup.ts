import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultSqliteDriver, type SqliteDriver } from './sqliteDriver';

export interface SqliteBackupResult {
  file: string;
  bytes: number;
}

/**
 * A consistent copy of the state file, safe while the bot runs: `VACUUM INTO` reads one
 * snapshot in a read transaction (WAL mode: writers go on meanwhile) and includes what is
 * still in the -wal file, which a plain file copy would miss. The copy is written under a
 * temporary name, checked with `PRAGMA integrity_check`, then renamed into place, so
 * `target` is either a whole checked backup or not there.
 */
export function backupSqliteFile(
  source: string,
  target: string,
  driver: SqliteDriver = defaultSqliteDriver(),
): SqliteBackupResult {
  if (!existsSync(source)) throw new Error(`no SQLite file at ${source} (check STATE_DB)`);
  if (existsSync(target)) throw new Error(`${target} exists already: give a new name`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    const connection = driver.open(source);
    try {
      connection.exec('PRAGMA busy_timeout = 10000');
      connection.prepare<[string]>('VACUUM INTO ?').run(partial);
    } finally {
      connection.close();
    }
    checkIntegrity(partial, driver);
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
  return { file: target, bytes: statSync(target).size };
}

function checkIntegrity(file: string, driver: SqliteDriver): void {
  const copy = driver.open(file);
  try {
    const rows = copy.prepare<[], { integrity_check: string }>('PRAGMA integrity_check').all();
    const verdict = rows.map((row) => row.integrity_check).join('; ');
    if (verdict !== 'ok')
      throw new Error(`the backup ${file} failed its integrity check: ${verdict}`);
  } finally {
    copy.close();
  }
}
