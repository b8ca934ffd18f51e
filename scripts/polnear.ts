// Casefile's quotes against PolNeAR (Newell et al., LREC 2018), the political news attribution
// corpus in ../shared/data/quotes/polnear: brat standoff, one .ann per annotator, offsets in
// Unicode code points. Also run by the "quotes" bench section.
//   node dist/scripts/polnear.js --split dev|train|test [--no-baseline]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { extract } from "../src/extract/index.js";
import { descriptionBefore } from "../src/extract/quotes/descriptions.js";
import { speechLemma } from "../src/extract/quotes/cues.js";
import { FINITE_HINTS, isFiniteVerbForm } from "../src/extract/quotes/attribution.js";
import type { Quote } from "../src/core/schema.js";
import { human, perSecond } from "./lib/measure.js";
import { sharedPath } from "./lib/shared.js";
import { pct, table } from "./lib/table.js";
import { isMain } from "./lib/main.js";

/** A span of text in UTF-16 offsets, possibly in several fragments. */
export type Fragments = [number, number][];

export interface GoldAttribution {
  sources: Fragments[];
  cues: Fragments[];
  contents: Fragments[];
}

export interface AnnFile {
  /** Every Source, Cue and Content span by its T id, with the text the .ann gives for it. */
  spans: Map<string, { type: string; fragments: Fragments; text: string }>;
  attributions: GoldAttribution[];
}

/** Maps code-point offsets to UTF-16 offsets: `map[cp]` is the UTF-16 index of code point `cp`. */
export function codePointToUtf16(text: string): Int32Array {
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[cp++] = i;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  map[cp] = text.length;
  return map.subarray(0, cp + 1);
}

/** Parses a brat .ann file: T lines (possibly discontinuous, `10 50;60 90`) and E lines linking them. */
export function parseAnn(ann: string, text: string): AnnFile {
  const cp = codePointToUtf16(text);
  const at = (n: number) => (n >= 0 && n < cp.length ? cp[n] : text.length);
  const spans = new Map<string, { type: string; fragments: Fragments; text: string }>();
  const events: string[][] = [];
  for (const line of ann.split("\n")) {
    if (line.startsWith("T")) {
      const [id, meta, annotated = ""] = line.split("\t");
      if (!meta) continue;
      const sp = meta.indexOf(" ");
      const type = meta.slice(0, sp);
      const fragments: Fragments = meta
        .slice(sp + 1)
        .split(";")
        .map((f) => f.trim().split(/\s+/).map(Number))
        .filter((f) => f.length === 2 && f.every(Number.isFinite))
        .map(([s, e]) => [at(s), at(e)]);
      spans.set(id, { type, fragments, text: annotated });
    } else if (line.startsWith("E")) {
      const [, args] = line.split("\t");
      if (args) events.push(args.trim().split(/\s+/));
    }
  }
  const attributions: GoldAttribution[] = [];
  for (const args of events) {
    const a: GoldAttribution = { sources: [], cues: [], contents: [] };
    for (const arg of args) {
      const [role, ref] = arg.split(":");
      const span = spans.get(ref);
      if (!span) continue;
      if (role.startsWith("Source")) a.sources.push(span.fragments);
      else if (role.startsWith("Cue")) a.cues.push(span.fragments);
      else if (role.startsWith("Content")) a.contents.push(span.fragments);
    }
    attributions.push(a);
  }
  return { spans, attributions };
}

/** The word tokens (runs of letters and digits) of a text, by offset. */
export function wordOffsets(text: string): { start: number[]; end: number[] } {
  const start: number[] = [];
  const end: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    start.push(m.index);
    end.push(m.index + m[0].length);
  }
  return { start, end };
}

/** The indices of the words a span touches: spans are compared as sets of words, so quote marks, punctuation and spaces at the edges do not count. */
export function wordSet(words: { start: number[]; end: number[] }, fragments: Fragments): Set<number> {
  const out = new Set<number>();
  for (const [s, e] of fragments) {
    let lo = 0;
    let hi = words.start.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words.end[mid] <= s) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < words.start.length && words.start[i] < e; i++) out.add(i);
  }
  return out;
}

export interface Tally {
  nPred: number;
  nGold: number;
  exact: number;
  /** Sums of shared/|pred| and shared/|gold| over one-to-one overlap pairs. */
  overlapP: number;
  overlapR: number;
}

export const emptyTally = (): Tally => ({ nPred: 0, nGold: 0, exact: 0, overlapP: 0, overlapR: 0 });

function shared(a: Set<number>, b: Set<number>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/**
 * Exact: a predicted span equals a gold one when they cover the same words (one-to-one).
 * Overlap: predicted and gold spans are paired one-to-one, greedily by word Jaccard (so an exact
 * match is always paired with its gold span);
 * each pair adds shared/|pred| to precision and shared/|gold| to recall (partial credit).
 * Duplicate spans (the same words twice) and empty ones count once / not at all. Returns the
 * overlap pairs as [gold index, predicted index] into the lists given.
 */
export function compareSpans(gold: Set<number>[], pred: Set<number>[], into: Tally): [number, number][] {
  const key = (x: Set<number>) => [...x].sort((a, b) => a - b).join(",");
  const distinct = (xs: Set<number>[]) => {
    const seen = new Set<string>();
    const keep: number[] = [];
    xs.forEach((x, i) => {
      const k = key(x);
      if (x.size && !seen.has(k)) {
        seen.add(k);
        keep.push(i);
      }
    });
    return keep;
  };
  const g = distinct(gold);
  const p = distinct(pred);
  into.nGold += g.length;
  into.nPred += p.length;
  const goldKeys = new Set(g.map((i) => key(gold[i])));
  for (const i of p) if (goldKeys.has(key(pred[i]))) into.exact++;
  const pairs: [number, number, number][] = [];
  for (const gi of g)
    for (const pi of p) {
      const n = shared(gold[gi], pred[pi]);
      if (n) pairs.push([n / (gold[gi].size + pred[pi].size - n), gi, pi]);
    }
  pairs.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const matched: [number, number][] = [];
  for (const [, gi, pi] of pairs) {
    if (usedG.has(gi) || usedP.has(pi)) continue;
    usedG.add(gi);
    usedP.add(pi);
    const n = shared(gold[gi], pred[pi]);
    into.overlapP += n / pred[pi].size;
    into.overlapR += n / gold[gi].size;
    matched.push([gi, pi]);
  }
  return matched;
}

export function f1(p: number, r: number): number {
  return p + r ? (2 * p * r) / (p + r) : 0;
}

export function scores(t: Tally) {
  const ep = t.nPred ? t.exact / t.nPred : 0;
  const er = t.nGold ? t.exact / t.nGold : 0;
  const op = t.nPred ? t.overlapP / t.nPred : 0;
  const or = t.nGold ? t.overlapR / t.nGold : 0;
  return { exact: { p: ep, r: er, f1: f1(ep, er) }, overlap: { p: op, r: or, f1: f1(op, or) } };
}

/** A double quotation mark, curly or straight, or the doubled apostrophes ('') of wire and NYT copy. */
export const QUOTE_MARK = /["“”]|''/;

/** The articles of a split, each with the first of its .ann files in alphabetical order. */
export function polnearArticles(splitDir: string): { name: string; text: string; ann: string; annFile: string }[] {
  const annFiles = readdirSync(join(splitDir, "attributions"))
    .filter((f) => f.endsWith(".ann"))
    .sort();
  return readdirSync(join(splitDir, "text"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => {
      const name = f.slice(0, -4);
      const annFile = annFiles.find(
        (a) => a.startsWith(name + "_") && /^[0-9a-f]+\.ann$/i.test(a.slice(name.length + 1)),
      );
      if (!annFile) return [];
      return [
        {
          name,
          text: readFileSync(join(splitDir, "text", f), "utf8"),
          ann: readFileSync(join(splitDir, "attributions", annFile), "utf8"),
          annFile,
        },
      ];
    });
}

/**
 * Casefile's quotes in PolNeAR's convention for split quotes: two consecutive quotes of one
 * paragraph whose gap holds nothing but their attribution (the cue and speaker mention of either,
 * a pronoun, punctuation) become one content of two fragments ("A," he said, "B").
 */
export function joinSplitQuotes(text: string, quotes: AttributedQuote[]): Fragments[] {
  const out: Fragments[] = [];
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const onlyAttribution = (last: AttributedQuote, next: AttributedQuote): boolean => {
    if (next.start < last.end || next.start - last.end > 80) return false;
    const gap = text.slice(last.end, next.start).split("");
    if (gap.some((c) => c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029")) return false;
    for (const span of [last.cue, last.speakerMention, next.cue, next.speakerMention]) {
      if (!span) continue;
      for (let k = Math.max(span.start, last.end); k < Math.min(span.end, next.start); k++) gap[k - last.end] = " ";
    }
    const words =
      gap
        .join("")
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? [];
    return words.every((w) => ATTRIBUTION_FILLERS.has(w));
  };
  for (let i = 0; i < sorted.length; i++) {
    const frags: Fragments = [[sorted[i].start, sorted[i].end]];
    while (i + 1 < sorted.length && onlyAttribution(sorted[i], sorted[i + 1])) {
      i++;
      frags.push([sorted[i].start, sorted[i].end]);
    }
    out.push(frags);
  }
  return out;
}

const ATTRIBUTION_FILLERS = new Set(["he", "she", "they", "it", "we", "i", "and", "then"]);

/**
 * Casefile's quotes as PolNeAR attributions, following its annotation guidelines where they differ from
 * Casefile's own (shared/eval/ANNOTATION.md); a mapping of the scorer, not a change to what Casefile extracts:
 * - "every attribution has just one cue": quotes bound to the same cue (a quote cut by its attribution,
 *   "A," she said, "B", and the paragraphs that continue it) are one content of several fragments, as are
 *   two quotes that `joinSplitQuotes` would join; a mixed quote joins them within its paragraph only;
 * - "the word 'that' … used as a conjunction to introduce content … is part of the content": a content
 *   right after "that" ("She said that the plan failed") takes it;
 * - Source and Cue are not Content: an attribution between commas inside a content is cut out (`withoutParenthetical`).
 */
export function polnearContents(
  text: string,
  quotes: AttributedQuote[],
): { kind: Quote["kind"]; fragments: Fragments }[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const parent = sorted.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const join = (i: number, j: number) => {
    parent[root(j)] = root(i);
  };
  // A mixed quote is one content with the quotes of its cue in its own paragraph only: PolNeAR's contents
  // cross a paragraph break only where a quotation runs on into the next paragraph (125 of 22,024 contents
  // on train+dev, all of several quoted fragments), and a mixed quote's sentence does not run on.
  const crossesMixed = (j: number, i: number) =>
    (sorted[j].kind === "mixed" || sorted[i].kind === "mixed") &&
    /[\n\r\u2028\u2029]/.test(text.slice(sorted[j].end, sorted[i].start));
  const byCue = new Map<string, number[]>();
  sorted.forEach((q, i) => {
    if (!q.cue) return;
    const key = `${q.cue.start}:${q.cue.end}`;
    const earlier = byCue.get(key) ?? [];
    const owner = earlier.findLast((j) => !crossesMixed(j, i));
    if (owner !== undefined) join(owner, i);
    earlier.push(i);
    byCue.set(key, earlier);
  });
  // joinSplitQuotes (quoted material only) returns runs of consecutive quotes in the same order.
  const quoted = sorted.flatMap((q, i) => (q.kind === "indirect" ? [] : [i]));
  let next = 0;
  for (const run of joinSplitQuotes(
    text,
    quoted.map((i) => sorted[i]),
  )) {
    for (let k = 1; k < run.length; k++) join(quoted[next], quoted[next + k]);
    next += run.length;
  }
  const groups = new Map<number, AttributedQuote[]>();
  sorted.forEach((q, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), q]));
  return [...groups.values()].map((g) => {
    const fragments: Fragments = g.flatMap((q) => withoutParenthetical(text, q));
    const opener = CONTENT_OPENER.exec(text.slice(Math.max(0, fragments[0][0] - 16), fragments[0][0]));
    if (opener) fragments[0] = [fragments[0][0] - opener[0].length, fragments[0][1]];
    else {
      const pronoun = gapRelativePronoun(text, g[0]);
      if (pronoun) fragments.unshift(pronoun);
    }
    const kind = g.some((q) => q.kind === "direct")
      ? "direct"
      : g.some((q) => q.kind === "mixed")
        ? "mixed"
        : "indirect";
    return { kind, fragments };
  });
}

/**
 * The word that opens a content in PolNeAR's guidelines, right before a Casefile quote: the
 * conjunction "that" ("used as a conjunction to introduce content … is part of the content") and the
 * infinitive's "to" ("when the word 'to' appears at the boundary between a cue and content, it is
 * usually part of the content"), past a comma and an opening quotation mark, straight, curly or
 * doubled ('' of wire copy): `she said that, in May, "the fund was gone"`, `vowed to "fight on"`.
 * Not the preposition of "according to".
 */
const CONTENT_OPENER = /(?<!\baccording\s+)\b(?:that|to)(?:[\s,"“‘`]|'')*$/i;

/**
 * The relative pronoun of a report made inside its relative clause ("the levy, which Ann Roe said was
 * unfair"), which PolNeAR's annotators take into the content ("which … was unfair": 20 of the 29 such
 * reports on PolNeAR train + dev; the rest start at the head noun or the predicate): the pronoun right
 * before an indirect quote's speaker mention, the cue between the mention and the content, and the
 * content opening with its verb. A mapping of the scorer, not of Casefile's output.
 */
function gapRelativePronoun(text: string, q: AttributedQuote): [number, number] | null {
  const m = q.speakerMention;
  if (q.kind !== "indirect" || !m || !q.cue || m.end > q.cue.start || q.cue.end > q.start) return null;
  if (/[^\p{L}\s’']/u.test(text.slice(m.end, q.start))) return null;
  const first = /^[\p{L}’']+/u.exec(text.slice(q.start, q.start + 40))?.[0] ?? "";
  if (!(FINITE_HINTS.has(first) || isFiniteVerbForm(first) || (first.length > 4 && first.endsWith("ed")))) return null;
  const before = /\b(?:which|that|who|whom|what)\s+$/i.exec(text.slice(Math.max(0, m.start - 8), m.start));
  if (!before) return null;
  const at = m.start - before[0].length;
  return [at, at + before[0].trimEnd().length];
}

/**
 * A quote's span without an attribution set inside it between commas ("The museum, Mr. Roe said, would
 * open"), which PolNeAR leaves out of the content (its Source and Cue are not Content); Casefile's one span
 * holds it. A mapping of the scorer, not of Casefile's output.
 */
export function withoutParenthetical(text: string, q: AttributedQuote): Fragments {
  const inner = [q.cue, q.speakerMention].filter((x): x is { start: number; end: number } => !!x);
  if (!q.cue || inner.some((x) => x.start <= q.start || x.end >= q.end)) return [[q.start, q.end]];
  const from = text.lastIndexOf(",", Math.min(...inner.map((x) => x.start)));
  const to = text.indexOf(",", Math.max(...inner.map((x) => x.end)));
  if (from <= q.start || to < 0 || to >= q.end) return [[q.start, q.end]];
  return [
    [q.start, from],
    [to + 1, q.end],
  ];
}

/**
 * A speaker mention as a PolNeAR Source: "when there's a relative clause that elaborates and helps identify a
 * source, we include it as part of the source" (the guidelines), so the mention takes the apposition or relative
 * clause that follows it, up to the cue ("Ann Roe, a lawyer for the city, who ..., said") or, after the cue, to the
 * end of its sentence ("said Ann Roe (D-Ohio), head of the panel."). A mapping of the scorer, not of Casefile's output.
 */
export function polnearSource(text: string, q: AttributedQuote): Fragments {
  const m = q.speakerMention;
  if (!m) return [];
  const pronoun = q.cue && q.cue.start >= m.end ? RELATIVE_BEFORE_CUE.exec(text.slice(m.end, q.cue.start)) : null;
  if (pronoun) return [pronoun.indices![1].map((k) => m.end + k) as [number, number]];
  const [[start, end]] = sourceAfterMention(text, q, m);
  return [[descriptionBefore(text, m.start, m.end) ?? start, end]];
}

function sourceAfterMention(text: string, q: AttributedQuote, m: { start: number; end: number }): Fragments {
  const cue = q.cue;
  if (cue && cue.start >= m.end) {
    const gap = text.slice(m.end, cue.start);
    // "Ann Roe and Tom Vale said", "Regulators and consumer groups warned": the guidelines' source is
    // the whole coordinated subject.
    if (COORDINATED_BEFORE_CUE.test(gap)) return [[m.start, m.end + gap.trimEnd().length]];
    // "Ann Roe and her aides have long said": the subject's own auxiliary and adverbs follow it.
    const subject = gap.replace(AUXILIARY_BEFORE_CUE, "");
    if (subject !== gap && COORDINATED_BEFORE_CUE.test(subject)) return [[m.start, m.end + subject.trimEnd().length]];
    if (APPOSITION_BEFORE_CUE.test(gap))
      return [[m.start, beforeReportingRelative(text, m.end, m.end + gap.trimEnd().replace(/,$/, "").length)]];
    // "Ann Roe, the mayor, has since said", "Tom Vale, a farmer, on Friday told": the apposition
    // still identifies the source when lower-case words of the predicate stand before the cue.
    const predicate = APPOSITION_BEFORE_PREDICATE.exec(gap);
    if (predicate) return [[m.start, beforeReportingRelative(text, m.end, m.end + predicate[1].length - 1)]];
    // "Officials who saw the report said": a relative clause with no comma identifies the source.
    if (RESTRICTIVE_BEFORE_CUE.test(gap)) return [[m.start, m.end + gap.trimEnd().length]];
    return [[m.start, m.end]];
  }
  let end = m.end;
  if (cue && /^according/i.test(text.slice(cue.start, cue.end))) {
    // "According to a survey by the Growers Council released on Friday, most growers …": the source is
    // the whole phrase up to the comma before the content, not an apposition of it.
    if (q.start >= m.end) {
      const gap = text.slice(m.end, q.start).trimEnd();
      return [[m.start, gap.endsWith(",") && !/[\n"“”;]/.test(gap) ? m.end + gap.length - 1 : m.end]];
    }
    // "…, according to a lawsuit filed in Dover by Ann Roe, a former clerk.": the phrase right after
    // its content runs on through its participles and prepositional phrases, then takes its apposition.
    if (!/^\s*,\s*$/.test(text.slice(q.end, cue.start))) return [[m.start, m.end]];
    end += SOURCE_PHRASE_REST.exec(text.slice(m.end, m.end + 300))![0].length;
    // ("…, according to Ann Roe, the mill made a loss": a clause after the comma is no apposition.)
    const after = APPOSITION_AFTER.exec(text.slice(end, end + 300));
    return [
      [m.start, beforeReportingRelative(text, m.start, end + (after && !opensClause(after[0]) ? after[0].length : 0))],
    ];
  }
  // "…, said a pilot who flew the route for years.": likewise after the cue, to a comma or the sentence's end.
  const rest = text.slice(m.end, m.end + 300);
  if (/^\s+who\s/.test(rest)) end += SOURCE_PHRASE_REST.exec(rest)![0].length;
  const after = APPOSITION_AFTER.exec(text.slice(end, end + 300));
  return [[m.start, beforeReportingRelative(text, m.start, end + (after ? after[0].length : 0))]];
}

/** Whether an apposition's words reach a finite verb before any relative word: a clause, not a description. */
function opensClause(apposition: string): boolean {
  for (const [w] of apposition.matchAll(/[\p{L}’']+/gu)) {
    const lower = w.toLowerCase();
    if (/^(?:who|whom|whose|which|that)$/.test(lower)) return false;
    if (
      w === lower &&
      (FINITE_HINTS.has(lower) || isFiniteVerbForm(lower) || (lower.length > 4 && lower.endsWith("ed")))
    )
      return true;
  }
  return false;
}

/**
 * Between a mention and its cue, the relative pronoun whose clause the cue heads ("Ann Roe, who has long
 * said the pier is unsafe"; "the harbour board, which warned"), past an apposition, with only auxiliaries and
 * adverbs of the verb group after it: the guidelines' source is the pronoun, "don't … include both the
 * relative pronoun and its coreferent mention" (on PolNeAR train, 363 of the 370 sources of a cue right
 * after "who" are "who"; 66 of 97 after "which").
 */
/** An auxiliary, modal or adverb of a verb group before its verb: "has", "will not", "also", "publicly". */
const VERB_GROUP_WORD =
  "(?:has|have|had|will|would|can|could|may|might|must|should|do|does|did|[a-z]+n['’]t|not|also|all|both|long|since|never|often|still|already|just|now|once|later|first|\\p{Ll}+ly)";
const RELATIVE_BEFORE_CUE = new RegExp(
  `^(?:\\s*,[^,;:"“”()\\n]{1,150},)?\\s*,?\\s+(who|which)(?:\\s+${VERB_GROUP_WORD})*\\s*$`,
  "du",
);

/** A relative clause set off by a comma, to its verb (group 1): ", who has since noted". */
const COMMA_RELATIVE = new RegExp(`,\\s+(?:who|which)\\s+(?:${VERB_GROUP_WORD}\\s+)*([\\p{L}’']+)`, "gu");

/**
 * The end of a source's words from `from` to `to` before a relative clause, set off by a comma, whose
 * verb is one of speech ("Ann Roe, a lawyer, who has since noted that …"): that clause is an attribution
 * of its own, whose source is the pronoun ("extending the source actually masks an attribution", the
 * guidelines). On PolNeAR train 43 of 51 such clauses are outside the source, where 228 of 347 with
 * another verb are inside it.
 */
function beforeReportingRelative(text: string, from: number, to: number): number {
  for (const m of text.slice(from, to).matchAll(COMMA_RELATIVE))
    if (m[1] === m[1].toLowerCase() && speechLemma(m[1]) !== null) return from + m.index;
  return to;
}

/** Between a mention and its cue: a relative clause opened by "who" with no comma, within one clause. */
const RESTRICTIVE_BEFORE_CUE = /^\s+who\s[^,;:.!?"“”()\n]{3,200}?\s*$/;

/** The rest of a source's phrase after its mention, up to a comma, a quotation or the sentence's end. */
const SOURCE_PHRASE_REST = /^[^,;\n"“”()]*?(?=(?<!\b[A-Z][a-z]{0,2})[.?!](?:\s|$)|[,;\n"“”()—–]|\s-|$)/;

/** Between a subject's first conjunct and its cue: "and" or "&" and a short phrase with no clause punctuation. */
const COORDINATED_BEFORE_CUE =
  /^\s+(?:and|&)\s+(?!(?:[^,;:.!?"“”()\n]*\s)?(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|[a-z]+n['’]t)\b)[^,;:.!?"“”()\n]{1,60}?\s*$/i;

/** An auxiliary or modal and the adverbs after it, ending a gap before the cue: " have long", " will not". */
const AUXILIARY_BEFORE_CUE =
  /\s(?:has|have|had|will|would|can|could|may|might|must|should|do|does|did|[a-z]+n['’]t)(?:\s+(?:not|also|all|both|long|since|never|often|still|already|just|now|\p{Ll}+ly))*\s*$/iu;

/**
 * What opens an apposition: not a participle ("speaking to …"), preposition, conjunction, pronoun or
 * sentence adverb ("Ann Roe, however, said": 13 such sources on PolNeAR train + dev, 11 without it).
 */
const NOT_APPOSITION =
  "(?!\\s)(?!(?:according|in|on|at|during|after|before|when|while|as|and|but|though|although|because|if|to|for|with|by|from|so|then|however|meanwhile|i|he|she|they|we|it)\\b)(?![a-z]+(?:ing|ed)\\b)";
/**
 * Between a mention and its cue: a parenthesis and/or a comma-led apposition, or a noun phrase set
 * between a pair of dashes ("Ann Roe -- a pilot for the port -- said"; not a relative clause, which
 * PolNeAR's annotators leave out of the source as often as not), within one sentence and no quotation.
 */
const APPOSITION_BEFORE_CUE = new RegExp(
  `^\\s*(?:\\([^()\\n"“”]{1,40}\\)\\s*)?,\\s*${NOT_APPOSITION}[^\\n"“”;]{2,250},\\s*$|^\\s*\\([^()\\n"“”]{1,40}\\)\\s*$` +
    `|^\\s*(--|—|–)\\s*${NOT_APPOSITION}(?!(?:who|whose|which|even|now|just)\\b)[^\\n"“”;—–]{2,250}?\\s*\\1\\s*$`,
);
/**
 * `APPOSITION_BEFORE_CUE`'s apposition (group 1, to its closing comma), a noun phrase (not a relative
 * clause, which the annotators more often leave out of the source, nor "himself" or "without …"), and up
 * to six lower-case words or weekdays, no conjunction among them ("…, did not mention it, but told").
 */
const APPOSITION_BEFORE_PREDICATE = new RegExp(
  `^(\\s*(?:\\([^()\\n"“”]{1,40}\\)\\s*)?,\\s*(?!(?:who|whose|which|without|himself|herself|itself|themselves)\\b)${NOT_APPOSITION}[^\\n"“”;]{2,250},)\\s*(?:(?!(?:and|but|or)\\s)(?:\\p{Ll}[\\p{L}’'-]*|[A-Z][a-z]+day)\\s+){1,6}$`,
  "u",
);
/**
 * After a mention that follows its cue: a parenthesis and/or a comma-led apposition up to the sentence's end
 * (a full stop not after an initial or a short abbreviation such as "Mr." or "Va.") or a quotation, or up to a
 * comma before a participle or a preposition, which open an adjunct of the clause, not of the name ("…, said Ann
 * Roe, the mayor, referring to the levy", "…, said Tom Vale, 31, with his son in tow").
 */
const APPOSITION_AFTER = new RegExp(
  `^(?:\\s*\\([^()\\n"“”]{1,40}\\))?(?:,\\s*${NOT_APPOSITION}[^\\n"“”;]*?(?=(?<!\\b[A-Z][a-z]{0,2})[.?!](?:\\s|$)|[,;]?\\s*["“”]|\\n|,\\s*(?:according|in|on|at|during|after|before|as|to|for|with|by|from|(?!including)[a-z]+(?:ing|ed))\\b))?`,
);

/** What the comparison needs from a quote: its kind, content span, speaker mention and cue. */
export interface AttributedQuote {
  kind: Quote["kind"];
  start: number;
  end: number;
  speakerMention: { start: number; end: number } | null;
  cue: { start: number; end: number } | null;
}

interface PolnearResult {
  t: Record<
    | "content"
    | "source"
    | "cue"
    | "qContent"
    | "qSource"
    | "qJoined"
    | "uContent"
    | "uSource"
    | "pContent"
    | "pqContent"
    | "puContent"
    | "pSource"
    | "pqSource",
    Tally
  >;
  linked: { hits: number; pred: number; gold: number };
  attributions: number;
  quoted: number;
  splitQuoted: number;
  predQuotes: number;
  chars: number;
  ms: number;
  spanCount: number;
  spanMismatch: number;
}

type Article = ReturnType<typeof polnearArticles>[number];

export function evaluatePolnear(articles: Article[], system: (text: string) => AttributedQuote[]): PolnearResult {
  const t = {
    content: emptyTally(),
    source: emptyTally(),
    cue: emptyTally(),
    qContent: emptyTally(),
    qSource: emptyTally(),
    qJoined: emptyTally(),
    uContent: emptyTally(),
    uSource: emptyTally(),
    pContent: emptyTally(),
    pqContent: emptyTally(),
    puContent: emptyTally(),
    pSource: emptyTally(),
    pqSource: emptyTally(),
  };
  const r: PolnearResult = {
    t,
    linked: { hits: 0, pred: 0, gold: 0 },
    attributions: 0,
    quoted: 0,
    splitQuoted: 0,
    predQuotes: 0,
    chars: 0,
    ms: 0,
    spanCount: 0,
    spanMismatch: 0,
  };
  for (const a of articles) {
    const gold = parseAnn(a.ann, a.text);
    // The offset conversion is checked against the text brat stores beside each span.
    for (const sp of gold.spans.values()) {
      r.spanCount++;
      if (sp.fragments.map(([s, e]) => a.text.slice(s, e)).join(" ") !== sp.text) r.spanMismatch++;
    }
    const words = wordOffsets(a.text);
    const ws = (f: Fragments) => wordSet(words, f);
    const union = (fs: Fragments[]) => ws(fs.flat());
    const t0 = performance.now();
    const quotes = system(a.text);
    r.ms += performance.now() - t0;
    r.chars += a.text.length;
    r.predQuotes += quotes.length;
    const quotedGold = gold.attributions.filter((g) =>
      g.contents.some((c) => c.some(([s, e]) => QUOTE_MARK.test(a.text.slice(s, e)))),
    );
    r.attributions += gold.attributions.length;
    r.quoted += quotedGold.length;
    r.splitQuoted += quotedGold.filter((g) => g.contents.length > 1 || g.contents.some((c) => c.length > 1)).length;
    const spanOf = (s: { start: number; end: number }): Fragments => [[s.start, s.end]];
    const mentions = (qs: AttributedQuote[]) =>
      qs.flatMap((q) => (q.speakerMention ? [ws(spanOf(q.speakerMention))] : []));

    // Every attribution against every quote.
    const goldSpansOf = (type: string) =>
      [...gold.spans.values()].filter((s) => s.type === type).map((s) => ws(s.fragments));
    compareSpans(
      gold.attributions.filter((g) => g.contents.length).map((g) => union(g.contents)),
      quotes.map((q) => ws(spanOf(q))),
      t.content,
    );
    compareSpans(goldSpansOf("Source"), mentions(quotes), t.source);
    compareSpans(
      goldSpansOf("Cue"),
      quotes.flatMap((q) => (q.cue ? [ws(spanOf(q.cue))] : [])),
      t.cue,
    );

    // Quoted content only, against direct and mixed quotes.
    const dq = quotes.filter((q) => q.kind === "direct" || q.kind === "mixed");
    const gq = quotedGold.filter((g) => g.contents.length);
    const pairs = compareSpans(
      gq.map((g) => union(g.contents)),
      dq.map((q) => ws(spanOf(q))),
      t.qContent,
    );
    compareSpans(
      quotedGold.flatMap((g) => g.sources.map(ws)),
      mentions(dq),
      t.qSource,
    );
    compareSpans(
      gq.map((g) => union(g.contents)),
      joinSplitQuotes(a.text, dq).map(ws),
      t.qJoined,
    );
    // The rest: attributions with no quotation mark against indirect speech.
    const unquotedGold = gold.attributions.filter((g) => g.contents.length && !quotedGold.includes(g));
    const iq = quotes.filter((q) => q.kind === "indirect");
    compareSpans(
      unquotedGold.map((g) => union(g.contents)),
      iq.map((q) => ws(spanOf(q))),
      t.uContent,
    );
    compareSpans(
      unquotedGold.flatMap((g) => g.sources.map(ws)),
      mentions(iq),
      t.uSource,
    );
    // The same three content comparisons with Casefile's quotes in PolNeAR's conventions.
    const mapped = polnearContents(a.text, quotes);
    compareSpans(
      gold.attributions.filter((g) => g.contents.length).map((g) => union(g.contents)),
      mapped.map((m) => ws(m.fragments)),
      t.pContent,
    );
    compareSpans(
      gq.map((g) => union(g.contents)),
      mapped.filter((m) => m.kind !== "indirect").map((m) => ws(m.fragments)),
      t.pqContent,
    );
    compareSpans(
      unquotedGold.map((g) => union(g.contents)),
      mapped.filter((m) => m.kind === "indirect").map((m) => ws(m.fragments)),
      t.puContent,
    );
    const sources = (qs: AttributedQuote[]) =>
      qs.flatMap((q) => (q.speakerMention ? [ws(polnearSource(a.text, q))] : []));
    compareSpans(goldSpansOf("Source"), sources(quotes), t.pSource);
    compareSpans(
      quotedGold.flatMap((g) => g.sources.map(ws)),
      sources(dq),
      t.pqSource,
    );
    // Linked: a direct/mixed quote whose content overlaps a quoted attribution's and whose speaker
    // mention shares a word with one of that attribution's sources.
    r.linked.gold += gq.length;
    r.linked.pred += dq.length;
    for (const [gi, pi] of pairs) {
      const g = gq[gi];
      const q = dq[pi];
      if (!g || !q?.speakerMention) continue;
      const mention = ws(spanOf(q.speakerMention));
      if (g.sources.some((s) => shared(ws(s), mention) > 0)) r.linked.hits++;
    }
  }
  return r;
}

function polnearTable(r: PolnearResult, published: boolean): string {
  const row = (label: string, tally: Tally, pub: string) => {
    const s = scores(tally);
    return [
      label,
      pct(s.exact.p),
      pct(s.exact.r),
      pct(s.exact.f1),
      pct(s.overlap.p),
      pct(s.overlap.r),
      pct(s.overlap.f1),
      `${tally.nPred}/${tally.nGold}`,
      ...(published ? [pub] : []),
    ];
  };
  const { t, linked } = r;
  const lp = linked.pred ? linked.hits / linked.pred : 0;
  const lr = linked.gold ? linked.hits / linked.gold : 0;
  return table(
    [
      "PolNeAR (%)",
      "exact P",
      "R",
      "F1",
      "overlap P",
      "R",
      "F1",
      "pred/gold",
      ...(published ? ["published F1 (exact)"] : []),
    ],
    [
      row("content, all", t.content, "CoreNLP 17.5, BERT+CofeNet 72.9"),
      row("source, all", t.source, "CoreNLP 13.9, BERT+CofeNet 83.2"),
      row("cue, all", t.cue, "BERT+CofeNet 75.3"),
      row("content, quoted", t.qContent, ""),
      row("content, quoted, split joined", t.qJoined, ""),
      row("content, all, PolNeAR conv.", t.pContent, ""),
      row("content, quoted, PolNeAR conv.", t.pqContent, ""),
      row("content, unquoted, PolNeAR conv.", t.puContent, ""),
      row("source, all, PolNeAR conv.", t.pSource, ""),
      row("source, quoted, PolNeAR conv.", t.pqSource, ""),
      row("source, quoted", t.qSource, ""),
      row("content, unquoted", t.uContent, ""),
      row("source, unquoted", t.uSource, ""),
      [
        "quoted content+source",
        "",
        "",
        "",
        pct(lp),
        pct(lr),
        pct(f1(lp, lr)),
        `${linked.pred}/${linked.gold}`,
        ...(published ? [""] : []),
      ],
    ],
  );
}

/** Casefile on PolNeAR beside the published figures, and (unless `baseline` is false) the compromise baseline. */
export async function runPolnear(split: string, baseline = true): Promise<void> {
  const dir = sharedPath("data", "quotes", "polnear", "data", split);
  if (!dir || !existsSync(join(dir, "text"))) {
    console.log(`(../shared/data/quotes/polnear/data/${split} is absent: PolNeAR evaluation skipped)`);
    return;
  }
  const articles = polnearArticles(dir);
  const r = evaluatePolnear(articles, (text) => extract(text).quotes);
  console.log(
    `PolNeAR ${split} split: ${articles.length} articles (the first .ann of each, alphabetically), ` +
      `${r.attributions} attributions, ${r.quoted} of them with a quotation mark in the content; ` +
      `Casefile found ${r.predQuotes} quotes (extract() at ${human(perSecond(r.chars, r.ms))} chars/s). ` +
      `Offsets converted from code points: ${r.spanCount - r.spanMismatch} of ${r.spanCount} spans equal their .ann text.`,
  );
  console.log(
    "Compared: PolNeAR annotates speech, writing, beliefs/thoughts and unquoted content; Casefile extracts reported\n" +
      "speech only. 'all' rows: every attribution vs every Casefile quote (direct, mixed, indirect): content = quote\n" +
      "span, source = speakerMention, cue = cue. 'quoted' rows: attributions whose content holds a quotation mark\n" +
      "vs Casefile's direct+mixed quotes; 'unquoted' rows: the other attributions vs Casefile's indirect speech.\n" +
      "Spans are compared as sets of words (letters/digits; quote marks, punctuation and spaces ignored; a\n" +
      "discontinuous span is the union of its fragments); exact = the same words; overlap = one-to-one pairs, greedily\n" +
      "by word Jaccard, each pair crediting shared/|pred| to P and shared/|gold| to R. PolNeAR keeps a quote cut by its\n" +
      `attribution ("A," he said, "B") as one discontinuous content (${r.splitQuoted} of the quoted ones here); Casefile, like\n` +
      "shared/eval/ANNOTATION.md, gives two quotes, which no exact match can pair; the 'split joined' row maps\n" +
      "Casefile's output to PolNeAR's convention first (two quotes of one paragraph with only their attribution between).\n" +
      "'PolNeAR conv.' rows map Casefile's spans to PolNeAR's annotation guidelines where they differ from Casefile's\n" +
      "own (polnearContents, polnearSource): quotes bound to one cue are one content (split quotes and continuation\n" +
      "paragraphs); a content right after 'that' takes it; an attribution set between commas inside a content\n" +
      "('The museum, Mr. Roe said, would open') is not part of it; a speaker mention takes the apposition or relative clause\n" +
      "that identifies it ('X, a lawyer for Y, said'). The extraction itself is the same in every row.",
  );
  console.log(polnearTable(r, true));
  console.log(
    "(Published figures: CofeNet, COLING 2022, exact match on PolNeAR test; BERT+CofeNet is trained on PolNeAR's\n" +
      "train split, Casefile is not trained on PolNeAR at all.)",
  );
  if (!baseline) return;
  const { baselineExtract } = await import("./baseline/compromise.js");
  const b = evaluatePolnear(articles, (text) => baselineExtract(text).quotes);
  console.log(
    `\nThe compromise baseline on the same articles, measured the same way (${b.predQuotes} quotes, ` +
      `${human(perSecond(b.chars, b.ms))} chars/s):`,
  );
  console.log(polnearTable(b, false));
}

export const POLNEAR_USAGE =
  "usage: node dist/scripts/polnear.js --split dev|train|test [--no-baseline]\n" +
  "  test is held out: score it once, at the end of a piece of attribution work, and never read its texts";

/**
 * The command line: the split must be named (there is no default, so that no mistyped or bare
 * invocation scores the held-out test split), and an unknown argument is an error rather than
 * silently ignored. `help` asks for the usage and nothing else.
 */
export function polnearArgs(argv: string[]): { help: true } | { help: false; split: string; baseline: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      split: { type: "string" },
      "no-baseline": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return { help: true };
  const split = values.split;
  if (split !== "dev" && split !== "train" && split !== "test")
    throw new Error(`name the split with --split dev|train|test\n${POLNEAR_USAGE}`);
  return { help: false, split, baseline: !values["no-baseline"] };
}

if (isMain(import.meta.url)) {
  const args = polnearArgs(process.argv.slice(2));
  if (args.help) console.log(POLNEAR_USAGE);
  else await runPolnear(args.split, args.baseline);
}
