// The extraction pipeline: a pure function from a string to plain data. It reads no files,
// opens no sockets and keeps no state between calls, so it runs the same in the browser.
import { buildDoc } from "../core/doc.js";
import { fnv1a2x32 } from "../core/hash.js";
import { DocumentTooLongError, MAX_DOCUMENT_CHARS } from "../core/limits.js";
import type { ExtractOptions, Extraction } from "../core/schema.js";
import { extractEntities } from "./entities/index.js";
import { extractEvents } from "./events/index.js";
import { extractQuotes } from "./quotes/index.js";
import { extractTimes } from "./time/index.js";

export { DocumentTooLongError, MAX_DOCUMENT_CHARS };

export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const input = typeof text === "string" ? text : String(text ?? "");
  if (input.length > MAX_DOCUMENT_CHARS) throw new DocumentTooLongError(input.length);
  const published = options.published ?? null;
  const doc = buildDoc(input);
  const entities = extractEntities(doc);
  const times = extractTimes(doc, { published });
  const quotes = extractQuotes(doc, entities);
  const events = extractEvents({ doc, entities, times, quotes, published });
  return {
    id: options.id ?? contentId(input),
    source: options.source ?? null,
    published,
    text: input,
    entities,
    quotes,
    events,
    times,
  };
}

/** A short id from the text itself, for callers that give none. */
function contentId(text: string): string {
  const [h1, h2] = fnv1a2x32(text);
  return "doc-" + h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
}
