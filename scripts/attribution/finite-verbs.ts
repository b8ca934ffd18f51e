// Builds src/lexicon/finite-verbs.json: the English word forms that are, read alone, a finite
// lexical verb — third-person present ("deserves", "cites") and irregular simple past ("saw",
// "went"; a regular "-ed" past is known by its ending) — from compromise's lexicon (MIT), where each
// word carries the one tag it most often has. Forms compromise tags as a noun first ("ranks",
// "shows") or as a participle are left out, so the list marks a verb where English usually does. The quote stage
// reads it to tell a reported clause ("said the rule deserves a vote") from a noun phrase.
// scripts/lexicon/build.ts writes it (`node dist/scripts/lexicon/build.js --only finite-verbs.json`)
// and `npm run lexicon:check` compares it with the committed file.
import nlp from "compromise";

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

/** finite-verbs.json: the forms with their source and licence. */
export function finiteVerbLexicon() {
  const { present, past } = finiteVerbForms();
  return {
    source:
      "compromise 14 lexicon (github.com/spencermountain/compromise): single-word entries tagged PresentTense (third person, ending in -s) or PastTense; built by scripts/attribution/finite-verbs.ts",
    licence: "compromise MIT; this file is part of Casefile (MIT)",
    present,
    past,
  };
}
