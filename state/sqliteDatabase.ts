import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreUnavailableError } from './storeErrors';

/** The better-sqlite3 connection the stores run their statements on. */
export type SqliteConnection = Database.Database;
type Connection = SqliteConnection;

export interface SqliteDatabaseOptions {
  /** How long a write waits for another connection's write lock before giving up. */
  busyTimeoutMs?: number;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS state_items (
    key TEXT PRIMARY KEY,
    etag TEXT NOT NULL,
    json TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS subdomains (
    subdomain TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    claimed INTEGER NOT NULL,
    expires_at INTEGER
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS completed_setups (
    plan_id TEXT PRIMARY KEY,
    completed_at TEXT NOT NULL,
    json TEXT NOT NULL
  );
`;

/** SQLite result codes that mean "the file cannot be used right now", not a bug in the query. */
const UNAVAILABLE_CODES =
  /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|READONLY|CORRUPT|NOTADB|PROTOCOL)/;

/** File system error codes that mean the file cannot be created or opened. */
const FILE_SYSTEM_UNAVAILABLE_CODES = /^E(ACCES|PERM|NOENT|NOTDIR|EXIST|ISDIR|ROFS|NOSPC|IO)$/;

/**
 * One connection to the state file, shared by the Storage, the subdomain directory and
 * the completed-setup log. Several processes may open the same file: writes take the
 * write lock at BEGIN (IMMEDIATE) and wait up to busyTimeoutMs for it.
 */
export class SqliteDatabase {
  private readonly connection: Connection;

  constructor(
    readonly filePath: string,
    options: SqliteDatabaseOptions = {},
  ) {
    this.connection = unavailableOnFailure(`cannot open SQLite file ${filePath}`, () =>
      openConnection(filePath, options.busyTimeoutMs ?? 5000),
    );
  }

  /**
   * Runs `work` in one write transaction: all of it is committed, or none of it.
   * `synced`: the commit is on disk before this returns, even against a power loss
   * (for subdomain claims the admin is told about). Other commits survive a killed
   * process and are synced at the next synced commit or checkpoint.
   */
  transaction<T>(work: (connection: Connection) => T, synced = false): T {
    const connection = this.open();
    return this.guard(() => {
      if (synced) connection.pragma('synchronous = FULL');
      try {
        return connection.transaction(() => work(connection)).immediate();
      } finally {
        if (synced) connection.pragma('synchronous = NORMAL');
      }
    });
  }

  /** Runs reads in one read transaction, so that they all see the same committed state. */
  read<T>(work: (connection: Connection) => T): T {
    const connection = this.open();
    return this.guard(() => connection.transaction(() => work(connection)).deferred());
  }

  /** Throws StoreUnavailableError when the file cannot be read. */
  async ping(): Promise<void> {
    this.read((connection) => connection.prepare('SELECT count(*) FROM state_items').get());
  }

  close(): void {
    if (this.connection.open) this.connection.close();
  }

  private open(): Connection {
    if (!this.connection.open) {
      throw new StoreUnavailableError(`SQLite file ${this.filePath} is closed`);
    }
    return this.connection;
  }

  private guard<T>(work: () => T): T {
    return unavailableOnFailure(`SQLite file ${this.filePath} is unavailable`, work);
  }
}

function openConnection(filePath: string, busyTimeoutMs: number): Connection {
  if (filePath !== ':memory:') mkdirSync(dirname(filePath), { recursive: true });
  const connection = new Database(filePath, { timeout: busyTimeoutMs });
  try {
    connection.pragma('journal_mode = WAL');
    // NORMAL in WAL mode survives a killed process; a power loss could lose the last
    // commits. Claims, which the admin is told about, commit with FULL (transaction()).
    connection.pragma('synchronous = NORMAL');
    connection.exec(SCHEMA);
    return connection;
  } catch (error) {
    connection.close();
    throw error;
  }
}

function unavailableOnFailure<T>(message: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (isUnavailable(error)) throw new StoreUnavailableError(message, { cause: error });
    throw error;
  }
}

function isUnavailable(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return false;
  // Matched by code, not `instanceof SqliteError`: the native addon keeps the SqliteError
  // class of the first copy of better-sqlite3 loaded (jest loads one per test file).
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string') return false;
  if (code.startsWith('SQLITE_')) return UNAVAILABLE_CODES.test(code);
  // Opening fails with a file system error when the directory cannot be created or read.
  return FILE_SYSTEM_UNAVAILABLE_CODES.test(code);
}
