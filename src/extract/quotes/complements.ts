// Reported speech whose content is a verb's object and complement rather than a clause:
// accusation and blame ("X accused Y of Z", "X faulted Y for Z"; the guideline counts them as
// reported speech), appeals ("X urged Y to Z", "X called on Y to Z", "X encouraged Y to Z"),
// description ("X described Y as Z") and promises ("X vowed to Z").

import { type Doc, isUpperCode, tokenAtOrAfter } from "../../core/doc.js";
import accusation from "../../lexicon/accusation-verbs.json" with { type: "json" };
import {
  BE_FORMS,
  PRONOUN_OR_DETERMINER,
  startsClause,
  SUBORDINATORS,
  subjectlessClauseSpeaker,
} from "./attribution.js";
import { CLOSED_CLASS } from "../entities/lexicon.js";
import { describingForms, promisingForms } from "./cues.js";
import { isPunct, type SpeakerResolver, type Speaker } from "./speakers.js";
import { FINITE_HINTS, isLyAdverb } from "./speaker-words.js";
import { isBaseVerbForm, isFiniteVerbForm, isPresentVerbForm } from "./verb-forms.js";

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

/**
 * The verbs of saying PolNeAR's annotators found describing their object with "as" ("portrayed the
 * levy as a tax on jobs", "dismissed the report as a smear"; src/lexicon/speech-cues.json), by
 * form: their "as" phrase is a complement beside any other they take ("denounced the mayor for …").
 */
const DESCRIBING = describingForms();

/** The verbs that report a promise as the to-infinitive after them, by form (`promisingForms`). */
const PROMISING = promisingForms();

/** Every form `complementAt` reads. */
export function complementForms(): Iterable<string> {
  return [...FORMS.keys(), ...DESCRIBING.keys(), ...PROMISING.keys()];
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
  const w = resolver.word(k);
  if (PROMISING.has(w)) return promiseAt(doc, resolver, k, lo, hi);
  const lemma = complementLemma(w);
  const found = lemma ? complementWith(doc, resolver, k, lo, hi, lemma, COMPLEMENT_OF[lemma]) : null;
  const describing = DESCRIBING.get(w);
  if (found || !describing || (lemma && COMPLEMENT_OF[lemma] === "as")) return found;
  return complementWith(doc, resolver, k, lo, hi, describing, "as");
}

/** `complementAt` for the verb at `k` of `lemma`, its complement opening with `prep`. */
function complementWith(
  doc: Doc,
  resolver: SpeakerResolver,
  k: number,
  lo: number,
  hi: number,
  lemma: string,
  prep: string,
): Complement | null {
  let cueEnd = k + 1;
  // ("referred to the mayor as a friend": the verb's own preposition is the cue's.)
  if (prep === "as" && resolver.word(cueEnd) === "to") cueEnd++;
  // "called the plan a disgrace": naming, with no preposition; the predicate stands where it would.
  const naming = lemma === "call" && resolver.word(k + 1) !== "on" && resolver.word(k + 1) !== "upon";
  if (lemma === "call" && !naming) cueEnd = k + 2;
  // The object before the preposition: up to eight words with no punctuation but a possessive.
  let p = naming ? namedPredicate(doc, resolver, cueEnd, hi) : cueEnd;
  while (!naming && p < hi && p - cueEnd <= 8 && resolver.word(p) !== prep) {
    const w = resolver.word(p);
    // (An adverbial clause ends the object: "rebuked Roe when she called for …" blames no one for it.)
    if ((isPunct(w) && w !== "'s" && w !== "’s") || SUBORDINATORS.has(w)) return null;
    p++;
  }
  if (p < 0 || p >= hi || p + 1 >= hi || (!naming && resolver.word(p) !== prep)) return null;
  // "to" must open an infinitive ("urged voters to stay"), not a place ("urged … to Paris").
  if (prep === "to" && isPunct(resolver.word(p + 1))) return null;
  if (prep === "as" && !describesAt(doc, resolver, p + 1, hi)) return null;
  // ("the crowds denouncing the mayor grew louder as …": after a participle, which may qualify the
  // noun before it, the main clause's verb ends the object; a form in -s may be a plural noun,
  // "parties". After a finite verb the object may hold a clause: "cited remarks he had made as …".)
  if (prep === "as" && resolver.word(k).endsWith("ing"))
    for (let j = cueEnd; j < p; j++)
      if (finiteVerbAt(doc, resolver, j) && !isPresentVerbForm(resolver.word(j))) return null;
  // ("denounced the raid and described it as …": a second verb after "and" has an object of its own.)
  if (prep === "as")
    for (let j = cueEnd; j + 1 < p; j++)
      if (
        CONJUNCTIONS.has(resolver.word(j)) &&
        (finiteVerbAt(doc, resolver, j + 1) || /^\p{Ll}{3,}ed$/u.test(resolver.word(j + 1)))
      )
        return null;
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
    if (lemma === "urge" || lemma === "call" || lemma === "encourage" || prep === "as") return null;
    return { cue: [k - 1, cueEnd], content: cueEnd, end, speaker: null };
  }
  // The active voice needs its object: "two men accused of spying" is a participle naming no one.
  if (p === cueEnd) return null;
  return activeComplement(doc, resolver, k, cueEnd, lo, p, end);
}

/**
 * The complement of the active verb at `k` (its cue ending at `cueEnd`), the content running from
 * `cueEnd` past `p` to `end` or the sentence's end, credited to the verb's subject; null when it has none.
 */
function activeComplement(
  doc: Doc,
  resolver: SpeakerResolver,
  k: number,
  cueEnd: number,
  lo: number,
  p: number,
  end: number | null,
): Complement | null {
  // ("Having accused the council of waste, Tom Vale resigned": the main clause's subject.)
  let speaker = subjectlessClauseSpeaker(
    doc,
    resolver,
    k,
    end === null ? p : tokenAtOrAfter(doc, end),
    doc.tokens.start[k],
  );
  if (speaker) return { cue: [k, cueEnd], content: cueEnd, end, speaker };
  // ("…, urging voters to …": a participle's subject is the sentence's; "Tom Vale is urging" has its own.)
  if (resolver.word(k).endsWith("ing") && !BE_FORMS.has(resolver.word(k - 1)))
    speaker = resolver.sentenceSubject(lo, k, doc.tokens.start[k]);
  else {
    const subj = resolver.subjectBefore(k, lo);
    if (!subj) return null;
    speaker = resolver.resolvePhrase(subj[0], subj[1], doc.tokens.start[k]);
  }
  return { cue: [k, cueEnd], content: cueEnd, end, speaker };
}

/** Infinitives that `isBaseVerbForm` cannot tell by a present in -s: "vowed to be", "pledged to have". */
const IRREGULAR_BASES = new Set(["be", "have"]);

/**
 * A promise told as its to-infinitive: "Ann Roe vowed to fight the levy", "…, pledging not to raise
 * fares": the content is the infinitive, from its "to" (the negation before it too) to the
 * sentence's end or where the infinitive ends (`infinitiveEnd`), credited to the verb's subject.
 * Not "promised to the voters" (no verb after "to"), nor the passive ("was promised to"), nor an
 * object before the infinitive ("promised voters to …" is read nowhere here), nor a thing's
 * likelihood ("The match promised to be close").
 */
function promiseAt(doc: Doc, resolver: SpeakerResolver, k: number, lo: number, hi: number): Complement | null {
  // ("is promising to …" is the active voice in progress.)
  const passive = BE_FORMS.has(resolver.word(k - 1)) && !resolver.word(k).endsWith("ing");
  if (passive || resolver.word(k - 1) === "being") return null;
  const content = k + 1;
  let to = content;
  if (NEGATIONS.has(resolver.word(to))) to++;
  if (resolver.word(to) !== "to") return null;
  let verb = to + 1;
  if (NEGATIONS.has(resolver.word(verb)) || isLyAdverb(resolver.word(verb))) verb++;
  if (verb + 1 >= hi || !infinitiveAt(doc, resolver, verb)) return null;
  const after = clauseAfterComma(doc, resolver, verb, hi);
  const own = infinitiveEnd(doc, resolver, verb + 1, hi);
  const end = after === null ? own : own === null ? after : Math.min(after, own);
  const found = activeComplement(doc, resolver, k, content, lo, verb, end);
  // ("The match promised to be close": a thing that promises to be something is likely to be it.)
  if (found && resolver.word(verb) === "be" && !found.speaker?.entity) return null;
  return found;
}

/**
 * Whether the word at `k`, after "to", opens an infinitive ("to fight", "to be") rather than a noun
 * phrase ("to the voters", "to them", "to Ann Roe", "to supporters"): a lower-case word that is no
 * determiner, pronoun or closed-class word, and no plural unless it is a verb's base form.
 */
function infinitiveAt(doc: Doc, resolver: SpeakerResolver, k: number): boolean {
  const w = resolver.word(k);
  if (isUpperCode(doc.text.charCodeAt(doc.tokens.start[k])) || !/^\p{Ll}+$/u.test(w)) return false;
  if (DETERMINERS.has(w) || NAMED_PRONOUNS.has(w) || PRONOUN_OR_DETERMINER.has(w) || CLOSED_CLASS.has(w)) return false;
  return isBaseVerbForm(w) || IRREGULAR_BASES.has(w) || !/[^s]s$/.test(w);
}

const NEGATIONS = new Set(["not", "never"]);

/**
 * The offset where a promise's infinitive, its words from token `from` on, gives way to the rest of
 * its sentence, or null: a finite verb after "and", "but" or a comma is the subject's next predicate
 * ("vowed to cut the levy and won the vote", "…, opposed the pier"), and a participle or a
 * subordinate clause after a comma is an adjunct of the promise ("…, reversing a pledge", "…, after
 * she lost"), and a conjunction and a clause after a comma is a new sentence's part ("…, and Tom Vale
 * is promising …"). A base form goes on with the infinitive ("to cut the levy and build a pier").
 */
function infinitiveEnd(doc: Doc, resolver: SpeakerResolver, from: number, hi: number): number | null {
  for (let j = from; j < hi - 1; j++) {
    const w = resolver.word(j);
    if (w !== "," && !CONJUNCTIONS.has(w)) continue;
    const next = resolver.word(j + 1);
    const finite =
      FINITE_HINTS.has(next) || isFiniteVerbForm(next) || (/^\p{Ll}{3,}ed$/u.test(next) && !next.endsWith("eed"));
    if (finite && !isUpperCode(doc.text.charCodeAt(doc.tokens.start[j + 1]))) return doc.tokens.start[j];
    if (w === "," && (SUBORDINATORS.has(next) || /^\p{Ll}{3,}ing$/u.test(next))) return doc.tokens.start[j];
    if (w === "," && CONJUNCTIONS.has(next) && startsClause(doc, resolver, j + 2, hi)) return doc.tokens.start[j];
  }
  return null;
}

/** Object pronouns that "call" names: "called him a fraud", "called itself a movement". */
const NAMED_PRONOUNS = new Set("him her them it us me you himself herself themselves itself".split(" "));

/** Nouns after "a" that tell a time or a count, not what the object is: "called her a few times", "called it a day". */
const NOT_NAMING = new Set(
  "few second third couple number day night week month year lot bit while dozen half total".split(" "),
);

/**
 * Where the predicate of "call" naming its object starts, the object opening at `k`, or -1: "called
 * him a fraud", "called Tom Vale a liar", "called the levy a disgrace", "called it the worst deal":
 * the object is a pronoun, a name or a short noun phrase after a determiner, and the predicate opens
 * with "a" or "an", or with "the" and a superlative. "called the police", "called a vote", "called
 * her a few times", "called it a day" name nothing.
 */
function namedPredicate(doc: Doc, resolver: SpeakerResolver, k: number, hi: number): number {
  const capital = (j: number) => isUpperCode(doc.text.charCodeAt(doc.tokens.start[j]));
  let p = k;
  if (NAMED_PRONOUNS.has(resolver.word(k))) p = k + 1;
  else if (capital(k)) while (p < hi && p - k < 3 && capital(p)) p++;
  else if (DETERMINERS.has(resolver.word(k)))
    for (p = k + 1; p < hi && p - k <= 3 && /^\p{Ll}+$/u.test(resolver.word(p)) && !predicateOpens(resolver, p); p++);
  if (p === k || p + 1 >= hi || !predicateOpens(resolver, p)) return -1;
  return p;
}

/** Superlatives not in "-est", and "only": "the worst deal", "the most cynical move", "the only choice". */
const SUPERLATIVES = new Set(["worst", "most", "least", "only"]);

/** Whether a predicate noun phrase of naming opens at `p`: "a fraud", "an insult", "the worst deal". */
function predicateOpens(resolver: SpeakerResolver, p: number): boolean {
  const w = resolver.word(p);
  const next = resolver.word(p + 1);
  if (w === "a" || w === "an") return /^\p{Ll}/u.test(next) && !NOT_NAMING.has(next);
  return w === "the" && (/^\p{Ll}+est$/u.test(next) || SUPERLATIVES.has(next));
}

/** Words after which "as" compares or tells a time or manner ("as well", "as soon as", "as if"): it describes nothing. */
const AS_NOT_DESCRIBING = new Set(
  "well soon long far much many if though of usual such recently early late expected".split(" "),
);

/**
 * Whether the words at `k`, after an object's "as", say what the object is ("dismissed the report
 * as a smear"), not when or how something happened: no comparison or conjunction ("praised the
 * crew as well", "hailed the crew as if …"), no clause of its own ("hailed the crew as they left",
 * "praised the crew as the storm hit").
 */
function describesAt(doc: Doc, resolver: SpeakerResolver, k: number, hi: number): boolean {
  const w = resolver.word(k);
  if (k >= hi || isPunct(w) || AS_NOT_DESCRIBING.has(w) || /^(?:he|she|they|it|we|i|you|there)$/.test(w)) return false;
  // (A verb after "and" is the subject's second predicate: "describes himself as frugal and has said …".)
  for (let j = k + 1; j < Math.min(hi, k + 3) && !CONJUNCTIONS.has(resolver.word(j)); j++)
    if (finiteVerbAt(doc, resolver, j)) return false;
  return true;
}

const CONJUNCTIONS = new Set(["and", "or", "but"]);

/** A lower-case auxiliary, modal or finite lexical verb at `k` ("was", "grew", "leaves"). */
function finiteVerbAt(doc: Doc, resolver: SpeakerResolver, k: number): boolean {
  const w = resolver.word(k);
  return !isUpperCode(doc.text.charCodeAt(doc.tokens.start[k])) && (FINITE_HINTS.has(w) || isFiniteVerbForm(w));
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
