import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A path for a state file in a fresh temporary directory, and a way to remove it. */
export function tempSqliteFile(): { path: string; remove(): void } {
  const directory = mkdtempSync(join(tmpdir(), 'wxcc-state-'));
  return {
    path: join(directory, 'data', 'state.sqlite'),
    remove: () => rmSync(directory, { recursive: true, force: true }),
  };
}
