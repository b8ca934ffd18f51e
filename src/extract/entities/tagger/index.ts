// The named-entity tagger (issue 3): a hashed-feature averaged perceptron with Viterbi decoding
// over BIO labels for PER, ORG, LOC and MISC, trained on CoNLL-2003 by scripts/train-ner.ts.
// The model's bytes are the caller's to read (src/extract/default-model.ts reads models/ner.bin).

import type { Doc } from "../../../core/doc.js";
import { spansOf } from "./spans.js";
import type { Tagger } from "./tagger.js";

export type { Tagger } from "./tagger.js";
export type NerType = "PER" | "ORG" | "LOC" | "MISC";

export interface TaggedSpan {
  start: number;
  end: number;
  type: NerType;
  /**
   * How far, on average over its words, the tagger's labels outscored "O" in its own last-stage
   * scores (a learned scale: see LOW_MARGIN in ../combine.ts); absent where the tagger cannot tell.
   */
  margin?: number;
}

/**
 * Longest run of words tagged as one sequence. Real sentences are far shorter; a hostile run of
 * thousands of marks is cut into pieces so the tagger's working memory stays bounded per word.
 */
export const MAX_TAGGED_WORDS = 256;

/**
 * Named-entity spans of a Doc, as character offsets into doc.text, tagged sentence by sentence
 * (sentences over MAX_TAGGED_WORDS words in pieces) with the whole document as context.
 */
export function tagDoc(doc: Doc, tagger: Tagger): TaggedSpan[] {
  const { start, end } = doc.tokens;
  const pieces: number[] = []; // first token of each piece
  const sentences: string[][] = [];
  for (const s of doc.sentences) {
    for (let from = s.firstToken; from < s.lastToken; from += MAX_TAGGED_WORDS) {
      const to = Math.min(s.lastToken, from + MAX_TAGGED_WORDS);
      const words: string[] = [];
      for (let t = from; t < to; t++) words.push(doc.text.slice(start[t], end[t]));
      pieces.push(from);
      sentences.push(words);
    }
  }
  const margins: number[][] = [];
  const labels = tagger.tagDocument(sentences, margins);
  const out: TaggedSpan[] = [];
  pieces.forEach((first, si) => {
    for (const span of spansOf(labels[si])) {
      const tagged: TaggedSpan = {
        start: start[first + span.start],
        end: end[first + span.end - 1],
        type: span.type as NerType,
      };
      const m = margins[si];
      if (m?.length === labels[si].length) {
        let sum = 0;
        for (let i = span.start; i < span.end; i++) sum += m[i];
        tagged.margin = sum / (span.end - span.start);
      }
      out.push(tagged);
    }
  });
  return out;
}
