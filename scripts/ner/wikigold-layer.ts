// The whole entity layer on wikigold, split in two halves by document order: the first half is
// the one whose errors may be read (`--errors` lists them), the second is scored for its figures
// only, like a check split, so that a rule found on the first half is kept only if it does not
// lower the second.
//   node dist/scripts/ner/wikigold-layer.js [--errors] [--rules-only]
import { readFileSync } from "node:fs";
import { getTagger } from "../../src/extract/default-model.js";
import { parseConll } from "./conll.js";
import { dataPath, WIKIGOLD } from "./evaluate.js";
import { layerSpanScores, type LayerScores } from "./layer-spans.js";

function line(name: string, s: LayerScores): string {
  const f = (x: number) => (100 * x).toFixed(2);
  const all = Object.values(s.tally).reduce(
    (a, t) => ({ tp: a.tp + t.tp, pred: a.pred + t.pred, gold: a.gold + t.gold }),
    {
      tp: 0,
      pred: 0,
      gold: 0,
    },
  );
  return `${name.padEnd(12)} all ${f(s.all)}  PER ${f(s.PER)}  ORG ${f(s.ORG)}  LOC ${f(s.LOC)}  (hit/predicted/gold ${all.tp}/${all.pred}/${all.gold})`;
}

function main(): void {
  const path = dataPath(WIKIGOLD);
  if (!path) {
    console.log("wikigold-layer: ../shared/data/ner/wikigold is absent, nothing to score");
    return;
  }
  const docs = parseConll(readFileSync(path, "utf8"));
  const half = docs.length >> 1;
  const tagger = process.argv.includes("--rules-only") ? false : getTagger();
  const first = layerSpanScores(docs.slice(0, half), tagger);
  const second = layerSpanScores(docs.slice(half), tagger, half);
  const whole = layerSpanScores(docs, tagger);
  console.log(`wikigold, ${docs.length} documents, whole entity layer, exact PER/ORG/LOC spans`);
  console.log(line(`first ${half}`, first));
  console.log(line(`second ${docs.length - half}`, second));
  console.log(line("all", whole));
  if (process.argv.includes("--errors"))
    for (const e of first.errors)
      console.log(
        [
          e.doc,
          e.side === "gold" ? "MISSED" : "SPURIOUS",
          e.type,
          e.text,
          e.overlaps.join("; "),
          e.tagged.join("; "),
          e.line,
        ].join("\t"),
      );
}

main();
