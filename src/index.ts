// The library entry point: `extract(text, { published })` (with the shipped NER model, read from
// models/ner.bin on first use), `createExtractor({ model })` (the pure pipeline: no files, no
// sockets, no state between calls) and the schema they return.
export {
  createExtractor,
  extract,
  MAX_DOCUMENT_CHARS,
  DocumentTooLongError,
  type Extractor,
  type ExtractorOptions,
} from "./extract/index.js";
export { buildDoc } from "./core/doc.js";
export type * from "./core/schema.js";
