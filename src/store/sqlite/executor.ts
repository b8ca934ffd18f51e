// The portable SQL executor (src/store/sql/executor.ts) over one better-sqlite3 connection.
// better-sqlite3 answers synchronously; the promises only give the PostgreSQL executor's shape.
// Transactions are BEGIN IMMEDIATE … COMMIT, queued so that two async callers on this connection
// never interleave inside one; a transaction asked for on the transaction's own executor nests
// as a savepoint. A snapshot (a request's reads) is a deferred transaction on the same queue.
import type Database from "better-sqlite3";
import { SQLITE_DIALECT, type RunResult, type SqlExecutor, type SqlValue } from "../sql/executor.js";

export class SqliteExecutor implements SqlExecutor {
  readonly dialect = SQLITE_DIALECT;
  private readonly statements = new Map<string, Database.Statement>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly db: Database.Database) {}

  prepare(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  runSync(sql: string, params: readonly SqlValue[] = []): RunResult {
    return { changes: this.prepare(sql).run(...params).changes };
  }

  getSync<T>(sql: string, params: readonly SqlValue[] = []): T | undefined {
    return this.prepare(sql).get(...params) as T | undefined;
  }

  allSync<T>(sql: string, params: readonly SqlValue[] = []): T[] {
    return this.prepare(sql).all(...params) as T[];
  }

  async run(sql: string, params?: readonly SqlValue[]): Promise<RunResult> {
    return this.runSync(sql, params);
  }

  async get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return this.getSync<T>(sql, params);
  }

  async all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.allSync<T>(sql, params);
  }

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const next = this.queue.then(() => this.inTransaction(fn));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * A deferred transaction: its first read fixes the snapshot every later read sees (WAL), while
   * other connections go on writing. Queued with the transactions, so no write of this connection
   * runs inside it.
   */
  snapshot<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const next = this.queue.then(() => this.inSnapshot(fn));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async inSnapshot<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    this.db.prepare("BEGIN DEFERRED").run();
    try {
      return await fn(new NestedExecutor(this, 0));
    } finally {
      if (this.db.inTransaction) this.db.prepare("COMMIT").run();
    }
  }

  private async inTransaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    this.db.prepare("BEGIN IMMEDIATE").run();
    try {
      const result = await fn(new NestedExecutor(this, 0));
      this.db.prepare("COMMIT").run();
      return result;
    } catch (e) {
      if (this.db.inTransaction) this.db.prepare("ROLLBACK").run();
      throw e;
    }
  }
}

/** The executor handed to a transaction's function: same connection, nested transactions are savepoints. */
class NestedExecutor implements SqlExecutor {
  readonly dialect = SQLITE_DIALECT;

  constructor(
    private readonly base: SqliteExecutor,
    private readonly depth: number,
  ) {}

  async run(sql: string, params?: readonly SqlValue[]): Promise<RunResult> {
    return this.base.runSync(sql, params);
  }

  async get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return this.base.getSync<T>(sql, params);
  }

  async all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.base.allSync<T>(sql, params);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const name = `nested_${this.depth + 1}`;
    this.base.db.prepare(`SAVEPOINT ${name}`).run();
    try {
      const result = await fn(new NestedExecutor(this.base, this.depth + 1));
      this.base.db.prepare(`RELEASE ${name}`).run();
      return result;
    } catch (e) {
      this.base.db.prepare(`ROLLBACK TO ${name}`).run();
      this.base.db.prepare(`RELEASE ${name}`).run();
      throw e;
    }
  }
}
