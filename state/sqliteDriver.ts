import type BetterSqlite3 from 'better-sqlite3';

/**
 * The two ways this bot reaches SQLite: Node's built-in `node:sqlite` (Node 22.13 and
 * newer, no flag, no native build) and the better-sqlite3 addon (an optional dependency,
 * for Node 20 only: better-sqlite3 12 aborts on Node 24). SqliteDatabase runs the same
 * statements on either; nothing else in the bot knows which one it got.
 */

/** A value bound to or read from a statement (integers come back as numbers). */
export type SqliteValue = string | number | bigint | null;

export interface SqliteStatement<Params extends SqliteValue[], Row> {
  get(...params: Params): Row | undefined;
  all(...params: Params): Row[];
  run(...params: Params): void;
}

/** One open connection. Parameters are positional (`?`); transactions are plain SQL. */
export interface SqliteConnection {
  prepare<Params extends SqliteValue[] = SqliteValue[], Row = Record<string, SqliteValue>>(
    sql: string,
  ): SqliteStatement<Params, Row>;
  exec(sql: string): void;
  close(): void;
}

export type SqliteDriverName = 'node:sqlite' | 'better-sqlite3';

export interface SqliteDriver {
  readonly name: SqliteDriverName;
  open(filePath: string): SqliteConnection;
  /** The SQLite result code (`SQLITE_BUSY`, ...) of an error this driver threw, else undefined. */
  errorCode(error: unknown): string | undefined;
}

let defaultDriver: SqliteDriver | undefined;

/** The driver the stores use: node:sqlite where Node has it, else better-sqlite3. */
export function defaultSqliteDriver(): SqliteDriver {
  defaultDriver ??= nodeSqliteDriver() ?? betterSqlite3Driver();
  return defaultDriver;
}

/** Every driver that works in this process (the tests run the contracts on each). */
export function availableSqliteDrivers(): SqliteDriver[] {
  const drivers: SqliteDriver[] = [];
  const builtIn = nodeSqliteDriver();
  if (builtIn) drivers.push(builtIn);
  // better-sqlite3 12 aborts Node 24 processes (`Assertion failed: (env) != nullptr`).
  if (Number(process.versions.node.split('.')[0]) < 24) {
    try {
      drivers.push(betterSqlite3Driver());
    } catch {
      // Not installed, or built for another Node: the built-in driver is the one to test.
    }
  }
  return drivers;
}

// --- node:sqlite -------------------------------------------------------------------------

/** The part of `node:sqlite` used here (@types/node 20 does not declare the module). */
interface NodeSqliteModule {
  DatabaseSync: new (path: string) => {
    prepare(sql: string): {
      get(...params: SqliteValue[]): unknown;
      all(...params: SqliteValue[]): unknown[];
      run(...params: SqliteValue[]): unknown;
    };
    exec(sql: string): void;
    close(): void;
  };
}

/** SQLite's primary result codes for the errors SqliteDatabase tells apart. */
const RESULT_CODE_NAMES: Record<number, string> = {
  5: 'BUSY',
  6: 'LOCKED',
  8: 'READONLY',
  10: 'IOERR',
  11: 'CORRUPT',
  13: 'FULL',
  14: 'CANTOPEN',
  15: 'PROTOCOL',
  26: 'NOTADB',
};

function nodeSqliteDriver(): SqliteDriver | undefined {
  // Undefined before Node 22.13 (Node 22.5-22.12 load it only behind --experimental-sqlite).
  const sqlite = process.getBuiltinModule?.('node:sqlite') as NodeSqliteModule | undefined;
  if (!sqlite) return undefined;
  return {
    name: 'node:sqlite',
    open(filePath) {
      const database = new sqlite.DatabaseSync(filePath);
      return {
        prepare: <Params extends SqliteValue[], Row>(sql: string) => {
          const statement = database.prepare(sql);
          return {
            get: (...params: Params) => statement.get(...params) as Row | undefined,
            all: (...params: Params) => statement.all(...params) as Row[],
            run: (...params: Params) => void statement.run(...params),
          };
        },
        exec: (sql) => database.exec(sql),
        close: () => database.close(),
      };
    },
    errorCode(error) {
      const { code, errcode } = (error ?? {}) as { code?: unknown; errcode?: unknown };
      if (code !== 'ERR_SQLITE_ERROR' || typeof errcode !== 'number') return undefined;
      const primary = errcode & 0xff;
      return `SQLITE_${RESULT_CODE_NAMES[primary] ?? primary}`;
    },
  };
}

// --- better-sqlite3 ----------------------------------------------------------------------

function betterSqlite3Driver(): SqliteDriver {
  const Database = loadBetterSqlite3();
  return {
    name: 'better-sqlite3',
    open(filePath) {
      const database = new Database(filePath);
      return {
        prepare: <Params extends SqliteValue[], Row>(sql: string) => {
          const statement = database.prepare<Params, Row>(sql);
          return {
            get: (...params: Params) => statement.get(...params),
            all: (...params: Params) => statement.all(...params),
            run: (...params: Params) => void statement.run(...params),
          };
        },
        exec: (sql) => void database.exec(sql),
        close: () => void database.close(),
      };
    },
    errorCode(error) {
      // By code, not `instanceof SqliteError`: the addon keeps the SqliteError class of the
      // first copy of better-sqlite3 loaded (jest loads one per test file).
      const code = (error as { code?: unknown } | undefined)?.code;
      return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
    },
  };
}

/** Loads better-sqlite3 and its native addon, or throws one line that says what to do. */
function loadBetterSqlite3(): typeof BetterSqlite3 {
  try {
    // Required here, not imported: Node 22.13+ never loads it, and it may not be installed.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Database = require('better-sqlite3') as typeof BetterSqlite3;
    new Database(':memory:').close(); // the addon itself loads on first use
    return Database;
  } catch (error) {
    const reason = String(error instanceof Error ? error.message : error).split('\n')[0];
    throw new Error(
      `The SQLite store needs Node 22.13 or newer (built-in node:sqlite) or the optional ` +
        `better-sqlite3 package built for Node ${process.versions.node}, which cannot be ` +
        `loaded (${reason}): run a newer Node, reinstall with \`npm ci\`, or set ` +
        `STATE_STORE=memory or STATE_STORE=redis.`,
    );
  }
}
