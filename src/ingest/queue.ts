// Ingestion as jobs in PostgreSQL, on the store's own database, through pg-boss (a job queue kept
// in PostgreSQL tables with SKIP LOCKED): `casefile ingest --queue` reads the inputs and enqueues
// one job per document; any number of `casefile worker` processes, on any machines that reach
// the database, take jobs a few at a time, extract and store each document (one transaction), and
// complete the jobs. A job that throws is retried after a delay, and after its last try it is
// kept as failed and copied to the dead-letter queue, which `casefile jobs` lists. A job whose
// worker died (killed, machine lost) is not completed within its time limit: the queue's
// maintenance marks it failed by timeout and it is retried like any other failure. Storing is
// idempotent (the content hash is unique per case), so a job run twice stores its document once.
//
// A second queue holds articles to extract again with the worker's build after an upgrade
// (`casefile rebuild --extract --queue`, the API's POST …/extractions on a PostgreSQL store): one
// job per article, made by the loop `casefile rebuild --extract` runs (src/ingest/extract-again.ts),
// its extraction replaced in a transaction of its own; an article this build already made is
// skipped, so a job run twice extracts once. Workers take ingest jobs first.
import { randomBytes } from "node:crypto";
import PgBoss from "pg-boss";
import type { Extraction, ExtractOptions } from "../core/schema.js";
import { extractionBuild } from "../extract/build-id.js";
import { refreshCase } from "../store/case/refresh.js";
import { parseLocation, type PostgresStore } from "../store/postgres/store.js";
import type { AddResult, Store } from "../store/types.js";
import { extractAgain } from "./extract-again.js";
import type { InputDocument } from "./input.js";
import {
  countJobs,
  EXTRACT_QUEUE,
  INGEST_QUEUE,
  extractRunCounts,
  queueHost,
  queueSchema,
  WORK_QUEUES,
  type ExtractRunCounts,
  type QueueCounts,
  type QueueHost,
  type RunSql,
} from "./queue-counts.js";

export { EXTRACT_QUEUE, INGEST_QUEUE, queueSchema, type QueueCounts };
export const DEAD_LETTER_QUEUE = "casefile-ingest-dead";

export interface IngestJob {
  case: string;
  /** The input file the document came from (for messages and the dead-letter list). */
  file: string;
  input: InputDocument;
  /** Its place in the input (the store lists documents in this order, however workers interleave). */
  order: number;
}

/** One article to extract again with the worker's build. */
export interface ExtractJob {
  case: string;
  /** The article's id in the case. */
  document: string;
  /** Extract it even when this build made its stored extraction (`--extract all`). */
  all: boolean;
  /** The run it belongs to: the jobs enqueued together (GET …/extractions counts the latest). */
  run: string;
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
function jobLimitSeconds(job: PgBoss.Job<unknown>): number {
  const given = Number((job as { expireInSeconds?: unknown }).expireInSeconds);
  return Number.isFinite(given) && given > 0 ? given : DEFAULT_QUEUE_SETTINGS.jobTimeoutSeconds;
}

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = { retryLimit: 2, retryDelaySeconds: 5, jobTimeoutSeconds: 300 };

export interface OpenQueueOptions {
  /** How often this process looks for jobs lost by dead workers (seconds, default 30). */
  maintenanceSeconds?: number;
  /**
   * Only enqueues (a server kept running): no maintenance and no timers, which the workers that
   * take the jobs run; the queue's tables are still created or upgraded by the start.
   */
  enqueueOnly?: boolean;
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
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(queue.name)) return;
    try {
      await boss.createQueue(queue.name, queue);
      return;
    } catch (e) {
      // Two creating it at once can deadlock (PostgreSQL aborts one): the other may have made it.
      if ((e as { code?: string }).code !== "40P01" || attempt >= 3) {
        if (!(await boss.getQueue(queue.name))) throw e;
        return;
      }
    }
  }
}

/** The ingest queue of one store: pg-boss on the store's database, in a schema beside the store's. */
export class JobQueue {
  private constructor(
    readonly boss: PgBoss,
    /** The queue's schema, quoted. */
    private readonly schema: string,
  ) {}

  /** Starts pg-boss (creating or upgrading its tables) with the work queues. */
  static async open(location: string, options: OpenQueueOptions = {}): Promise<JobQueue> {
    const { connectionString, schema } = parseLocation(location);
    return JobQueue.start({ connectionString, application_name: "casefile-queue", max: 2 }, schema, options);
  }

  /** The same on an open PostgreSQL store's own connections (a server, a command given the store). */
  static async onStore(host: QueueHost, options: OpenQueueOptions = {}): Promise<JobQueue> {
    const db = { executeSql: (text: string, values?: unknown[]) => host.connectionPool.query(text, values ?? []) };
    return JobQueue.start({ db }, host.schema, options);
  }

  private static async start(
    connection: PgBoss.ConstructorOptions,
    storeSchema: string,
    options: OpenQueueOptions,
  ): Promise<JobQueue> {
    const boss = new PgBoss({
      ...connection,
      schema: queueSchema(storeSchema),
      maintenanceIntervalSeconds: options.maintenanceSeconds ?? 30,
      ...(options.enqueueOnly ? { supervise: false } : { monitorStateIntervalSeconds: 3600 }),
      schedule: false,
      // Failed jobs stay visible (the dead-letter list) for 30 days.
      archiveFailedAfterSeconds: 30 * 86400,
    });
    boss.on("error", () => undefined); // a connection lost during maintenance is tried again on the next tick
    await boss.start();
    try {
      await ensureQueue(boss, { name: DEAD_LETTER_QUEUE });
      await ensureQueue(boss, { name: INGEST_QUEUE, deadLetter: DEAD_LETTER_QUEUE });
      await ensureQueue(boss, { name: EXTRACT_QUEUE, deadLetter: DEAD_LETTER_QUEUE });
    } catch (e) {
      // A pg-boss left started would keep the process alive with its timers.
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      throw e;
    }
    return new JobQueue(boss, `"${queueSchema(storeSchema)}"`);
  }

  /**
   * Enqueues one job per article to extract again, in the order given (ingest order), as one run;
   * its id, or null when there was nothing to enqueue. `sql`: the transaction to insert them in
   * (pg-boss's insert joins it), else any connection of the queue's.
   */
  async enqueueExtractions(
    caseName: string,
    ids: readonly string[],
    all: boolean,
    settings: QueueSettings = DEFAULT_QUEUE_SETTINGS,
    sql?: RunSql,
  ): Promise<string | null> {
    if (!ids.length) return null;
    const run = randomBytes(8).toString("hex");
    const batch = randomBytes(4).toString("hex");
    // Ids that sort by run, then by article: a worker's batch comes back in id order.
    const first = (Math.floor(Date.now() / 1000) - 1_577_836_800) * 2 ** 24;
    await this.insertJobs(
      EXTRACT_QUEUE,
      ids.map((document, i) => ({
        id: orderedId(first + i, i, batch),
        data: { case: caseName, document, all, run } satisfies ExtractJob,
      })),
      settings,
      sql,
    );
    return run;
  }

  /** Enqueues documents, in order. */
  async enqueue(jobs: IngestJob[], settings: QueueSettings = DEFAULT_QUEUE_SETTINGS): Promise<void> {
    const batch = randomBytes(4).toString("hex");
    await this.insertJobs(
      INGEST_QUEUE,
      jobs.map((data, i) => ({ id: orderedId(data.order, i, batch), data })),
      settings,
    );
  }

  /**
   * Inserts jobs of one queue, in order, 500 to an insert, with the settings' tries and time limit
   * and the dead-letter queue; `sql`: the transaction to insert them in, else the queue's connections.
   */
  private async insertJobs(
    name: string,
    jobs: { id: string; data: object }[],
    settings: QueueSettings,
    sql?: RunSql,
  ): Promise<void> {
    for (let i = 0; i < jobs.length; i += 500)
      await this.boss.insert(
        jobs.slice(i, i + 500).map(({ id, data }) => ({
          id,
          name,
          data,
          retryLimit: settings.retryLimit,
          retryDelay: settings.retryDelaySeconds,
          expireInSeconds: settings.jobTimeoutSeconds,
          deadLetter: DEAD_LETTER_QUEUE,
        })),
        sql ? { db: { executeSql: sql } } : {},
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
        `SELECT name, id::text, data, output, retry_count, completed_on FROM (
           SELECT name, id, data, output, retry_count, completed_on FROM ${this.schema}.job WHERE name = ANY($1::text[]) AND state = 'failed'
           UNION ALL
           SELECT name, id, data, output, retry_count, completed_on FROM ${this.schema}.archive WHERE name = ANY($1::text[]) AND state = 'failed'
         ) f ORDER BY completed_on DESC LIMIT $2`,
        [WORK_QUEUES, limit],
      )
    ).rows as {
      name: string;
      id: string;
      data: Partial<IngestJob & ExtractJob>;
      output: { message?: string; value?: { message?: string } } | null;
      retry_count: number;
      completed_on: Date;
    }[];
    return rows.map((r) => ({
      queue: r.name,
      jobId: r.id,
      case: r.data.case ?? "",
      document: r.data.input?.id ?? r.data.document ?? "",
      file: r.data.file ?? "extract again",
      tries: r.retry_count + 1,
      error: r.output?.message ?? r.output?.value?.message ?? "",
      failedAt: new Date(r.completed_on).toISOString(),
    }));
  }

  /** Puts the dead-letter list's jobs back in the queue for another round of tries. */
  async retryDeadLetters(): Promise<number> {
    const dead = await this.deadLetters(100000);
    for (const name of WORK_QUEUES) {
      const ids = dead.filter((d) => d.queue === name).map((d) => d.jobId);
      if (ids.length) await this.boss.retry(name, ids);
    }
    return dead.length;
  }

  /** Marks jobs whose worker died (past their time limit) for a retry now, instead of at the next maintenance. */
  async reclaimLost(): Promise<void> {
    await this.boss.expire();
  }

  /**
   * Takes jobs a batch at a time until told to stop (or idle for `exitWhenIdleSeconds`): ingest
   * jobs first, then articles to extract again. Taking and completing a job are two queries of
   * pg-boss's that cost more than extracting a short article, so a worker takes up to `batchSize`
   * jobs in one query, stores them one transaction each, and completes the stored ones in one
   * query. Jobs of a batch it does not reach (told to stop, or past half their time limit) go back
   * to the queue at once for any worker to take.
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
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    while (!stopping) {
      const ingest = await this.boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize });
      const again = ingest.length ? [] : await this.boss.fetch<ExtractJob>(EXTRACT_QUEUE, { batchSize });
      if (ingest.length === 0 && again.length === 0) {
        await this.refreshTouched(store, touched, options);
        if (Date.now() - lastJob >= idleMs && (await this.idle())) return;
        await Promise.race([new Promise((r) => setTimeout(r, pollMs)), options.stop]);
        continue;
      }
      if (ingest.length) await this.runIngestBatch(store, ingest, options, () => stopping, touched);
      else await this.runExtractBatch(store, again, options, () => stopping, touched);
      lastJob = Date.now();
    }
  }

  /** A batch of ingest jobs: the texts already stored looked up for the whole batch at once. */
  private async runIngestBatch(
    store: PostgresStore,
    jobs: PgBoss.Job<IngestJob>[],
    options: WorkOptions,
    stopping: () => boolean,
    touched: Set<string>,
  ): Promise<void> {
    // Texts already stored (an input given twice, a job run again).
    const stored = await store.findByTexts(jobs.map((j) => ({ caseName: j.data.case, text: j.data.input.text })));
    await this.runBatch(INGEST_QUEUE, jobs, stopping, {
      run: async (job, i) => {
        const result = await runIngestJob(store, job.data, options.extract, stored[i]);
        if (result.status !== "duplicate") touched.add(job.data.case);
        return () => options.onJob?.({ job: job.data, result });
      },
      failed: (job, error) => options.onJob?.({ job: job.data, result: null, error }),
    });
  }

  /** A batch of articles to extract again, each through the one loop of src/ingest/extract-again.ts. */
  private async runExtractBatch(
    store: PostgresStore,
    jobs: PgBoss.Job<ExtractJob>[],
    options: WorkOptions,
    stopping: () => boolean,
    touched: Set<string>,
  ): Promise<void> {
    await this.runBatch(EXTRACT_QUEUE, jobs, stopping, {
      run: async (job) => {
        const replaced = await runExtractJob(store, job.data, options.extract);
        if (replaced) touched.add(job.data.case);
        return () => options.onExtractJob?.({ job: job.data, replaced });
      },
      failed: (job, error) => options.onExtractJob?.({ job: job.data, replaced: null, error }),
    });
  }

  /**
   * Runs a batch's jobs in order, completes those that ran, and gives back those not reached. Each
   * job's `run` answers how to report it, and it is reported at once, before the loop looks at
   * `stopping` again: a stop asked for in a report lets the next job start (the worker is already
   * into it) and is seen after that one.
   */
  private async runBatch<T extends object>(
    name: string,
    jobs: PgBoss.Job<T>[],
    stopping: () => boolean,
    handle: {
      run(job: PgBoss.Job<T>, index: number): Promise<() => void>;
      failed(job: PgBoss.Job<T>, error: Error): void;
    },
  ): Promise<void> {
    const taken = Date.now();
    // Half the shortest time limit in the batch: past it, the queue may take the rest for lost.
    const limitMs = Math.min(...jobs.map((j) => jobLimitSeconds(j))) * 500;
    const done: string[] = [];
    let next = 0;
    for (; next < jobs.length; next++) {
      if (next > 0 && (stopping() || Date.now() - taken > limitMs)) break;
      const job = jobs[next];
      try {
        const report = await handle.run(job, next);
        done.push(job.id);
        report();
      } catch (e) {
        const error = e instanceof Error ? e : new Error(String(e));
        await this.boss.fail(name, job.id, { message: error.message });
        handle.failed(job, error);
      }
    }
    if (done.length) await this.boss.complete(name, done);
    const rest = jobs.slice(next).map((j) => j.id);
    if (rest.length) await this.giveBack(name, rest);
  }

  /**
   * Puts jobs this worker took but did not start back in the queue as new: waiting, and with no
   * start time, so that pg-boss does not count their next take as a retry.
   */
  private async giveBack(name: string, ids: string[]): Promise<void> {
    await this.boss
      .getDb()
      .executeSql(
        `UPDATE ${this.schema}.job SET state = 'created', started_on = NULL WHERE name = $1 AND id = ANY($2::uuid[]) AND state = 'active'`,
        [name, ids],
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
  /** The queue it failed in (ingest, or extract again). */
  queue: string;
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

export interface ExtractOutcome {
  job: ExtractJob;
  /** Whether the stored extraction was replaced (false: removed meanwhile, or already made by this build); null when the job failed. */
  replaced: boolean | null;
  error?: Error;
}

export interface WorkOptions {
  extract: (text: string, options: ExtractOptions) => Extraction;
  /** Return after the queue has had no job for this many seconds (default: never). */
  exitWhenIdleSeconds?: number;
  /** Called after each ingest job, done or failed. */
  onJob?(outcome: JobOutcome): void;
  /** Called after each job extracting an article again, done or failed. */
  onExtractJob?(outcome: ExtractOutcome): void;
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

/**
 * One article extracted again with this build and its stored extraction replaced (one
 * transaction), through the loop `casefile rebuild --extract` runs; skipped when this build
 * already made it, unless the job says all. Whether it was replaced.
 */
export async function runExtractJob(
  store: PostgresStore,
  job: ExtractJob,
  extract: WorkOptions["extract"],
): Promise<boolean> {
  return (await extractAgain(store, job.case, { ids: [job.document], extract, skipMade: !job.all })) > 0;
}

/** What enqueueing a case's run found: how many articles it enqueued, or the run still under way (none enqueued). */
export interface EnqueuedRun {
  enqueued: number;
  running: ExtractRunCounts | null;
}

/**
 * Enqueues the case's articles another build extracted (`all`: every article) as one run of jobs
 * on the queue beside a PostgreSQL store, through its own connections, unless the case's latest
 * run still has jobs waiting or running. The check and the enqueueing are one transaction under
 * the case's queue lock, so two servers' POSTs and a command at once enqueue one run.
 * `started`: the caller's queue on the store, started once and kept (a server's); without it, a
 * queue is started for this call and stopped after it (a command).
 */
export async function enqueueExtractAgain(
  store: Store,
  caseName: string,
  all: boolean,
  started?: () => Promise<JobQueue>,
): Promise<EnqueuedRun> {
  const host = queueHost(store);
  if (!host) throw new Error(`${store.location} has no job queue: it is not a PostgreSQL store`);
  const ids = await store.otherBuildDocuments(caseName, all ? null : extractionBuild());
  const pool = (text: string, values: unknown[]) => host.connectionPool.query(text, values);
  const waiting = await extractRunCounts(pool, host.schema, caseName);
  if (waiting?.pending || !ids.length) return { enqueued: 0, running: waiting?.pending ? waiting : null };
  // Started before the lock is taken: the transaction holding it then needs no other connection.
  const queue = started ? await started() : await JobQueue.onStore(host);
  const own = started ? null : queue;
  try {
    return await host.lockedForQueue(caseName, async (sql) => {
      const latest = await extractRunCounts(sql, host.schema, caseName);
      if (latest?.pending) return { enqueued: 0, running: latest };
      await queue.enqueueExtractions(caseName, ids, all, DEFAULT_QUEUE_SETTINGS, sql);
      return { enqueued: ids.length, running: null };
    });
  } finally {
    await own?.close();
  }
}
