import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { backupSqliteFile } from '../state/sqliteBackup';
import { loadConfig } from './config';
import { loadDotEnv } from './dotEnv';

/** A name that sorts by time and never contains ':' (safe on every file system). */
function timestamped(directory: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return join(directory, `state-${stamp}.sqlite`);
}

/**
 * `npm run backup [-- --to FILE | --dir DIR]`: a consistent copy of STATE_DB, safe while the
 * bot runs (see state/sqliteBackup.ts). Default: backups/state-<time>.sqlite beside STATE_DB.
 */
function main(argv: string[]): number {
  loadDotEnv();
  const { values } = parseArgs({
    args: argv,
    options: { to: { type: 'string' }, dir: { type: 'string' } },
  });
  const config = loadConfig();
  if (config.STATE_STORE !== 'sqlite') {
    console.error(
      `STATE_STORE is ${config.STATE_STORE}: npm run backup copies the SQLite file only (back up Redis with its own persistence, see docs/deploy.md)`,
    );
    return 2;
  }
  const target = values.to ?? timestamped(values.dir ?? join(dirname(config.STATE_DB), 'backups'));
  try {
    const { file, bytes } = backupSqliteFile(config.STATE_DB, target);
    console.log(`backed up ${config.STATE_DB} to ${file} (${bytes} bytes, integrity ok)`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}

process.exit(main(process.argv.slice(2)));
