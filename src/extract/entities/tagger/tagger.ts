// The runtime tagger: features → emission scores → Viterbi, per sentence (stage 1); then, when
// the model has a second stage, the same again with what stage 1 said about each word across
// the document; then the rule-based document pass that gives one name one label.

import { aggregateFeatures } from "./aggregate.js";
import { DEFAULT_DOC_PASS, documentPass, type DocPassOptions } from "./docpass.js";
import { ClassFeatures, documentContext, FeatureBuffer, FeatureExtractor } from "./features.js";
import { LABELS, Model, NUM_LABELS, viterbi, ViterbiWork } from "./model.js";
import { addRows, type PackedRows } from "./rows.js";

export interface Tagger {
  /** BIO labels ("B-PER", "I-PER", "O" …), one per word. */
  tagSentence(words: string[]): string[];
  /**
   * The same for each sentence of one document, with the document-level second pass. Given
   * `margins`, it is filled with how far each word's label outscored "O" in the last stage's own
   * scores (one array per sentence), where the tagger can tell.
   */
  tagDocument(sentences: string[][], margins?: number[][]): string[][];
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
  /** every stage's weights, row by row, non-zero rows only */
  private readonly rows: PackedRows;
  /** whether the second stage runs */
  private readonly twoStages: boolean;

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
    this.rows = model.rows();
    this.twoStages = model.tables.length > 1 && !this.opts.stage1Only;
  }

  tagSentence(words: string[]): string[] {
    return this.tagDocument([words])[0];
  }

  tagDocument(sentences: string[][], margins?: number[][]): string[][] {
    const clean = sentences.map(sanitize);
    const ctx = documentContext(clean);
    if (this.model.header.contextAgg) this.features.contextAggregation(clean, ctx);
    const [t1, t2] = this.model.tables;
    const scale1 = t1.scale;
    const scale2 = this.twoStages ? t2.scale : 0;
    const rows = this.rows;
    const L = NUM_LABELS;
    const stride = rows.stride;
    // With two stages, stage 2's scores of the ordinary features are taken in the same pass:
    // sentence si's from base2[start[si] * L].
    const start = new Int32Array(clean.length + 1);
    for (let si = 0; si < clean.length; si++) start[si + 1] = start[si] + clean[si].length;
    const base2 = new Float64Array(this.twoStages ? start[clean.length] * L : 0);
    // The last stage's scores of each sentence, kept only when margins are asked for.
    const lastScores: Float64Array[] = [];
    const labels1: Int32Array[] = clean.map((words, si) => {
      const n = words.length;
      this.ensure(n);
      const em = this.em;
      const sums = this.sums;
      this.features.scores(words, ctx, rows, this.buf, sums);
      for (let i = 0, o = 0, at = 0; i < n; i++, at += stride)
        for (let l = 0; l < L; l++, o++) em[o] = sums[at + l] * scale1;
      if (this.twoStages)
        for (let i = 0, o = start[si] * L, at = L; i < n; i++, at += stride)
          for (let l = 0; l < L; l++, o++) base2[o] = sums[at + l] * scale2;
      const out = new Int32Array(n);
      viterbi(em, t1.transitions, n, out, this.work);
      if (margins && !this.twoStages) lastScores[si] = em.slice(0, n * L);
      return out;
    });
    let final = labels1;
    if (this.twoStages) {
      final = new Array(clean.length);
      aggregateFeatures(
        clean,
        labels1,
        (si, agg) => {
          const n = clean[si].length;
          const em = this.em;
          const sums = this.sums;
          // Stage 2's half of each row only.
          sums.fill(0, 0, n * L);
          addRows(rows, agg.feats, agg.offsets, n, sums, L, L);
          for (let o = 0, b = start[si] * L; o < n * L; o++, b++) em[o] = base2[b] + sums[o] * scale2;
          const out = new Int32Array(n);
          viterbi(em, t2.transitions, n, out, this.work);
          if (margins) lastScores[si] = em.slice(0, n * L);
          final[si] = out;
        },
        this.aggBuf,
      );
    }
    const labels = final.map((idx) => {
      const out: string[] = new Array(idx.length);
      for (let i = 0; i < idx.length; i++) out[i] = LABELS[idx[i]];
      return out;
    });
    const passed = documentPass(clean, labels, this.opts.docPass);
    if (margins) {
      margins.length = 0;
      passed.forEach((ls, si) => {
        const em = lastScores[si];
        margins.push(ls.map((l, i) => (em ? em[i * L + (LABEL_INDEX.get(l) ?? 0)] - em[i * L] : 0)));
      });
    }
    return passed;
  }

  private ensure(n: number): void {
    if (this.em.length < n * NUM_LABELS) this.em = new Float64Array(2 * n * NUM_LABELS);
    if (this.sums.length < n * this.rows.stride) this.sums = new Int32Array(2 * n * this.rows.stride);
  }
}

const LABEL_INDEX: ReadonlyMap<string, number> = new Map(LABELS.map((l, i) => [l, i]));

/** Words as strings, whatever the caller passed (the API is reachable from plain JavaScript). */
function sanitize(words: readonly unknown[]): string[] {
  const out: string[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    out[i] = typeof w === "string" ? w : String(w ?? "");
  }
  return out;
}
