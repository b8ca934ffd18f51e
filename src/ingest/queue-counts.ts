// How far the ingest queue is: its jobs counted by state, read straight from pg-boss's tables
// with one query. Both `casefile jobs` (through JobQueue) and the server's GET /api/jobs use it;
// the server reads through the store's own connections, without starting pg-boss (which would
// create its tables and run its maintenance from a process that only wants to look).

export const INGEST_QUEUE = "casefile-ingest";

export interface QueueCounts {
  /** Created, or waiting for a retry. */
  waiting: number;
  active: number;
  completed: number;
  /** Failed after their last try: the dead-letter list. */
  failed: number;
  /** Of the waiting, those that failed before and wait for another try. */
  retrying: number;
}

/** Runs one SQL statement with $1… parameters (a pg pool's `query`, or pg-boss's `executeSql`). */
export type RunSql = (text: string, values: unknown[]) => Promise<{ rows: unknown[] }>;

/** The queue's schema: beside the store's own, so two stores on one database have two queues. */
export function queueSchema(storeSchema: string): string {
  return `${storeSchema}_jobs`;
}

/** Jobs by state, the archive included; `schema` is the queue's schema, quoted. */
export async function countJobs(sql: RunSql, schema: string): Promise<QueueCounts> {
  const rows = (
    await sql(
      `SELECT state::text AS state, count(*)::int AS n FROM ${schema}.job WHERE name = $1 GROUP BY state
       UNION ALL
       SELECT state::text, count(*)::int FROM ${schema}.archive WHERE name = $1 GROUP BY state`,
      [INGEST_QUEUE],
    )
  ).rows as { state: string; n: number }[];
  const c: QueueCounts = { waiting: 0, active: 0, completed: 0, failed: 0, retrying: 0 };
  for (const r of rows) {
    if (r.state === "created") c.waiting += r.n;
    else if (r.state === "retry") {
      c.waiting += r.n;
      c.retrying += r.n;
    } else if (r.state === "active") c.active += r.n;
    else if (r.state === "completed") c.completed += r.n;
    else if (r.state === "failed") c.failed += r.n;
  }
  return c;
}

/**
 * The counts of the queue beside a PostgreSQL store's schema `storeSchema`: all zero when no job
 * was ever enqueued there (pg-boss creates its tables with the first `casefile ingest --queue`).
 */
export async function storeQueueCounts(sql: RunSql, storeSchema: string): Promise<QueueCounts> {
  const schema = `"${queueSchema(storeSchema)}"`;
  const found = (
    await sql("SELECT to_regclass($1) IS NOT NULL AND to_regclass($2) IS NOT NULL AS ok", [
      `${schema}.job`,
      `${schema}.archive`,
    ])
  ).rows[0] as { ok: boolean } | undefined;
  if (!found?.ok) return { waiting: 0, active: 0, completed: 0, failed: 0, retrying: 0 };
  return countJobs(sql, schema);
}
