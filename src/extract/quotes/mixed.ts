// Mixed quotations: the reported clause that holds a quoted fragment ("said the deal was “a
// betrayal” of voters"), where it starts and where it ends.

import type { Doc } from "../../core/doc.js";
import { isUpperCode, tokenAtOrAfter, sentenceOf } from "../../core/doc.js";
import type { Span, TextSpan } from "../../core/schema.js";
import { isWeakLemma, speechLemma } from "./cues.js";
import { complementLemma } from "./complements.js";
import { isFiniteVerbForm } from "./verb-forms.js";
import { interposedReportEnd, restrictiveReportEnd } from "./indirect.js";
import { closingSentence, type QuoteSpan } from "./marks.js";
import { isPunct, SpeakerResolver } from "./speakers.js";
import { ADVERBIAL_OPENERS } from "./speaker-words.js";
import {
  type Attribution,
  BE_FORMS,
  countWords,
  FINITE_HINTS,
  type Draft,
  isNounUse,
  QUOTE_MARK,
  QUOTE_MARK_TOKEN,
  startsClause,
  trimEnd,
} from "./attribution.js";

/** Coordinated speech verbs that start a new reported clause ("dismissed … and claimed …"). */
export const SPLITTING_LEMMAS = new Set([
  "say",
  "add",
  "claim",
  "insist",
  "warn",
  "tell",
  "argue",
  "call",
  "describe",
  "accuse",
  "admit",
  "deny",
  "state",
  "urge",
  "vow",
  "promise",
  "dismiss",
  "denounce",
]);

export function mixed(q: QuoteSpan, clause: Span, attribution: Attribution | null): Draft {
  return { span: q, kind: "mixed", start: clause.start, end: clause.end, attribution, inherits: false };
}

/**
 * The whole reported clause holding a quoted fragment. With the cue's token `cueToken`, a cue inside
 * a clause set off between a subject and its verb ("Ann Roe, who said the levy was “a tax on the
 * poor,” left early") reports no further than the comma before the main clause's verb.
 */
export function mixedClause(
  doc: Doc,
  resolver: SpeakerResolver,
  clauseStart: number,
  q: QuoteSpan,
  cueToken = -1,
): TextSpan {
  const sentence = doc.sentences[closingSentence(doc, q)];
  let end = sentence.end;
  // The clause runs on after the quoted fragment until something starts a new one: a new
  // speech verb ("… and claimed", ", adding"), a contrast (", but"), a subordinate clause
  // ("when …") or a trailing attribution (", its chair has said").
  const from = tokenAtOrAfter(doc, q.close);
  const to = tokenAtOrAfter(doc, sentence.end);
  // ('Having said he would “never quit”, Tom Vale left': a clause in a subjectless opening adjunct
  // ends at the adjunct's comma.)
  const first = sentence.firstToken;
  const inOpening =
    (resolver.opensSubjectlessAdjunct(first + 1) && tokenAtOrAfter(doc, clauseStart) > first + 1) ||
    askedOpening(resolver, first, cueToken);
  // (Its comma may stand inside the closing mark: 'Having said he would “never quit,” Tom Vale left'.)
  const commaInside = inOpening && /,\s*$/.test(doc.text.slice(q.contentStart, q.contentEnd));
  // ('said the levy was “a tax on the poor,” adding that …': a comma inside the closing mark stands
  // before a new speech verb, a trailing attribution, or "but" and a clause of its own or the speaker's
  // next act in the past ('but pledged to …') as one after the mark would; before "and", a relative
  // word or "but" and more of the reported predicate the clause may go on: 'found it “very costly,”
  // and also late', '“…,” and that …', 'is “not cheap,” but is fair'.)
  const closingComma = !inOpening && /,\s*$/.test(doc.text.slice(q.contentStart, q.contentEnd)) && from < to;
  const next = resolver.word(from);
  if (
    closingComma &&
    ((next === "but" &&
      (startsClause(doc, resolver, from + 1, to) || /^\p{Ll}{3,}ed$/u.test(resolver.word(from + 1)))) ||
      speechLemma(next) ||
      attributionFollows(resolver, from, to))
  )
    end = q.close;
  for (let k = commaInside || end === q.close ? to : from; k < to; k++) {
    const w = resolver.word(k);
    const nextWord = resolver.word(k + 1);
    let cut = false;
    if (w === ";" || SUBORDINATORS.has(w) || (w === "," && inOpening)) cut = true;
    // (", and that …" opens a second clause of the same report: 'said it was “a tax,” and that …'.)
    else if (w === "," && (CONTRAST.has(nextWord) || speechLemma(nextWord)))
      cut = !(nextWord === "and" && resolver.word(k + 2) === "that");
    else if (w === "," && attributionFollows(resolver, k + 1, to)) cut = true;
    else if (w === "," && QUOTE_MARK_TOKEN.test(nextWord) && k + 1 > from && attributionFollows(resolver, k + 2, to)) {
      // ('… “a burden” and “a drag on growth,” Ana Roe said': the comma inside a later fragment's
      // closing mark ends the clause, after that mark.)
      end = doc.tokens.end[k + 1];
      break;
    } else if ((w === "and" || w === "but") && k + 1 < to) {
      const l = speechLemma(nextWord);
      cut =
        (l !== null && SPLITTING_LEMMAS.has(l)) ||
        (w === "and" &&
          nextWord.length > 4 &&
          nextWord.endsWith("ed") &&
          (l !== null || complementLemma(nextWord) !== null || !quotedPredicate(resolver, k + 2, to))) ||
        coordinatedAttribution(doc, resolver, k + 1, to);
    }
    if (cut) {
      end = doc.tokens.start[k];
      break;
    }
  }
  if (cueToken >= 0)
    end = Math.min(
      end,
      interposedReportEnd(doc, resolver, first, cueToken, tokenAtOrAfter(doc, q.contentStart), to, false),
      // ('Voters who said the levy was “a tax on the poor” turned out': the main verb after the mark.)
      from < to
        ? restrictiveReportEnd(doc, resolver, first, cueToken, cueToken + 1, tokenAtOrAfter(doc, q.open), from - 1)
        : Infinity,
    );
  // Trim the sentence's closing punctuation, keeping a closing quotation mark.
  const text = doc.text;
  if (commaInside) end = q.close;
  end = trimEnd(text, clauseStart, end);
  if (end < q.close && q.close <= sentence.end) end = q.close;
  let start = Math.min(clauseStart, q.open);
  while (start < q.open && /[\s,;:—–-]/.test(text[start])) start++; // ", referencing …" starts at the word
  return { start, end, text: text.slice(start, end) };
}

/**
 * Whether the cue at `cue` is "asked" opening its sentence, alone or after "when" or "if": the
 * question is an opening adjunct, and the main clause after its comma holds the answer ('Asked
 * whether the levy was “fair,” most members said yes.').
 */
export function askedOpening(resolver: SpeakerResolver, first: number, cue: number): boolean {
  if (cue < first || resolver.word(cue) !== "asked") return false;
  return cue === first || (cue === first + 1 && /^(when|if)$/.test(resolver.word(first)));
}

/**
 * Where the last of coordinated reported clauses starts, when the quotation sits in it: after
 * "and" (or "and that") when a clause starts there and the clause before it, of three words or
 * more, holds no quotation mark. Otherwise `clauseStart` itself.
 */
export function lastCoordinatedClause(doc: Doc, resolver: SpeakerResolver, clauseStart: number, open: number): number {
  const lo = tokenAtOrAfter(doc, clauseStart);
  const hi = tokenAtOrAfter(doc, open);
  if (QUOTE_MARK.test(doc.text.slice(clauseStart, open))) return clauseStart;
  for (let k = hi - 1; k > lo + 2; k--) {
    if (resolver.word(k) !== "and") continue;
    const next = resolver.word(k + 1) === "that" ? k + 2 : k + 1;
    if (next >= hi || countWords(doc.text, clauseStart, doc.tokens.start[k]) < 3) return clauseStart;
    // ("said the Vale campaign and its allies are …": two subjects of one clause; the words before
    // "and" must hold a verb of their own to be a clause)
    if (!hasVerb(resolver, lo, k) && resolver.word(k + 1) !== "that") return clauseStart;
    // the clause after "and" must run into the quotation: its subject and verb come first
    const sentenceEnd = sentenceOf(doc, next).lastToken;
    return startsClause(doc, resolver, next, sentenceEnd, true) ? doc.tokens.start[next] : clauseStart;
  }
  return clauseStart;
}

/**
 * Whether a second predicate from `from` holds quoted words of its own before a comma or a verb of
 * saying: 'said an audit found “40 faults” and resulted in “overdue” repairs' — the quoted words are
 * the speaker's, so the predicate is still what was said, not the subject's next act ('said it was
 * “a sham” and walked out') nor a second report ('condemned the “attack” and declared a “day of
 * mourning”', 'and urged voters to “stay home”').
 */
function quotedPredicate(resolver: SpeakerResolver, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = resolver.word(k);
    if (QUOTE_MARK_TOKEN.test(w)) return true;
    if (isPunct(w) || speechLemma(w)) return false;
  }
  return false;
}

/** Whether tokens [from, to) hold a verb: a finite form, an auxiliary, or a lower-case "-ed" word. */
function hasVerb(resolver: SpeakerResolver, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = resolver.word(k);
    if (auxiliary(w) || isFiniteVerbForm(w) || (w.length > 4 && w.endsWith("ed"))) return true;
  }
  return false;
}

/**
 * '… of “hiding behind staff” and Ann Roe says he is “…”': after "and" or "but", a subject of
 * its own (a name, a pronoun or a short phrase) and a speech verb open a new attribution.
 */
function coordinatedAttribution(doc: Doc, resolver: SpeakerResolver, from: number, to: number): boolean {
  const first = resolver.word(from);
  if (!(isUpperCode(doc.text.charCodeAt(doc.tokens.start[from])) || SUBJECT_OPENERS.has(first))) return false;
  for (let k = from + 1; k < Math.min(to, from + 5); k++) {
    const w = resolver.word(k);
    // (a verb of its own first: not "and its allies are maligning her record", where the clause
    // after "and" is still the reported one)
    if (isPunct(w) || auxiliary(w) || w.endsWith("ing")) return false;
    const l = speechLemma(w);
    if (l && !isWeakLemma(l) && !isNounUse(doc, resolver, k)) return true;
  }
  return false;
}

/** An auxiliary or modal ("is", "been", "would", "didn't"): `FINITE_HINTS` and the forms of "be". */
const auxiliary = (w: string) => FINITE_HINTS.has(w) || BE_FORMS.has(w);
const SUBJECT_OPENERS = new Set(["he", "she", "they", "we", "i", "the", "a", "an", "his", "her", "their", "its"]);

export const SUBORDINATORS = new Set(["when", "whereas", "although", "though", "while"]);
export const CONTRAST = new Set(["but", "while", "although", "though", "whereas", "and", "which", "who"]);

/**
 * ", its chair has said": a short noun phrase and a speech verb close the sentence, or an
 * adverbial clause follows the verb (", Ann Roe said as she left").
 */
export function attributionFollows(resolver: SpeakerResolver, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 6); k++) {
    const w = resolver.word(k);
    if (isPunct(w)) return false;
    const l = speechLemma(w);
    if (l && !isWeakLemma(l)) {
      const next = resolver.word(k + 1);
      // ("what analysts described as …": "as" completes "describe", and opens no clause.)
      return k + 1 >= to || isPunct(next) || (ADVERBIAL_OPENERS.has(next) && !(next === "as" && l === "describe"));
    }
  }
  return false;
}
