// What a PostgreSQL store offers the job queue beside it (src/ingest/queue.ts, queue-counts.ts):
// its connections, its schema and a transaction under the case's queue lock. Kept in the store
// layer, with no imports, so that a read command that only asks whether the store has a queue
// (the note of `casefile cases`, through caseStates) loads nothing of ingest or of pg.

/** Runs one SQL statement with $1… parameters (a pg pool's `query`, or pg-boss's `executeSql`). */
export type RunSql = (text: string, values: unknown[]) => Promise<{ rows: unknown[] }>;

/** What a PostgreSQL store offers a reader of its queue: its connections and its schema (null for SQLite). */
export interface QueueHost {
  connectionPool: { query: RunSql };
  schema: string;
  /** Runs `fn` in one transaction holding the case's queue lock (see PostgresStore.lockedForQueue). */
  lockedForQueue<T>(caseName: string, fn: (sql: RunSql) => Promise<T>): Promise<T>;
}

export function queueHost(store: unknown): QueueHost | null {
  const s = store as Partial<QueueHost>;
  return typeof s.connectionPool?.query === "function" &&
    typeof s.schema === "string" &&
    typeof s.lockedForQueue === "function"
    ? (s as QueueHost)
    : null;
}
