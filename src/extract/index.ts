// Extraction for Node: `extract(text, { published })` is the pure pipeline of ./pipeline.ts with
// the shipped NER model, read from models/ner.bin once, on first use (./default-model.ts). Code
// that must not touch files (a browser build, a test with its own model) calls
// `createExtractor({ model })` instead.
import { DocumentTooLongError, MAX_DOCUMENT_CHARS } from "../core/limits.js";
import type { ExtractOptions, Extraction } from "../core/schema.js";
import { defaultModel } from "./default-model.js";
import { createExtractor, type Extractor } from "./pipeline.js";

export { createExtractor, STAGES, type Extractor, type ExtractorOptions, type Stages } from "./pipeline.js";
export { DocumentTooLongError, MAX_DOCUMENT_CHARS };

let shipped: Extractor | null = null;

export function extract(text: string, options: ExtractOptions = {}): Extraction {
  shipped ??= createExtractor({ model: defaultModel() });
  return shipped(text, options);
}
