// Full-text search on PostgreSQL: a user's query as a `tsquery`, with the same meaning as the
// SQLite store's FTS5 query (every word required, words inside double quotes as a phrase, the
// last bare word as a prefix), and the position of a snippet's first match in the text. Only
// letters and digits reach `to_tsquery`, so no query syntax can be injected. The query is written
// into each WHERE clause (not joined from a CTE) so that the planner uses the GIN indexes.
import type { SqlExecutor } from "../sql/executor.js";
import type { SearchHit, SearchOptions } from "../types.js";
import { type DocumentHitRow, type QuoteHitRow, quoteHit } from "../sqlite/rows.js";

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

/**
 * The part of an article ts_headline reads: a window of the text around the first place its
 * first query word appears as written (two parameters: that word, lower-cased, twice), or the
 * whole text when it appears only in another form ("seized" for "seizures"). ts_headline parses
 * all the text it is given, and a whole article costs far more than the fragment it returns.
 */
const HEADLINE_WINDOW = `CASE WHEN strpos(lower(d.text), ?) > 0
  THEN substr(d.text, greatest(1, strpos(lower(d.text), ?) - 160), 400) ELSE d.text END`;

/** The first word of a query, lower-cased ("" when it has none: strpos then finds nothing). */
export function firstWord(query: string): string {
  const word = (typeof query === "string" ? query : "").slice(0, 2000).match(/[\p{L}\p{N}]+/u);
  return word ? word[0].toLowerCase() : "";
}

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

/** Quotes and documents of a case matching a user's query, best first; the SQLite store's hit shape. */
export async function searchCase(
  exec: SqlExecutor,
  caseId: number,
  query: string,
  options: SearchOptions = {},
): Promise<SearchHit[]> {
  const match = tsQuery(query);
  if (!match) return [];
  const limit = Math.max(1, Math.min(options.limit ?? 50, 1000));
  const kinds = options.kinds ?? ["quote", "document"];
  const hits: SearchHit[] = [];
  if (kinds.includes("quote")) {
    const rows = await exec.all<QuoteHitRow>(
      `WITH h AS (SELECT q.id, q.document, -ts_rank_cd(q.search, to_tsquery('english', ?)) AS rank FROM quotes q
             WHERE q.case_id = ? AND q.search @@ to_tsquery('english', ?) ORDER BY rank, q.id LIMIT ?)
       SELECT d.doc_id, d.title, q.kind, q.text, q.speaker, q.start, q."end" AS end_, h.rank,
         ts_headline('english', q.text, to_tsquery('english', ?), ?) AS snippet
       FROM h JOIN quotes q ON q.id = h.id JOIN documents d ON d.rowid = h.document ORDER BY h.rank, h.id`,
      [match, caseId, match, limit, match, HEADLINE_OPTIONS],
    );
    for (const r of rows) hits.push(quoteHit(r));
  }
  if (kinds.includes("document")) {
    const needle = firstWord(query);
    const rows = await exec.all<DocumentHitRow>(
      `WITH h AS (SELECT d.rowid, -ts_rank_cd(d.search, to_tsquery('english', ?)) AS rank FROM documents d
             WHERE d.case_id = ? AND d.search @@ to_tsquery('english', ?) ORDER BY rank, d.rowid LIMIT ?)
       SELECT d.doc_id, d.title, d.text, h.rank,
         ts_headline('english', ${HEADLINE_WINDOW}, to_tsquery('english', ?), ?) AS snippet
       FROM h JOIN documents d ON d.rowid = h.rowid ORDER BY h.rank, h.rowid`,
      [match, caseId, match, limit, needle, needle, match, HEADLINE_OPTIONS],
    );
    for (const r of rows)
      hits.push({
        kind: "document",
        documentId: r.doc_id,
        title: r.title,
        snippet: r.snippet,
        ...locateHighlight(r.text, r.snippet),
        rank: r.rank,
      });
  }
  return hits;
}
