// Full-text search on PostgreSQL: a user's query as a `tsquery`, read by the same `searchTerms` as
// the SQLite store's FTS5 query (every word required, words inside double quotes as a phrase, the
// last bare word as a prefix; only letters and digits reach `to_tsquery`), and the position of a
// snippet's first match in the text. The query is written into each WHERE clause (not joined from
// a CTE) so that the planner uses the GIN indexes.
import { searchTerms } from "../search-query.js";
import type { SqlExecutor } from "../sql/executor.js";
import type { SearchHit, SearchOptions } from "../types.js";
import { type DocumentHitRow, type QuoteHitRow, quoteHit } from "../sqlite/rows.js";

/**
 * The text search configuration of the store's search columns and queries (migration 5): the
 * Snowball English stemmer, as 'english' has, without its stopword list, so that every word counts
 * as in the SQLite store's FTS5 index.
 */
export const SEARCH_CONFIG = "casefile_english";
/** Its dictionary: Snowball English with no stopwords. */
export const SEARCH_STEMMER = "casefile_english_stem";

/** A document's search vector from its columns (`prefix`: "NEW." in a trigger): title words weigh more. */
export function documentVector(prefix: string): string {
  return `setweight(to_tsvector('${SEARCH_CONFIG}', coalesce(${prefix}title, '')), 'A') || to_tsvector('${SEARCH_CONFIG}', ${prefix}text)`;
}

/** The query as `to_tsquery` text, or null when it has no word. */
export function tsQuery(query: string): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  return terms
    .map((t) => (t.phrase ? `(${t.words.map(lexeme).join(" <-> ")})` : `${lexeme(t.words[0])}${t.prefix ? ":*" : ""}`))
    .join(" & ");
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
      `WITH h AS (SELECT q.id, q.document, -ts_rank_cd(q.search, to_tsquery('${SEARCH_CONFIG}', ?)) AS rank FROM quotes q
             WHERE q.case_id = ? AND q.search @@ to_tsquery('${SEARCH_CONFIG}', ?) ORDER BY rank, q.id LIMIT ?)
       SELECT d.doc_id, d.title, q.kind, q.text, q.speaker, q.start, q."end" AS end_, h.rank,
         ts_headline('${SEARCH_CONFIG}', q.text, to_tsquery('${SEARCH_CONFIG}', ?), ?) AS snippet
       FROM h JOIN quotes q ON q.id = h.id JOIN documents d ON d.rowid = h.document ORDER BY h.rank, h.id`,
      [match, caseId, match, limit, match, HEADLINE_OPTIONS],
    );
    for (const r of rows) hits.push(quoteHit(r));
  }
  if (kinds.includes("document")) {
    const needle = firstWord(query);
    const rows = await exec.all<DocumentHitRow>(
      `WITH h AS (SELECT s.document AS rowid, -ts_rank_cd(s.search, to_tsquery('${SEARCH_CONFIG}', ?)) AS rank
             FROM document_search s
             WHERE s.case_id = ? AND s.search @@ to_tsquery('${SEARCH_CONFIG}', ?) ORDER BY rank, s.document LIMIT ?)
       SELECT d.doc_id, d.title, d.text, h.rank,
         ts_headline('${SEARCH_CONFIG}', ${HEADLINE_WINDOW}, to_tsquery('${SEARCH_CONFIG}', ?), ?) AS snippet
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
