// `casefile ingest PATH... [--store FILE] [--case NAME]`: reads files, folders and feeds into the
// store. One line per bad input on standard error, a summary line on standard output, exit 1
// if anything failed; what was stored stays stored. With --json, one JSON object on standard
// output instead of the summary line: the counts and every error, for scripts.
import type { Command } from "commander";
import { ingestPathsParallel, type IngestSummary } from "../ingest/ingest.js";
import { refreshCase } from "../store/case/refresh.js";
import { DEFAULT_CASE, openStore, type Store, storePath } from "../store/index.js";
import { Progress } from "./progress.js";
import { runEnqueue } from "./queue.js";

interface IngestFlags {
  store?: string;
  case: string;
  workers?: string;
  json?: boolean;
  queue?: boolean;
  retries?: string;
  retryDelay?: string;
  jobTimeout?: string;
  wait?: boolean;
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("read articles (.txt, .html, .json, .jsonl), folders of them and RSS/Atom feeds into the case store")
    .argument("<paths...>", "files, folders (read recursively) and feed files (.xml, .rss, .atom)")
    .option("--store <file>", "the store file (default: $CASEFILE_STORE or ./casefile.db)")
    .option("--case <name>", "the case to add them to; several cases can share one store", DEFAULT_CASE)
    .option("--workers <n>", "extractor threads (default: one per core for large batches; 0 = none)")
    .option("--json", "print the counts and errors as one JSON object instead of the summary line")
    .option("--queue", "PostgreSQL store: enqueue one job per document for `casefile worker` processes")
    .option("--retries <n>", "with --queue: tries after the first before a job is dead-lettered", "2")
    .option("--retry-delay <seconds>", "with --queue: wait before a retry", "5")
    .option("--job-timeout <seconds>", "with --queue: a job running longer is taken for lost and retried", "300")
    .option("--wait", "with --queue: show the workers' progress until the queue is empty")
    .action(async (paths: string[], flags: IngestFlags) => {
      process.exitCode = flags.queue ? await runEnqueue(paths, flags) : await runIngest(paths, flags);
    });
}

export async function runIngest(paths: string[], flags: IngestFlags): Promise<number> {
  const caseName = (flags.case ?? DEFAULT_CASE).trim();
  if (!caseName) {
    console.error("casefile ingest: --case needs a name");
    return 2;
  }
  let workers: number | undefined;
  if (flags.workers !== undefined) {
    workers = Number(flags.workers);
    if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
      console.error(`casefile ingest: --workers "${flags.workers}" is not a number of threads from 0 to 64`);
      return 2;
    }
  }
  const location = storePath(flags.store);
  let store: Store;
  try {
    store = await openStore(location);
  } catch (e) {
    console.error(`casefile ingest: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const started = performance.now();
  const progress = new Progress({ label: "ingest", unit: "docs", total: 0 });
  let files = 0;
  let summary: IngestSummary;
  const errors: { input: string; message: string }[] = [];
  try {
    summary = await ingestPathsParallel(store, paths, {
      caseName,
      workers,
      onStart: (n) => {
        files = n;
        progress.setTotal(n);
      },
      onDocument: () => progress.tick(),
      onFile: (done) => progress.setFraction(files ? done / files : 1),
      onError: (e) => {
        errors.push({ input: e.input, message: e.message });
        if (!flags.json) progress.log(`casefile ingest: ${e.message}`);
      },
    });
    // The stored case file follows the new documents (one rebuild per batch, not per document).
    if (summary.added + summary.nearDuplicates > 0) await refreshCase(store, caseName);
  } finally {
    progress.finish();
    await store.close();
  }
  if (summary.storeError)
    console.error(`casefile ingest: ${summary.storeError.message}; the documents counted below are stored`);
  const seconds = (performance.now() - started) / 1000;
  if (flags.json) {
    const { storeError, ...counts } = summary;
    console.log(
      JSON.stringify({
        store: location,
        case: caseName,
        ...counts,
        seconds: Number(seconds.toFixed(3)),
        errors,
        storeError: storeError ? storeError.message : null,
      }),
    );
  } else
    console.log(
      `${location} (case "${caseName}"): ${summary.added} added, ${summary.duplicates} duplicate${
        summary.duplicates === 1 ? "" : "s"
      }, ${summary.nearDuplicates} near-duplicate${summary.nearDuplicates === 1 ? "" : "s"}, ${summary.failed} failed` +
        ` (${summary.files} file${summary.files === 1 ? "" : "s"} in ${seconds.toFixed(1)} s)`,
    );
  return summary.storeError || summary.failed > 0 ? 1 : 0;
}
