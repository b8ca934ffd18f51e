// Trains the event typer (src/extract/events/typer.ts) and writes models/event-types.json.
//
//   node dist/scripts/events/train-types.js [--epochs N] [--out FILE] [--heldout tune|dev|khalife]
//
// Training data: the annotated articles of shared/data/dev, shared/data/devb/tune and the
// Khalife case's per-article gold (shared/data/cases/khalife/kc-*.json). Never devb/check.
// Each article is run through the pipeline with the lexicon's types alone; every dated event
// candidate is labelled with the type of the gold event it states (its evidence overlaps the
// gold evidence, and its date agrees at the gold's precision), or "none" when it overlaps no gold
// event. Candidates that overlap a gold event but carry another date are left out: the typer
// cannot mend a date, and they would teach it nothing about types.
// With --heldout SET, that set is left out of training and scored, to choose the epochs honestly.

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildDoc } from "../../src/core/doc.js";
import { projectPath } from "../../src/core/paths.js";
import type { CaseEvent } from "../../src/core/schema.js";
import { extractEntities } from "../../src/extract/entities/index.js";
import { extractEvents } from "../../src/extract/events/index.js";
import { eventFeatures, NONE, type TyperModel, EventTyper } from "../../src/extract/events/typer.js";
import { extractQuotes } from "../../src/extract/quotes/index.js";
import { extractTimes } from "../../src/extract/time/index.js";
import { sharedPath } from "../lib/shared.js";

interface GoldEvent {
  type: string;
  date: string | null;
  evidence: string;
}
interface Gold {
  id: string;
  published: string | null;
  text: string;
  events: GoldEvent[];
}
interface Example {
  set: string;
  features: string[];
  label: string;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

function readSet(dir: string, pattern: RegExp): Gold[] {
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Gold);
}

function dateAgrees(gold: string, pred: string): boolean {
  return pred.startsWith(gold) && pred.length >= gold.length;
}

function examplesOf(set: string, g: Gold): Example[] {
  const doc = buildDoc(g.text);
  const published = g.published ?? null;
  const entities = extractEntities(doc);
  const times = extractTimes(doc, { published });
  const quotes = extractQuotes(doc, entities);
  const events = extractEvents({ doc, entities, times, quotes, published, typer: null }).filter((e) => e.date);
  const words: string[] = [];
  for (let i = 0; i < doc.tokens.count; i++)
    words.push(doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]).toLowerCase());
  const direct = quotes.filter((q) => q.kind === "direct");
  const ctx = { doc, words, inQuote: (at: number) => direct.some((q) => q.start <= at && at < q.end) };
  const golds = g.events
    .filter((e) => e.date && e.evidence)
    .map((e) => {
      const start = g.text.indexOf(e.evidence);
      return { ...e, start, end: start + e.evidence.length };
    })
    .filter((e) => e.start >= 0);
  // Greedy one-to-one: the candidate whose evidence overlaps a gold event's most, with its date.
  const overlapOf = (e: CaseEvent, s: number, t: number) =>
    Math.max(0, Math.min(e.evidence.end, t) - Math.max(e.evidence.start, s)) +
    Math.max(0, Math.min(e.trigger.end, t) - Math.max(e.trigger.start, s));
  const pairs: [number, number, number][] = [];
  events.forEach((e, i) =>
    golds.forEach((gd, j) => {
      const o = overlapOf(e, gd.start, gd.end);
      if (o > 0 && dateAgrees(gd.date!, e.date!)) pairs.push([o, i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0]);
  const label = new Map<number, string>();
  const taken = new Set<number>();
  for (const [, i, j] of pairs) {
    if (label.has(i) || taken.has(j)) continue;
    label.set(i, golds[j].type);
    taken.add(j);
  }
  const out: Example[] = [];
  events.forEach((e, i) => {
    const touches = golds.some((gd) => overlapOf(e, gd.start, gd.end) > 0);
    const l = label.get(i) ?? (touches && !pairs.some(([, k]) => k === i) ? null : NONE);
    if (l === null) return;
    out.push({ set, features: eventFeatures(ctx, e), label: l });
  });
  return out;
}

/** Averaged multiclass perceptron, examples in a fixed shuffled order per epoch. */
function train(examples: Example[], labels: string[], epochs: number, prior: number): TyperModel {
  const w = new Map<string, Float64Array>();
  // The lexicon's type starts as the answer: the data has to outvote it, a few hundred examples
  // being too few to learn every type from scratch.
  for (const l of labels) {
    if (l === NONE) continue;
    const v = new Float64Array(labels.length);
    v[labels.indexOf(l)] = prior;
    w.set(`rule=${l}`, v);
  }
  const total = new Map<string, Float64Array>();
  const stamp = new Map<string, Float64Array>();
  for (const [f, v] of w) {
    total.set(f, new Float64Array(v.length));
    stamp.set(f, new Float64Array(v.length));
  }
  const L = labels.length;
  let c = 1;
  const get = (m: Map<string, Float64Array>, f: string) => {
    let v = m.get(f);
    if (!v) m.set(f, (v = new Float64Array(L)));
    return v;
  };
  const update = (f: string, k: number, delta: number) => {
    const wf = get(w, f);
    const tf = get(total, f);
    const sf = get(stamp, f);
    tf[k] += (c - sf[k]) * wf[k];
    sf[k] = c;
    wf[k] += delta;
  };
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const ex = examples[i];
      const scores = new Float64Array(L);
      for (const f of ex.features) {
        const v = w.get(f);
        if (v) for (let k = 0; k < L; k++) scores[k] += v[k];
      }
      let best = 0;
      for (let k = 1; k < L; k++) if (scores[k] > scores[best]) best = k;
      const gold = labels.indexOf(ex.label);
      if (best !== gold) {
        for (const f of ex.features) {
          update(f, gold, 1);
          update(f, best, -1);
        }
      }
      c++;
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, wf] of w) {
    const tf = total.get(f)!;
    const sf = stamp.get(f)!;
    const avg = Array.from(wf, (x, k) => Math.round(((tf[k] + (c - sf[k]) * x) / c) * 1000) / 1000);
    if (avg.some((x) => x !== 0)) weights[f] = avg;
  }
  return { labels, weights };
}

function accuracy(model: TyperModel, examples: Example[]): string {
  const typer = new EventTyper(model);
  let right = 0;
  for (const ex of examples) if (typer.predict(ex.features).label === ex.label) right++;
  return `${right}/${examples.length} = ${(right / Math.max(1, examples.length)).toFixed(3)}`;
}

function main(): void {
  const dev = sharedPath("data", "dev");
  const tune = sharedPath("data", "devb", "tune");
  const khalife = sharedPath("data", "cases", "khalife");
  if (!dev || !tune || !khalife) {
    console.error("train-types: the shared gold sets (../shared/data) are not here; nothing to train on");
    process.exit(1);
  }
  const sets: [string, Gold[]][] = [
    ["dev", readSet(dev, /^dev-.*\.json$/)],
    ["tune", readSet(tune, /\.json$/)],
    ["khalife", readSet(khalife, /^kc-.*\.json$/)],
  ];
  const examples = sets.flatMap(([name, golds]) => golds.flatMap((g) => examplesOf(name, g)));
  const labels = [NONE, ...new Set(examples.map((e) => e.label).filter((l) => l !== NONE))].sort();
  const epochs = Number(arg("--epochs", "8"));
  const prior = Number(arg("--prior", "3"));
  const heldout = arg("--heldout", "");
  const counts = new Map<string, number>();
  for (const e of examples) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  console.log(`examples: ${examples.length} (${[...counts].map(([l, n]) => `${l} ${n}`).join(", ")})`);
  if (heldout) {
    const model = train(
      examples.filter((e) => e.set !== heldout),
      labels,
      epochs,
      prior,
    );
    const test = examples.filter((e) => e.set === heldout);
    const rule = test.filter((e) => e.features.includes(`rule=${e.label}`)).length;
    console.log(`held out ${heldout}: typer ${accuracy(model, test)}; lexicon alone ${rule}/${test.length}`);
    // Combined: the lexicon's type stands, except where it says "other" and the model is sure.
    const typer = new EventTyper(model);
    for (const margin of [0, 1, 2, 4, 8]) {
      let right = 0;
      for (const ex of test) {
        const ruleType = ex.features.find((f) => f.startsWith("rule="))!.slice(5);
        const p = typer.predict(ex.features);
        const label = ruleType === "other" && p.margin >= margin ? p.label : ruleType;
        if (label === ex.label) right++;
      }
      console.log(`  combined (model only for "other", margin >= ${margin}): ${right}/${test.length}`);
    }
    return;
  }
  const exclude = arg("--exclude", "");
  const model = train(
    examples.filter((e) => e.set !== exclude),
    labels,
    epochs,
    prior,
  );
  console.log(`training accuracy ${accuracy(model, examples)}; ${Object.keys(model.weights).length} features`);
  const out = arg("--out", projectPath("models", "event-types.json"));
  writeFileSync(out, JSON.stringify(model) + "\n");
  console.log(`wrote ${out}`);
}

main();
