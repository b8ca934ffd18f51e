// Scores a trained NER model: CoNLL-2003 eng.testb (the reported figure; never used for
// training or tuning), eng.testa (the tuning set) and wikigold (out of domain), whole and in the
// two halves scripts/ner/wikigold-layer.ts uses (the first may be read and tuned on, the second
// is scored for its figures only).
//
//   node dist/scripts/eval-ner.js [--model FILE] [--sentences-only]

import { projectPath } from "../src/core/paths.js";
import { prf } from "../scripts/ner/conll.js";
import { CONLL_DIR, dataPath, readConll, reportLines, scoreTagger, WIKIGOLD } from "../scripts/ner/evaluate.js";
import { loadTagger } from "../src/extract/default-model.js";

function main(): void {
  const i = process.argv.indexOf("--model");
  const model = i >= 0 ? process.argv[i + 1] : projectPath("models", "ner.bin");
  const sentencesOnly = process.argv.includes("--sentences-only");
  const tagger = loadTagger(model);
  const sets: Array<[string, string[]]> = [
    ["eng.testa (dev)", [...CONLL_DIR, "eng.testa"]],
    ["eng.testb (test)", [...CONLL_DIR, "eng.testb"]],
    ["wikigold (out of domain)", WIKIGOLD],
  ];
  for (const [name, parts] of sets) {
    if (!dataPath(parts)) {
      console.log(`${name}: skipped, ${projectPath(...parts)} is absent`);
      continue;
    }
    console.log(name);
    const docs = readConll(parts);
    for (const line of reportLines(scoreTagger(tagger, docs, sentencesOnly))) console.log("  " + line);
    if (parts !== WIKIGOLD) continue;
    const half = docs.length >> 1;
    const f1 = (part: typeof docs) => (100 * prf(scoreTagger(tagger, part, sentencesOnly).overall()).f).toFixed(2);
    console.log(
      `  halves F1: first ${half} documents ${f1(docs.slice(0, half))}, second ${docs.length - half} ${f1(docs.slice(half))}`,
    );
  }
}

try {
  main();
} catch (err) {
  console.error(`eval-ner: ${(err as Error).message}`);
  process.exitCode = 1;
}
