// Trains the named-entity tagger on CoNLL-2003 eng.train, choosing the epoch by F1 on eng.testa,
// and writes models/ner.bin. eng.testb is not read here (see scripts/eval-ner.ts).
//
//   node dist/scripts/train-ner.js [--epochs N] [--bits B] [--seed S] [--no-train-gazetteer] [--out FILE]

import { writeFileSync } from "node:fs";
import nlp from "compromise";
import { projectPath } from "../src/core/paths.js";
import { prf } from "../src/extract/entities/tagger/conll.js";
import { readSplit, reportLines, scoreTagger } from "../src/extract/entities/tagger/evaluate.js";
import { Gazetteer, type GazCategory } from "../src/extract/entities/tagger/gazetteer.js";
import { handLists } from "../src/extract/entities/tagger/lexicon.js";
import { PerceptronTagger } from "../src/extract/entities/tagger/tagger.js";
import { train } from "../src/extract/entities/tagger/train.js";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

/** compromise's lexicon tags → our list categories (compromise is MIT licensed). */
const COMPROMISE_TAGS: Record<string, GazCategory> = {
  FirstName: "first-name",
  MaleName: "first-name",
  FemaleName: "first-name",
  LastName: "last-name",
  Country: "country",
  City: "city",
  Region: "region",
  Place: "region",
  Demonym: "nationality",
  Organization: "organization",
  SportsTeam: "sports-team",
  Person: "famous-person",
  Honorific: "title",
  Month: "calendar",
  WeekDay: "calendar",
};
const COMMON_TAGS = new Set(["Adjective", "Adverb", "Infinitive", "PastTense", "Gerund", "PresentTense", "Plural"]);

function baseGazetteer(): Gazetteer {
  const g = new Gazetteer();
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const [phrase, tags] of Object.entries(lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const cat = COMPROMISE_TAGS[tag];
      if (cat) g.add(phrase, cat);
      else if (COMMON_TAGS.has(tag) && !phrase.includes(" ")) g.add(phrase, "common-word");
    }
  }
  for (const [phrase, cat] of handLists()) g.add(phrase, cat);
  return g;
}

function main(): void {
  const epochs: [number, number] = [Number(arg("--epochs", "12")), Number(arg("--epochs2", "10"))];
  const bits = Number(arg("--bits", "20"));
  const seed = Number(arg("--seed", "1"));
  const out = arg("--out", projectPath("models", "ner.bin"));
  const t0 = performance.now();
  const trainDocs = readSplit("eng.train");
  const dev = readSplit("eng.testa");
  const model = train(trainDocs, baseGazetteer(), {
    bits,
    epochs,
    seed,
    folds: 5,
    trainGazetteer: !process.argv.includes("--no-train-gazetteer"),
    twoStage: !process.argv.includes("--one-stage"),
    log: (line) => console.log(`[${((performance.now() - t0) / 1000).toFixed(0)}s] ${line}`),
    evaluate: (m) => prf(scoreTagger(new PerceptronTagger(m), dev).overall()).f,
  });
  console.log(`chosen epochs ${model.header.epochs.join(", ")}; eng.testa:`);
  for (const line of reportLines(scoreTagger(new PerceptronTagger(model), dev))) console.log("  " + line);
  const bytes = model.serialize();
  writeFileSync(out, bytes);
  console.log(
    `wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB) in ${((performance.now() - t0) / 1000).toFixed(0)}s`,
  );
}

main();
