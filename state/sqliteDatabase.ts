import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  defaultSqliteDriver,
  type SqliteConnection,
  type SqliteDriver,
  type SqliteStatement,
  type SqliteValue,
} from './sqliteDriver';
import { StoreUnavailableError } from './storeErrors';

/** The connection the stores run their statements on (node:sqlite or better-sqlite3). */
export type { SqliteConnection } from './sqliteDriver';
type Connection = SqliteConnection;

export interface SqliteDatabaseOptions {
  /**
   * How long a statement waits for another connection's lock before giving up. The
   * waiting is asynchronous (short tries with backoff), so the event loop keeps running.
   */
  busyTimeoutMs?: number;
  /** Which SQLite binding to use (tests run both); default: defaultSqliteDriver(). */
  driver?: SqliteDriver;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS state_items (
    key TEXT PRIMARY KEY,
    etag TEXT NOT NULL,
    json TEXT NOT NULL,
    touched_at INTEGER
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS subdomains (
    subdomain TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    claimed INTEGER NOT NULL,
    expires_at INTEGER
  ) WITHOUT ROWID;
  -- Every hold first deletes the expired holds: found by this index, not a scan of all claims.
  CREATE INDEX IF NOT EXISTS subdomains_expiring ON subdomains (expires_at) WHERE claimed = 0;
  CREATE TABLE IF NOT EXISTS completed_setups (
    plan_id TEXT PRIMARY KEY,
    completed_at TEXT NOT NULL,
    json TEXT NOT NULL
  );
  -- Setup attempts for the operator's insights (state/sqliteAttemptStore.ts).
  CREATE TABLE IF NOT EXISTS insight_attempts (
    id TEXT PRIMARY KEY,
    started_at INTEGER NOT NULL,
    json TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS insight_attempts_started ON insight_attempts (started_at);
  CREATE TABLE IF NOT EXISTS insight_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  -- One row, written by every health check: it proves that a write commits.
  CREATE TABLE IF NOT EXISTS health (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    checked_at INTEGER NOT NULL
  );
`;

/**
 * How long one try waits inside SQLite for a lock (the synchronous drivers block the
 * event loop meanwhile); longer waits are tries again after an asynchronous pause.
 */
const LOCK_TRY_MS = 10;
/** The longest pause between two tries for a lock. */
const MAX_LOCK_PAUSE_MS = 100;

/** SQLite result codes that mean another connection holds the lock: worth another try. */
const BUSY_CODES = /^SQLITE_(BUSY|LOCKED)/;

/** SQLite result codes that mean "the file cannot be used right now", not a bug in the query. */
const UNAVAILABLE_CODES =
  /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|READONLY|CORRUPT|NOTADB|PROTOCOL)/;

/** File system error codes that mean the file cannot be created or opened. */
const FILE_SYSTEM_UNAVAILABLE_CODES = /^E(ACCES|PERM|NOENT|NOTDIR|EXIST|ISDIR|ROFS|NOSPC|IO)$/;

/**
 * One connection to the state file, shared by the Storage, the subdomain directory and
 * the completed-setup log. Several processes may open the same file: writes take the
 * write lock at BEGIN (IMMEDIATE); a held lock is waited for up to busyTimeoutMs in
 * short tries with asynchronous pauses, so one held lock never stalls the process.
 *
 * The file opened is the one written: when the path no longer leads to it (deleted,
 * replaced or moved while running), every write and health check fails with
 * StoreUnavailableError instead of committing to a file nobody will read again.
 */
export class SqliteDatabase {
  readonly driver: SqliteDriver;
  private readonly connection: Connection;
  private readonly lockWaitMs: number;
  /** The device and inode of the file opened (undefined for ':memory:'). */
  private readonly identity: FileIdentity | undefined;
  private isOpen = true;

  constructor(
    readonly filePath: string,
    options: SqliteDatabaseOptions = {},
  ) {
    this.driver = options.driver ?? defaultSqliteDriver();
    this.lockWaitMs = Math.max(0, options.busyTimeoutMs ?? 5000);
    this.connection = withStatementCache(
      this.guard(
        (cause) => `cannot open SQLite file ${filePath}: ${reasonOf(cause)}`,
        () => openConnection(this.driver, filePath, Math.min(LOCK_TRY_MS, this.lockWaitMs)),
      ),
    );
    this.identity = filePath === ':memory:' ? undefined : fileIdentity(filePath);
  }

  /**
   * Runs `work` in one write transaction: all of it is committed, or none of it.
   * `synced`: the commit is on disk before this returns, even against a power loss
   * (for subdomain claims the admin is told about). Other commits survive a killed
   * process and are synced at the next synced commit or checkpoint.
   */
  transaction<T>(work: (connection: Connection) => T, synced = false): Promise<T> {
    return this.withRetries(() => this.transactionOnce(work, synced));
  }

  /** Runs reads in one read transaction, so that they all see the same committed state. */
  read<T>(work: (connection: Connection) => T): Promise<T> {
    return this.withRetries(() => inTransaction(this.open(), 'BEGIN', work));
  }

  /** Runs one read statement, which sees one committed state by itself (no BEGIN/COMMIT). */
  readOne<T>(work: (connection: Connection) => T): Promise<T> {
    return this.withRetries(() => work(this.open()));
  }

  /**
   * Throws StoreUnavailableError unless a write commits to the file at filePath right
   * now. One try, no waiting for a held lock: a health check answers at once.
   */
  async ping(): Promise<void> {
    this.guard(this.unavailable, () =>
      this.transactionOnce((connection) =>
        connection
          .prepare<[number]>('INSERT OR REPLACE INTO health (id, checked_at) VALUES (1, ?)')
          .run(Date.now()),
      ),
    );
  }

  /** Moves the WAL into the file and truncates it, so that the file size is the data's. */
  checkpoint(): void {
    this.guard(this.unavailable, () => this.open().exec('PRAGMA wal_checkpoint(TRUNCATE)'));
  }

  close(): void {
    if (this.isOpen) this.connection.close();
    this.isOpen = false;
  }

  private get unavailable(): string {
    return `SQLite file ${this.filePath} is unavailable`;
  }

  private open(): Connection {
    if (!this.isOpen) throw new StoreUnavailableError(`SQLite file ${this.filePath} is closed`);
    return this.connection;
  }

  private transactionOnce<T>(work: (connection: Connection) => T, synced = false): T {
    const connection = this.open();
    this.checkIdentity();
    if (synced) connection.exec('PRAGMA synchronous = FULL');
    try {
      return inTransaction(connection, 'BEGIN IMMEDIATE', work);
    } finally {
      if (synced) connection.exec('PRAGMA synchronous = NORMAL');
    }
  }

  /** Throws StoreUnavailableError when the path no longer leads to the file that was opened. */
  private checkIdentity(): void {
    if (!this.identity) return;
    let now: FileIdentity | undefined;
    try {
      now = fileIdentity(this.filePath);
    } catch {
      now = undefined;
    }
    if (now?.dev === this.identity.dev && now.ino === this.identity.ino) return;
    throw new StoreUnavailableError(
      `SQLite file ${this.filePath} was ${now ? 'replaced' : 'deleted'} while open; ` +
        'restart the bot to use the file now at that path',
    );
  }

  /**
   * Runs `attempt`, and again after a pause while another connection holds the lock,
   * until busyTimeoutMs has passed; failures that mean "unavailable" become
   * StoreUnavailableError.
   */
  private async withRetries<T>(attempt: () => T): Promise<T> {
    const giveUpAt = performance.now() + this.lockWaitMs;
    for (let pause = 2; ; pause = Math.min(pause * 2, MAX_LOCK_PAUSE_MS)) {
      try {
        return attempt();
      } catch (error) {
        const code = this.driver.errorCode(error);
        const busy = code !== undefined && BUSY_CODES.test(code);
        if (!busy || performance.now() + pause > giveUpAt) {
          return this.guard(this.unavailable, () => {
            throw error;
          });
        }
      }
      await sleep(pause);
    }
  }

  /** Rethrows the errors that mean "the file cannot be used right now" as StoreUnavailableError. */
  private guard<T>(message: string | ((cause: unknown) => string), work: () => T): T {
    try {
      return work();
    } catch (error) {
      if (!this.isUnavailable(error)) throw error;
      const text = typeof message === 'string' ? message : message(error);
      throw new StoreUnavailableError(text, { cause: error });
    }
  }

  private isUnavailable(error: unknown): boolean {
    if (error instanceof StoreUnavailableError) return false;
    const sqliteCode = this.driver.errorCode(error);
    if (sqliteCode !== undefined) return UNAVAILABLE_CODES.test(sqliteCode);
    // Opening fails with a file system error when the directory cannot be created or read.
    const code = (error as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' && FILE_SYSTEM_UNAVAILABLE_CODES.test(code);
  }
}

/** Why a file could not be opened, in one line (the driver's or the file system's words). */
function reasonOf(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message.split('\n')[0] : String(error);
  return typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text;
}

interface FileIdentity {
  dev: number;
  ino: number;
}

function fileIdentity(filePath: string): FileIdentity {
  const { dev, ino } = statSync(filePath);
  return { dev, ino };
}

function openConnection(driver: SqliteDriver, filePath: string, busyTimeoutMs: number): Connection {
  if (filePath !== ':memory:') mkdirSync(dirname(filePath), { recursive: true });
  const connection = driver.open(filePath);
  try {
    connection.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    useIncrementalVacuum(connection);
    connection.exec('PRAGMA journal_mode = WAL');
    // NORMAL in WAL mode survives a killed process; a power loss could lose the last
    // commits. Claims, which the admin is told about, commit with FULL (transaction()).
    connection.exec('PRAGMA synchronous = NORMAL');
    connection.exec(SCHEMA);
    addMissingColumns(connection);
    return connection;
  } catch (error) {
    connection.close();
    throw error;
  }
}

/**
 * The connection with each statement compiled once and kept, by its SQL (the stores
 * only prepare fixed SQL, so the cache stays as small as the set of queries).
 */
function withStatementCache(connection: Connection): Connection {
  const statements = new Map<string, unknown>();
  return {
    prepare<Params extends SqliteValue[], Row>(sql: string): SqliteStatement<Params, Row> {
      let statement = statements.get(sql) as SqliteStatement<Params, Row> | undefined;
      if (!statement) {
        statement = connection.prepare<Params, Row>(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
    exec: (sql) => connection.exec(sql),
    close: () => {
      statements.clear();
      connection.close();
    },
  };
}

/**
 * Lets deleted pages be handed back to the file system (see SqliteStorage.deleteExpired).
 * A file made before this setting is converted once, by a VACUUM.
 */
function useIncrementalVacuum(connection: Connection): void {
  const mode = connection.prepare<[], { auto_vacuum: number }>('PRAGMA auto_vacuum').get();
  if (mode?.auto_vacuum === 2) return;
  connection.exec('PRAGMA auto_vacuum = INCREMENTAL');
  connection.exec('VACUUM');
}

/** Files from older versions lack `touched_at`: their conversations count as touched now. */
function addMissingColumns(connection: Connection): void {
  const columns = connection.prepare<[], { name: string }>('PRAGMA table_info(state_items)').all();
  if (columns.some((c) => c.name === 'touched_at')) return;
  connection.exec('ALTER TABLE state_items ADD COLUMN touched_at INTEGER');
  connection.prepare<[number]>('UPDATE state_items SET touched_at = ?').run(Date.now());
}

/** Commits what `work` did, or rolls all of it back when `work` (or the commit) throws. */
function inTransaction<T>(connection: Connection, begin: string, work: (c: Connection) => T): T {
  connection.exec(begin);
  try {
    const result = work(connection);
    connection.exec('COMMIT');
    return result;
  } catch (error) {
    try {
      connection.exec('ROLLBACK');
    } catch {
      // SQLite already rolled back (it does on some errors); the first error is the one to report.
    }
    throw error;
  }
}
