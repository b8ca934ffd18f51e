// What direct, mixed and indirect quotations share: the attribution record, a cue's speaker
// (its subject, an inverted name, "according to X"), and small readers of the token stream.

import type { Doc } from "../../core/doc.js";
import { isUpperCode, tokenAtOrAfter, sentenceOf } from "../../core/doc.js";
import type { QuoteKind, TextSpan } from "../../core/schema.js";
import { speechLemma } from "./cues.js";
import { isBaseVerbForm, isFiniteVerbForm } from "./verb-forms.js";
import { type QuoteSpan } from "./marks.js";
import { isPunct, SpeakerResolver, type Speaker } from "./speakers.js";
import { ADDRESS_TITLES } from "../entities/lexicon.js";
import {
  DETERMINERS,
  FINITE_HINTS,
  INVERTING_LEMMAS,
  isLyAdverb,
  MONTHS,
  PREPOSITIONS,
  PRONOUNS,
  SUBJECT_ENDERS,
  TIME_NOUNS,
  WEEKDAYS,
} from "./speaker-words.js";

export interface Attribution {
  speaker: Speaker | null;
  cue: TextSpan | null;
  /** Token index of the cue verb. */
  cueToken: number;
  side: "left" | "right" | "label";
}

export interface Draft {
  span: QuoteSpan;
  kind: QuoteKind;
  start: number;
  end: number;
  attribution: Attribution | null;
  /** Inherits its speaker from the quotation before it (continuation, split quote). */
  inherits: boolean;
}

export const DETERMINER_BEFORE = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "his",
  "her",
  "its",
  "their",
  "our",
  "whose",
]);
export const BE_FORMS = new Set(["was", "were", "been", "be", "being", "is", "are"]);
export const CLAUSE_OPENERS = new Set(["that"]);

/**
 * Text that ends with a comma and a closing quotation mark (two apostrophes in copy that writes
 * the mark so, ",''"): the quotation hands over to what follows.
 */
export const COMMA_HANDOVER = /,\s*["”’'″]{1,2}\s*$/;

/**
 * Offset of the comma that opens a trailing attribution (", its chair has said"), else of the cue.
 * `lo` is the first word after a closing mark: when the comma stands inside the marks ('The fee was
 * “a scandal,” she said.'), the attribution opens at `lo`, its subject.
 */
export function attributionStart(doc: Doc, resolver: SpeakerResolver, lo: number, cue: number): number {
  for (let k = cue - 1; k >= lo; k--) if (resolver.word(k) === ",") return doc.tokens.start[k];
  const at = Math.min(lo, cue);
  return COMMA_HANDOVER.test(doc.text.slice(Math.max(0, doc.tokens.start[at] - 6), doc.tokens.start[at]))
    ? doc.tokens.start[at]
    : doc.tokens.start[cue];
}

/** `end` moved back over trailing spaces and sentence punctuation, not past `start`. */
export function trimEnd(text: string, start: number, end: number): number {
  for (;;) {
    while (end > start && /[\s.,;:!?]/.test(text[end - 1])) end--;
    // ("(On Monday she said the pier would close.)": a closing parenthesis the content did not open
    // is the sentence's, not part of what was said.)
    if (end > start && text[end - 1] === ")" && text.lastIndexOf("(", end - 1) < start) end--;
    else return end;
  }
}

/** The speaker of a cue found before a quotation: its subject, or an inverted name after it. */
export function speakerOfCue(
  doc: Doc,
  resolver: SpeakerResolver,
  cue: number,
  cueEnd: number,
  lo: number,
  hi: number,
  lemma: string,
): Speaker | null {
  const before = doc.tokens.start[cue];
  if (lemma === "according") {
    const np = resolver.accordingSource(cueEnd, hi);
    return np ? resolver.resolvePhrase(np[0], np[1], before) : null;
  }
  // "The court heard that …": the subject is the hearer, and the speaker goes unnamed.
  if (lemma === "hear") return null;
  // Passive ("were … accused of", "was described as"): the subject is not the speaker.
  const prevWord = resolver.word(cue - 1);
  const nextWord = resolver.word(cueEnd);
  // ("is telling", "was calling" are the active voice in progress.)
  const passive = BE_FORMS.has(prevWord) && !resolver.word(cue).endsWith("ing");
  // ("said of the plan", "writes of her rival" are active: only an accusation's "of" names the accused.)
  // ("were arrested and accused of theft" leaves the accuser unnamed; "called him weak and accused
  // him of lying" is the active verb of the sentence's subject, read as any coordinated cue.)
  const accusedOf = nextWord === "of" && ACCUSING.has(lemma);
  // 'The “golden era” declared by Tom Vale in 2015 has soured', 'the plan, described by Ann Roe as
  // “a disaster”,': a past participle with its agent after "by" reduces a passive relative clause,
  // and the agent speaks (not "said by phone": the agent must name someone).
  const agent = passive ? null : resolver.passiveAgent(cue, hi, before);
  if (agent) return agent;
  if (passive || accusedOf) {
    if (nextWord === "by") {
      const np = resolver.phraseStartingAt(cueEnd + 1, hi);
      return np ? resolver.resolvePhrase(np[0], np[1], before) : null;
    }
    return null;
  }
  // "The Post quoted Ann Roe as saying …": the one cited speaks, not the subject who cites.
  const cited = resolver.citedSpeaker(cue, lo);
  if (cited) return resolver.resolveSubject(cited, lo, before);
  const sentenceFirst = sentenceOf(doc, cue).firstToken;
  // 'Vale called the plan weak. Adding: “It will not last.”': a participle opening its sentence
  // with no subject carries on the speaker just reported (the last quoted, else the subject of
  // the sentence before in the same paragraph).
  if (cue === sentenceFirst && resolver.word(cue).endsWith("ing") && (nextWord === "," || nextWord === ":"))
    return openingParticipleSpeaker(doc, resolver, cue, before);
  // 'Asked about the delay, Ann Roe shrugged: “…”': a past participle opening its sentence heads a
  // passive clause cut short, whose subject is the main clause's: the one asked, who answers.
  if (cue === sentenceFirst && resolver.word(cue).endsWith("ed")) {
    const answerer = mainClauseSubject(resolver, cueEnd, hi, before);
    if (answerer) return answerer;
  }
  const main = subjectlessClauseSpeaker(doc, resolver, cue, cueEnd, before);
  if (main) return main;
  // "…, going on to say that …", "…, refusing to say whether …": an infinitive under a participle
  // reports what the participle does, the sentence's subject.
  const underParticiple =
    prevWord === "to" &&
    [cue - 2, cue - 3].some(
      (i) => i > sentenceFirst && resolver.word(i).endsWith("ing") && resolver.word(i - 1) === ",",
    );
  // (The comma may stand inside a closing quotation mark: 'said on “Morning Hour,” adding, …'.)
  // ('…, having referred to him as “a reformer”': a perfect participle is read at its "having".)
  const at = prevWord === "having" && cue - 1 > sentenceFirst ? cue - 1 : cue;
  const before1 = resolver.word(at - 1);
  const afterComma = before1 === "," || (QUOTE_MARK_TOKEN.test(before1) && resolver.word(at - 2) === ",");
  // A participle ("…, saying it showed", "issued a statement insisting that") reports its sentence's subject.
  if (underParticiple || (resolver.word(at).endsWith("ing") && (afterComma || !startsWithName(doc, resolver, at)))) {
    // '“…,” the paper wrote, adding, “…”': the speaker already credited in this sentence.
    const credited = resolver.sentenceSpeaker(doc.tokens.sentence[cue]);
    if (credited && (credited.entity || credited.name) && (afterComma || underParticiple)) return credited;
    // "…, with some analysts saying prices would fall": the participle's subject follows "with".
    const absolute = withSubject(resolver, at, sentenceFirst);
    if (absolute) return resolver.resolvePhrase(absolute[0], absolute[1], before);
    const saying = parentheticalSpeaker(doc, resolver, sentenceFirst, at, before);
    if (saying) return saying;
    const inner = afterComma ? clauseSubjectBefore(resolver, sentenceFirst, at, before) : null;
    if (inner) return inner;
    const subject = resolver.participleSubject(sentenceFirst, at, before);
    if (subject?.entity || subject?.name) return subject;
    // "In March, several charities wrote to the council, saying …": after its comma the participle
    // still reports the subject, named or not, and never the phrase before the comma ("In March").
    if (subject && afterComma) return subject;
  }
  const subj = resolver.subjectBefore(cue, lo);
  if (subj) return resolver.resolveSubject(subj, lo, before);
  // "…, said Dominic Murphy: “…”" — an inverted subject after a cue that opens its clause.
  const np = resolver.phraseStartingAt(cueEnd, hi);
  const opensClause = cue === lo || isPunct(prevWord);
  if (np && opensClause && isUpperCode(doc.text.charCodeAt(doc.tokens.start[np[0]])))
    return resolver.resolvePhrase(np[0], np[1], before);
  // '“It is a hard race,” said the governor, “but we can win.”': a phrase after the cue that the
  // quotation before already took for its inverted attribution was resolved there (a description
  // too), and it credits the rest of the split quotation.
  const credited = np && opensClause ? resolver.sentenceSpeaker(doc.tokens.sentence[cue]) : null;
  if (credited?.mention && np && credited.mention.start === doc.tokens.start[np[0]]) return credited;
  // A coordinated verb with no subject of its own ("… and said"): the sentence subject.
  if (prevWord === "and" || prevWord === "but") {
    const sentence = sentenceOf(doc, cue);
    const first = tokenAtOrAfter(doc, sentence.start);
    for (let k = first; k < cue; k++) {
      const sp = resolver.resolvePhrase(k, Math.min(k + 4, cue), before);
      if (sp?.entity) return sp;
    }
  }
  return null;
}

/** Words that end a phrase after "with" before a participle: it is then no absolute's subject. */
const NOT_IN_ABSOLUTE = new Set(
  "by while after before when since without for from to in on at into about upon through".split(" "),
);

/**
 * The tokens of the subject of an absolute "with" construction ending at a participle cue ("the
 * deal led the news, with some analysts saying …", "with Ann Roe insisting …"): the words between
 * "with" and the cue (less an adverb before it), a short phrase with no punctuation. Null when
 * "with" does not head them.
 */
export function withSubject(resolver: SpeakerResolver, cue: number, first: number): [number, number] | null {
  // ("with Ann Roe reportedly saying": not the adverb before the participle.)
  // ("with Ann Kelly saying": a capitalised word is a name's.)
  const end = isLyAdverb(resolver.word(cue - 1)) && !resolver.capital(cue - 1) ? cue - 1 : cue;
  for (let k = end - 1; k > first && cue - k <= 10; k--) {
    const w = resolver.word(k);
    if (w === "with") return k + 1 < end ? [k + 1, end] : null;
    // (Not a phrase a preposition or subordinator ends: "a match with Brazil by saying", "a feud
    // with Ann Roe after writing".)
    if ((isPunct(w) && !resolver.isAbbreviationDot(k)) || NOT_IN_ABSOLUTE.has(w)) return null;
  }
  return null;
}

/**
 * Whether the cue at token `cue` heads an opening clause with no subject of its own, whose speaker
 * is the main clause's subject after the clause's comma: after an opener ('Having announced that
 * he would not run, Tom Vale left', 'Since saying in May that …, Ann Roe has …'), or as a
 * participle opening the sentence ('Noting that fares had risen, Paul Reed said …'), unless a
 * comma or colon follows it at once ('Adding: “…”' carries on the speaker before).
 */
export function opensSubjectlessClause(doc: Doc, resolver: SpeakerResolver, cue: number): boolean {
  if (resolver.opensSubjectlessAdjunct(cue)) return true;
  const next = resolver.word(cue + 1);
  return cue === sentenceOf(doc, cue).firstToken && resolver.word(cue).endsWith("ing") && next !== "," && next !== ":";
}

/**
 * The speaker of a cue heading a subjectless opening clause (`opensSubjectlessClause`): the named
 * subject after a comma from `from` ("Noting that fares had risen, Paul Reed said …" → Paul Reed);
 * null when the cue heads no such clause or no one is named there.
 */
export function subjectlessClauseSpeaker(
  doc: Doc,
  resolver: SpeakerResolver,
  cue: number,
  from: number,
  before: number,
): Speaker | null {
  if (!opensSubjectlessClause(doc, resolver, cue)) return null;
  // (The main clause's subject stands before any colon: 'Conceding that a deal would come "in
  // time" he warned: "…"' names no one after a comma.)
  let hi = from;
  const last = sentenceOf(doc, cue).lastToken;
  while (hi < last && resolver.word(hi) !== ":" && resolver.word(hi) !== ";") hi++;
  return resolver.subjectAfterAdjunct(from, hi, before);
}

/** The subject of the clause a participle after a comma closes: a reported clause's, else an adverbial clause's. */
function clauseSubjectBefore(resolver: SpeakerResolver, first: number, at: number, before: number): Speaker | null {
  return reportedClauseSubject(resolver, first, at, before) ?? subordinateClauseSubject(resolver, first, at, before);
}

/** Conjunctions that open an adverbial clause set off by a comma: ", as Ann Roe said", ", while Tom Vale …". */
const ADVERBIAL_CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  "as when while because after before since though although".split(" "),
);

/**
 * 'It was a blow to the board, as Ann Roe echoed the criticism, saying …': a participle after the
 * comma that closes an adverbial clause set off by a comma reports what that clause's subject did,
 * when the clause runs up to the participle's comma with a verb of its own and its subject names
 * someone; else null.
 */
export function subordinateClauseSubject(
  resolver: SpeakerResolver,
  first: number,
  at: number,
  before: number,
): Speaker | null {
  let comma = at - 1;
  while (comma > first && resolver.word(comma) !== ",") comma--;
  for (let k = comma - 1; k > first + 1; k--) {
    const w = resolver.word(k);
    if (w === "," || w === ";" || (isPunct(w) && !resolver.isAbbreviationDot(k))) {
      const opener = resolver.word(k + 1);
      if (w !== "," || !ADVERBIAL_CLAUSE_OPENERS.has(opener) || resolver.capital(k + 1)) return null;
      const np = resolver.subjectSpan(k + 2, comma);
      if (!np || np[1] >= comma || !/^[a-z]/.test(resolver.word(np[1]))) return null;
      const speaker = resolver.resolvePhrase(np[0], np[1], before);
      return speaker?.entity ? speaker : null;
    }
  }
  return null;
}

/**
 * 'Police say Tom Vale emailed the agency twice, saying he wanted “…”': when the sentence's verb
 * reports a clause with a subject of its own, a participle after a comma inside that clause (at
 * `cue`) reports what that subject did, not the sentence's subject. The clause's subject, when
 * it names someone; else null.
 */
function reportedClauseSubject(resolver: SpeakerResolver, first: number, cue: number, before: number): Speaker | null {
  const np = resolver.subjectSpan(first, cue);
  if (!np || np[1] >= cue || !speechLemma(resolver.word(np[1]))) return null;
  let k = np[1] + 1;
  if (resolver.word(k) === "that") k++;
  const inner = resolver.subjectSpan(k, cue);
  if (!inner || inner[1] >= cue - 1) return null;
  // (A clause: its subject is followed by a verb. 'blasted Tom Vale's plan, calling it …' reports
  // no clause, and the participle is the sentence subject's.)
  const verb = resolver.word(inner[1]);
  if (!SUBJECT_ENDERS.has(verb) && !isFiniteVerbForm(verb) && !/^\p{Ll}{3,}ed$/u.test(verb)) return null;
  const speaker = resolver.resolvePhrase(inner[0], inner[1], before);
  return speaker?.entity ? speaker : null;
}

/**
 * 'The vote is in May, Tom Vale said, adding that …', '…, said Ann Roe, adding: “…”': a participle
 * after the comma that closes a short clause of saying set off inside its sentence reports that
 * clause's speaker, the nearest, not the subject of the words reported before it ("The vote").
 * The speaker of that clause (an unresolved pronoun too), or null when the words between the
 * comma before and the participle's comma are no "name said [adjunct]" or "said name".
 */
export function parentheticalSpeaker(
  doc: Doc,
  resolver: SpeakerResolver,
  first: number,
  cue: number,
  before: number,
): Speaker | null {
  const comma = cue - 1;
  if (resolver.word(comma) !== ",") return null;
  // (A lone ’ closes a quotation only after its punctuation: "‘We won,’ Ann Roe said", never the
  // possessive of "the Roes’ plan".)
  const opener = (k: number) => {
    const w = resolver.word(k);
    if (w === "," || w === ";" || w === ":") return true;
    if (!QUOTE_MARK_TOKEN.test(w)) return false;
    return (w !== "’" && w !== "'") || /^[,.!?]$/.test(resolver.word(k - 1));
  };
  let s = comma;
  while (s > first && comma - s < 10 && !opener(s - 1)) s--;
  // (The clause is set off: a comma or a closing quotation mark opens it, not the sentence start.)
  if (s <= first || s >= comma || !opener(s - 1)) return null;
  for (let v = s; v < comma; v++) {
    const lemma = speechLemma(resolver.word(v));
    if (!lemma || resolver.word(v + 1) === "that" || isNounUse(doc, resolver, v)) continue;
    if (v === s) {
      // "said Ann Roe," with the name running to the comma (only verbs of saying invert).
      const np = INVERTING_LEMMAS.has(lemma) ? resolver.phraseStartingAt(v + 1, comma) : null;
      if (!np || np[1] !== comma || !isUpperCode(doc.text.charCodeAt(doc.tokens.start[np[0]]))) return null;
      return resolver.resolvePhrase(np[0], np[1], before);
    }
    // "Tom Vale said on Monday," — the name opens the clause, and no other verb follows the cue.
    // (A subject opens with a capital, a pronoun or a determiner: not "wouldn’t say Tuesday how …".)
    const np = resolver.subjectBefore(v, s);
    if (!np || np[0] !== s || np[1] !== v) return null;
    const head = resolver.word(s);
    if (
      !isUpperCode(doc.text.charCodeAt(doc.tokens.start[s])) &&
      !PRONOUNS[head] &&
      !DETERMINERS.has(head) &&
      head !== "one"
    )
      return null;
    for (let k = v + 1; k < comma; k++)
      if (isFiniteVerbForm(resolver.word(k)) || speechLemma(resolver.word(k))) return null;
    return resolver.resolveSubject(np, s, before);
  }
  return null;
}

/** The named subject after the comma that closes an opening adjunct ("Asked why, Ann Roe …"). */
function mainClauseSubject(resolver: SpeakerResolver, from: number, hi: number, before: number): Speaker | null {
  for (let k = from; k < hi - 1; k++) {
    const w = resolver.word(k);
    if (w === ":" || w === ";" || QUOTE_MARK.test(w)) return null;
    if (w !== ",") continue;
    // (The subject ends where its verb begins: "Ann Roe shrugged", "he demurred".)
    const np = resolver.subjectSpan(k + 1, hi);
    const speaker = np ? resolver.resolvePhrase(np[0], np[1], before) : null;
    return speaker?.entity ? speaker : null;
  }
  return null;
}

/**
 * A speech word used as a noun or a name: after a determiner or "of" ("the warning", "secretary
 * of state"), or capitalised inside a sentence ("the Department of State").
 */
export function isNounUse(doc: Doc, resolver: SpeakerResolver, i: number): boolean {
  const w = resolver.word(i);
  const prev = resolver.word(i - 1);
  if ((w === "state" || w === "states") && !stateAsVerb(doc, resolver, i)) return true;
  if ((DETERMINER_BEFORE.has(prev) || prev === "of") && !w.endsWith("ed")) return true;
  // "calling the two reports false", "both claims", "3 statements": after a plural number or
  // quantifier an -s form is a plural noun (the verb would be bare: "the two report that …").
  if (/[^s]s$/.test(w) && ((COUNTING_WORDS.has(prev) && !SINGULAR_COUNTS.has(prev)) || /^\d+$/.test(prev))) return true;
  // "Tom Vale's tweet", "the mayor's remarks", "the parents' claims": a possessor owns a noun. A
  // personal pronoun owns nothing so ("his", "her"): "she's said" holds "has".
  if ((prev === "'s" || prev === "’s") && !resolver.contractedHas(i - 1)) return true;
  if (/s['’]$/.test(prev)) return true;
  // "the harbour master’s hand-written notes listing the moorings were …": an -s form after a
  // hyphenated modifier (not an age: "the five-year-old") and before a participle in -ing is a plural
  // noun, the participle its own.
  if (
    /[^s]s$/.test(w) &&
    /^\p{Ll}+(?:-\p{Ll}+)+$/u.test(prev) &&
    !prev.endsWith("-old") &&
    /^\p{Ll}{3,}ing$/u.test(resolver.word(i + 1))
  )
    return true;
  // "his mental state is", "the report was": a bare form before an auxiliary is its subject, a noun
  // (an inflected verb may stand there: "hackers it says are behind it", "what they say is true").
  if (speechLemma(w) === w && FINITE_HINTS.has(resolver.word(i + 1)) && !SUBJECT_WORDS.has(prev)) return true;
  const first = sentenceOf(doc, i)?.firstToken;
  return i !== first && isUpperCode(doc.text.charCodeAt(doc.tokens.start[i])) && !isPunct(prev);
}

const SUBJECT_WORDS = new Set(["i", "we", "you", "they", "who"]);

/**
 * "state" and "states" are mostly the noun ("in three states, …", "state lawmakers", "his home
 * state"); they report speech after a subject pronoun ("it states that …"), before "that" when no
 * preposition or number stands before them ("the rules state that …") and a subject opens the
 * clause after it (in "the farming states that border the river" a verb follows "that", a relative
 * pronoun), or beside a quotation ('“…,” the leaflet states.'). Right before a title written with a
 * capital ("state Sen. Ann Roe", "state Del. Tom Vale", "state Senator …") "state" is the noun.
 */
function stateAsVerb(doc: Doc, resolver: SpeakerResolver, i: number): boolean {
  const next = i + 1;
  const title = resolver.isAbbreviationDot(next + 1) || ADDRESS_TITLES.has(resolver.word(next));
  if (resolver.word(i) === "state" && isUpperCode(doc.text.charCodeAt(doc.tokens.start[next])) && title) return false;
  const prev = resolver.word(i - 1);
  if (STATE_SUBJECTS.has(prev)) return true;
  if ((PREPOSITIONS.has(prev) && prev !== "to") || COUNTING_WORDS.has(prev) || /^\d/.test(prev)) return false;
  if (resolver.word(i) === "state") {
    // The bare form reports only after a plural subject: "the Dutch state", "her home state", "the
    // Liberal state executive" hold one word and no plural between a determiner and it; and it
    // inverts after a quotation with a plural subject, never a name: "Harbour state Ohio", "state
    // Senator Ann Roe" read the noun, then a capital.
    const owner = resolver.word(i - 2);
    if (DETERMINER_BEFORE.has(owner) && owner !== "that" && !prev.endsWith("s")) return false;
    if (next < doc.tokens.count && isUpperCode(doc.text.charCodeAt(doc.tokens.start[next]))) return false;
  }
  // "the third state that …", "the only state that …", "the largest state": a rank after a
  // determiner makes it the noun (a verb's subject would be a plural noun: "the rules state …").
  if (DETERMINER_BEFORE.has(resolver.word(i - 2)) && RANK.test(prev)) return false;
  if (resolver.word(i + 1) === "that") return !verbAfterRelative(doc, resolver, i + 2);
  const { start, end } = doc.tokens;
  const from = start[Math.max(0, i - 6)];
  const to = end[Math.min(doc.tokens.count - 1, i + 2)];
  return QUOTE_MARK.test(doc.text.slice(from, to));
}

/** A word that ranks what follows it: an ordinal ("third", "fifth", "last"), "only", a superlative ("largest"). */
const RANK = /^(?:first|second|third|last|next|only|\p{Ll}{2,}th|\p{Ll}{2,}est)$/u;

const STATE_SUBJECTS = new Set(["it", "they", "he", "she", "we", "i", "you", "which", "who"]);

/**
 * Whether a verb opens the words at `k`, past an adverb in -ly, as it does after a relative "that"
 * with no subject of its own: an auxiliary or modal ("that have voted"), a finite form or a past in
 * -ed ("that held primaries"), or a bare verb that no auxiliary follows ("that border the river";
 * not "that vote counts will …", whose bare word is a noun).
 */
function verbAfterRelative(doc: Doc, resolver: SpeakerResolver, k: number): boolean {
  const at = isLyAdverb(resolver.word(k)) ? k + 1 : k;
  const w = resolver.word(at);
  if (isUpperCode(doc.text.charCodeAt(doc.tokens.start[at]))) return false;
  if (FINITE_HINTS.has(w) || BE_FORMS.has(w) || isFiniteVerbForm(w) || /^\p{Ll}{3,}ed$/u.test(w)) return true;
  const next = resolver.word(at + 1);
  return isBaseVerbForm(w) && !FINITE_HINTS.has(next) && !BE_FORMS.has(next);
}
/** Words that count what follows them: "three states", "most states", "other states". */
/** Counting words that take a singular verb ("each reports to the board"). */
const SINGULAR_COUNTS = new Set(["one", "each", "every"]);

const COUNTING_WORDS = new Set(
  "one two three four five six seven eight nine ten dozen all both many most some several few other each every".split(
    " ",
  ),
);

/**
 * Whether the word right before the cue is part of a name ("Levy saying" is rare; "statement
 * insisting" is common). A day or a month is none ("issued a statement on Tuesday saying …"), but
 * "May" is also a surname, and three letters may be an abbreviation of either.
 */
export function startsWithName(doc: Doc, resolver: SpeakerResolver, cue: number): boolean {
  const prev = cue - 1;
  if (prev < 0) return false;
  const c = doc.text.charCodeAt(doc.tokens.start[prev]);
  const w = resolver.word(prev);
  if (!(c >= 65 && c <= 90 && !isPunct(w) && !(w.length > 3 && (WEEKDAYS.has(w) || MONTHS.has(w))))) return false;
  // ("Tom Vale wrote a letter to the Harbour Gazette explaining why …", "an essay for the Courier
  // arguing that …": a name after "to" or "for" is where the words went, and the participle tells
  // what they said, not what the name did.)
  let a = prev;
  while (a > 0 && resolver.capital(a - 1) && !isPunct(resolver.word(a - 1))) a--;
  if (a > 0 && resolver.word(a - 1) === "the") a--;
  return !(a > 0 && (resolver.word(a - 1) === "to" || resolver.word(a - 1) === "for"));
}

/** End (exclusive token) of the hearer after "told": "told the court that", "told The Telegraph:". */
export function objectEnd(resolver: SpeakerResolver, from: number, hi: number): number {
  // "told the Valley Courier's morning show on Friday that", "told reporters in a call from Oslo
  // before the vote that": a hearer and its adjuncts may be long. A determiner or pronoun opens the
  // reported clause ("told reporters the plan had failed"), but not one after a preposition ("told a
  // radio station in an interview aired …").
  for (let k = from, n = 0; k < hi && n < 20; k++, n++) {
    const w = resolver.word(k);
    if (w === "that" || w === ":" || w === ",") return k + 1;
    // ("told the Courier he'd back it": a pronoun with its auxiliary contracted onto it.)
    const bare = w.replace(CONTRACTED_AUXILIARY, "");
    if (n > 0 && PRONOUN_OR_DETERMINER.has(bare) && !HEARER_PREPOSITIONS.has(resolver.word(k - 1))) return k;
    // A verb ends the search: the clause's own ("told reporters prices of fuel had risen") or an
    // infinitive's ("told his staff never to speak of it").
    if (FINITE_HINTS.has(w) || (w === "to" && k + 1 < hi && !PRONOUN_OR_DETERMINER.has(resolver.word(k + 1)))) break;
  }
  return from + 1 < hi ? from + 1 : hi;
}

/** Prepositions of a hearer's adjuncts ("in an interview", "before the vote"). */
const HEARER_PREPOSITIONS = new Set([
  ...PREPOSITIONS,
  ..."about after before by during over since until near through across ahead".split(" "),
]);

/** Verbs whose "of" names what someone is accused of ("a man accused of spying"). */
const ACCUSING = new Set(["accuse", "suspect", "convict", "acquit", "clear", "charge"]);

export const PRONOUN_OR_DETERMINER = new Set(
  "he she it they we i there his her their its this these those no any some every the a an".split(" "),
);

/** Whether tokens from `c` read like the start of a clause ("no pressure was", "he would", "Sun is charged"). */
export function startsClause(
  doc: Doc,
  resolver: SpeakerResolver,
  c: number,
  hi: number,
  throughQuotes = false,
): boolean {
  const w = resolver.word(c);
  if (!w || isPunct(w)) return false;
  // ("she’ll", "they're": a subject pronoun with its auxiliary contracted onto it.)
  const bare = w.replace(CONTRACTED_AUXILIARY, "");
  const subjectPronoun =
    bare === "he" ||
    bare === "she" ||
    bare === "they" ||
    bare === "it" ||
    bare === "we" ||
    bare === "i" ||
    bare === "there";
  if (subjectPronoun) return true;
  const capital = isUpperCode(doc.text.charCodeAt(doc.tokens.start[c]));
  if (!PRONOUN_OR_DETERMINER.has(w) && !capital) return false;
  // A finite verb soon after: "the hackers are linked", "Sun is charged", "China's hackers have gained",
  // or, before any comma or relative pronoun, a lexical one: "the rule deserves", "Roe's aides saw".
  let plain = true;
  for (let k = c + 1; k < Math.min(hi, c + 10); k++) {
    const x = resolver.word(k);
    if (secondPredicate(resolver, k)) return false;
    if (FINITE_HINTS.has(x)) return true;
    if (x === "," || RELATIVE_WORDS.has(x)) plain = false;
    // ("wrote his book, Mr. Roe said that …": past a comma, another report's verb ends the search;
    // not a participle set off with its time, "the ban, announced on Monday, is …", which is the
    // noun's.)
    if (!plain && speechLemma(x) && resolver.word(k + 1) !== "," && !datedParticiple(resolver, k, hi)) return false;
    if (plain && isFiniteVerbForm(x) && !isUpperCode(doc.text.charCodeAt(doc.tokens.start[k]))) return true;
    // (Not right after a determiner, where a form in -ed is an adjective: "wrote a detailed letter".)
    if (
      x.length > 4 &&
      x.endsWith("ed") &&
      !isUpperCode(doc.text.charCodeAt(doc.tokens.start[k])) &&
      (k > c + 1 || capital)
    )
      return true;
    if (throughQuotes && QUOTE_MARK_TOKEN.test(x)) continue;
    // ("Mr. Vale's plan would fail": an abbreviation's dot is no sentence end.)
    if (isPunct(x) && x !== "," && x !== "'s" && x !== "’s" && !resolver.isAbbreviationDot(k)) return false;
  }
  return false;
}

/** Words of a time phrase: "earlier this month", "on Monday", "last week", "in May". */
const TIME_WORDS = new Set([..."earlier later last this that on in early late".split(" "), ...TIME_NOUNS]);

/**
 * Whether the verb at `k` is a participle set off between commas with only its time: "the levy,
 * announced late last month, is …", "the plan, reported on Monday, would …". A reduced relative
 * on the noun before it, no report of its own.
 */
export function datedParticiple(resolver: SpeakerResolver, k: number, hi: number): boolean {
  const w = resolver.word(k);
  if (resolver.word(k - 1) !== "," || !/^\p{Ll}{3,}ed$/u.test(w)) return false;
  let j = k + 1;
  for (; j < hi && j - k <= 4; j++) {
    const x = resolver.word(j);
    if (!TIME_WORDS.has(x) && !WEEKDAYS.has(x) && !MONTHS.has(x) && !/^\d+$/.test(x)) break;
  }
  return j > k + 1 && resolver.word(j) === ",";
}

/**
 * A conjunction and an auxiliary at `k` ("and had", "but was"): where no verb came before it, the
 * subject's second predicate ("added the second from a corner and had a third disallowed"), and
 * the words before it are an object, not a clause.
 */
export function secondPredicate(resolver: SpeakerResolver, k: number): boolean {
  const w = resolver.word(k);
  return (w === "and" || w === "but" || w === "or") && FINITE_HINTS.has(resolver.word(k + 1));
}

export const QUOTE_MARK_TOKEN = /^["“”‘’«»„″']+$/;
/** Any double or curly quotation mark (a straight ' is too often an apostrophe to count). */
export const QUOTE_MARK = /["“”‘’«»„″]/;
export { isFiniteVerbForm };
export { FINITE_HINTS };
/** Words that open a relative clause, whose verb is not the clause's own ("the place where he kept …"). */
const RELATIVE_WORDS = new Set(["who", "whom", "whose", "which", "that", "where", "when"]);

/** Conjunctions that open a subordinate clause: "when", "because", "while"… */
export const SUBORDINATORS: ReadonlySet<string> = new Set(
  "when after as because if while although though since before once".split(" "),
);

/** An auxiliary contracted onto a pronoun: "she’ll", "they'd", "we're", "I've", "I’m". */
export const CONTRACTED_AUXILIARY = /['’](?:ll|d|re|ve|m)$/;

export function span(doc: Doc, from: number, to: number): TextSpan {
  const start = doc.tokens.start[from];
  const end = doc.tokens.end[to - 1];
  return { start, end, text: doc.text.slice(start, end) };
}

export function countWords(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const word = c > 32 && c !== 0xa0;
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

/** The speaker a subjectless participle opening sentence `cue` carries on (see speakerOfCue). */
function openingParticipleSpeaker(doc: Doc, resolver: SpeakerResolver, cue: number, before: number): Speaker | null {
  const last = resolver.lastAnySpeakerBefore(before);
  if (last) return { entity: last, name: null, mention: null };
  const s = doc.tokens.sentence[cue];
  const prev = doc.sentences[s - 1];
  if (!prev || prev.paragraph !== doc.sentences[s].paragraph) return null;
  return resolver.sentenceSubject(prev.firstToken, prev.lastToken, before);
}
