// How far the job queue is: its jobs counted by state, read straight from pg-boss's tables
// with one query. Both `casefile jobs` (through JobQueue) and the server's GET /api/jobs use it;
// the server reads through the store's own connections, without starting pg-boss (which would
// create its tables and run its maintenance from a process that only wants to look). The same
// tables give a case's latest run of extractions made again through the queue, job by job.

import { queueHost, type QueueHost, type RunSql } from "../store/queue-host.js";

// Kept in the store layer (a read command asks whether a store has a queue without loading ingest).
export { queueHost, type QueueHost, type RunSql };

export const INGEST_QUEUE = "casefile-ingest";
/** Articles to extract again with the worker's build (`casefile rebuild --extract --queue`, the API's POST). */
export const EXTRACT_QUEUE = "casefile-extract-again";
/** The queues `casefile worker` drains, counted together by `casefile jobs` and GET /api/jobs. */
export const WORK_QUEUES = [INGEST_QUEUE, EXTRACT_QUEUE];

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

/** The queue's schema: beside the store's own, so two stores on one database have two queues. */
export function queueSchema(storeSchema: string): string {
  return `${storeSchema}_jobs`;
}

/** Jobs of every work queue by state, the archive included; `schema` is the queue's schema, quoted. */
export async function countJobs(sql: RunSql, schema: string): Promise<QueueCounts> {
  const rows = (
    await sql(
      `SELECT state::text AS state, count(*)::int AS n FROM ${schema}.job WHERE name = ANY($1::text[]) GROUP BY state
       UNION ALL
       SELECT state::text, count(*)::int FROM ${schema}.archive WHERE name = ANY($1::text[]) GROUP BY state`,
      [WORK_QUEUES],
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
  const schema = await queueTables(sql, storeSchema);
  if (!schema) return { waiting: 0, active: 0, completed: 0, failed: 0, retrying: 0 };
  return countJobs(sql, schema);
}

/** The quoted schema of the queue beside a store's schema, or null before pg-boss made its tables there. */
async function queueTables(sql: RunSql, storeSchema: string): Promise<string | null> {
  const schema = `"${queueSchema(storeSchema)}"`;
  const found = (
    await sql("SELECT to_regclass($1) IS NOT NULL AND to_regclass($2) IS NOT NULL AS ok", [
      `${schema}.job`,
      `${schema}.archive`,
    ])
  ).rows[0] as { ok: boolean } | undefined;
  return found?.ok ? schema : null;
}

/** A case's latest run of extractions through the queue: its jobs by how they ended. */
export interface ExtractRunCounts {
  /** Jobs of the run (one per article). */
  total: number;
  /** Waiting, retrying or running. */
  pending: number;
  completed: number;
  /** Failed after their last try. */
  failed: number;
  /** The first failed job's error, or null. */
  message: string | null;
}

/**
 * The counts of the case's latest run of extraction jobs (the jobs enqueued together, `run` in
 * their data), the archive included; null when the queue holds none for the case.
 */
export async function extractRunCounts(
  sql: RunSql,
  storeSchema: string,
  caseName: string,
): Promise<ExtractRunCounts | null> {
  const schema = await queueTables(sql, storeSchema);
  if (!schema) return null;
  const rows = (
    await sql(
      `WITH jobs AS (
         SELECT state::text AS state, data, output, created_on FROM ${schema}.job WHERE name = $1 AND data->>'case' = $2
         UNION ALL
         SELECT state::text, data, output, created_on FROM ${schema}.archive WHERE name = $1 AND data->>'case' = $2
       ), latest AS (SELECT data->>'run' AS run FROM jobs ORDER BY created_on DESC LIMIT 1)
       SELECT state, count(*)::int AS n, min(coalesce(output->>'message', output->'value'->>'message')) AS message
       FROM jobs WHERE data->>'run' = (SELECT run FROM latest) GROUP BY state`,
      [EXTRACT_QUEUE, caseName],
    )
  ).rows as { state: string; n: number; message: string | null }[];
  if (!rows.length) return null;
  const c: ExtractRunCounts = { total: 0, pending: 0, completed: 0, failed: 0, message: null };
  for (const r of rows) {
    c.total += r.n;
    if (r.state === "completed") c.completed += r.n;
    else if (r.state === "failed") {
      c.failed += r.n;
      c.message = r.message;
    } else if (r.state !== "cancelled") c.pending += r.n;
  }
  return c;
}
