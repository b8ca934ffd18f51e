// Training: a structured averaged perceptron (Collins 2002) over the hashed features, decoded
// with the same constrained Viterbi the tagger uses. Sentences are visited in a seeded shuffle,
// so the same data and options give the same model, byte for byte.

import { type LabelledDocument } from "./conll.js";
import { documentContext, FeatureBuffer, FeatureExtractor } from "./features.js";
import { Gazetteer } from "./gazetteer.js";
import { seededRandom } from "./hash.js";
import { LABELS, Model, NUM_LABELS, viterbi, ViterbiWork, type ModelHeader } from "./model.js";

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** folds for the training-set name lists (each fold's lists come from the other folds) */
  folds: number;
  /** a name list built from the training entities is used only if this is true */
  trainGazetteer: boolean;
  log: (line: string) => void;
  /** called after each epoch with the averaged model; returns a score to keep the best epoch */
  evaluate?: (model: Model, epoch: number) => number;
}

interface Prepared {
  feats: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
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

export function prepare(docs: readonly LabelledDocument[], fx: (docIndex: number) => FeatureExtractor): Prepared[] {
  const buf = new FeatureBuffer();
  const out: Prepared[] = [];
  docs.forEach((d, di) => {
    const ctx = documentContext(d.sentences.map((s) => s.words));
    const extractor = fx(di);
    for (const s of d.sentences) {
      extractor.extract(s.words, ctx, buf);
      out.push({
        feats: buf.feats.slice(0, buf.count),
        offsets: buf.offsets.slice(0, s.words.length + 1),
        gold: Int32Array.from(s.labels, (l) => LABEL_INDEX.get(l) ?? 0),
      });
    }
  });
  return out;
}

export function train(docs: readonly LabelledDocument[], base: Gazetteer, opts: TrainOptions): Model {
  const L = NUM_LABELS;
  const shift = 32 - opts.bits;
  const fullGaz = opts.trainGazetteer ? base.union(trainingGazetteer(docs)) : base;
  const foldGaz: FeatureExtractor[] = [];
  for (let k = 0; k < opts.folds; k++) {
    const others = docs.filter((_, i) => i % opts.folds !== k);
    foldGaz.push(new FeatureExtractor(opts.trainGazetteer ? base.union(trainingGazetteer(others)) : base));
  }
  opts.log(`gazetteer: ${fullGaz.phrases.size} phrases`);
  const data = prepare(docs, (di) => foldGaz[di % opts.folds]);
  opts.log(`prepared ${data.length} sentences`);

  const rows = 1 << opts.bits;
  const w = new Float32Array(rows * L);
  const u = new Float64Array(rows * L);
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  let c = 1;
  const rand = seededRandom(opts.seed);
  const order = data.map((_, i) => i);
  let em = new Float64Array(256 * L);
  let pred = new Int32Array(256);
  const work = new ViterbiWork();
  let best: { score: number; model: Model } | null = null;

  const averaged = (epochs: number): Model => {
    let maxAbs = 0;
    const avg = new Float32Array(rows * L);
    for (let i = 0; i < avg.length; i++) {
      const v = w[i] - u[i] / c;
      avg[i] = v;
      const a = Math.abs(v);
      if (a > maxAbs) maxAbs = a;
    }
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const q = new Int16Array(rows * L);
    for (let i = 0; i < q.length; i++) q[i] = Math.round(avg[i] / scale);
    const trans = new Float32Array((L + 1) * L);
    for (let i = 0; i < trans.length; i++) trans[i] = tw[i] - tu[i] / c;
    const header: ModelHeader = {
      version: 1,
      bits: opts.bits,
      labels: [...LABELS],
      scale,
      trainedOn: "CoNLL-2003 eng.train",
      epochs,
    };
    return new Model(header, q, trans, fullGaz, new Map());
  };

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
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
    if (opts.evaluate) {
      const model = averaged(epoch);
      const score = opts.evaluate(model, epoch);
      opts.log(`${line}, dev F1 ${(100 * score).toFixed(2)}`);
      if (!best || score > best.score) best = { score, model };
    } else opts.log(line);
  }
  return best ? best.model : averaged(opts.epochs);
}
