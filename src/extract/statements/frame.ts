// One attribution as the statement rules read it.
import type { Doc } from "../../core/doc.js";
import type { TextSpan } from "../../core/schema.js";

/** One attribution: the tokens of the cue's sentence outside the quoted content. */
export interface Frame {
  doc: Doc;
  words: string[];
  /** Token range of the cue's sentence, [first, last). */
  first: number;
  last: number;
  /** The quoted content, as offsets; tokens inside it are not attribution. */
  content: { start: number; end: number };
  /** Per token, the index of a quote whose content holds it, or -1 (see `coverOf`). */
  cover: Int32Array;
  /** Every quote's content, in the order `cover` indexes them. */
  contents: { start: number; end: number }[];
  cue: TextSpan | null;
  speaker: TextSpan | null;
}

/**
 * True when a token is quoted content: this quote's, or another's that does not hold this quote's
 * cue. Words someone is quoted as saying never tell how anyone else spoke
 * ('"…in a letter." / "B," he said' gives B no letter).
 */
export function inContent(f: Frame, token: number): boolean {
  const { start, end } = f.doc.tokens;
  if (start[token] >= f.content.start && end[token] <= f.content.end) return true;
  const c = f.cover[token];
  if (c < 0) return false;
  const other = f.contents[c];
  return !(f.cue && f.cue.start >= other.start && f.cue.end <= other.end);
}

/** For each token, the index of a quote whose content holds it (the last one when they nest), or -1. */
export function coverOf(doc: Doc, contents: { start: number; end: number }[]): Int32Array {
  const cover = new Int32Array(doc.tokens.count).fill(-1);
  const { start, end } = doc.tokens;
  contents.forEach((q, k) => {
    for (let i = firstTokenAt(doc, q.start); i < doc.tokens.count && start[i] < q.end; i++)
      if (end[i] <= q.end) cover[i] = k;
  });
  return cover;
}

function firstTokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens.start[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
