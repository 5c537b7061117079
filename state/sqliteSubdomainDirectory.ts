import type { SubdomainDirectory } from '../provisioning/subdomainDirectory';
import type { SqliteConnection as Connection, SqliteDatabase } from './sqliteDatabase';
import {
  assertPositiveTtl,
  isFreeFor,
  isReleasableBy,
  normalizeSubdomain,
  normalizedSet,
  recordAfterHold,
  type SubdomainRecord,
} from './subdomainRecord';

export interface SqliteSubdomainDirectoryOptions {
  /** Subdomains already in use outside this bot; nobody can hold or claim them. */
  takenElsewhere?: Iterable<string>;
  /** The clock holds expire by (tests pass their own). */
  now?: () => number;
}

interface SubdomainRow {
  holder: string;
  claimed: number;
  expires_at: number | null;
}

/**
 * Holds and claims in the shared SQLite file. Each hold or claim is one write transaction
 * (BEGIN IMMEDIATE), so racing claims from any number of connections or processes are
 * serialised and exactly one of them finds the subdomain free.
 */
export class SqliteSubdomainDirectory implements SubdomainDirectory {
  private readonly takenElsewhere: ReadonlySet<string>;
  private readonly now: () => number;

  constructor(
    private readonly database: SqliteDatabase,
    options: SqliteSubdomainDirectoryOptions = {},
  ) {
    this.takenElsewhere = normalizedSet(options.takenElsewhere ?? []);
    this.now = options.now ?? Date.now;
  }

  async isAvailable(subdomain: string, holder: string): Promise<boolean> {
    const name = normalizeSubdomain(subdomain);
    if (this.takenElsewhere.has(name)) return false;
    const record = await this.database.read((connection) => readRecord(connection, name));
    return isFreeFor(record, holder, this.now());
  }

  async hold(subdomain: string, holder: string, ttlMs: number): Promise<boolean> {
    assertPositiveTtl(ttlMs);
    const name = normalizeSubdomain(subdomain);
    if (this.takenElsewhere.has(name)) return false;
    return this.database.transaction((connection) => {
      const now = this.now();
      deleteExpiredHolds(connection, now);
      const record = readRecord(connection, name);
      if (!isFreeFor(record, holder, now)) return false;
      writeRecord(connection, name, recordAfterHold(record, holder, now + ttlMs));
      return true;
    });
  }

  async release(subdomain: string, holder: string): Promise<void> {
    const name = normalizeSubdomain(subdomain);
    await this.database.transaction((connection) => {
      if (isReleasableBy(readRecord(connection, name), holder)) {
        connection.prepare('DELETE FROM subdomains WHERE subdomain = ?').run(name);
      }
    });
  }

  async claim(subdomain: string, holder: string): Promise<boolean> {
    const name = normalizeSubdomain(subdomain);
    if (this.takenElsewhere.has(name)) return false;
    return this.database.transaction((connection) => {
      if (!isFreeFor(readRecord(connection, name), holder, this.now())) return false;
      writeRecord(connection, name, { holder, claimed: true, expiresAt: null });
      return true;
    }, true);
  }
}

function readRecord(connection: Connection, subdomain: string): SubdomainRecord | undefined {
  const row = connection
    .prepare<[string], SubdomainRow>(
      'SELECT holder, claimed, expires_at FROM subdomains WHERE subdomain = ?',
    )
    .get(subdomain);
  return row && { holder: row.holder, claimed: row.claimed === 1, expiresAt: row.expires_at };
}

function writeRecord(connection: Connection, subdomain: string, record: SubdomainRecord): void {
  connection
    .prepare(
      `INSERT INTO subdomains (subdomain, holder, claimed, expires_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (subdomain) DO UPDATE
       SET holder = excluded.holder, claimed = excluded.claimed, expires_at = excluded.expires_at`,
    )
    .run(subdomain, record.holder, record.claimed ? 1 : 0, record.expiresAt);
}

/** Keeps the table from growing with holds nobody finished. */
function deleteExpiredHolds(connection: Connection, now: number): void {
  connection.prepare('DELETE FROM subdomains WHERE claimed = 0 AND expires_at <= ?').run(now);
}
