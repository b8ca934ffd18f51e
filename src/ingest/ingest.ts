// Ingest: files → documents → extraction → store, one store transaction per document. A bad
// input is reported and skipped; a store that cannot be written (locked, damaged, disk full)
// stops the batch, since every further document would fail the same way. Already stored
// documents are never touched, and an exact re-ingest skips extraction altogether.
import type { Extraction, ExtractOptions } from "../core/schema.js";
import { extract as defaultExtract } from "../extract/index.js";
import { type AddStatus, type Store, StoreError } from "../store/types.js";
import { InputError } from "./input.js";
import { listInputFiles, readDocuments } from "./sources.js";

export interface IngestOptions {
  caseName: string;
  /** The extractor (the pipeline of src/extract by default). */
  extract?: (text: string, options: ExtractOptions) => Extraction;
  /** Called once the file list is known. */
  onStart?(files: number): void;
  /** Called after each document, stored or not. */
  onDocument?(event: { status: AddStatus | "failed"; id: string; file: string }): void;
  /** Called after each file with the number of files done. */
  onFile?(filesDone: number): void;
  /** Called with each input that could not be ingested (one line: `error.message`). */
  onError?(error: InputError): void;
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

export function ingestPaths(store: Store, paths: string[], options: IngestOptions): IngestSummary {
  const run = options.extract ?? defaultExtract;
  const { files, errors } = listInputFiles(paths);
  const summary: IngestSummary = {
    files: files.length,
    added: 0,
    duplicates: 0,
    nearDuplicates: 0,
    failed: 0,
    chars: 0,
    storeError: null,
  };
  const fail = (e: InputError) => {
    summary.failed++;
    options.onError?.(e);
  };
  for (const e of errors) fail(e);
  options.onStart?.(files.length);
  let done = 0;
  for (const file of files) {
    let read;
    try {
      read = readDocuments(file);
    } catch (e) {
      fail(e instanceof InputError ? e : new InputError(file, `cannot be read (${(e as Error).message})`));
      options.onFile?.(++done);
      continue;
    }
    for (const e of read.errors) fail(e);
    for (const input of read.documents) {
      try {
        const existing = store.findByText(options.caseName, input.text);
        if (existing !== null) {
          summary.duplicates++;
          options.onDocument?.({ status: "duplicate", id: existing, file });
          continue;
        }
        let extraction: Extraction;
        try {
          extraction = run(input.text, { id: input.id, source: input.source, published: input.published });
        } catch (e) {
          fail(new InputError(file, `extraction failed (${(e as Error).message}); the input was skipped`));
          options.onDocument?.({ status: "failed", id: input.id, file });
          continue;
        }
        const result = store.addDocument(options.caseName, input, extraction);
        if (result.status === "added") summary.added++;
        else if (result.status === "near-duplicate") summary.nearDuplicates++;
        else summary.duplicates++;
        if (result.status !== "duplicate") summary.chars += input.text.length;
        options.onDocument?.({ status: result.status, id: result.id, file });
      } catch (e) {
        if (e instanceof StoreError) {
          summary.storeError = e;
          return summary;
        }
        fail(new InputError(file, `could not be stored (${(e as Error).message})`));
        options.onDocument?.({ status: "failed", id: input.id, file });
      }
    }
    options.onFile?.(++done);
  }
  return summary;
}
