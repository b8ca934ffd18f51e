// CoNLL-format reading and conlleval-style scoring, shared by the training, evaluation and
// benchmark scripts. Reading is line by line; a `-DOCSTART-` line ends a document (the copy we
// use has the first one moved to the end of each file, so it is a separator, not a header).

import { spansOf, type LabelSpan } from "../../src/extract/entities/tagger/spans.js";

export { spansOf, type LabelSpan };

export type EntityKind = "PER" | "ORG" | "LOC" | "MISC";
export const ENTITY_KINDS: readonly EntityKind[] = ["PER", "ORG", "LOC", "MISC"];

export interface LabelledSentence {
  words: string[];
  /** IOB2 labels (B- on every entity start), whatever the file used. */
  labels: string[];
}

export interface LabelledDocument {
  sentences: LabelledSentence[];
}

/** Reads CoNLL text: the first column is the word, the last the NER label (IOB1 or IOB2). */
export function parseConll(text: string): LabelledDocument[] {
  const docs: LabelledDocument[] = [];
  let doc: LabelledSentence[] = [];
  let words: string[] = [];
  let labels: string[] = [];
  const endSentence = (): void => {
    if (words.length > 0) doc.push({ words, labels: toIob2(labels) });
    words = [];
    labels = [];
  };
  const endDocument = (): void => {
    endSentence();
    if (doc.length > 0) docs.push({ sentences: doc });
    doc = [];
  };
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") {
      endSentence();
      continue;
    }
    if (line.startsWith("-DOCSTART-")) {
      endDocument();
      continue;
    }
    const cols = line.split(/\s+/);
    words.push(cols[0]);
    labels.push(cols.length > 1 ? cols[cols.length - 1] : "O");
  }
  endDocument();
  return docs;
}

/** IOB1 → IOB2: an I- tag that does not continue an entity of its type starts one. */
export function toIob2(labels: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l.startsWith("I-")) {
      const type = l.slice(2);
      const prev = i > 0 ? out[i - 1] : "O";
      out.push(prev === "O" || prev.slice(2) !== type ? "B-" + type : l);
    } else out.push(l);
  }
  return out;
}

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
}

export class SpanScorer {
  readonly byType = new Map<string, TypeScore>();

  add(gold: readonly string[], pred: readonly string[]): void {
    const g = spansOf(gold);
    const p = spansOf(pred);
    const key = (s: LabelSpan): string => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(g.map(key));
    const predKeys = new Set(p.map(key));
    for (const s of p) this.entry(s.type)[goldKeys.has(key(s)) ? "tp" : "fp"]++;
    for (const s of g) if (!predKeys.has(key(s))) this.entry(s.type).fn++;
  }

  private entry(type: string): TypeScore {
    let e = this.byType.get(type);
    if (!e) this.byType.set(type, (e = { tp: 0, fp: 0, fn: 0 }));
    return e;
  }

  overall(): TypeScore {
    const t = { tp: 0, fp: 0, fn: 0 };
    for (const e of this.byType.values()) {
      t.tp += e.tp;
      t.fp += e.fp;
      t.fn += e.fn;
    }
    return t;
  }
}

export function prf(s: TypeScore): { p: number; r: number; f: number } {
  const p = s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 0;
  const r = s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0;
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}
