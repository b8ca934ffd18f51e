// The library entry point: `extract(text, { published })` and the schema it returns.
export { extract, MAX_DOCUMENT_CHARS, DocumentTooLongError } from "./extract/index.js";
export { buildDoc } from "./core/doc.js";
export type * from "./core/schema.js";
