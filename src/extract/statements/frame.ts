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
  cue: TextSpan | null;
  speaker: TextSpan | null;
}

export const inContent = (f: Frame, token: number): boolean =>
  f.doc.tokens.start[token] >= f.content.start && f.doc.tokens.end[token] <= f.content.end;
