// Word forms that are, read alone, a finite lexical verb: third-person present ("deserves") and
// irregular past ("saw"), from src/lexicon/finite-verbs.json (built from compromise's lexicon by
// scripts/attribution/finite-verbs.ts). A regular past of five letters or more is known by its "-ed";
// one of four ("died", "sued") is listed.

import finiteVerbs from "../../lexicon/finite-verbs.json" with { type: "json" };
import { CLOSED_CLASS, COMMON_NAME_PARTS, COMMON_WORDS } from "../entities/lexicon.js";
import { WordShapes } from "./word-shapes.js";

const PRESENT_FORMS = new Set(finiteVerbs.present);
const FINITE_VERB_FORMS = new Set([...finiteVerbs.present, ...finiteVerbs.past]);
/** Most words are no finite form, and are known to be none without a lookup in `FINITE_VERB_FORMS`. */
const FINITE_SHAPES = new WordShapes(FINITE_VERB_FORMS);

/** A third-person present or irregular past that is usually a verb ("deserves", "saw"). */
export function isFiniteVerbForm(word: string): boolean {
  return FINITE_SHAPES.mayHold(word) && FINITE_VERB_FORMS.has(word);
}

/** A third-person present that is usually a verb ("deserves", "votes"). */
export function isPresentVerbForm(word: string): boolean {
  return PRESENT_FORMS.has(word);
}

/** An irregular past that is usually a verb and no present as well ("saw", "brought"; not "sets"). */
export function isIrregularPastForm(word: string): boolean {
  return FINITE_VERB_FORMS.has(word) && !PRESENT_FORMS.has(word);
}

/** A verb's base form, known by its third-person present: "make" (makes), "face" (faces), "deny" (denies). */
export function isBaseVerbForm(word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  return (
    PRESENT_FORMS.has(word + "s") ||
    PRESENT_FORMS.has(word + "es") ||
    (/[^aeiou]y$/.test(word) && PRESENT_FORMS.has(word.slice(0, -1) + "ies"))
  );
}

const PAST_FORMS = new Set(finiteVerbs.past);

/**
 * A word that reads as a participle opening a clause: a common English word (SCOWL) ending in
 * "-ed" or "-ing" that is no part of people's names and no preposition ("asked", "pressed",
 * "speaking"; not "Sterling", "during"), or an irregular past ("told").
 */
export function isParticipleForm(word: string): boolean {
  if (PAST_FORMS.has(word)) return true;
  return (
    /^[a-z]{2,}(?:ed|ing)$/.test(word) &&
    COMMON_WORDS.has(word) &&
    !COMMON_NAME_PARTS.has(word) &&
    !CLOSED_CLASS.has(word)
  );
}

/**
 * "under what Tom Vale called “a fair deal”", "what the firm announced": the verb at `verb` heads a
 * free relative, a clause opened by "what" (at or after `from`, within eight words) that names a
 * thing inside another clause. A date opening the sentence before it is the main verb's.
 */
export function inWhatClause(words: readonly string[], verb: number, from: number): boolean {
  for (let k = verb - 1; k >= Math.max(from, verb - 8); k--) if (words[k] === "what") return true;
  return false;
}

/**
 * A lower-case "-ing" word that can open a participle clause ("waving", "pointing"), with at least
 * `stem` letters before its "-ing"; "-thing" words are nouns.
 */
export function isIngOpener(word: string, stem = 2): boolean {
  return /^\p{Ll}+ing$/u.test(word) && [...word].length >= stem + 3 && !word.endsWith("thing");
}
