// The runtime tagger: features → emission scores → Viterbi, per sentence; then, over a whole
// document, the second pass that gives one name one label.

import { documentContext, FeatureBuffer, FeatureExtractor, type DocContext } from "./features.js";
import { DEFAULT_DOC_PASS, documentPass, type DocPassOptions } from "./docpass.js";
import { LABELS, Model, NUM_LABELS, viterbi, ViterbiWork } from "./model.js";

export interface Tagger {
  /** BIO labels ("B-PER", "I-PER", "O" …), one per word. */
  tagSentence(words: string[]): string[];
  /** The same for each sentence of one document, with the document-level second pass. */
  tagDocument(sentences: string[][]): string[][];
}

export class PerceptronTagger implements Tagger {
  private readonly features: FeatureExtractor;
  private readonly buf = new FeatureBuffer();
  private readonly work = new ViterbiWork();
  private em = new Float64Array(128 * NUM_LABELS);
  private best = new Int32Array(128);

  constructor(
    readonly model: Model,
    readonly docPass: DocPassOptions = DEFAULT_DOC_PASS,
  ) {
    this.features = new FeatureExtractor(model.gazetteer, model.clusters);
  }

  /** Label indices of one sentence, read in the light of its document. */
  labelIndices(words: readonly string[], doc: DocContext | null): Int32Array {
    const n = words.length;
    if (this.best.length < n) {
      this.best = new Int32Array(2 * n);
      this.em = new Float64Array(2 * n * NUM_LABELS);
    }
    this.features.extract(words, doc, this.buf);
    this.model.emissions(this.buf.feats, this.buf.offsets, n, this.em);
    viterbi(this.em, this.model.transitions, n, this.best, this.work);
    return this.best.subarray(0, n);
  }

  private labelSentence(words: readonly string[], doc: DocContext | null): string[] {
    const idx = this.labelIndices(words, doc);
    const out: string[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) out[i] = LABELS[idx[i]];
    return out;
  }

  tagSentence(words: string[]): string[] {
    const clean = sanitize(words);
    return this.labelSentence(clean, documentContext([clean]));
  }

  tagDocument(sentences: string[][]): string[][] {
    const clean = sentences.map(sanitize);
    const ctx = documentContext(clean);
    const first = clean.map((s) => this.labelSentence(s, ctx));
    return documentPass(clean, first, this.docPass);
  }
}

/** Words as strings, whatever the caller passed (the API is reachable from plain JavaScript). */
function sanitize(words: readonly unknown[]): string[] {
  const out: string[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    out[i] = typeof w === "string" ? w : String(w ?? "");
  }
  return out;
}
