// The runtime tagger: features → emission scores → Viterbi, per sentence (stage 1); then, when
// the model has a second stage, the same again with what stage 1 said about each word across
// the document; then the rule-based document pass that gives one name one label.

import { aggregateFeatures } from "./aggregate.js";
import { DEFAULT_DOC_PASS, documentPass, type DocPassOptions } from "./docpass.js";
import { ClassFeatures, documentContext, FeatureBuffer, FeatureExtractor } from "./features.js";
import { LABELS, Model, NUM_LABELS, rowSums, viterbi, ViterbiWork } from "./model.js";

export interface Tagger {
  /** BIO labels ("B-PER", "I-PER", "O" …), one per word. */
  tagSentence(words: string[]): string[];
  /** The same for each sentence of one document, with the document-level second pass. */
  tagDocument(sentences: string[][]): string[][];
}

export interface TaggerOptions {
  docPass: DocPassOptions;
  /** use only the model's first stage */
  stage1Only: boolean;
}

export class PerceptronTagger implements Tagger {
  private readonly features: FeatureExtractor;
  private readonly buf = new FeatureBuffer();
  private readonly aggBuf = new FeatureBuffer();
  private readonly work = new ViterbiWork();
  private em = new Float64Array(128 * NUM_LABELS);
  private sums = new Int32Array(128 * 2 * NUM_LABELS);
  private readonly opts: TaggerOptions;
  /** both stages' weights, row by row, when the model has two */
  private readonly joint: Int16Array | null;

  constructor(
    readonly model: Model,
    opts: Partial<TaggerOptions> = {},
  ) {
    const { classFeatures, classLevels } = model.header;
    this.features = new FeatureExtractor(
      model.gazetteer,
      model.clusters,
      model.classTable,
      classFeatures ?? ClassFeatures.All,
      classLevels ?? null,
    );
    this.opts = { docPass: DEFAULT_DOC_PASS, stage1Only: false, ...opts };
    this.joint = this.opts.stage1Only ? null : model.jointWeights();
  }

  tagSentence(words: string[]): string[] {
    return this.tagDocument([words])[0];
  }

  tagDocument(sentences: string[][]): string[][] {
    const clean = sentences.map(sanitize);
    const ctx = documentContext(clean);
    if (this.model.header.contextAgg) this.features.contextAggregation(clean, ctx);
    const { bits } = this.model.header;
    const [t1, t2] = this.model.tables;
    const joint = this.joint;
    // With two stages, stage 2's scores of the ordinary features are taken in the same pass.
    const base2: Float64Array[] = [];
    const L = NUM_LABELS;
    const labels1: Int32Array[] = clean.map((words) => {
      const n = words.length;
      this.ensure(n);
      const em = this.em;
      const sums = this.sums;
      if (joint) {
        this.features.scores(words, ctx, joint, 2 * L, bits, this.buf, sums);
        const e2 = new Float64Array(n * L);
        for (let i = 0; i < n; i++)
          for (let l = 0; l < L; l++) {
            em[i * L + l] = sums[i * 2 * L + l] * t1.scale;
            e2[i * L + l] = sums[i * 2 * L + L + l] * t2.scale;
          }
        base2.push(e2);
      } else {
        this.features.scores(words, ctx, t1.weights, L, bits, this.buf, sums);
        for (let i = 0; i < n * L; i++) em[i] = sums[i] * t1.scale;
      }
      const out = new Int32Array(n);
      viterbi(em, t1.transitions, n, out, this.work);
      return out;
    });
    let final = labels1;
    if (joint) {
      final = new Array(clean.length);
      aggregateFeatures(
        clean,
        labels1,
        (si, agg) => {
          const n = clean[si].length;
          const em = base2[si];
          rowSums(joint, 2 * NUM_LABELS, NUM_LABELS, t2.scale, bits, agg.feats, agg.offsets, n, em, true);
          const out = new Int32Array(n);
          viterbi(em, t2.transitions, n, out, this.work);
          final[si] = out;
        },
        this.aggBuf,
      );
    }
    const labels = final.map((idx) => Array.from(idx, (l) => LABELS[l] as string));
    return documentPass(clean, labels, this.opts.docPass);
  }

  private ensure(n: number): void {
    if (this.em.length < n * NUM_LABELS) this.em = new Float64Array(2 * n * NUM_LABELS);
    if (this.sums.length < n * 2 * NUM_LABELS) this.sums = new Int32Array(4 * n * NUM_LABELS);
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
