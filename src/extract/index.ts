// The extraction pipeline: a pure function from a string to plain data. It reads no files,
// opens no sockets and keeps no state between calls, so it runs the same in the browser.
import { buildDoc } from "../core/doc.js";
import type { ExtractOptions, Extraction } from "../core/schema.js";
import { extractEntities } from "./entities/index.js";
import { extractEvents } from "./events/index.js";
import { extractQuotes } from "./quotes/index.js";
import { extractTimes } from "./time/index.js";

export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const input = typeof text === "string" ? text : String(text ?? "");
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

/** A short id from the text itself (FNV-1a, 32 bits twice), for callers that give none. */
function contentId(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x811c9dc5);
  }
  return "doc-" + (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}
