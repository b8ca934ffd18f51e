// A user's search query, read once for both engines: every word required, the words inside double
// quotes as a phrase (an unclosed mark quotes to the end), the last bare word as a prefix. Only
// letters and digits are kept, so no query syntax of FTS5 or `to_tsquery` can be injected; each
// engine writes the terms in its own syntax (src/store/sqlite/text.ts, src/store/postgres/search.ts).

/** One required term: a bare word, or a phrase of words in that order. */
export interface SearchTerm {
  words: string[];
  phrase: boolean;
  /** The last bare word of the query: matches as a prefix ("seiz" finds "seized"). */
  prefix: boolean;
}

/** At most this many terms, and this many words in a phrase. */
const MAX_TERMS = 32;

/** The terms of a query (at most 2,000 characters are read), or [] when it has no word. */
export function searchTerms(query: string): SearchTerm[] {
  const q = (typeof query === "string" ? query : "").slice(0, 2000);
  const terms: SearchTerm[] = [];
  let lastBare = -1;
  q.split('"').forEach((part, i) => {
    const words = part.match(/[\p{L}\p{N}]+/gu);
    if (!words) return;
    if (i % 2 === 1) terms.push({ words: words.slice(0, MAX_TERMS), phrase: true, prefix: false });
    else
      for (const w of words) {
        terms.push({ words: [w], phrase: false, prefix: false });
        lastBare = terms.length - 1;
      }
  });
  const kept = terms.slice(0, MAX_TERMS);
  if (lastBare >= 0 && lastBare === terms.length - 1 && lastBare < kept.length) kept[lastBare].prefix = true;
  return kept;
}
