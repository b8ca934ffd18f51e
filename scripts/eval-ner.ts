// Scores a trained NER model: CoNLL-2003 eng.testb (the reported figure; never used for
// training or tuning), eng.testa (the tuning set) and wikigold (out of domain).
//
//   node dist/scripts/eval-ner.js [--model FILE] [--sentences-only]

import { projectPath } from "../src/core/paths.js";
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
    for (const line of reportLines(scoreTagger(tagger, readConll(parts), sentencesOnly))) console.log("  " + line);
  }
}

try {
  main();
} catch (err) {
  console.error(`eval-ner: ${(err as Error).message}`);
  process.exitCode = 1;
}
