// Ingest: files → documents → extraction → store, one store transaction per document (the two
// halves of ./one.ts's `ingestOne`, split so extraction can run in threads between them). A bad
// input is reported and skipped; a store that cannot be written (locked, damaged, disk full)
// stops the batch, since every further document would fail the same way. Already stored
// documents are never touched, and an exact re-ingest skips extraction altogether.
//
// `ingestPaths` does everything in the calling thread; `ingestPathsParallel` spreads extraction
// over worker threads (the store keeps one connection, in the main thread, and documents are
// stored in input order, so both give the same store).
import { availableParallelism } from "node:os";
import type { Extraction, ExtractOptions } from "../core/schema.js";
import { extract as defaultExtract } from "../extract/index.js";
import { type AddStatus, type Store, StoreError } from "../store/types.js";
import type { InputDocument } from "./input.js";
import { InputError } from "./input.js";
import { alreadyStored, extractOptions, storeExtracted } from "./one.js";
import { ExtractPool } from "./pool.js";
import { type FileDocuments, listInputFiles, readDocuments } from "./sources.js";
import { parsedInWorker, readLimit } from "./formats.js";

export interface IngestOptions {
  caseName: string;
  /** The extractor (the pipeline of src/extract by default). A custom one runs in the calling thread. */
  extract?: (text: string, options: ExtractOptions) => Extraction;
  /** Called once the file list is known. */
  onStart?(files: number): void;
  /** Called after each document, stored or not. */
  onDocument?(event: { status: AddStatus | "failed"; id: string; file: string }): void;
  /** Called after each file is read, with the number of files read. */
  onFile?(filesDone: number): void;
  /** Called with each input that could not be ingested (one line: `error.message`). */
  onError?(error: InputError): void;
}

export interface ParallelIngestOptions extends IngestOptions {
  /** Extractor threads; default: one per core when the batch is large enough to repay starting them. */
  workers?: number;
}

export interface IngestSummary {
  files: number;
  added: number;
  duplicates: number;
  nearDuplicates: number;
  failed: number;
  /** Characters of text extracted and stored (new documents only). */
  chars: number;
  /** Set when the store stopped the batch; the documents counted above are stored. */
  storeError: StoreError | null;
}

/** Below this many files, starting extractor threads costs more than it saves. */
export const PARALLEL_MIN_FILES = 48;

/** The extractor threads a large batch gets: one per core, at most four. */
export function extractorThreads(): number {
  return Math.min(4, Math.max(1, availableParallelism()));
}

/** Counts, reports and stores; shared by both ways of running a batch. */
class Batch {
  readonly summary: IngestSummary;

  constructor(
    private readonly store: Store,
    private readonly options: IngestOptions,
    files: number,
  ) {
    this.summary = { files, added: 0, duplicates: 0, nearDuplicates: 0, failed: 0, chars: 0, storeError: null };
  }

  fail(e: InputError): void {
    this.summary.failed++;
    this.options.onError?.(e);
  }

  /** The documents of a file, or none (reported) when it cannot be read. */
  read(file: string): InputDocument[] {
    try {
      return this.accept(file, readDocuments(file));
    } catch (e) {
      return this.accept(file, e as Error);
    }
  }

  /** The documents of a file read elsewhere (a worker), reporting what could not be read. */
  accept(file: string, read: FileDocuments | Error): InputDocument[] {
    if (read instanceof Error) {
      this.fail(read instanceof InputError ? read : new InputError(file, `cannot be read (${read.message})`));
      return [];
    }
    for (const e of read.errors) this.fail(e);
    return read.documents;
  }

  /** True when the text is already stored (counted as a duplicate); false when it must be extracted. */
  async known(input: InputDocument, file: string): Promise<boolean> {
    const existing = await alreadyStored(this.store, this.options.caseName, input);
    if (existing === null) return false;
    this.summary.duplicates++;
    this.options.onDocument?.({ status: "duplicate", id: existing.id, file });
    return true;
  }

  /** Stores one extracted document; false when the store stopped the batch. */
  async add(input: InputDocument, file: string, extraction: Extraction | Error): Promise<boolean> {
    if (extraction instanceof Error) {
      this.fail(new InputError(file, `extraction failed (${extraction.message}); the input was skipped`));
      this.options.onDocument?.({ status: "failed", id: input.id, file });
      return true;
    }
    try {
      const result = await storeExtracted(this.store, this.options.caseName, input, extraction);
      if (result.status === "added") this.summary.added++;
      else if (result.status === "near-duplicate") this.summary.nearDuplicates++;
      else this.summary.duplicates++;
      if (result.status !== "duplicate") this.summary.chars += input.text.length;
      this.options.onDocument?.({ status: result.status, id: result.id, file });
      return true;
    } catch (e) {
      if (e instanceof StoreError) {
        this.summary.storeError = e;
        return false;
      }
      this.fail(new InputError(file, `could not be stored (${(e as Error).message})`));
      this.options.onDocument?.({ status: "failed", id: input.id, file });
      return true;
    }
  }
}

function guarded(run: (text: string, options: ExtractOptions) => Extraction, input: InputDocument): Extraction | Error {
  try {
    return run(input.text, extractOptions(input));
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/** Ingests in the calling thread. */
export async function ingestPaths(store: Store, paths: string[], options: IngestOptions): Promise<IngestSummary> {
  const run = options.extract ?? defaultExtract;
  const { files, errors } = listInputFiles(paths);
  const batch = new Batch(store, options, files.length);
  try {
    for (const e of errors) batch.fail(e);
    options.onStart?.(files.length);
    let done = 0;
    for (const file of files) {
      const documents = batch.read(file);
      options.onFile?.(++done);
      for (const input of documents) {
        if (await batch.known(input, file)) continue;
        if (!(await batch.add(input, file, guarded(run, input)))) return batch.summary;
      }
    }
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    batch.summary.storeError = e;
  }
  return batch.summary;
}

/** Ingests with extraction spread over worker threads; stores in input order. */
export async function ingestPathsParallel(
  store: Store,
  paths: string[],
  options: ParallelIngestOptions,
): Promise<IngestSummary> {
  const { files, errors } = listInputFiles(paths);
  // Web pages and the binary formats are parsed in a worker even in a small batch: their parse is
  // the costly, hostile-input-facing part.
  const workers =
    options.workers ?? (files.length >= PARALLEL_MIN_FILES ? extractorThreads() : files.some(parsedInWorker) ? 1 : 0);
  if (workers <= 0 || options.extract) return ingestPaths(store, paths, options);
  const batch = new Batch(store, options, files.length);
  const pool = new ExtractPool(workers);
  // Documents in flight, oldest first: enough to keep every thread busy, few enough to keep memory flat.
  const window = workers * 8;
  // A file counts as done (for progress) once its last document is stored: a marker follows its
  // documents through the queue.
  type Job = { input: InputDocument; file: string; extraction: Promise<Extraction | Error> } | { filesDone: number };
  const inFlight: Job[] = [];
  let documentsInFlight = 0;
  const storeOldest = async (): Promise<boolean> => {
    const job = inFlight.shift();
    if (!job) return true;
    if ("filesDone" in job) {
      options.onFile?.(job.filesDone);
      return true;
    }
    documentsInFlight--;
    return await batch.add(job.input, job.file, await job.extraction);
  };
  // Files are read in the workers too, a few ahead of the one being stored.
  const reads = new Map<number, Promise<FileDocuments | Error>>();
  let nextRead = 0;
  const readAhead = (upTo: number) => {
    for (; nextRead < files.length && nextRead <= upTo; nextRead++) {
      const file = files[nextRead];
      reads.set(
        nextRead,
        pool.read(file, readLimit(file)).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))),
      );
    }
  };
  try {
    for (const e of errors) batch.fail(e);
    options.onStart?.(files.length);
    let read = 0;
    for (const [i, file] of files.entries()) {
      readAhead(i + workers * 2);
      const documents = batch.accept(file, await (reads.get(i) as Promise<FileDocuments | Error>));
      reads.delete(i);
      for (const input of documents) {
        if (await batch.known(input, file)) continue;
        inFlight.push({
          input,
          file,
          extraction: pool.extract(input.text, extractOptions(input)).catch((e: unknown) => e as Error),
        });
        documentsInFlight++;
        while (documentsInFlight >= window) if (!(await storeOldest())) return batch.summary;
      }
      inFlight.push({ filesDone: ++read });
      if (documentsInFlight === 0) while (inFlight.length) await storeOldest(); // only markers left
    }
    while (inFlight.length) if (!(await storeOldest())) return batch.summary;
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    batch.summary.storeError = e;
  } finally {
    await pool.close();
  }
  return batch.summary;
}
