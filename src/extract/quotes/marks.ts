// Finds quotations by their marks: curly and straight double quotes, British single quotes,
// guillemets and doubled apostrophes (''…''). One pass per paragraph with a small stack; an
// apostrophe inside a word (shouldn't, Kearns's, Albion’s) is never a mark, and unbalanced marks
// are recovered at the paragraph's end. A quotation that runs over several paragraphs (an opening
// mark on each, the closing mark only on the last) comes out as one span per paragraph, linked.

import type { Doc } from "../../core/doc.js";
import { isSpaceCode, isWordCode, sentenceAt } from "../../core/doc.js";

export interface QuoteSpan {
  /** Offset of the opening mark (or of the paragraph start when it is missing). */
  open: number;
  /** Offset just past the closing mark (or the paragraph end when it is missing). */
  close: number;
  /** The quoted characters, without the marks. */
  contentStart: number;
  contentEnd: number;
  paragraph: number;
  /** The quotation carries on in the next paragraph (no closing mark here). */
  continues: boolean;
  /** This span carries on a quotation from the previous paragraph. */
  continuation: boolean;
  /** No closing mark was found and the span was cut at the paragraph end. */
  unclosed: boolean;
}

type MarkKind = "double" | "single" | "guillemet";

interface Mark {
  pos: number;
  len: number;
  kind: MarkKind;
  role: "open" | "close" | "either";
}

const isBoundary = (code: number) =>
  Number.isNaN(code) || isSpaceCode(code) || "([{—–-/…:;,".includes(String.fromCharCode(code));

/**
 * The characters (UTF-16 code units) that may be a mark below, or open a markup tag; the regex
 * finds the next one faster than a loop over every character.
 */
const MARK_OR_TAG = /["'`\u00ab\u00bb<\u2018-\uffff]/g;

/**
 * The offset of the first character at or after `i` that may be a mark, in `paragraph` (the text
 * from `start`), or the paragraph's end. The search never runs on past the paragraph.
 */
function nextMarkOrTag(paragraph: string, start: number, i: number): number {
  MARK_OR_TAG.lastIndex = i - start;
  return MARK_OR_TAG.test(paragraph) ? start + MARK_OR_TAG.lastIndex - 1 : start + paragraph.length;
}

/** Classifies the quotation marks of one paragraph. */
function marksOf(text: string, start: number, end: number): Mark[] {
  const marks: Mark[] = [];
  const paragraph = text.slice(start, end);
  // (Every mark below is one of these; the rest of the text is passed over at once.)
  for (let i = nextMarkOrTag(paragraph, start, start); i < end; i = nextMarkOrTag(paragraph, start, i + 1)) {
    const c = text.charCodeAt(i);
    if (c === 0x3c) {
      // A markup tag pasted with the text ('<tweet author="@ann_roe" id="12">'): the marks around
      // its attribute values quote nobody.
      i = markupTagEnd(text, i, end) - 1;
      continue;
    }
    const prev = i > start ? text.charCodeAt(i - 1) : NaN;
    const next = i + 1 < end ? text.charCodeAt(i + 1) : NaN;
    switch (c) {
      case 0x201c: // “
        // After a word or punctuation and before a space it closes: the German „…“ pair, or a
        // left mark typed for a right one ('“We will appeal,“ she said.').
        marks.push({ pos: i, len: 1, kind: "double", role: leftMarkClosing(prev, next) ? "either" : "open" });
        break;
      case 0x201e: // „
        marks.push({ pos: i, len: 1, kind: "double", role: "open" });
        break;
      case 0x60: // `
        // ``Wire copy's doubled backticks'' open a quotation that doubled apostrophes close.
        if (next === 0x60) {
          marks.push({ pos: i, len: 2, kind: "double", role: "open" });
          i++;
        }
        break;
      case 0x201d: // ”
        // A right mark after a space or at the paragraph's start ('”We will appeal,” she said.',
        // typed or converted the wrong way round) opens a quotation when one closes later.
        marks.push(rightDouble(i, prev));
        break;
      case 0x2033: // ″
        // A double prime set for a closing mark ('``We will appeal,″ she said.'), as some copy is
        // converted; after a digit it is inches or seconds (a 6″ pipe).
        if (!(prev >= 0x30 && prev <= 0x39)) marks.push(rightDouble(i, prev));
        break;
      case 0xab: // «
        marks.push({ pos: i, len: 1, kind: "guillemet", role: "open" });
        break;
      case 0xbb: // »
        marks.push({ pos: i, len: 1, kind: "guillemet", role: "close" });
        break;
      case 0x22: // "
        marks.push({ pos: i, len: 1, kind: "double", role: straightRole(prev, next) });
        break;
      case 0x27: // '
      case 0x2018: // ‘
      case 0x2019: {
        // ’
        if (c === 0x27 && next === 0x27) {
          // ''doubled apostrophes'' stand for a double quote.
          let after = i + 2 < end ? text.charCodeAt(i + 2) : NaN;
          if (after === 0x27) {
            // Three: a single quotation inside a double one, closed together ("''Not with 'we will
            // see,''' she said": ' then '') or opened together ("'''Later,' he told me'' …": '' then ').
            after = i + 3 < end ? text.charCodeAt(i + 3) : NaN;
            const closes = !Number.isNaN(prev) && !isSpaceCode(prev) && !isWordCode(after);
            const opens = (Number.isNaN(prev) || isSpaceCode(prev)) && isWordCode(after);
            if (closes) {
              marks.push({ pos: i, len: 1, kind: "single", role: "close" });
              marks.push({ pos: i + 1, len: 2, kind: "double", role: "close" });
              i += 2;
              break;
            }
            if (opens) {
              marks.push({ pos: i, len: 2, kind: "double", role: "open" });
              marks.push({ pos: i + 2, len: 1, kind: "single", role: "open" });
              i += 2;
              break;
            }
            after = 0x27;
          }
          marks.push({ pos: i, len: 2, kind: "double", role: straightRole(prev, after) });
          i++;
          break;
        }
        const wordBefore = isWordCode(prev);
        const wordAfter = isWordCode(next);
        if (wordBefore && wordAfter) break; // an apostrophe inside a word
        if (c === 0x2018 && !wordBefore) marks.push({ pos: i, len: 1, kind: "single", role: "open" });
        else if (!wordBefore && wordAfter && isBoundary(prev))
          marks.push({ pos: i, len: 1, kind: "single", role: "open" });
        else if (wordBefore || !isSpaceCode(prev))
          if (!wordAfter && !Number.isNaN(prev)) marks.push({ pos: i, len: 1, kind: "single", role: "close" });
        break;
      }
    }
  }
  return marks;
}

/** A tag opening at `pos` ("<name attr=\"…\">", "</name>", "<name/>"): where it ends; `pos + 1` when it is no tag. */
const MARKUP_TAG = /<\/?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]+))?)*\s*\/?>/y;
function markupTagEnd(text: string, pos: number, end: number): number {
  MARKUP_TAG.lastIndex = pos;
  const m = MARKUP_TAG.exec(text);
  return m && pos + m[0].length <= end ? pos + m[0].length : pos + 1;
}

/** A right-hand double mark (” or a ″ set for one): it closes, or after a space or at the start may open. */
function rightDouble(pos: number, prev: number): Mark {
  return { pos, len: 1, kind: "double", role: Number.isNaN(prev) || isSpaceCode(prev) ? "either" : "close" };
}

function leftMarkClosing(prev: number, next: number): boolean {
  if (Number.isNaN(prev) || isSpaceCode(prev) || "([{".includes(String.fromCharCode(prev))) return false;
  return Number.isNaN(next) || isSpaceCode(next) || ",.;:!?)]".includes(String.fromCharCode(next));
}

function straightRole(prev: number, next: number): Mark["role"] {
  const spaceBefore = Number.isNaN(prev) || isBoundary(prev) || prev === 0x201c || prev === 0x2018;
  const spaceAfter = Number.isNaN(next) || isSpaceCode(next);
  if (spaceBefore && !spaceAfter) return "open";
  if (!spaceBefore && spaceAfter) return "close";
  if (!spaceBefore && !spaceAfter) return isWordCode(prev) ? "close" : "open";
  return "either";
}

/**
 * Top-level quotations of the document. Single marks count only where a matching closing mark
 * follows in the same paragraph, so plural possessives (MPs’) and stray apostrophes stay text.
 */
export function findQuoteSpans(doc: Doc): QuoteSpan[] {
  const { text } = doc;
  const out: QuoteSpan[] = [];
  let carried: MarkKind | null = null; // a quotation left open at the end of the previous paragraph
  doc.paragraphs.forEach((p, pi) => {
    const marks = marksOf(text, p.start, p.end);
    const lastCloser = lastClosers(marks);
    // A single-quoted passage that runs into the next paragraph, which opens with a single mark
    // again ('‘We will go on. / ‘Nothing has changed.’'), has no closing mark here.
    const next = doc.paragraphs[pi + 1];
    const lastSingleOpen = next && opensWithSingle(text, next.start) ? lastOpener(marks, "single") : -1;
    const hasCloser = (m: number, kind: MarkKind) =>
      lastCloser[kind] > m || (kind === "single" && m === lastSingleOpen && lastCloser.single < m);
    const firstHere = out.length;
    const first = marks[0];
    const carryOn = carried !== null && first !== undefined && first.pos === p.start && first.role !== "close";
    if (carried !== null && !carryOn && out.length) {
      // The previous paragraph's quotation never reopened: it ended there.
      out[out.length - 1].continues = false;
    }
    carried = null;
    let openMark: Mark | null = null;
    let depthSingle = 0; // nested single quotes inside a double quotation
    for (let m = 0; m < marks.length; m++) {
      const mark = marks[m];
      if (!openMark) {
        if (mark.role === "close") continue; // a stray closing mark: no quotation to end
        if (mark.kind === "single" && !hasCloser(m, "single")) continue;
        if (mark.kind !== "single" && mark.role === "either" && !hasCloser(m, mark.kind)) continue;
        openMark = mark;
        depthSingle = 0;
        continue;
      }
      if (openMark.kind === "double" && mark.kind === "single") {
        if (mark.role === "open" && hasCloser(m, "single")) depthSingle++;
        else if (mark.role === "close" && depthSingle > 0) depthSingle--;
        continue;
      }
      if (mark.kind !== openMark.kind) continue;
      if (mark.role === "open" && openMark.kind !== "single") {
        // A second opening mark while one is open: the first lost its closing mark. Recover by
        // ending it before this one, unless it is clearly a nested quotation.
        if (mark.len === openMark.len && text.charCodeAt(mark.pos) === text.charCodeAt(openMark.pos)) {
          // An empty one (a run of marks) is dropped here rather than at the end, so a text of
          // nothing but marks does not hold a span per mark.
          const s = span(openMark.pos, mark.pos, openMark.len, 0, pi, false, false, true, text);
          if (s.contentEnd > s.contentStart) out.push(s);
          openMark = mark;
        }
        continue;
      }
      if (mark.role === "open" && openMark.kind === "single") continue;
      if (openMark.kind === "single" && pluralPossessive(text, mark, marks, m, openMark === marks[lastSingleOpen]))
        continue;
      out.push(span(openMark.pos, mark.pos + mark.len, openMark.len, mark.len, pi, false, false, false, text));
      openMark = null;
    }
    if (openMark) {
      // Unclosed at the paragraph's end: either a multi-paragraph quotation or a missing mark.
      const s = span(openMark.pos, p.end, openMark.len, 0, pi, true, false, true, text);
      out.push(s);
      carried = openMark.kind;
    }
    if (carryOn && out.length > firstHere && out[firstHere].open === p.start) {
      out[firstHere].continuation = true;
      if (firstHere > 0) out[firstHere - 1].continues = true;
    }
  });
  if (carried !== null && out.length) out[out.length - 1].continues = false;
  return out.filter((q) => q.contentEnd > q.contentStart);
}

/** Whether a paragraph opens with a single quotation mark: ‘ or a straight ' before a word. */
function opensWithSingle(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return c === 0x2018 || (c === 0x27 && isWordCode(text.charCodeAt(start + 1)));
}

/** Index of the last opening mark of a kind (-1 when none). */
function lastOpener(marks: Mark[], kind: MarkKind): number {
  for (let k = marks.length - 1; k >= 0; k--) if (marks[k].kind === kind && marks[k].role === "open") return k;
  return -1;
}

/**
 * Inside a single-quoted passage, "s’" before a lower-case word or a closing bracket is a plural
 * possessive, not the closing mark ('‘The officers’ account was clear,’ she said.', '‘The
 * (Greens’) plan fails,’ she said.'), when a later closing mark ends the passage with no opening
 * mark in between, or when the passage runs on into the next paragraph (`runsOn`: it opens with
 * a single mark again) with no single mark left in this one.
 */
function pluralPossessive(text: string, mark: Mark, marks: Mark[], m: number, runsOn: boolean): boolean {
  if (mark.role === "open" || !/[sS]/.test(text[mark.pos - 1] ?? "")) return false;
  if (!/^(?: \p{Ll}|\))/u.test(text.slice(mark.pos + 1, mark.pos + 3))) return false;
  for (let k = m + 1; k < marks.length; k++) {
    if (marks[k].kind !== "single") continue;
    return marks[k].role !== "open";
  }
  return runsOn;
}

/** Index of the last mark of each kind that can close a quotation (-1 when none). */
function lastClosers(marks: Mark[]): Record<MarkKind, number> {
  const last: Record<MarkKind, number> = { double: -1, single: -1, guillemet: -1 };
  marks.forEach((m, k) => {
    if (m.role === "close" || m.role === "either") last[m.kind] = k;
  });
  return last;
}

function span(
  open: number,
  close: number,
  openLen: number,
  closeLen: number,
  paragraph: number,
  continues: boolean,
  continuation: boolean,
  unclosed: boolean,
  text: string,
): QuoteSpan {
  let contentStart = open + openLen;
  let contentEnd = close - closeLen;
  while (contentStart < contentEnd && isSpaceCode(text.charCodeAt(contentStart))) contentStart++;
  while (contentEnd > contentStart && isSpaceCode(text.charCodeAt(contentEnd - 1))) contentEnd--;
  return { open, close, contentStart, contentEnd, paragraph, continues, continuation, unclosed };
}

/**
 * The sentence a quotation ends in. An unclosed quotation cut where the next one opens ('“We are
 * ready. “The rest follows.”') ends on the space before that mark, which no sentence holds: its
 * last quoted character decides.
 */
export function closingSentence(doc: Doc, q: QuoteSpan): number {
  const s = sentenceAt(doc, Math.max(q.open, q.close - 1));
  return s >= 0 ? s : sentenceAt(doc, Math.max(q.open, q.contentEnd - 1));
}
