// The named-entity tagger (issue 3): a hashed-feature averaged perceptron with Viterbi decoding
// over BIO labels for PER, ORG, LOC and MISC, trained on CoNLL-2003 by scripts/train-ner.ts.
// The model is read from models/ner.bin once, on first use, without network access.

import { readFileSync } from "node:fs";
import type { Doc } from "../../../core/doc.js";
import { projectPath } from "../../../core/paths.js";
import { spansOf } from "./conll.js";
import { Model } from "./model.js";
import { PerceptronTagger, type Tagger } from "./tagger.js";

export type { Tagger } from "./tagger.js";
export type NerType = "PER" | "ORG" | "LOC" | "MISC";

export const MODEL_FILE = "ner.bin";

let cached: Tagger | null = null;

/** The shipped tagger, loaded from models/ on first call and cached. */
export function getTagger(): Tagger {
  if (!cached) cached = loadTagger(projectPath("models", MODEL_FILE));
  return cached;
}

/** A tagger from a model file elsewhere (training and evaluation scripts). */
export function loadTagger(path: string): Tagger {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new Error(
      `casefile: cannot read the NER model ${path} (${(err as Error).message}); run scripts/train-ner.ts`,
    );
  }
  return new PerceptronTagger(Model.deserialize(bytes));
}

export interface TaggedSpan {
  start: number;
  end: number;
  type: NerType;
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
export function tagDoc(doc: Doc, tagger: Tagger = getTagger()): TaggedSpan[] {
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
  const labels = tagger.tagDocument(sentences);
  const out: TaggedSpan[] = [];
  pieces.forEach((first, si) => {
    for (const span of spansOf(labels[si])) {
      out.push({
        start: start[first + span.start],
        end: end[first + span.end - 1],
        type: span.type as NerType,
      });
    }
  });
  return out;
}
