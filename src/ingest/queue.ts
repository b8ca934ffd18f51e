// Ingestion as jobs in PostgreSQL, on the store's own database, through pg-boss (a job queue kept
// in PostgreSQL tables with SKIP LOCKED): `casefile ingest --queue` reads the inputs and enqueues
// one job per document; any number of `casefile worker` processes, on any machines that reach
// the database, take jobs a few at a time, extract and store each document (one transaction), and
// complete the jobs. A job that throws is retried after a delay, and after its last try it is
// kept as failed and copied to the dead-letter queue, which `casefile jobs` lists. A job whose
// worker died (killed, machine lost) is not completed within its time limit: the queue's
// maintenance marks it failed by timeout and it is retried like any other failure. Storing is
// idempotent (the content hash is unique per case), so a job run twice stores its document once.
import { randomBytes } from "node:crypto";
import PgBoss from "pg-boss";
import type { Extraction, ExtractOptions } from "../core/schema.js";
import { refreshCase } from "../store/case/refresh.js";
import { parseLocation, type PostgresStore } from "../store/postgres/store.js";
import type { AddResult } from "../store/types.js";
import type { InputDocument } from "./input.js";
import { countJobs, INGEST_QUEUE, queueSchema, type QueueCounts } from "./queue-counts.js";

export { INGEST_QUEUE, queueSchema, type QueueCounts };
export const DEAD_LETTER_QUEUE = "casefile-ingest-dead";

export interface IngestJob {
  case: string;
  /** The input file the document came from (for messages and the dead-letter list). */
  file: string;
  input: InputDocument;
  /** Its place in the input (the store lists documents in this order, however workers interleave). */
  order: number;
}

export interface QueueSettings {
  /** Tries after the first (default 2). */
  retryLimit: number;
  /** Seconds before a retry (default 5). */
  retryDelaySeconds: number;
  /** A job running longer than this is taken for lost (its worker died) and retried (default 300). */
  jobTimeoutSeconds: number;
}

/** Jobs a worker takes at once (see `JobQueue.work`): fetching and completing cost ~10 ms a query. */
export const DEFAULT_BATCH = 16;

/** A job's time limit in seconds, as pg-boss hands it out (the default when it does not). */
function jobLimitSeconds(job: PgBoss.Job<IngestJob>): number {
  const given = Number((job as { expireInSeconds?: unknown }).expireInSeconds);
  return Number.isFinite(given) && given > 0 ? given : DEFAULT_QUEUE_SETTINGS.jobTimeoutSeconds;
}

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = { retryLimit: 2, retryDelaySeconds: 5, jobTimeoutSeconds: 300 };

export interface OpenQueueOptions {
  /** How often this process looks for jobs lost by dead workers (seconds, default 30). */
  maintenanceSeconds?: number;
}

/**
 * A job id that sorts as the jobs were enqueued (pg-boss takes jobs by creation time, then id, and
 * a batch inserted at once shares its creation time): the place in the input, then the batch.
 */
function orderedId(order: number, index: number, batch: string): string {
  const hex = (order.toString(16).padStart(14, "0") + (index & 0xffff).toString(16).padStart(4, "0") + batch).slice(
    0,
    26,
  );
  const h = hex.padEnd(32, "0");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** Creates a queue unless it exists (several workers starting at once may race to create it). */
async function ensureQueue(boss: PgBoss, queue: PgBoss.Queue): Promise<void> {
  if (await boss.getQueue(queue.name)) return;
  try {
    await boss.createQueue(queue.name, queue);
  } catch (e) {
    if (!(await boss.getQueue(queue.name))) throw e;
  }
}

/** The ingest queue of one store: pg-boss on the store's database, in a schema beside the store's. */
export class JobQueue {
  private constructor(
    readonly boss: PgBoss,
    /** The queue's schema, quoted. */
    private readonly schema: string,
  ) {}

  /** Starts pg-boss (creating or upgrading its tables) with the ingest queues. */
  static async open(location: string, options: OpenQueueOptions = {}): Promise<JobQueue> {
    const { connectionString, schema } = parseLocation(location);
    const boss = new PgBoss({
      connectionString,
      schema: queueSchema(schema),
      application_name: "casefile-queue",
      max: 2,
      maintenanceIntervalSeconds: options.maintenanceSeconds ?? 30,
      monitorStateIntervalSeconds: 3600,
      schedule: false,
      // Failed jobs stay visible (the dead-letter list) for 30 days.
      archiveFailedAfterSeconds: 30 * 86400,
    });
    boss.on("error", () => undefined); // a connection lost during maintenance is tried again on the next tick
    await boss.start();
    await ensureQueue(boss, { name: DEAD_LETTER_QUEUE });
    await ensureQueue(boss, { name: INGEST_QUEUE, deadLetter: DEAD_LETTER_QUEUE });
    return new JobQueue(boss, `"${queueSchema(schema)}"`);
  }

  /** Enqueues documents, in order, 500 to an insert. */
  async enqueue(jobs: IngestJob[], settings: QueueSettings = DEFAULT_QUEUE_SETTINGS): Promise<void> {
    const batch = randomBytes(4).toString("hex");
    for (let i = 0; i < jobs.length; i += 500)
      await this.boss.insert(
        jobs.slice(i, i + 500).map((data, j) => ({
          id: orderedId(data.order, i + j, batch),
          name: INGEST_QUEUE,
          data,
          retryLimit: settings.retryLimit,
          retryDelay: settings.retryDelaySeconds,
          expireInSeconds: settings.jobTimeoutSeconds,
          deadLetter: DEAD_LETTER_QUEUE,
        })),
      );
  }

  /** Jobs by state, the archive included. */
  async counts(): Promise<QueueCounts> {
    return countJobs((text, values) => this.boss.getDb().executeSql(text, values), this.schema);
  }

  /** True when no job is waiting, retrying or running. */
  async idle(): Promise<boolean> {
    const c = await this.counts();
    return c.waiting === 0 && c.active === 0;
  }

  /** Jobs that failed after their last try, newest first. */
  async deadLetters(limit = 100): Promise<DeadLetter[]> {
    const rows = (
      await this.boss.getDb().executeSql(
        `SELECT id::text, data, output, retry_count, completed_on FROM (
           SELECT id, data, output, retry_count, completed_on FROM ${this.schema}.job WHERE name = $1 AND state = 'failed'
           UNION ALL
           SELECT id, data, output, retry_count, completed_on FROM ${this.schema}.archive WHERE name = $1 AND state = 'failed'
         ) f ORDER BY completed_on DESC LIMIT $2`,
        [INGEST_QUEUE, limit],
      )
    ).rows as {
      id: string;
      data: IngestJob;
      output: { message?: string; value?: { message?: string } } | null;
      retry_count: number;
      completed_on: Date;
    }[];
    return rows.map((r) => ({
      jobId: r.id,
      case: r.data.case,
      document: r.data.input?.id ?? "",
      file: r.data.file,
      tries: r.retry_count + 1,
      error: r.output?.message ?? r.output?.value?.message ?? "",
      failedAt: new Date(r.completed_on).toISOString(),
    }));
  }

  /** Puts the dead-letter list's jobs back in the queue for another round of tries. */
  async retryDeadLetters(): Promise<number> {
    const ids = (await this.deadLetters(100000)).map((d) => d.jobId);
    if (ids.length) await this.boss.retry(INGEST_QUEUE, ids);
    return ids.length;
  }

  /** Marks jobs whose worker died (past their time limit) for a retry now, instead of at the next maintenance. */
  async reclaimLost(): Promise<void> {
    await this.boss.expire();
  }

  /**
   * Takes jobs a batch at a time until told to stop (or idle for `exitWhenIdleSeconds`). Taking
   * and completing a job are two queries of pg-boss's that cost more than extracting a short
   * article, so a worker takes up to `batchSize` jobs in one query, stores them one transaction
   * each, and completes the stored ones in one query. Jobs of a batch it does not reach (told to
   * stop, or past half their time limit) go back to the queue at once for any worker to take.
   */
  async work(store: PostgresStore, options: WorkOptions): Promise<void> {
    let lastJob = Date.now();
    let stopping = false;
    void options.stop?.then(() => {
      stopping = true;
    });
    const idleMs = (options.exitWhenIdleSeconds ?? Infinity) * 1000;
    const pollMs = (options.pollingSeconds ?? 1) * 1000;
    // Cases this worker stored documents in since the queue was last empty.
    const touched = new Set<string>();
    while (!stopping) {
      const jobs = await this.boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: options.batchSize ?? DEFAULT_BATCH });
      if (jobs.length === 0) {
        await this.refreshTouched(store, touched, options);
        if (Date.now() - lastJob >= idleMs && (await this.idle())) return;
        await Promise.race([new Promise((r) => setTimeout(r, pollMs)), options.stop]);
        continue;
      }
      await this.runBatch(store, jobs, options, () => stopping, touched);
      lastJob = Date.now();
    }
  }

  /** Runs a batch's jobs in order, completes those that stored, and gives back those not reached. */
  private async runBatch(
    store: PostgresStore,
    jobs: PgBoss.Job<IngestJob>[],
    options: WorkOptions,
    stopping: () => boolean,
    touched: Set<string>,
  ): Promise<void> {
    const taken = Date.now();
    // Half the shortest time limit in the batch: past it, the queue may take the rest for lost.
    const limitMs = Math.min(...jobs.map((j) => jobLimitSeconds(j))) * 500;
    const done: string[] = [];
    // Texts already stored (an input given twice, a job run again), looked up for the whole batch at once.
    const stored = await store.findByTexts(jobs.map((j) => ({ caseName: j.data.case, text: j.data.input.text })));
    let next = 0;
    for (; next < jobs.length; next++) {
      if (next > 0 && (stopping() || Date.now() - taken > limitMs)) break;
      const job = jobs[next];
      try {
        const result = await runIngestJob(store, job.data, options.extract, stored[next]);
        if (result.status !== "duplicate") touched.add(job.data.case);
        done.push(job.id);
        options.onJob?.({ job: job.data, result });
      } catch (e) {
        const error = e instanceof Error ? e : new Error(String(e));
        await this.boss.fail(INGEST_QUEUE, job.id, { message: error.message });
        options.onJob?.({ job: job.data, result: null, error });
      }
    }
    if (done.length) await this.boss.complete(INGEST_QUEUE, done);
    const rest = jobs.slice(next).map((j) => j.id);
    if (rest.length) await this.giveBack(rest);
  }

  /**
   * Puts jobs this worker took but did not start back in the queue as new: waiting, and with no
   * start time, so that pg-boss does not count their next take as a retry.
   */
  private async giveBack(ids: string[]): Promise<void> {
    await this.boss
      .getDb()
      .executeSql(
        `UPDATE ${this.schema}.job SET state = 'created', started_on = NULL WHERE name = $1 AND id = ANY($2::uuid[]) AND state = 'active'`,
        [INGEST_QUEUE, ids],
      );
  }

  /**
   * When the queue is drained, brings the stored case files this worker wrote to up to date: the
   * near-duplicate families as a serial ingest gives them, then one rebuild per case (a reader meanwhile
   * builds the case from the stored extractions, so answers stay right).
   */
  private async refreshTouched(store: PostgresStore, touched: Set<string>, options: WorkOptions): Promise<void> {
    if (touched.size === 0 || !(await this.idle())) return;
    for (const name of touched)
      try {
        await store.onlyOne(name, async () => {
          await store.settleFamilies(name);
          await refreshCase(store, name);
        });
      } catch (e) {
        // Readers build the case from the stored extractions meanwhile; the next refresh catches up.
        options.onRefreshError?.(name, e instanceof Error ? e : new Error(String(e)));
      }
    touched.clear();
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true, close: true });
  }
}

export interface DeadLetter {
  jobId: string;
  case: string;
  document: string;
  file: string;
  tries: number;
  error: string;
  failedAt: string;
}

export interface JobOutcome {
  job: IngestJob;
  /** The store's answer; null when the job failed. */
  result: AddResult | null;
  error?: Error;
}

export interface WorkOptions {
  extract: (text: string, options: ExtractOptions) => Extraction;
  /** Return after the queue has had no job for this many seconds (default: never). */
  exitWhenIdleSeconds?: number;
  /** Called after each job, done or failed. */
  onJob?(outcome: JobOutcome): void;
  /** Called when the stored case file could not be refreshed after the queue emptied. */
  onRefreshError?(caseName: string, error: Error): void;
  /** Resolves to stop taking jobs (the one in hand is finished first). */
  stop?: Promise<void>;
  /** Jobs taken at once (default `DEFAULT_BATCH`; 1 takes them one at a time). */
  batchSize?: number;
  pollingSeconds?: number;
}

/**
 * One document: skip it when its text is stored, else extract and store it (one transaction).
 * `stored`: what `findByText` answered for it, when the caller already asked.
 */
export async function runIngestJob(
  store: PostgresStore,
  job: IngestJob,
  extract: WorkOptions["extract"],
  stored?: string | null,
): Promise<AddResult> {
  const existing = stored === undefined ? await store.findByText(job.case, job.input.text) : stored;
  if (existing !== null) return { status: "duplicate", id: existing, duplicateOf: existing };
  const input = job.input;
  const extraction = extract(input.text, {
    ...(input.id ? { id: input.id } : {}),
    source: input.source,
    published: input.published,
  });
  const id = input.id || extraction.id;
  extraction.id = id;
  return store.addDocument(job.case, { ...input, id }, extraction, { order: job.order });
}
