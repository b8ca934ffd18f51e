// Reported speech whose content is a verb's object and complement rather than a clause:
// accusation and blame ("X accused Y of Z", "X faulted Y for Z"; the guideline counts them as
// reported speech), appeals ("X urged Y to Z", "X called on Y to Z", "X encouraged Y to Z") and
// description ("X described Y as Z").

import { type Doc, tokenAtOrAfter } from "../../core/doc.js";
import accusation from "../../lexicon/accusation-verbs.json" with { type: "json" };
import { BE_FORMS, startsClause, SUBORDINATORS, subjectlessClauseSpeaker } from "./attribution.js";
import { isPunct, type SpeakerResolver, type Speaker } from "./speakers.js";
import { isLyAdverb } from "./speaker-words.js";

/** The preposition or particle each verb's complement opens with: the verbs that accuse or blame
 * (src/lexicon/accusation-verbs.json, from WordNet: "accused Y of", "faulted Y for", "condemned Y
 * for"), the verbs of appeal and "describe". */
const COMPLEMENT_OF: Record<string, string> = {
  urge: "to",
  encourage: "to",
  call: "to", // only as "called on Y to …"
  describe: "as", // "described the plan as reckless"
};

/** The forms of those verbs. */
const FORMS = new Map<string, string>();
for (const lemma of Object.keys(COMPLEMENT_OF))
  for (const suffix of ["", "s", "d", "ed", "ing"]) {
    const stem = suffix === "ing" || suffix === "ed" ? lemma.replace(/e$/, "") : lemma;
    FORMS.set(stem + suffix, lemma);
  }
for (const [lemma, verb] of Object.entries(accusation.verbs)) {
  COMPLEMENT_OF[lemma] = verb.preposition;
  for (const form of verb.forms) FORMS.set(form, lemma);
}

/** Every form `complementLemma` knows. */
export function complementForms(): Iterable<string> {
  return FORMS.keys();
}

/** The lemma of a complement cue's form ("accused" → "accuse"), or null. */
export function complementLemma(word: string): string | null {
  return FORMS.get(word) ?? null;
}

/** The preposition that opens the complement of a complement cue's form ("accused" → "of"), or null. */
export function complementPreposition(word: string): string | null {
  const lemma = FORMS.get(word);
  return lemma ? COMPLEMENT_OF[lemma] : null;
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
 * named as the speaker unless "by X" follows the verb ("was faulted by the auditors for …",
 * "Ann Roe, long reviled by the unions for …": the auditors, the unions).
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
    // (An adverbial clause ends the object: "rebuked Roe when she called for …" blames no one for it.)
    if ((isPunct(w) && w !== "'s" && w !== "’s") || SUBORDINATORS.has(w)) return null;
    p++;
  }
  if (p >= hi || resolver.word(p) !== prep || p + 1 >= hi) return null;
  // "to" must open an infinitive ("urged voters to stay"), not a place ("urged … to Paris").
  if (prep === "to" && isPunct(resolver.word(p + 1))) return null;
  // "blamed the mayor for the delays", "faulted Roe for not acting": blame is for a deed, told
  // as a gerund or a noun phrase that opens with a determiner; after a bare noun "for" may belong
  // to the object instead ("condemned the mayor's plan for new flats" condemns a plan).
  // Only the verbs that name a cause ("blamed the storm for the outage") take any noun after it.
  if (prep === "for" && !NAMES_CAUSE.has(lemma) && !reasonAt(resolver, p + 1)) return null;
  // ("being accused of …, she sued" is an adjunct, not a report.)
  if (resolver.word(k - 1) === "being") return null;
  const end = clauseAfterComma(doc, resolver, p, hi);
  // "was faulted by the auditors for …": the agent after "by" is the speaker, the content
  // opens with the preposition; so does a participle with no auxiliary ("Roe, reviled by
  // the unions for …").
  if (resolver.word(cueEnd) === "by" && p > cueEnd + 1 && !resolver.word(k).endsWith("ing")) {
    if (!(lemma in accusation.verbs)) return null;
    const by = BE_FORMS.has(resolver.word(k - 1)) ? k - 1 : k;
    return { cue: [by, cueEnd], content: p, end, speaker: resolver.resolvePhrase(cueEnd + 1, p, doc.tokens.start[k]) };
  }
  // "are urging people to …" is the active voice in progress; "were accused of" is passive.
  const passive = BE_FORMS.has(resolver.word(k - 1)) && !resolver.word(k).endsWith("ing");
  if (passive) {
    // ("was described as a loner" names no one who described.)
    if (lemma === "urge" || lemma === "call" || lemma === "encourage" || lemma === "describe") return null;
    return { cue: [k - 1, cueEnd], content: cueEnd, end, speaker: null };
  }
  // The active voice needs its object: "two men accused of spying" is a participle naming no one.
  if (p === cueEnd) return null;
  const w = resolver.word(k);
  // ("Having accused the council of waste, Tom Vale resigned": the main clause's subject.)
  let speaker = subjectlessClauseSpeaker(
    doc,
    resolver,
    k,
    end === null ? p : tokenAtOrAfter(doc, end),
    doc.tokens.start[k],
  );
  if (speaker) return { cue: [k, cueEnd], content: cueEnd, end, speaker };
  if (w.endsWith("ing")) speaker = resolver.sentenceSubject(lo, k, doc.tokens.start[k]);
  else {
    const subj = resolver.subjectBefore(k, lo);
    if (!subj) return null;
    speaker = resolver.resolvePhrase(subj[0], subj[1], doc.tokens.start[k]);
  }
  return { cue: [k, cueEnd], content: cueEnd, end, speaker };
}

/** The verbs of blame's own sense (WordNet: "put or pin the blame on"). */
const NAMES_CAUSE = new Set(["blame", "fault"]);

/** Words that open a noun phrase as a determiner or a possessive ("for the delays", "for his remarks"). */
const DETERMINERS = new Set([
  "the",
  "his",
  "her",
  "its",
  "their",
  "our",
  "your",
  "my",
  "this",
  "that",
  "these",
  "those",
]);

/** Whether the words at `k` tell a deed blamed: a gerund, after "not" or an adverb too ("for not acting", "for again refusing"), or a determined noun phrase. */
function reasonAt(resolver: SpeakerResolver, k: number): boolean {
  const w = resolver.word(k);
  if (DETERMINERS.has(w)) return true;
  const gerund = (x: string) => x.length > 4 && x.endsWith("ing");
  return (
    gerund(w) || ((w === "not" || w === "never" || w === "again" || isLyAdverb(w)) && gerund(resolver.word(k + 1)))
  );
}

/** The offset of a comma after `from` that a new clause follows ("… of fraud, the court heard"), or null. */
function clauseAfterComma(doc: Doc, resolver: SpeakerResolver, from: number, hi: number): number | null {
  for (let k = from; k < hi - 1; k++)
    if (resolver.word(k) === "," && startsClause(doc, resolver, k + 1, hi)) return doc.tokens.start[k];
  return null;
}
