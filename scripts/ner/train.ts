// Training: a structured averaged perceptron (Collins 2002) over the hashed features, decoded
// with the same constrained Viterbi the tagger uses, in two stages. Stage 1 reads each sentence
// with its document's capitalisation; stage 2 adds what stage 1 said about the same words across
// the document. Stage 2 learns from stage-1 labels made by models that never saw the document
// (k-fold jackknifing), so it learns how far to trust stage 1 on unseen text, not on memorised
// text. Sentences are visited in a seeded shuffle: the same data and options give the same model.

import { type LabelledDocument } from "./conll.js";
import { aggregateFeatures } from "../../src/extract/entities/tagger/aggregate.js";
import type { ClassTable } from "../../src/extract/entities/tagger/classtable.js";
import {
  ClassFeatures,
  documentContext,
  FeatureBuffer,
  FeatureExtractor,
} from "../../src/extract/entities/tagger/features.js";
import { Gazetteer } from "../../src/extract/entities/tagger/gazetteer.js";
import { seededRandom } from "../../src/extract/entities/tagger/hash.js";
import {
  emissions,
  LABELS,
  Model,
  NUM_LABELS,
  quantize,
  viterbi,
  ViterbiWork,
  type WeightTable,
} from "../../src/extract/entities/tagger/model.js";

export interface TrainOptions {
  bits: number;
  /** epochs of stage 1 and of stage 2 (the best on the dev set is kept when `evaluate` is given) */
  epochs: [number, number];
  seed: number;
  /** folds for the training-set name lists and for jackknifing stage 1 */
  folds: number;
  /** a name list built from the training entities is used only if this is true */
  trainGazetteer: boolean;
  /** word classes learned from unlabelled text (see clusters.ts) */
  clusters: Map<string, string>;
  /** word classes of pre-trained word vectors as a compact table (see classtable.ts) */
  classTable?: ClassTable | null;
  /** which class features to give (features.ts `ClassFeatures` bits; default all) */
  classFeatures?: number;
  /** which levels of the class table to read (default all) */
  classLevels?: number[];
  /** each stage's weights are the mean of this many runs over differently shuffled data */
  runs: number;
  /** train stage 2 (prediction aggregation) too */
  twoStage: boolean;
  /** features of the contexts of a word's other occurrences in its document (see DocContext.agg) */
  contextAgg?: boolean;
  /** share of training words whose own spelling features are hidden (word dropout; 0 = none) */
  wordDropout?: number;
  log: (line: string) => void;
  /** scores a candidate model on the dev set (higher is better) */
  evaluate?: (model: Model) => number;
}

export interface Prepared {
  feats: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
  doc: number;
}

const LABEL_INDEX = new Map<string, number>(LABELS.map((l, i) => [l, i]));

/** Name lists from the entities of some training documents: phrase → train-TYPE. */
export function trainingGazetteer(docs: readonly LabelledDocument[]): Gazetteer {
  const g = new Gazetteer();
  for (const d of docs)
    for (const s of d.sentences) {
      let start = -1;
      for (let i = 0; i <= s.words.length; i++) {
        const l = i < s.words.length ? s.labels[i] : "O";
        if (start >= 0 && !l.startsWith("I-")) {
          g.add(s.words.slice(start, i).join(" "), `train-${s.labels[start].slice(2)}` as "train-PER");
          start = -1;
        }
        if (l.startsWith("B-")) start = i;
      }
    }
  return g;
}

export function prepare(
  docs: readonly LabelledDocument[],
  fx: (docIndex: number) => FeatureExtractor,
  contextAgg = false,
  wordDropout = 0,
  seed = 1,
): Prepared[] {
  const buf = new FeatureBuffer();
  const out: Prepared[] = [];
  const rand = seededRandom(seed + 7);
  let drop = new Uint8Array(256);
  docs.forEach((d, di) => {
    const words = d.sentences.map((s) => s.words);
    const ctx = documentContext(words);
    const extractor = fx(di);
    if (contextAgg) extractor.contextAggregation(words, ctx);
    for (const s of d.sentences) {
      if (wordDropout > 0) {
        if (drop.length < s.words.length) drop = new Uint8Array(2 * s.words.length);
        for (let i = 0; i < s.words.length; i++) drop[i] = rand() < wordDropout ? 1 : 0;
      }
      extractor.extract(s.words, ctx, buf, wordDropout > 0 ? drop : undefined);
      out.push({
        feats: buf.feats.slice(0, buf.count),
        offsets: buf.offsets.slice(0, s.words.length + 1),
        gold: Int32Array.from(s.labels, (l) => LABEL_INDEX.get(l) ?? 0),
        doc: di,
      });
    }
  });
  return out;
}

/** One word's features from both buffers, run after run. */
function merge(a: Prepared, feats: Int32Array, offsets: Int32Array): Prepared {
  const n = a.gold.length;
  const out = new Int32Array(a.feats.length + offsets[n]);
  const off = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    off[i] = k;
    out.set(a.feats.subarray(a.offsets[i], a.offsets[i + 1]), k);
    k += a.offsets[i + 1] - a.offsets[i];
    out.set(feats.subarray(offsets[i], offsets[i + 1]), k);
    k += offsets[i + 1] - offsets[i];
  }
  off[n] = k;
  return { feats: out, offsets: off, gold: a.gold, doc: a.doc };
}

/** Label indices of each sentence under one weight table. */
export function decodeAll(data: readonly Prepared[], table: WeightTable, bits: number): Int32Array[] {
  const work = new ViterbiWork();
  return data.map((p) => {
    const n = p.gold.length;
    const em = new Float64Array(n * NUM_LABELS);
    const out = new Int32Array(n);
    emissions(table, bits, p.feats, p.offsets, n, em, false);
    viterbi(em, table.transitions, n, out, work);
    return out;
  });
}

/**
 * Trains one weight table. With `evaluate`, each epoch's averaged table is scored and the best
 * kept; the chosen epoch is returned too.
 */
export function trainTable(
  data: readonly Prepared[],
  bits: number,
  epochs: number,
  seed: number,
  log: (line: string) => void,
  evaluate?: (table: WeightTable) => number,
): { table: WeightTable; epochs: number } {
  const L = NUM_LABELS;
  const shift = 32 - bits;
  const rows = 1 << bits;
  const w = new Float32Array(rows * L);
  const u = new Float64Array(rows * L);
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  let c = 1;
  const rand = seededRandom(seed);
  const order = data.map((_, i) => i);
  let em = new Float64Array(256 * L);
  let pred = new Int32Array(256);
  const work = new ViterbiWork();
  let best: { score: number; table: WeightTable; epochs: number } | null = null;

  const averaged = (): WeightTable => {
    const avg = new Float32Array(rows * L);
    for (let i = 0; i < avg.length; i++) avg[i] = w[i] - u[i] / c;
    const trans = new Float32Array((L + 1) * L);
    for (let i = 0; i < trans.length; i++) trans[i] = tw[i] - tu[i] / c;
    return quantize(avg, trans);
  };

  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    let errors = 0;
    let tokens = 0;
    for (const si of order) {
      const { feats, offsets, gold } = data[si];
      const n = gold.length;
      if (pred.length < n) {
        pred = new Int32Array(2 * n);
        em = new Float64Array(2 * n * L);
      }
      for (let i = 0; i < n; i++) {
        for (let l = 0; l < L; l++) em[i * L + l] = 0;
        for (let k = offsets[i]; k < offsets[i + 1]; k++) {
          const r = (feats[k] >>> shift) * L;
          for (let l = 0; l < L; l++) em[i * L + l] += w[r + l];
        }
      }
      viterbi(em, tw, n, pred, work);
      let wrong = false;
      for (let i = 0; i < n; i++) if (pred[i] !== gold[i]) wrong = true;
      tokens += n;
      if (wrong) {
        for (let i = 0; i < n; i++) {
          const g = gold[i];
          const p = pred[i];
          const gp = i > 0 ? gold[i - 1] : L;
          const pp = i > 0 ? pred[i - 1] : L;
          if (g !== p) {
            errors++;
            for (let k = offsets[i]; k < offsets[i + 1]; k++) {
              const r = (feats[k] >>> shift) * L;
              w[r + g] += 1;
              u[r + g] += c;
              w[r + p] -= 1;
              u[r + p] -= c;
            }
          }
          if (g !== p || gp !== pp) {
            tw[gp * L + g] += 1;
            tu[gp * L + g] += c;
            tw[pp * L + p] -= 1;
            tu[pp * L + p] -= c;
          }
        }
      }
      c++;
    }
    const line = `epoch ${epoch}: training token errors ${((100 * errors) / tokens).toFixed(2)}%`;
    if (evaluate) {
      const table = averaged();
      const score = evaluate(table);
      log(`${line}, dev F1 ${(100 * score).toFixed(2)}`);
      if (!best || score > best.score) best = { score, table, epochs: epoch };
    } else log(line);
  }
  return best ? { table: best.table, epochs: best.epochs } : { table: averaged(), epochs };
}

/** The mean of several tables' real weights and transitions, quantised again. */
export function meanTable(tables: readonly WeightTable[]): WeightTable {
  if (tables.length === 1) return tables[0];
  const real = new Float32Array(tables[0].weights.length);
  const trans = new Float32Array(tables[0].transitions.length);
  for (const t of tables) {
    for (let i = 0; i < real.length; i++) real[i] += (t.weights[i] * t.scale) / tables.length;
    for (let i = 0; i < trans.length; i++) trans[i] += t.transitions[i] / tables.length;
  }
  return quantize(real, trans);
}

/** Trains `runs` tables (the first choosing the epoch count on the dev set) and returns their mean. */
function trainRuns(
  data: readonly Prepared[],
  opts: TrainOptions,
  seed: number,
  stage: string,
  evaluate: ((t: WeightTable) => number) | undefined,
  epochs: number,
): { table: WeightTable; epochs: number } {
  opts.log(`${stage}, run 1 of ${opts.runs}`);
  const first = trainTable(data, opts.bits, epochs, seed, opts.log, evaluate);
  const tables = [first.table];
  for (let r = 2; r <= opts.runs; r++) {
    opts.log(`${stage}, run ${r} of ${opts.runs} (${first.epochs} epochs)`);
    tables.push(trainTable(data, opts.bits, first.epochs, seed + 1000 * r, () => {}).table);
  }
  const table = meanTable(tables);
  if (evaluate && opts.runs > 1)
    opts.log(`${stage}: mean of ${opts.runs} runs, dev F1 ${(100 * evaluate(table)).toFixed(2)}`);
  return { table, epochs: first.epochs };
}

export function train(docs: readonly LabelledDocument[], base: Gazetteer, opts: TrainOptions): Model {
  const fullGaz = opts.trainGazetteer ? base.union(trainingGazetteer(docs)) : base;
  const foldFx: FeatureExtractor[] = [];
  for (let k = 0; k < opts.folds; k++) {
    const others = docs.filter((_, i) => i % opts.folds !== k);
    foldFx.push(
      new FeatureExtractor(
        opts.trainGazetteer ? base.union(trainingGazetteer(others)) : base,
        opts.clusters,
        opts.classTable ?? null,
        opts.classFeatures ?? ClassFeatures.All,
        opts.classLevels ?? null,
      ),
    );
  }
  opts.log(`gazetteer: ${fullGaz.phrases.size} phrases`);
  const data = prepare(docs, (di) => foldFx[di % opts.folds], opts.contextAgg, opts.wordDropout ?? 0, opts.seed);
  opts.log(`prepared ${data.length} sentences`);
  const header = (epochs: number[]) => ({
    version: 2 as const,
    bits: opts.bits,
    labels: [...LABELS],
    trainedOn: "CoNLL-2003 eng.train",
    epochs,
    ...(opts.contextAgg ? { contextAgg: true } : {}),
    ...(opts.classFeatures !== undefined && opts.classFeatures !== ClassFeatures.All
      ? { classFeatures: opts.classFeatures }
      : {}),
    ...(opts.classLevels ? { classLevels: opts.classLevels } : {}),
  });
  const modelOf = (tables: WeightTable[], epochs: number[]): Model =>
    new Model(header(epochs), tables, fullGaz, opts.clusters, null, opts.classTable ?? null);

  const ev = opts.evaluate;
  const s1 = trainRuns(data, opts, opts.seed, "stage 1", ev && ((t) => ev(modelOf([t], [0]))), opts.epochs[0]);
  if (!opts.twoStage) return modelOf([s1.table], [s1.epochs]);

  // Stage-1 labels for every training sentence from a model trained without its document.
  const labels1: Int32Array[] = new Array(data.length);
  for (let k = 0; k < opts.folds; k++) {
    const trainPart = data.filter((p) => p.doc % opts.folds !== k);
    const heldIdx = data.map((p, i) => (p.doc % opts.folds === k ? i : -1)).filter((i) => i >= 0);
    const t = trainTable(trainPart, opts.bits, s1.epochs, opts.seed + k + 1, () => {}).table;
    const out = decodeAll(
      heldIdx.map((i) => data[i]),
      t,
      opts.bits,
    );
    heldIdx.forEach((i, j) => (labels1[i] = out[j]));
    opts.log(`jackknife fold ${k + 1}/${opts.folds} done`);
  }
  const data2: Prepared[] = new Array(data.length);
  let first = 0;
  docs.forEach((d) => {
    const words = d.sentences.map((s) => s.words);
    aggregateFeatures(
      words,
      words.map((_, i) => labels1[first + i]),
      (si, buf) => (data2[first + si] = merge(data[first + si], buf.feats, buf.offsets)),
    );
    first += d.sentences.length;
  });
  const s2 = trainRuns(
    data2,
    opts,
    opts.seed + 100,
    "stage 2",
    ev && ((t) => ev(modelOf([s1.table, t], [s1.epochs, 0]))),
    opts.epochs[1],
  );
  return modelOf([s1.table, s2.table], [s1.epochs, s2.epochs]);
}
