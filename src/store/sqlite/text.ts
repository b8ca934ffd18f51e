// Text as SQLite keeps and searches it: hashes, well-formed UTF-16, FTS5 query syntax and snippets.
import { createHash } from "node:crypto";
import { searchTerms } from "../search-query.js";

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * The text with each unpaired surrogate replaced by U+FFFD, one code unit for one, so offsets
 * computed on the original still hold. SQLite stores UTF-8, which cannot hold unpaired
 * surrogates: left alone, each would come back as three replacement characters.
 */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

/**
 * A user's query as an FTS5 expression: every word required, words inside double quotes as a
 * phrase, the last bare word as a prefix. Only letters and digits reach FTS5, so no query
 * syntax can be injected.
 */
export function ftsQuery(query: string): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t.words.join(" ")}"${t.prefix ? "*" : ""}`).join(" ");
}

/** Where the snippet's first highlighted term is in the text, given the snippet FTS5 returned. */
export function locateSnippet(text: string, snippet: string): { start: number; end: number } {
  const open = snippet.indexOf("«");
  const close = snippet.indexOf("»", open + 1);
  if (open < 0 || close < 0) return { start: 0, end: 0 };
  const term = snippet.slice(open + 1, close);
  let before = snippet.slice(0, open);
  if (before.startsWith("…")) before = before.slice(1);
  before = before.replace(/[«»]/g, "");
  const at = before ? text.indexOf(before + term) : -1;
  if (at >= 0) return { start: at + before.length, end: at + before.length + term.length };
  const lower = text.toLowerCase().indexOf(term.toLowerCase());
  return lower >= 0 ? { start: lower, end: lower + term.length } : { start: 0, end: 0 };
}
