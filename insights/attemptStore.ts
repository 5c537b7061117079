import type { AttemptRecord } from './attemptRecord';

/**
 * Where attempts are kept: the store the bot already uses (state/), one row or key per
 * attempt. Several instances may write to it; each attempt is written whole by the one
 * turn that changed it, so counts taken when reading are right.
 */
export interface AttemptStore {
  /** Writes the attempt (one write: a row upsert, or one Redis transaction). */
  save(record: AttemptRecord): Promise<void>;
  /** The attempts started at or after `from` (ms since the epoch), retention applied first. */
  startedSince(from: number): Promise<AttemptRecord[]>;
  /** Deletes the attempts started before `before`; returns how many. */
  deleteStartedBefore(before: number): Promise<number>;
  /** A random key made once per store and shared by every instance (for the admin hash). */
  hashKey(): Promise<string>;
}
