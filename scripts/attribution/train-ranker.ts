// Trains the speaker re-ranker (./ranker.ts) on PolNeAR train, measures it on held-out folds of train
// and on PolNeAR dev (never test), and chooses its margin on dev. Each Casefile quote (the rules
// alone) is aligned to the gold attribution whose content shares the most words with it (at least
// half of the shorter); a candidate is right when its mention overlaps a gold Source span (the rules'
// pick also when any mention of its entity does), nobody is right when the attribution has no
// source. A softmax over each quote's candidates is fitted by SGD in a seeded order, so two runs give
// the same weights. `--apply MODEL` scores PolNeAR dev's sources with the model applied after the rules.
//   node dist/scripts/attribution/train-ranker.js [--out FILE] [--kinds direct,mixed,indirect] [--unnamed] [--abstain]
//   node dist/scripts/attribution/train-ranker.js --apply FILE
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Doc } from "../../src/core/doc.js";
import type { Entity, Quote } from "../../src/core/schema.js";
import { createExtractor } from "../../src/extract/index.js";
import { defaultModel } from "../../src/extract/default-model.js";
import { seededRandom } from "../../src/extract/entities/tagger/hash.js";
import { extractQuotes } from "../../src/extract/quotes/index.js";
import { isMain } from "../lib/main.js";
import { sharedPath } from "../lib/shared.js";
import {
  evaluatePolnear,
  type Fragments,
  parseAnn,
  polnearArticles,
  scores,
  type Tally,
  wordOffsets,
  wordSet,
} from "../polnear.js";
import {
  candidatesFor,
  certain,
  changeable,
  loadRanker,
  rankerContext,
  type RankerModel,
  rerank,
  score,
} from "./ranker.js";

/** One training example: each candidate's features, which are right, and which is the rules' pick. */
export interface Example {
  features: string[][];
  right: boolean[];
  rule: number;
  /** Whether the ranker may change the rules' pick here (`changeable`, and not `certain`). */
  open: boolean;
  /** The article's index in its split (held-out folds are by article). */
  article: number;
  /** For reading: the rules' mention, the gold sources and the quotation. */
  about: string;
}

/**
 * Softmax regression over each example's candidates (the loss: minus the log of the probability of
 * the right ones), by SGD with L2 in `epochs` passes, each over a seeded shuffle; the weights are
 * the average over every step, rounded to 1/1000, features in sorted order.
 */
export function train(examples: Example[], epochs = 8, seed = 1, rate = 0.1, l2 = 1e-5): Record<string, number> {
  const w = new Map<string, number>();
  const sum = new Map<string, number>();
  const last = new Map<string, number>();
  const random = seededRandom(seed);
  const order = examples.map((_, i) => i);
  let steps = 0;
  // (lazy averaging: `sum` gains w·(steps since the feature last changed) before each change)
  const touch = (f: string) => {
    sum.set(f, (sum.get(f) ?? 0) + (w.get(f) ?? 0) * (steps - (last.get(f) ?? 0)));
    last.set(f, steps);
  };
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const lr = rate / (1 + e);
    for (const k of order) {
      const ex = examples[k];
      const s = ex.features.map((fs) => fs.reduce((a, f) => a + (w.get(f) ?? 0), 0));
      const max = Math.max(...s);
      const exp = s.map((x) => Math.exp(x - max));
      const z = exp.reduce((a, b) => a + b, 0);
      const right = ex.right.reduce((a, r, i) => a + (r ? exp[i] : 0), 0);
      ex.features.forEach((fs, i) => {
        const g = exp[i] / z - (ex.right[i] ? exp[i] / right : 0);
        if (g === 0) return;
        for (const f of fs) {
          touch(f);
          const v = w.get(f) ?? 0;
          w.set(f, v - lr * (g + l2 * v));
        }
      });
      steps++;
    }
  }
  const out: Record<string, number> = {};
  for (const f of [...w.keys()].sort()) {
    touch(f);
    const v = Math.round(((sum.get(f) ?? 0) / Math.max(1, steps)) * 1000) / 1000;
    if (v !== 0) out[f] = v;
  }
  return out;
}

const shared = (a: Set<number>, b: Set<number>) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

/** An extractor whose quote stage hands each document's rule quotes to `see`, and returns what it gives back. */
function extractorWith(see: (doc: Doc, entities: Entity[], quotes: Quote[]) => Quote[]) {
  return createExtractor({
    model: defaultModel(),
    stages: { quotes: (doc, entities) => see(doc, entities, extractQuotes(doc, entities)) },
  });
}

function splitDir(split: string): string {
  if (split !== "train" && split !== "dev") throw new Error("only PolNeAR train and dev: test is held out");
  const dir = sharedPath("data", "quotes", "polnear", "data", split);
  if (!dir) throw new Error("../shared/data/quotes/polnear is absent");
  return dir;
}

export interface ExampleOptions {
  kinds: Quote["kind"][];
  /** May name a speaker where the rules found neither speaker nor cue. */
  unnamed: boolean;
  /** Where no candidate is the source and the rules named one, count nobody right (a wrong name costs precision). */
  abstain: boolean;
}

/** The examples of one PolNeAR split: the rules' quotes of `kinds` aligned to a gold attribution. */
export function examplesOf(split: string, o: ExampleOptions): Example[] {
  const examples: Example[] = [];
  let found: { doc: Doc; entities: Entity[]; quotes: Quote[] } | null = null;
  const run = extractorWith((doc, entities, quotes) => {
    found = { doc, entities, quotes };
    return quotes;
  });
  for (const [article, a] of polnearArticles(splitDir(split)).entries()) {
    run(a.text);
    const { doc, entities, quotes } = found!;
    const words = wordOffsets(a.text);
    const ws = (f: Fragments) => wordSet(words, f);
    const golds = parseAnn(a.ann, a.text)
      .attributions.filter((g) => g.contents.length)
      .map((g) => ({
        content: ws(g.contents.flat()),
        sources: g.sources.map(ws),
        text: g.sources.map((f) => f.map(([s, e]) => a.text.slice(s, e)).join(" ")).join(" / "),
      }));
    const ctx = rankerContext(doc, entities);
    for (const q of quotes) {
      const cands = o.kinds.includes(q.kind) ? candidatesFor(ctx, entities, q) : [];
      if (q.kind !== "indirect") ctx.prev = q;
      if (!cands.length) continue;
      const qw = ws([[q.start, q.end]]);
      let best = -1;
      let most = 0;
      golds.forEach((g, i) => {
        const n = shared(qw, g.content);
        if (n > most) [best, most] = [i, n];
      });
      // (a quote that shares only a few words with an attribution is most often its neighbour)
      if (best < 0 || most < 0.5 * Math.min(qw.size, golds[best].content.size)) continue;
      const g = golds[best];
      const hits = (s: { start: number; end: number }) =>
        g.sources.some((src) => shared(ws([[s.start, s.end]]), src) > 0);
      const right = cands.map((c) => {
        if (!g.sources.length) return !c.span && !c.entity;
        if (c.span && hits(c.span)) return true;
        return c.rule && !!c.entity && c.entity.mentions.some(hits);
      });
      if (!right.some(Boolean)) {
        if (!o.abstain || !q.speaker) continue;
        right[right.length - 1] = true;
      }
      const rule = cands.findIndex((c) => c.rule);
      examples.push({
        features: cands.map((c) => c.features),
        right,
        rule,
        open: changeable(o, q) && !certain(cands[rule]),
        article,
        about: `${q.speakerMention?.text} | ${g.text} | ${a.text.slice(Math.max(0, q.start - 150), q.end + 60)}`,
      });
    }
  }
  return examples;
}

interface Row {
  margin: number;
  changed: number;
  gained: number;
  lost: number;
}

/** On `examples`: for each margin, the rules' picks the model changes, to right and to wrong. */
export function marginRows(
  examples: Example[],
  weights: Record<string, number>,
  margins: number[],
  into?: Row[],
): Row[] {
  const rows = into ?? margins.map((margin) => ({ margin, gained: 0, lost: 0, changed: 0 }));
  for (const ex of examples) {
    if (!ex.open) continue;
    const s = ex.features.map((fs) => score(weights, fs));
    for (const row of rows) {
      let best = ex.rule;
      let top = s[ex.rule] + row.margin;
      for (let i = 0; i < s.length; i++) if (s[i] > top) [best, top] = [i, s[i]];
      if (best === ex.rule) continue;
      row.changed++;
      if (ex.right[best] && !ex.right[ex.rule]) row.gained++;
      if (!ex.right[best] && ex.right[ex.rule]) row.lost++;
    }
  }
  return rows;
}

const MARGINS = [0, 0.5, 1, 1.5, 2, 3, 4];

function report(name: string, examples: Example[], rows: Row[]): void {
  const rules = examples.filter((e) => e.right[e.rule]).length;
  const open = examples.filter((e) => e.open).length;
  console.log(`${name}: ${examples.length} aligned quotes, the rules right on ${rules}; ${open} the ranker may change`);
  for (const r of rows)
    console.log(`  margin ${r.margin}: changed ${r.changed}, to right ${r.gained}, to wrong ${r.lost}`);
}

/** PolNeAR dev's source rows, the rules alone and with `model` after them. */
function apply(model: RankerModel): void {
  const articles = polnearArticles(splitDir("dev"));
  const line = (name: string, t: Tally) => {
    const s = scores(t).exact;
    return `${name} exact P ${(100 * s.p).toFixed(1)} R ${(100 * s.r).toFixed(1)} F1 ${(100 * s.f1).toFixed(1)} (${t.nPred}/${t.nGold})`;
  };
  for (const [name, run] of [
    ["rules", extractorWith((_d, _e, quotes) => quotes)],
    ["ranker", extractorWith((doc, entities, quotes) => rerank(doc, entities, quotes, model))],
  ] as const) {
    const r = evaluatePolnear(articles, (text) => run(text).quotes);
    console.log(`${name}: ${line("source, all, PolNeAR conv.", r.t.pSource)}; ${line("quoted", r.t.pqSource)}`);
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      apply: { type: "string" },
      kinds: { type: "string", default: "direct,mixed,indirect" },
      epochs: { type: "string", default: "8" },
      unnamed: { type: "boolean", default: false },
      abstain: { type: "boolean", default: false },
    },
  });
  if (values.apply) apply(loadRanker(values.apply));
  else {
    const o: ExampleOptions = {
      kinds: values.kinds.split(",") as Quote["kind"][],
      unnamed: values.unnamed,
      abstain: values.abstain,
    };
    const epochs = Number(values.epochs);
    const trainEx = examplesOf("train", o);
    const devEx = examplesOf("dev", o);
    const weights = train(trainEx, epochs);
    console.log(`${Object.keys(weights).length} features`);
    const folds = 5;
    const held = MARGINS.map((margin) => ({ margin, gained: 0, lost: 0, changed: 0 }));
    for (let k = 0; k < folds; k++) {
      const w = train(
        trainEx.filter((e) => e.article % folds !== k),
        epochs,
      );
      marginRows(
        trainEx.filter((e) => e.article % folds === k),
        w,
        MARGINS,
        held,
      );
    }
    report(`train, ${folds} held-out folds by article`, trainEx, held);
    const dev = marginRows(devEx, weights, MARGINS);
    report("dev", devEx, dev);
    // (the largest net gain on dev; of equal ones, the largest margin)
    const chosen = dev.reduce((a, b) => (b.gained - b.lost >= a.gained - a.lost ? b : a));
    if (values.out) {
      const model: RankerModel = { version: 1, kinds: o.kinds, unnamed: o.unnamed, margin: chosen.margin, weights };
      writeFileSync(resolve(values.out), JSON.stringify(model) + "\n");
      console.log(`wrote ${values.out} (margin ${chosen.margin})`);
    }
  }
}
