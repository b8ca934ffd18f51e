// The one way a document gets into the store: skip it when its exact text is already stored,
// otherwise extract it and store document and extraction in one transaction. The CLI's ingest
// (serial and with extractor threads), the API's add-document route and the example all go
// through here. Errors are the caller's to report: an extractor's exception and a `StoreError`
// propagate unchanged.
import type { Extraction, ExtractOptions } from "../core/schema.js";
import type { AddResult, Store } from "../store/types.js";
import type { InputDocument } from "./input.js";

export interface IngestOneResult {
  result: AddResult;
  /** The document's extraction; null when its text was already stored (nothing was extracted). */
  extraction: Extraction | null;
}

/** The stored document with exactly this text, as an add result, or null when it must be extracted. */
export function alreadyStored(store: Store, caseName: string, input: InputDocument): AddResult | null {
  const id = store.findByText(caseName, input.text);
  return id === null ? null : { status: "duplicate", id, duplicateOf: id };
}

/** What the extractor is told about an input; an input without an id gets the extraction's content id. */
export function extractOptions(input: InputDocument): ExtractOptions {
  return { ...(input.id ? { id: input.id } : {}), source: input.source, published: input.published };
}

/** Stores an extracted document in one transaction under the input's id (or the extraction's). */
export function storeExtracted(
  store: Store,
  caseName: string,
  input: InputDocument,
  extraction: Extraction,
): AddResult {
  const id = input.id || extraction.id;
  extraction.id = id;
  return store.addDocument(caseName, { ...input, id }, extraction);
}

/**
 * Ingests one document. With an extractor that answers at once the result does too; with one
 * that returns a promise (a worker thread's) the result is a promise.
 */
export function ingestOne(
  store: Store,
  caseName: string,
  input: InputDocument,
  extract: (text: string, options: ExtractOptions) => Extraction,
): IngestOneResult;
export function ingestOne(
  store: Store,
  caseName: string,
  input: InputDocument,
  extract: (text: string, options: ExtractOptions) => Promise<Extraction>,
): Promise<IngestOneResult>;
export function ingestOne(
  store: Store,
  caseName: string,
  input: InputDocument,
  extract: (text: string, options: ExtractOptions) => Extraction | Promise<Extraction>,
): IngestOneResult | Promise<IngestOneResult> {
  const stored = alreadyStored(store, caseName, input);
  if (stored) return { result: stored, extraction: null };
  const extraction = extract(input.text, extractOptions(input));
  const finish = (e: Extraction): IngestOneResult => ({
    result: storeExtracted(store, caseName, input, e),
    extraction: e,
  });
  return extraction instanceof Promise ? extraction.then(finish) : finish(extraction);
}
