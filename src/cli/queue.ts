// The team commands around the job queue (PostgreSQL stores only):
//   casefile ingest --queue PATH...   reads the inputs and enqueues one job per document
//   casefile worker                   takes jobs: extracts and stores documents, and extracts stored
//                                     ones again (casefile rebuild --extract --queue); run any number
//   casefile jobs                     the queue's state and its dead-letter list
import type { Command } from "commander";
import { extract } from "../extract/index.js";
import { InputError } from "../ingest/input.js";
import {
  DEFAULT_QUEUE_SETTINGS,
  type IngestJob,
  JobQueue,
  type QueueCounts,
  type QueueSettings,
} from "../ingest/queue.js";
import { listInputFiles, readDocuments } from "../ingest/sources.js";
import { isPostgresLocation, nextIngestOrder, openPostgresStore, parseLocation } from "../store/postgres/store.js";
import { DEFAULT_CASE, storePath } from "../store/types.js";
import { Progress } from "./progress.js";

/** The store a queue command works on, or a message saying a queue needs PostgreSQL. */
function queueLocation(command: string, flag: string | undefined): string | null {
  const location = storePath(flag);
  if (isPostgresLocation(location)) return location;
  console.error(
    `casefile ${command}: the job queue lives in a PostgreSQL store; give --store postgres://USER:PASSWORD@HOST/DATABASE or set CASEFILE_STORE (${location} is a SQLite file: use casefile ingest without --queue)`,
  );
  return null;
}

/** The location without its password, for messages. */
function shown(location: string): string {
  return parseLocation(location).shown;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

interface EnqueueFlags {
  store?: string;
  case: string;
  json?: boolean;
  retries?: string;
  retryDelay?: string;
  jobTimeout?: string;
  wait?: boolean;
}

function settingsFrom(flags: EnqueueFlags): QueueSettings | string {
  const read = (v: string | undefined, fallback: number, name: string, min: number): number | string => {
    if (v === undefined) return fallback;
    const n = Number(v);
    return Number.isInteger(n) && n >= min && n <= 86400 ? n : `${name} "${v}" is not a whole number from ${min}`;
  };
  const retryLimit = read(flags.retries, DEFAULT_QUEUE_SETTINGS.retryLimit, "--retries", 0);
  const retryDelaySeconds = read(flags.retryDelay, DEFAULT_QUEUE_SETTINGS.retryDelaySeconds, "--retry-delay", 0);
  const jobTimeoutSeconds = read(flags.jobTimeout, DEFAULT_QUEUE_SETTINGS.jobTimeoutSeconds, "--job-timeout", 1);
  for (const v of [retryLimit, retryDelaySeconds, jobTimeoutSeconds]) if (typeof v === "string") return v;
  return { retryLimit, retryDelaySeconds, jobTimeoutSeconds } as QueueSettings;
}

/** `casefile ingest --queue`: reads the inputs here and leaves extraction and storing to the workers. */
export async function runEnqueue(paths: string[], flags: EnqueueFlags): Promise<number> {
  const location = queueLocation("ingest --queue", flags.store);
  if (!location) return 2;
  const settings = settingsFrom(flags);
  if (typeof settings === "string") {
    console.error(`casefile ingest: ${settings}`);
    return 2;
  }
  const caseName = (flags.case ?? DEFAULT_CASE).trim() || DEFAULT_CASE;
  const { files, errors } = listInputFiles(paths);
  const failed: InputError[] = [...errors];
  const jobs: IngestJob[] = [];
  for (const file of files) {
    try {
      const read = readDocuments(file);
      failed.push(...read.errors);
      for (const input of read.documents) jobs.push({ case: caseName, file, input, order: 0 });
    } catch (e) {
      failed.push(e instanceof InputError ? e : new InputError(file, `cannot be read (${message(e)})`));
    }
  }
  if (!flags.json) for (const e of failed) console.error(`casefile ingest: ${e.message}`);
  const first = nextIngestOrder(jobs.length);
  jobs.forEach((job, i) => (job.order = first + i));
  let queue: JobQueue | null = null;
  try {
    // The store's schema first, so workers started before any ingest find it.
    await (await openPostgresStore(location, { connections: 1 })).close();
    queue = await JobQueue.open(location);
    await queue.enqueue(jobs, settings);
    if (flags.json)
      console.log(
        JSON.stringify({
          store: shown(location),
          case: caseName,
          files: files.length,
          enqueued: jobs.length,
          failed: failed.length,
          errors: failed.map((e) => ({ input: e.input, message: e.message })),
        }),
      );
    else
      console.log(
        `${shown(location)} (case "${caseName}"): ${jobs.length} document${jobs.length === 1 ? "" : "s"} enqueued from ${files.length} file${files.length === 1 ? "" : "s"}, ${failed.length} failed to read; ` +
          `workers store them (casefile worker), casefile jobs shows how far they are`,
      );
    if (flags.wait) await follow(queue, jobs.length);
  } catch (e) {
    console.error(`casefile ingest: ${message(e)}`);
    return 1;
  } finally {
    await queue?.close();
  }
  return failed.length > 0 ? 1 : 0;
}

/** Shows the queue draining (a progress bar on a terminal) until no job waits or runs. */
async function follow(queue: JobQueue, total: number): Promise<QueueCounts> {
  const progress = new Progress({ label: "stored", unit: "jobs", total });
  const start = await queue.counts();
  let last = start;
  for (;;) {
    const c = await queue.counts();
    progress.tick(c.completed + c.failed - (last.completed + last.failed));
    last = c;
    if (c.waiting === 0 && c.active === 0) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  progress.finish();
  return last;
}

interface WorkerFlags {
  store?: string;
  exitWhenIdle?: string;
  maintenance?: string;
}

export async function runWorker(flags: WorkerFlags): Promise<number> {
  const location = queueLocation("worker", flags.store);
  if (!location) return 2;
  const idle = flags.exitWhenIdle === undefined ? undefined : Number(flags.exitWhenIdle);
  if (idle !== undefined && !(Number.isFinite(idle) && idle >= 0)) {
    console.error(`casefile worker: --exit-when-idle "${flags.exitWhenIdle}" is not a number of seconds`);
    return 2;
  }
  const maintenance = Number(flags.maintenance ?? 30);
  if (!(Number.isInteger(maintenance) && maintenance >= 1)) {
    console.error(`casefile worker: --maintenance "${flags.maintenance}" is not a whole number of seconds`);
    return 2;
  }
  let stopRequested: () => void = () => undefined;
  const stop = new Promise<void>((resolve) => (stopRequested = resolve));
  process.once("SIGINT", () => stopRequested());
  process.once("SIGTERM", () => stopRequested());
  const progress = new Progress({ label: "worker", unit: "docs", total: 0 });
  const counts = { added: 0, duplicates: 0, nearDuplicates: 0, failed: 0, extracted: 0 };
  const started = performance.now();
  let store;
  let queue: JobQueue | null = null;
  try {
    store = await openPostgresStore(location, { connections: 2 });
    queue = await JobQueue.open(location, { maintenanceSeconds: maintenance });
    await queue.reclaimLost();
    console.error(`casefile worker: taking jobs from ${shown(location)} (Ctrl+C stops after the job in hand)`);
    await queue.work(store, {
      extract,
      stop,
      exitWhenIdleSeconds: idle,
      onRefreshError: (name, error) =>
        progress.log(
          `casefile worker: the stored case "${name}" was not refreshed (${error.message}); readers build it`,
        ),
      onJob: ({ job, result, error }) => {
        progress.tick();
        if (!result) {
          counts.failed++;
          progress.log(
            `casefile worker: ${job.file}: ${job.input.id}: ${error?.message ?? "failed"} (will be retried, then dead-lettered)`,
          );
        } else if (result.status === "added") counts.added++;
        else if (result.status === "near-duplicate") counts.nearDuplicates++;
        else counts.duplicates++;
      },
      onExtractJob: ({ job, replaced, error }) => {
        progress.tick();
        if (replaced === null) {
          counts.failed++;
          progress.log(
            `casefile worker: extracting ${job.document} of case "${job.case}" again: ${error?.message ?? "failed"} (will be retried, then dead-lettered)`,
          );
        } else if (replaced) counts.extracted++;
      },
    });
  } catch (e) {
    progress.finish();
    console.error(`casefile worker: ${message(e)}`);
    return 1;
  } finally {
    progress.finish();
    await queue?.close();
    await store?.close();
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `casefile worker: ${counts.added} added, ${counts.duplicates} duplicates, ${counts.nearDuplicates} near-duplicates, ${counts.extracted} extracted again, ${counts.failed} failed tries in ${seconds.toFixed(1)} s`,
  );
  return 0;
}

interface JobsFlags {
  store?: string;
  json?: boolean;
  watch?: boolean;
  retryDead?: boolean;
}

export async function runJobs(flags: JobsFlags): Promise<number> {
  const location = queueLocation("jobs", flags.store);
  if (!location) return 2;
  let queue: JobQueue | null = null;
  try {
    queue = await JobQueue.open(location);
    if (flags.retryDead) {
      const n = await queue.retryDeadLetters();
      console.log(`${n} dead-lettered job${n === 1 ? "" : "s"} put back in the queue`);
      return 0;
    }
    if (flags.watch) {
      const c = await queue.counts();
      const done = await follow(queue, c.waiting + c.active + c.completed + c.failed);
      console.log(`${done.completed} done, ${done.failed} dead-lettered`);
    }
    const counts = await queue.counts();
    const dead = await queue.deadLetters();
    if (flags.json) {
      console.log(JSON.stringify({ store: shown(location), ...counts, deadLetters: dead }));
      return 0;
    }
    console.log(
      `${shown(location)}: ${counts.waiting} waiting (${counts.retrying} to retry), ${counts.active} running, ${counts.completed} done, ${counts.failed} dead-lettered`,
    );
    if (dead.length) {
      console.log("Dead letters (failed after every try; casefile jobs --retry-dead tries them again):");
      for (const d of dead)
        console.log(`  ${d.failedAt}  ${d.case}  ${d.document}  (${d.file}, ${d.tries} tries): ${d.error}`);
    }
    return 0;
  } catch (e) {
    console.error(`casefile jobs: ${message(e)}`);
    return 1;
  } finally {
    await queue?.close();
  }
}

export function registerQueue(program: Command): void {
  program
    .command("worker")
    .description(
      "take jobs from a PostgreSQL store's queue: extract and store each document, or extract a stored one again (run any number)",
    )
    .option("--store <url>", "the store (postgres://…; default: $CASEFILE_STORE)")
    .option("--exit-when-idle <seconds>", "stop once no job has been waiting or running for this long")
    .option("--maintenance <seconds>", "how often to look for jobs whose worker died", "30")
    .action(async (flags: WorkerFlags) => {
      process.exitCode = await runWorker(flags);
    });
  program
    .command("jobs")
    .description("the job queue of a PostgreSQL store: jobs waiting, running, done, and the dead-letter list")
    .option("--store <url>", "the store (postgres://…; default: $CASEFILE_STORE)")
    .option("--watch", "follow the queue until it is empty, with a progress bar")
    .option("--retry-dead", "put the dead-lettered jobs back in the queue")
    .option("--json", "print JSON for scripts")
    .action(async (flags: JobsFlags) => {
      process.exitCode = await runJobs(flags);
    });
}
