// The whole entity layer scored on CoNLL-labelled documents (wikigold, eng.testa): words joined
// by spaces, one sentence a line, exact-match PER/ORG/LOC spans (MISC ignored), each entity's
// mentions taken without the shorter ones inside them. CoNLL conventions differ from ours
// (demonyms, titles), so this is a check on generalisation, not a target. Used by the bench's
// "entities" section and by scripts/ner/wikigold-layer.ts, which also lists the errors.
import { buildDoc } from "../../src/core/doc.js";
import { entityLayer } from "../../src/extract/entities/index.js";
import { tagDoc, type Tagger } from "../../src/extract/entities/tagger/index.js";
import { spansOf, type LabelledDocument } from "./conll.js";

const CONLL_TYPE: Record<string, string> = { person: "PER", organization: "ORG", location: "LOC" };

export interface LayerTally {
  tp: number;
  pred: number;
  gold: number;
}

/** One span the layer and the gold disagree on: `gold` missed, `pred` spurious. */
export interface LayerError {
  doc: number;
  side: "gold" | "pred";
  type: string;
  text: string;
  /** The line (sentence) the span stands in, for reading the error. */
  line: string;
  /** Spans of the other side (gold with MISC, or the layer's) that overlap this one, "TYPE text". */
  overlaps: string[];
  /** The tagger's own spans overlapping this one ("TYPE text"), to tell a tagger error from a layer rule's. */
  tagged: string[];
}

export interface LayerScores {
  all: number;
  PER: number;
  ORG: number;
  LOC: number;
  tally: Record<string, LayerTally>;
  errors: LayerError[];
}

const f1 = (t: LayerTally | undefined): number => {
  if (!t) return 0;
  const p = t.pred ? t.tp / t.pred : 0;
  const r = t.gold ? t.tp / t.gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

/** Scores the entity layer (with `tagger`, or the rules alone when it is false) on `docs`. */
export function layerSpanScores(docs: readonly LabelledDocument[], tagger: Tagger | false, firstDoc = 0): LayerScores {
  const tally: Record<string, LayerTally> = {};
  const errors: LayerError[] = [];
  const add = (t: string, k: keyof LayerTally) => ((tally[t] ??= { tp: 0, pred: 0, gold: 0 })[k] += 1);
  docs.forEach((d, di) => {
    let text = "";
    const starts: number[] = [];
    const ends: number[] = [];
    const gold = new Set<string>();
    const misc: string[] = [];
    for (const s of d.sentences) {
      const base = starts.length;
      s.words.forEach((w, i) => {
        starts.push(text.length);
        text += w;
        ends.push(text.length);
        text += i === s.words.length - 1 ? "\n" : " ";
      });
      for (const sp of spansOf(s.labels)) {
        const key = `${sp.type}:${starts[base + sp.start]}:${ends[base + sp.end - 1]}`;
        if (sp.type !== "MISC") gold.add(key);
        else misc.push(key);
      }
    }
    const pred = new Set<string>();
    const doc = buildDoc(text);
    for (const e of entityLayer(doc, { tagger }))
      for (const m of e.mentions) {
        const inner = e.mentions.some(
          (o) => o !== m && o.start >= m.start && o.end <= m.end && o.end - o.start < m.end - m.start,
        );
        if (!inner) pred.add(`${CONLL_TYPE[e.type]}:${m.start}:${m.end}`);
      }
    const tagged = tagger ? tagDoc(doc, tagger).map((t) => `${t.type}:${t.start}:${t.end}`) : [];
    const overlapping = (keys: Iterable<string>, start: number, end: number): string[] => {
      const out: string[] = [];
      for (const k of keys) {
        const [t, a, b] = k.split(":");
        if (Number(a) < end && Number(b) > start) out.push(`${t} ${text.slice(Number(a), Number(b))}`);
      }
      return out;
    };
    const error = (side: LayerError["side"], key: string): LayerError => {
      const [type, a, b] = key.split(":");
      const start = Number(a);
      const end = Number(b);
      const lineStart = text.lastIndexOf("\n", start - 1) + 1;
      const lineEnd = text.indexOf("\n", start);
      return {
        doc: firstDoc + di,
        side,
        type,
        text: text.slice(start, Number(b)),
        line: text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd),
        overlaps: side === "gold" ? overlapping(pred, start, end) : overlapping([...gold, ...misc], start, end),
        tagged: overlapping(tagged, start, end),
      };
    };
    for (const g of gold) {
      add(g.split(":")[0], "gold");
      if (pred.has(g)) add(g.split(":")[0], "tp");
      else errors.push(error("gold", g));
    }
    for (const p of pred) {
      add(p.split(":")[0], "pred");
      if (!gold.has(p)) errors.push(error("pred", p));
    }
  });
  const all = Object.values(tally).reduce(
    (a, t) => ({ tp: a.tp + t.tp, pred: a.pred + t.pred, gold: a.gold + t.gold }),
    { tp: 0, pred: 0, gold: 0 },
  );
  return { all: f1(all), PER: f1(tally.PER), ORG: f1(tally.ORG), LOC: f1(tally.LOC), tally, errors };
}
