// The one thing an engine must provide for the portable parts of the store (the case tables of
// src/store/case/): run a statement, read one row or all rows, and run a function inside one
// transaction. SQL written against it is portable between SQLite and PostgreSQL:
//
// - placeholders are `?`, numbered in order (the PostgreSQL executor rewrites them to $1, $2…);
// - plain CREATE TABLE / CREATE INDEX IF NOT EXISTS, INTEGER / BIGINT / TEXT / REAL columns,
//   INSERT … ON CONFLICT (…) DO UPDATE / DO NOTHING, no engine-specific functions;
// - generated keys are read back with `INSERT … RETURNING id` (both engines support it);
// - whatever cannot be written portably is asked of `dialect` (see `SqlDialect`), in one place.
//
// Implementations: src/store/sqlite/executor.ts (better-sqlite3); a PostgreSQL one (`pg`) can
// follow without touching the code that uses this interface.

/** A column read with `SqlDialect.utf8`: its bytes, or its text on an engine that gives text. */
export type Utf8Value = Buffer | string;

/** The UTF-8 bytes of a column read with `SqlDialect.utf8`. */
export const utf8Bytes = (v: Utf8Value): Buffer => (typeof v === "string" ? Buffer.from(v) : v);

/** A value bound to a `?` placeholder. Booleans are stored as 0/1 integers by the caller. */
export type SqlValue = string | number | bigint | null;

export interface RunResult {
  /** Rows inserted, updated or deleted. */
  changes: number;
}

export interface SqlExecutor {
  readonly dialect: SqlDialect;
  /** Runs a statement that returns no rows (or whose rows are ignored). */
  run(sql: string, params?: readonly SqlValue[]): Promise<RunResult>;
  /** The first row, or undefined. Column names are as written in the SELECT (use `AS` for clarity). */
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Every row. Use LIMIT/OFFSET or keyset paging for long lists. */
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /**
   * Runs `fn` in one transaction on `tx` (an executor bound to it) and commits when it resolves,
   * rolls back when it rejects. Called on `tx` again it nests (a savepoint). Transactions on one
   * executor run one at a time, in the order asked.
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * Runs `fn`'s reads on one snapshot of the database: whatever other connections commit while
   * it runs, every read on `tx` sees the same committed state (SQLite: one deferred transaction,
   * queued like the transactions; PostgreSQL: one REPEATABLE READ READ ONLY transaction on one
   * connection). For reads only; `fn` must not wait for another transaction on this executor.
   * Absent on an executor already inside a transaction, whose reads are one snapshot anyway.
   */
  snapshot?<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}

/** `fn` on one snapshot of `sql` (see `SqlExecutor.snapshot`); on `sql` itself when it has none. */
export function inSnapshot<T>(sql: SqlExecutor, fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
  return sql.snapshot ? sql.snapshot(fn) : fn(sql);
}

/** The few things that differ between engines, kept here and nowhere else. */
export interface SqlDialect {
  readonly name: "sqlite" | "postgres";
  /** The column type of an auto-numbered primary key ("INTEGER PRIMARY KEY" / "BIGSERIAL PRIMARY KEY"). */
  readonly serialKey: string;
  /**
   * A subquery giving the strings of one parameter holding a JSON array: a list of any length is
   * one parameter, so a statement's text (and the plan a server keeps for it) does not change
   * with the list's length.
   */
  readonly jsonStrings: string;
  /**
   * "Is one of the values `subquery` gives", written after a column (`id ${inSubquery(…)}`) and
   * looked up in the column's index a value at a time. On PostgreSQL it is `= ANY(ARRAY(…))`:
   * for an `IN (SELECT …)` the planner guesses a hundred rows or more and hashes them against a
   * scan of the whole table.
   */
  inSubquery(subquery: string): string;
  /**
   * A TEXT column read as its UTF-8 bytes where the engine can give them as they are kept
   * (SQLite: a BLOB, read into a Buffer without being made a string first); PostgreSQL gives the
   * text (its driver decodes it either way). A read of long JSON that is only written out as it
   * is (an answer kept in the store) takes the bytes and skips the string.
   */
  utf8(column: string): string;
  /**
   * The ORDER BY that lists a case's documents (alias `d`) in ingest order: SQLite stores them one
   * at a time in that order; PostgreSQL keeps each one's place in its input (`ingest_order`).
   */
  readonly documentOrder: string;
  /**
   * The extractions table (alias `e`) for a read of each one's build by its document: on SQLite
   * through the index on (document, build), since the table's row keeps the build after the
   * extraction's JSON, tens of kilobytes of overflow pages that SQLite's planner does not count
   * (20,000 articles of 40 kB: 430-1,400 ms a count through the table, 4-70 ms through the index).
   * PostgreSQL keeps long JSON out of the row (TOAST) and reads the row.
   */
  readonly extractionsByBuild: string;
}

export const SQLITE_DIALECT: SqlDialect = {
  name: "sqlite",
  serialKey: "INTEGER PRIMARY KEY",
  jsonStrings: "SELECT value FROM json_each(?)",
  inSubquery: (subquery) => `IN (${subquery})`,
  utf8: (column) => `CAST(${column} AS BLOB)`,
  documentOrder: "d.rowid",
  extractionsByBuild: "extractions e INDEXED BY extractions_build",
};
export const POSTGRES_DIALECT: SqlDialect = {
  name: "postgres",
  serialKey: "BIGSERIAL PRIMARY KEY",
  jsonStrings: "SELECT json_array_elements_text(CAST(? AS json))",
  inSubquery: (subquery) => `= ANY(ARRAY(${subquery}))`,
  utf8: (column) => column,
  documentOrder: "d.ingest_order, d.rowid",
  extractionsByBuild: "extractions e",
};
