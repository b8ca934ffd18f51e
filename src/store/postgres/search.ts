// Full-text search on PostgreSQL: a user's query as a `tsquery`, with the same meaning as the
// SQLite store's FTS5 query (every word required, words inside double quotes as a phrase, the
// last bare word as a prefix), and the position of a snippet's first match in the text. Only
// letters and digits reach `to_tsquery`, so no query syntax can be injected.

/** The query as `to_tsquery` text, or null when it has no word. */
export function tsQuery(query: string): string | null {
  const q = (typeof query === "string" ? query : "").slice(0, 2000);
  const terms: string[] = [];
  let lastBare = -1;
  q.split('"').forEach((part, i) => {
    const words = part.match(/[\p{L}\p{N}]+/gu);
    if (!words) return;
    // odd parts were inside quotation marks (an unclosed mark quotes to the end)
    if (i % 2 === 1) terms.push(`(${words.slice(0, 32).map(lexeme).join(" <-> ")})`);
    else
      for (const w of words) {
        terms.push(lexeme(w));
        lastBare = terms.length - 1;
      }
  });
  if (terms.length === 0) return null;
  const kept = terms.slice(0, 32);
  if (lastBare >= 0 && lastBare === terms.length - 1 && lastBare < kept.length) kept[lastBare] += ":*";
  return kept.join(" & ");
}

function lexeme(word: string): string {
  return `'${word.toLowerCase()}'`;
}

/** ts_headline's options: the matches wrapped in «…», one fragment of about 16 words. */
export const HEADLINE_OPTIONS =
  "StartSel=«, StopSel=», MaxWords=16, MinWords=6, ShortWord=2, MaxFragments=1, FragmentDelimiter=…";

/** Where the snippet's first highlighted term is in the text. */
export function locateHighlight(text: string, snippet: string): { start: number; end: number } {
  const open = snippet.indexOf("«");
  const close = snippet.indexOf("»", open + 1);
  if (open < 0 || close < 0) return { start: 0, end: 0 };
  const term = snippet.slice(open + 1, close);
  const context = snippet.slice(0, open).replace(/[«»…]/g, "");
  const exact = context ? text.indexOf(context + term) : -1;
  if (exact >= 0) return { start: exact + context.length, end: exact + context.length + term.length };
  const at = text.toLowerCase().indexOf(term.toLowerCase());
  return at >= 0 ? { start: at, end: at + term.length } : { start: 0, end: 0 };
}
