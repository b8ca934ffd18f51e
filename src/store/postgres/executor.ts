// The portable SQL executor (src/store/sql/executor.ts) over a `pg` connection pool. Statements
// outside a transaction take any free connection; a transaction holds one connection from BEGIN
// to COMMIT, and a transaction asked for on the transaction's own executor nests as a savepoint.
// `?` placeholders become `$1, $2…` here, so the SQL the store writes is the same for both engines.
import { createHash } from "node:crypto";
import pg from "pg";
import { POSTGRES_DIALECT, type RunResult, type SqlExecutor, type SqlValue } from "../sql/executor.js";

const INT8 = 20;
const NUMERIC = 1700;

/**
 * Counts and keys come back as JavaScript numbers (PostgreSQL's BIGINT and NUMERIC arrive as
 * strings by default): the store's row counts and ids stay far below 2^53.
 */
const TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => (v === null ? null : Number(v));
    return pg.types.getTypeParser(oid, format as "text");
  }) as pg.CustomTypesConfig["getTypeParser"],
};

const translated = new Map<string, string>();

/**
 * `?` → `$n`, outside string literals, quoted identifiers and comments, cached per statement.
 * `??` is not an operator this store uses, so every `?` outside a literal is a placeholder.
 */
export function numberPlaceholders(sql: string): string {
  const cached = translated.get(sql);
  if (cached !== undefined) return cached;
  let out = "";
  let n = 0;
  let quote: string | null = null;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (quote) {
      out += c;
      if (quote === "\n" ? c === "\n" : c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === "-" && sql[i + 1] === "-") quote = "\n";
    else if (c === "?") {
      out += `$${++n}`;
      continue;
    }
    out += c;
  }
  if (translated.size < 2000) translated.set(sql, out);
  return out;
}

/** Statement texts this process has prepared (a name each), at most MAX_PREPARED of them. */
const preparedTexts = new Set<string>();
const MAX_PREPARED = 1000;

/**
 * The query for node-pg: a named prepared statement for one statement of the store's fixed SQL
 * (a connection parses and plans it once, then only binds values; planning a short query costs
 * more than running it), plain text for anything else (DDL, several statements) and for a text
 * search (`@@`): after five runs of a prepared statement PostgreSQL may keep one generic plan for
 * every value, and the best plan for a search depends on its words: a rare word's few matches come
 * from the GIN index, a phrase of common words ("said the") is cheaper to test on every row than to
 * recheck through a bitmap (on 50,000 articles a generic plan took 275 ms against 90 ms).
 */
export function statement(sql: string, values: unknown[]): pg.QueryConfig {
  const text = numberPlaceholders(sql);
  const fixed =
    preparedTexts.has(text) ||
    (preparedTexts.size < MAX_PREPARED &&
      /^\s*(SELECT|WITH|INSERT|UPDATE|DELETE)\b/i.test(text) &&
      !/;\s*\S/.test(text) &&
      !text.includes("@@"));
  if (!fixed) return { text, values };
  preparedTexts.add(text);
  return { name: statementName(text), text, values };
}

function params(values: readonly SqlValue[] | undefined): unknown[] {
  return values ? values.map((v) => (typeof v === "bigint" ? v.toString() : v)) : [];
}

/**
 * A pool that parses numbers as numbers, `max` connections, each working in `schema` (so the
 * SQL names tables without it).
 */
export function newPool(connectionString: string, schema: string, max = 4): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    types: TYPES,
    application_name: "casefile",
    // synchronous_commit=off: a commit returns before its WAL reaches the disk. A killed process
    // or a crashed server loses nothing committed (and the WAL keeps commits in order); only a
    // power cut may lose the last fraction of a second of commits, as the SQLite store's
    // synchronous=NORMAL does. It saves one disk flush per document.
    options: `-c search_path=${schema} -c synchronous_commit=off`,
  });
  // An idle connection the server drops (restart, admin) must not crash the process.
  pool.on("error", () => undefined);
  return pool;
}

/** SQLSTATEs after which the whole transaction can simply be run again. */
const RETRYABLE = new Set(["40001", "40P01"]);

export class PgExecutor implements SqlExecutor {
  readonly dialect = POSTGRES_DIALECT;

  constructor(readonly pool: pg.Pool) {}

  async run(sql: string, values?: readonly SqlValue[]): Promise<RunResult> {
    const r = await this.pool.query(statement(sql, params(values)));
    return { changes: r.rowCount ?? 0 };
  }

  async get<T>(sql: string, values?: readonly SqlValue[]): Promise<T | undefined> {
    const r = await this.pool.query(statement(sql, params(values)));
    return r.rows[0] as T | undefined;
  }

  async all<T>(sql: string, values?: readonly SqlValue[]): Promise<T[]> {
    const r = await this.pool.query(statement(sql, params(values)));
    return r.rows as T[];
  }

  /** `ClientExecutor.prepared` on any free connection of the pool (each prepares it on first use). */
  async prepared<T>(sql: string, values: unknown[] = []): Promise<T[]> {
    return (await this.pool.query({ name: statementName(sql), text: sql, values })).rows as T[];
  }

  /** One transaction on one connection; run again (up to 5 times) after a deadlock or a serialisation failure. */
  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      let broken: Error | undefined;
      try {
        await client.query("BEGIN");
        const result = await fn(new ClientExecutor(client, 0));
        await client.query("COMMIT");
        return result;
      } catch (e) {
        try {
          await client.query("ROLLBACK");
        } catch (rollback) {
          broken = rollback as Error; // the connection is unusable: do not give it back to the pool
        }
        const code = (e as { code?: string }).code;
        if (!(code && RETRYABLE.has(code) && attempt < 5)) throw e;
      } finally {
        client.release(broken);
      }
    }
  }
}

/** A prepared statement's name: the same for the same text, different for different texts. */
export function statementName(sql: string): string {
  return `cf_${createHash("sha1").update(sql).digest("hex").slice(0, 20)}`;
}

/** The executor inside a transaction: every statement on its one connection. */
export class ClientExecutor implements SqlExecutor {
  readonly dialect = POSTGRES_DIALECT;

  constructor(
    readonly client: pg.PoolClient,
    private readonly depth: number,
  ) {}

  async run(sql: string, values?: readonly SqlValue[]): Promise<RunResult> {
    const r = await this.client.query(statement(sql, params(values)));
    return { changes: r.rowCount ?? 0 };
  }

  async get<T>(sql: string, values?: readonly SqlValue[]): Promise<T | undefined> {
    const r = await this.client.query(statement(sql, params(values)));
    return r.rows[0] as T | undefined;
  }

  async all<T>(sql: string, values?: readonly SqlValue[]): Promise<T[]> {
    const r = await this.client.query(statement(sql, params(values)));
    return r.rows as T[];
  }

  /** A query with PostgreSQL's own `$n` placeholders and any parameter types (arrays, bytea). */
  async raw<T>(sql: string, values: unknown[] = []): Promise<T[]> {
    return (await this.client.query(sql, values)).rows as T[];
  }

  /**
   * `raw` for one fixed statement run again and again (a document's write): a prepared statement
   * of the connection, which PostgreSQL parses and plans once rather than for every document.
   */
  async prepared<T>(sql: string, values: unknown[] = []): Promise<T[]> {
    return (await this.client.query({ name: statementName(sql), text: sql, values })).rows as T[];
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const name = `nested_${this.depth + 1}`;
    await this.client.query(`SAVEPOINT ${name}`);
    try {
      const result = await fn(new ClientExecutor(this.client, this.depth + 1));
      await this.client.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (e) {
      await this.client.query(`ROLLBACK TO SAVEPOINT ${name}`);
      await this.client.query(`RELEASE SAVEPOINT ${name}`);
      throw e;
    }
  }
}
