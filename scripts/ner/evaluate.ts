// Scoring a tagger on CoNLL-format data (conlleval's exact-match span micro F1), used by the
// training, evaluation and benchmark scripts. The data sets live in ../shared, outside the
// repository; `dataPath` returns null when they are absent so callers can skip.

import { existsSync, readFileSync } from "node:fs";
import { projectPath } from "../../src/core/paths.js";
import { ENTITY_KINDS, parseConll, prf, SpanScorer, type LabelledDocument } from "./conll.js";
import type { Tagger } from "../../src/extract/entities/tagger/tagger.js";

export const CONLL_DIR = ["..", "shared", "data", "ner", "conll2003"];
export const WIKIGOLD = ["..", "shared", "data", "ner", "wikigold", "wikigold.conll.txt"];

export function dataPath(parts: readonly string[]): string | null {
  const p = projectPath(...parts);
  return existsSync(p) ? p : null;
}

export function readConll(parts: readonly string[]): LabelledDocument[] {
  const p = dataPath(parts);
  if (!p) throw new Error(`missing ${projectPath(...parts)}: the NER data sets live in ../shared/data/ner`);
  return parseConll(readFileSync(p, "utf8"));
}

export function readSplit(name: "eng.train" | "eng.testa" | "eng.testb"): LabelledDocument[] {
  return readConll([...CONLL_DIR, name]);
}

/** Tags every document (with the document pass unless `sentencesOnly`) and scores the spans. */
export function scoreTagger(tagger: Tagger, docs: readonly LabelledDocument[], sentencesOnly = false): SpanScorer {
  const scorer = new SpanScorer();
  for (const d of docs) {
    const words = d.sentences.map((s) => s.words);
    const pred = sentencesOnly ? words.map((w) => tagger.tagSentence(w)) : tagger.tagDocument(words);
    d.sentences.forEach((s, i) => scorer.add(s.labels, pred[i]));
  }
  return scorer;
}

/** Lines of a per-type and overall P/R/F1 table. */
export function reportLines(scorer: SpanScorer, kinds: readonly string[] = ENTITY_KINDS): string[] {
  const lines: string[] = [];
  const row = (name: string, s: { tp: number; fp: number; fn: number }): void => {
    const m = prf(s);
    lines.push(
      `${name.padEnd(5)} P ${(100 * m.p).toFixed(2).padStart(6)}  R ${(100 * m.r).toFixed(2).padStart(6)}  F1 ${(100 * m.f).toFixed(2).padStart(6)}`,
    );
  };
  for (const k of kinds) row(k, scorer.byType.get(k) ?? { tp: 0, fp: 0, fn: 0 });
  row("all", scorer.overall());
  return lines;
}
