// Reported speech whose content is a verb's object and complement rather than a clause:
// accusation and blame ("X accused Y of Z", "X blamed Y for Z"; the guideline counts them as
// reported speech) and appeals ("X urged Y to Z", "X called on Y to Z", "X encouraged Y to Z").

import type { Doc } from "../../core/doc.js";
import { BE_FORMS, startsClause } from "./attribution.js";
import { isPunct, type SpeakerResolver, type Speaker } from "./speakers.js";

/** The preposition or particle each verb's complement opens with. */
const COMPLEMENT_OF: Record<string, string> = {
  accuse: "of",
  blame: "for",
  urge: "to",
  encourage: "to",
  call: "to", // only as "called on Y to …"
};

/** The forms of those verbs. */
const FORMS = new Map<string, string>();
for (const lemma of Object.keys(COMPLEMENT_OF))
  for (const suffix of ["", "s", "d", "ed", "ing"]) {
    const stem = suffix === "ing" || suffix === "ed" ? lemma.replace(/e$/, "") : lemma;
    FORMS.set(stem + suffix, lemma);
  }

/** Every form `complementLemma` knows. */
export function complementForms(): Iterable<string> {
  return FORMS.keys();
}

/** The lemma of a complement cue's form ("accused" → "accuse"), or null. */
export function complementLemma(word: string): string | null {
  return FORMS.get(word) ?? null;
}

export interface Complement {
  /** First and last (exclusive) token of the cue ("accused", "is accused", "called on"). */
  cue: [number, number];
  /** First token of the reported content. */
  content: number;
  /** End offset of the content, when a new clause after a comma ends it before the sentence does. */
  end: number | null;
  speaker: Speaker | null;
}

/**
 * The complement cue at token `k`, or null. The content runs from the word
 * after the cue: "the mayor of misleading the council" for "accused the mayor of misleading the
 * council"; in the passive it opens with the preposition ("was accused of …") and no one is
 * named as the speaker unless "by X" follows the verb.
 */
export function complementAt(
  doc: Doc,
  resolver: SpeakerResolver,
  k: number,
  lo: number,
  hi: number,
): Complement | null {
  const lemma = complementLemma(resolver.word(k));
  if (!lemma) return null;
  const prep = COMPLEMENT_OF[lemma];
  let cueEnd = k + 1;
  if (lemma === "call") {
    if (resolver.word(k + 1) !== "on" && resolver.word(k + 1) !== "upon") return null;
    cueEnd = k + 2;
  }
  // The object before the preposition: up to eight words with no punctuation but a possessive.
  let p = cueEnd;
  while (p < hi && p - cueEnd <= 8 && resolver.word(p) !== prep) {
    const w = resolver.word(p);
    if (isPunct(w) && w !== "'s" && w !== "’s") return null;
    p++;
  }
  if (p >= hi || resolver.word(p) !== prep || p + 1 >= hi) return null;
  // "to" must open an infinitive ("urged voters to stay"), not a place ("urged … to Paris").
  if (prep === "to" && isPunct(resolver.word(p + 1))) return null;
  // ("being accused of …, she sued" is an adjunct, not a report.)
  if (resolver.word(k - 1) === "being") return null;
  // "are urging people to …" is the active voice in progress; "were accused of" is passive.
  const passive = BE_FORMS.has(resolver.word(k - 1)) && !resolver.word(k).endsWith("ing");
  if (passive) {
    if (lemma === "urge" || lemma === "call" || lemma === "encourage") return null;
    return { cue: [k - 1, cueEnd], content: cueEnd, end: clauseAfterComma(doc, resolver, p, hi), speaker: null };
  }
  // The active voice needs its object: "two men accused of spying" is a participle naming no one.
  if (p === cueEnd) return null;
  const w = resolver.word(k);
  let speaker: Speaker | null;
  if (w.endsWith("ing")) speaker = resolver.sentenceSubject(lo, k, doc.tokens.start[k]);
  else {
    const subj = resolver.subjectBefore(k, lo);
    if (!subj) return null;
    speaker = resolver.resolvePhrase(subj[0], subj[1], doc.tokens.start[k]);
  }
  return { cue: [k, cueEnd], content: cueEnd, end: clauseAfterComma(doc, resolver, p, hi), speaker };
}

/** The offset of a comma after `from` that a new clause follows ("… of fraud, the court heard"), or null. */
function clauseAfterComma(doc: Doc, resolver: SpeakerResolver, from: number, hi: number): number | null {
  for (let k = from; k < hi - 1; k++)
    if (resolver.word(k) === "," && startsClause(doc, resolver, k + 1, hi)) return doc.tokens.start[k];
  return null;
}
