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
export async function alreadyStored(store: Store, caseName: string, input: InputDocument): Promise<AddResult | null> {
  const id = await store.findByText(caseName, input.text);
  return id === null ? null : { status: "duplicate", id, duplicateOf: id };
}

/** What the extractor is told about an input; an input without an id gets the extraction's content id. */
export function extractOptions(input: InputDocument): ExtractOptions {
  return { ...(input.id ? { id: input.id } : {}), source: input.source, published: input.published };
}

/** Stores an extracted document in one transaction under the input's id (or the extraction's). */
export async function storeExtracted(
  store: Store,
  caseName: string,
  input: InputDocument,
  extraction: Extraction,
): Promise<AddResult> {
  const id = input.id || extraction.id;
  extraction.id = id;
  return store.addDocument(caseName, { ...input, id }, extraction);
}

/** Ingests one document: skipped when its text is stored, else extracted (in this thread or a worker's) and stored. */
export async function ingestOne(
  store: Store,
  caseName: string,
  input: InputDocument,
  extract: (text: string, options: ExtractOptions) => Extraction | Promise<Extraction>,
): Promise<IngestOneResult> {
  const stored = await alreadyStored(store, caseName, input);
  if (stored) return { result: stored, extraction: null };
  const extraction = await extract(input.text, extractOptions(input));
  return { result: await storeExtracted(store, caseName, input, extraction), extraction };
}
