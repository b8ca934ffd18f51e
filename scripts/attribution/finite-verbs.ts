// Builds src/lexicon/finite-verbs.json: the English word forms that are, read alone, a finite
// lexical verb — third-person present ("deserves", "cites") and irregular simple past ("saw",
// "went"; a regular "-ed" past is known by its ending) — from compromise's lexicon (MIT), where each
// word carries the one tag it most often has. Forms compromise tags as a noun first ("ranks",
// "shows") or as a participle are left out, so the list marks a verb where English usually does. The quote stage
// reads it to tell a reported clause ("said the rule deserves a vote") from a noun phrase.
//   npx tsc -p tsconfig.json && node dist/scripts/attribution/finite-verbs.js && npx tsc -p tsconfig.json
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import { projectRoot } from "../../src/core/paths.js";
import { isMain } from "../lib/main.js";

export function finiteVerbForms(): { present: string[]; past: string[] } {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const present: string[] = [];
  const past: string[] = [];
  for (const [word, tag] of Object.entries(lexicon)) {
    // Single words of letters only; a phrasal verb's entry ("gave up") is two words.
    if (typeof tag !== "string" || !/^[a-z]+$/.test(word)) continue;
    if (tag === "PresentTense" && word.endsWith("s") && word.length > 3) present.push(word);
    // (A regular past in -ed is read as one by its ending; only the irregular ones are listed.)
    else if (tag === "PastTense" && word.length > 2 && !word.endsWith("ed")) past.push(word);
  }
  return { present: present.sort(), past: past.sort() };
}

if (isMain(import.meta.url)) {
  const { present, past } = finiteVerbForms();
  const out = {
    source:
      "compromise 14 lexicon (github.com/spencermountain/compromise): single-word entries tagged PresentTense (third person, ending in -s) or PastTense; built by scripts/attribution/finite-verbs.ts",
    licence: "compromise MIT; this file is part of Casefile (MIT)",
    present,
    past,
  };
  const path = join(projectRoot(), "src", "lexicon", "finite-verbs.json");
  writeFileSync(path, JSON.stringify(out, null, 1) + "\n");
  console.log(`${path}: ${present.length} present, ${past.length} past forms`);
}
