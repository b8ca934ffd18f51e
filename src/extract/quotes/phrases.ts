// Reading noun phrases off the token stream: a sentence's subject, the phrase before or after a
// cue, a dateline to skip. No entities here; SpeakerResolver builds on it.

import type { Doc } from "../../core/doc.js";
import { ABBREVIATIONS, afterDateline, isStateAbbreviation, isUpperCode, lowerWords } from "../../core/doc.js";
import { speechLemma } from "./cues.js";
import { isBaseVerbForm, isFiniteVerbForm, isParticipleForm, isPresentVerbForm } from "./verb-forms.js";
import { ADDRESS_TITLES, CLOSED_CLASS } from "../entities/lexicon.js";
import { PARTS_OF_DAY, PERIODS, SEASONS } from "../time/lexicon.js";
import {
  FINITE_HINTS,
  isLyAdverb,
  isPunct,
  FRONTED_PREPOSITIONS,
  LEADING_WORDS,
  PRONOUNS,
  RELATIVES,
  STOP_LEFT,
  SUBJECT_ENDERS,
  TITLE_WORDS,
  WEEKDAYS,
} from "./speaker-words.js";

/** How many tokens a speaker's phrase may hold, read on after its cue ("said Dominic Murphy, head of …") or back before it. */
const PHRASE_LIMIT = 9;
/** Words a noun phrase never ends on: one that does ("one of the", "voters in") was cut inside. */
export const NOT_PHRASE_ENDERS = new Set("of the a an in into at for from with and or".split(" "));

/** Articles and demonstratives: after a noun they open a new phrase ("the Courier the mill closed"). */
const ARTICLES = new Set(["the", "a", "an", "this", "these", "those"]);
/** Words after which a determiner goes on the phrase ("a report by the board", "results of the poll"). */
const INSIDE_PHRASE = new Set([
  ...NOT_PHRASE_ENDERS,
  ..."by on to about over under as than between after before during since until through across against among near".split(
    " ",
  ),
]);
/** An auxiliary with "not" fused to it ("wasn't", "hasn’t"). */
export const NEGATED_AUXILIARY = /^\p{Ll}+n['’]t$/u;
/** Possessive determiners ("his", "its"). */
export const POSSESSIVES: ReadonlySet<string> = new Set(["his", "her", "their", "its", "our", "my", "your"]);
/** What opens a verb's object and no time phrase ("wears a coat", "rents its depot"; not "this week"). */
const OBJECT_DETERMINERS = new Set(["a", "an", "the", ...POSSESSIVES]);
/** Auxiliaries that only a clause holds ("has won", "was asked"). */
const CLAUSE_AUXILIARIES = new Set("has have had is was were are will would".split(" "));
/** Words that open a verb's object or complement: a determiner, a possessive, a preposition. */
const OBJECT_OPENERS = new Set([
  ...OBJECT_DETERMINERS,
  ..."this that these those for to on in at with about from into by".split(" "),
]);

/** Connective adverbs that open a sentence before a comma (a closed class of English). */
export const SENTENCE_ADVERBS = new Set(
  "meanwhile however still instead nonetheless nevertheless moreover furthermore also then now later earlier afterwards separately overall indeed yet again thus therefore otherwise likewise similarly finally first second third next besides regardless".split(
    " ",
  ),
);

/** Adverbs of place that may open a sentence before a comma ("There, …", "Here, …"). */
const PLACE_ADVERBS = new Set(["there", "here"]);

/** Words that open a time phrase at the start of a sentence ("Last month,", "This week,", "That night,"). */
const TIME_OPENERS = new Set(["last", "this", "that", "next", "early", "late", "yesterday", "today", "tonight"]);

/**
 * Adverbs that close a time phrase measured from another moment ("Moments later,", "Two weeks
 * earlier,", "Six months ago,", "Soon afterward,", "The day before,"): a closed class of English.
 */
const MEASURED_TIME_ENDS = new Set(["later", "earlier", "ago", "afterward", "afterwards", "before", "after"]);

/** Prepositions that open a second adverbial after the first one's comma ("…, on Tuesday, …"). */
const ADVERBIAL_PREPOSITIONS = new Set("in on at after before during since following".split(" "));

export class PhraseReader {
  protected readonly low: readonly string[];

  constructor(protected readonly doc: Doc) {
    this.low = lowerWords(doc);
  }

  word(i: number): string {
    return this.low[i] ?? "";
  }

  /** Whether token `i` is written with a capital. */
  capital(i: number): boolean {
    return isUpperCode(this.doc.text.charCodeAt(this.doc.tokens.start[i]));
  }

  /** The first token after a dateline ("WASHINGTON (AP) —", "Washington (AFP) –", "BOSTON -", "WASHINGTON, Dec. 8 (UPI) —"). */
  afterDateline(first: number, limit: number): number {
    return afterDateline(this.doc, first, limit);
  }

  /**
   * Where an opening adverbial that went on past the comma before `k` ends: "At a rally in
   * Dover, Del., on Tuesday, Ann Roe said" goes on with the state of the town it names and with a
   * second adverbial, each closed by its comma. A segment that is a person's name ("At the
   * meeting, Ann Roe, the mayor, said") is the subject, and stops it.
   */
  private pastAdverbialGoingOn(k: number, limit: number): number {
    for (let n = 0; n < 3; n++) {
      // ("While its rivals fought the rebels, also known as the Front, Ann Roe said": a reduced
      // relative clause on the adverbial's last noun, opening with a participle, goes on with it.)
      const w = this.word(k);
      const reduced = !this.capital(k) && isParticipleForm(w === "also" ? this.word(k + 1) : w);
      // ("On Thursday, after staying out of the fight for most of the spring, Ann Roe said": a
      // preposition before a gerund opens a clause with no subject, as long as a reduced one.)
      const gerund = ADVERBIAL_PREPOSITIONS.has(w) && /^\p{Ll}{2,}ing$/u.test(this.word(k + 1));
      // ("At a fair in Lisk, where the vote opens next week, Ann Roe said": a relative clause set
      // off on the adverbial's last noun goes on with it, verb and all.)
      const relative = (w === "which" || w === "where") && !this.capital(k);
      let d = k;
      while (d < limit && d - k < (reduced || gerund ? 8 : relative ? 12 : 5) && this.word(d) !== ",") d++;
      if (d >= limit || this.word(d) !== "," || d === k) break;
      const from = this.doc.tokens.start[k];
      const to = this.doc.tokens.end[d - 1];
      const named = this.placeNames(from, to);
      const place = named.length > 0 && named[0].start === from && named[named.length - 1].end === to;
      // "Del.", "Calif.": a state's abbreviation after a town, which the entity layer may leave unnamed.
      const abbreviation =
        d - k <= 3 && isUpperCode(this.doc.text.charCodeAt(from)) && /\.$/.test(this.doc.text.slice(from, to));
      if (!place && !abbreviation && !reduced && !relative && !ADVERBIAL_PREPOSITIONS.has(this.word(k))) break;
      k = d + 1;
    }
    return k;
  }

  /** Places named between offsets `from` and `to`, in order (none known to a bare phrase reader). */
  protected placeNames(_from: number, _to: number): { start: number; end: number }[] {
    return [];
  }

  /**
   * The token after a time phrase that opens a sentence with no comma before a name ("On Thursday
   * evening Ann Roe spoke", "Last week Tom Vale wrote"): a weekday after "on", or a unit of time
   * after "last", "this" or "next", and a part of the day; `k` itself otherwise.
   */
  private pastUnsetTime(k: number, limit: number): number {
    const w = this.word(k);
    let j = k + 1;
    if (w === "on" && WEEKDAYS.has(this.word(j))) j++;
    else if ((w === "last" || w === "this" || w === "next") && (PERIODS.has(this.word(j)) || SEASONS.has(this.word(j))))
      j++;
    else return k;
    if (PARTS_OF_DAY.has(this.word(j))) j++;
    return j < limit && this.capital(j) && !isPunct(this.word(j)) ? j : k;
  }

  /** Tokens of a sentence's subject: the first noun phrase after any opening adverbial. */
  subjectSpan(first: number, limit: number): [number, number] | null {
    let k = this.afterDateline(first, limit);
    // ("(Ann Roe's aide later denied it.)": a sentence set in brackets opens after its bracket.)
    if (this.word(k) === "(" && k + 1 < limit) k++;
    // "But Ann Roe refused, saying …", "And when …, the mayor said": a conjunction opening the
    // sentence links it to the one before; the subject (or an opening adverbial) follows it.
    if ((this.word(k) === "but" || this.word(k) === "and") && this.word(k + 1) !== "," && k + 1 < limit) k++;
    // "Meanwhile, it attacked …", "Separately, Ann Roe said …": a sentence adverb before its comma;
    // so is a place adverb set off by one ("There, the harbour master declined … but said …").
    const adverb = SENTENCE_ADVERBS.has(this.word(k)) || isLyAdverb(this.word(k)) || PLACE_ADVERBS.has(this.word(k));
    if (this.word(k + 1) === "," && adverb) k += 2;
    else {
      // "Later on Sunday, Ann Roe posted …", "Earlier this week, …", "Last month, …", "Back in
      // 2010, …", "Friday evening, …": the adverb or time phrase up to the comma, with no verb
      // among them. ("Three days later, Ann Roe returned, saying …", "Six months ago, the council
      // …": so is a shorter time phrase measured from another moment, closed by its comma.)
      const opener =
        SENTENCE_ADVERBS.has(this.word(k)) ||
        TIME_OPENERS.has(this.word(k)) ||
        WEEKDAYS.has(this.word(k)) ||
        (this.word(k) === "back" && this.word(k + 1) === "in") ||
        // ("Shortly before the vote, …", "Soon after the hearing, …")
        (isLyAdverb(this.word(k)) && ADVERBIAL_PREPOSITIONS.has(this.word(k + 1)));
      const words = opener ? 6 : 5;
      let c = k + 1;
      while (c < limit && c - k < words && this.word(c) !== "," && !this.looksLikeVerb(c)) c++;
      if (c < limit && this.word(c) === "," && (opener || MEASURED_TIME_ENDS.has(this.word(c - 1)))) k = c + 1;
      else k = this.pastUnsetTime(k, limit);
    }
    // ("Shortly after the announcement of the verdict, …": an adverb before a fronted preposition
    // opens the same adverbial as the preposition alone, however long.)
    if (isLyAdverb(this.word(k)) && FRONTED_PREPOSITIONS.has(this.word(k + 1))) k++;
    const w0 = this.word(k);
    if (LEADING_WORDS.has(w0) || w0.endsWith("ing")) {
      let c = k;
      while (c < limit && this.word(c) !== ",") c++;
      if (c < limit) k = this.pastAdverbialGoingOn(c + 1, limit);
    }
    while (k < limit && (this.word(k) === "but" || this.word(k) === "and" || this.word(k) === "however")) k++;
    if (k >= limit) return null;
    if (PRONOUNS[this.word(k)]) return [k, k + 1];
    const np = this.phraseStartingAt(k, limit);
    if (!np) return null;
    // The subject ends where its verb begins ("The Security Service issued …", "The FBI director has been …").
    let e = np[0] + 1;
    // ("Ann Roe frequently mocked …": a manner adverb before the verb ends the subject too. A
    // capitalised auxiliary inside the phrase is a name's word: "Prime Minister Theresa May said".)
    while (
      e < np[1] &&
      !(SUBJECT_ENDERS.has(this.word(e)) && !this.capital(e)) &&
      // (A word right after "of" is never the verb: "The secretary of state wrote", "the head of state".)
      (!this.looksLikeVerb(e) || this.word(e - 1) === "of") &&
      // (A capitalised word is a name's: "Ada Schlafly backed …", "Megyn Kelly said".)
      !(isLyAdverb(this.word(e)) && !this.capital(e) && e + 1 < np[1] && this.looksLikeVerb(e + 1)) &&
      !this.opensPredicate(np[0], e)
    )
      e++;
    return [np[0], e];
  }

  /**
   * Whether token `e` opens the predicate of a subject read from token `from` with a
   * verb no list marks: a negated auxiliary ("Vexa wasn't pleased"); any word after a person's or a
   * body's name, or a subject pronoun, that an article, a possessive or a number follows ("Ann Roe
   * wears a grey coat", "Vexa rents its depot"); a verb's base form after a plural noun that an
   * article, a possessive, a capitalised word or "that" follows ("Some local farmers fear that …",
   * "Rival bidders doubt Vexa …"). Not a word of a closed class, nor a preposition ("Ann Roe of
   * the …").
   */
  private opensPredicate(from: number, e: number): boolean {
    const w = this.word(e);
    if (NEGATED_AUXILIARY.test(w)) return true;
    if (this.capital(e) || !/^\p{Ll}+$/u.test(w) || CLOSED_CLASS.has(w) || INSIDE_PHRASE.has(w)) return false;
    const next = this.word(e + 1);
    const object = OBJECT_DETERMINERS.has(next) || /^\d/.test(next);
    if (object && (this.actorEndsAt(e - 1, from) || (e - 1 === from && PRONOUNS[this.word(from)]))) return true;
    const prev = this.word(e - 1);
    const plural = /^\p{Ll}{3,}[^s]s$/u.test(prev) && !CLOSED_CLASS.has(prev) && !ARTICLES.has(prev);
    return plural && isBaseVerbForm(w) && (object || next === "that" || (next !== "" && this.capital(e + 1)));
  }

  /** Whether a person's or a body's name (starting at token `lo` or after) ends with token `k`; the subclass that knows the entities answers. */
  protected actorEndsAt(k: number, lo: number): boolean {
    void k;
    void lo;
    return false;
  }

  /**
   * A lower-case word ending in -ed, or a speech verb: the verb after a subject. A compound
   * modifier is none ("the sixth-ranked Tom Vale", "a long-awaited report").
   */
  protected looksLikeVerb(i: number): boolean {
    const w = this.word(i);
    const start = this.doc.tokens.start[i];
    const c = this.doc.text.charCodeAt(start);
    if (c >= 65 && c <= 90) return false;
    if (w.includes("-") || (start > 0 && this.doc.text[start - 1] === "-")) return false;
    return (w.length > 4 && w.endsWith("ed")) || speechLemma(w) !== null || isFiniteVerbForm(w);
  }

  /** The noun phrase made of the tokens just before `end` (exclusive). */
  phraseEndingAt(end: number, lo: number): [number, number] | null {
    if (end - 1 >= lo && PRONOUNS[this.word(end - 1)]) return [end - 1, end]; // "hackers it says"
    if (end - 1 >= lo && this.word(end - 1) === ")") {
      // "The National Cyber Security Centre (NCSC), part of GCHQ, said": step over the bracket.
      let k = end - 2;
      while (k >= lo && this.word(k) !== "(" && end - k < 12) k--;
      if (k >= lo && this.word(k) === "(") return this.phraseEndingAt(k, lo);
    }
    let a = end;
    let n = 0;
    while (a - 1 >= lo && n < PHRASE_LIMIT) {
      const w = this.word(a - 1);
      if (STOP_LEFT.has(w) || (isPunct(w) && !this.isAbbreviationDot(a - 1) && !this.isPluralPossessive(a - 1))) break;
      if (w === "and" && n > 0) {
        // "A reporter asked for a photo and Ann Roe said": "and" joins two clauses, and the
        // subject is the one after it.
        if (this.clauseBefore(a - 1, lo)) break;
        // "Minister for Trade and Industry Ann Roe said": only the words after "and" name a
        // person, so "and" joins the words of a title, not two speakers.
        if (this.personOnlyAfter(a - 1, end, lo)) {
          a--;
          n++;
          continue;
        }
        // "Mr Cash and Mr Berry said": a group; the first named speaks for both.
        const left = this.phraseEndingAt(a - 1, lo);
        if (left) return left;
        break;
      }
      a--;
      n++;
    }
    // "Tom Vale and Ann Roe of the Tarrow Marine Laboratories in California say": past the words
    // read, a person named just before "and" is the first of a pair, who speaks for both.
    for (let k = a - 1; n >= PHRASE_LIMIT && k > lo && a - k <= 5 && !isPunct(this.word(k)); k--)
      if (this.word(k) === "and" && this.personEndsAt(k - 1)) return this.phraseEndingAt(k, lo);
    return a < end ? [a, end] : null;
  }

  /**
   * Whether the words before the "and" at token `and` (back to a clause boundary, within the phrase
   * limit) hold a verb of their own, so that "and" joins clauses, not two names: a lower-case
   * finite form ("Tom Vale has won a seat and", "the mayor says so and") or a regular past
   * with its object or preposition after it ("a reporter asked for a photo and"). A past form
   * before a noun modifies it ("the embattled mayor and his wife").
   */
  private clauseBefore(and: number, lo: number): boolean {
    for (let k = and - 1, n = 0; k >= lo && n < PHRASE_LIMIT; k--, n++) {
      const w = this.word(k);
      if (STOP_LEFT.has(w) || isPunct(w)) return false;
      if (this.capital(k)) continue;
      if (isFiniteVerbForm(w) || CLAUSE_AUXILIARIES.has(w)) return true;
      if (/^[a-z]{3,}ed$/.test(w) && k + 1 < and && OBJECT_OPENERS.has(this.word(k + 1))) return true;
    }
    return false;
  }

  /** Whether a person's name (starting at token `lo` or after) ends with token `k`; the subclass that knows the entities answers. */
  personEndsAt(k: number, lo = 0): boolean {
    void k;
    void lo;
    return false;
  }

  /** Whether a person is named in (and, end) but not in the words before "and"; the subclass that knows the entities answers. */
  protected personOnlyAfter(and: number, end: number, lo: number): boolean {
    void and;
    void end;
    void lo;
    return false;
  }

  /** A slash written inside a word, glued on both sides ("9/11 widow", "his on/off ally"). */
  protected gluedSlash(i: number): boolean {
    const { start, end, count } = this.doc.tokens;
    return this.word(i) === "/" && i > 0 && i + 1 < count && start[i] === end[i - 1] && start[i + 1] === end[i];
  }

  /** A full stop glued to an initial or a title ("Joshua S. Levy", "Sen. Rick Scott"). */
  isAbbreviationDot(i: number): boolean {
    if (this.word(i) !== "." || i === 0) return false;
    const { doc } = this;
    if (doc.tokens.start[i] !== doc.tokens.end[i - 1]) return false;
    const prev = this.word(i - 1);
    // "the A.F.L.-C.I.O., a union": a full stop glued to a comma, a hyphen or a capital after it
    // is inside the abbreviation and ends no sentence (a web address's, "example.com", is no
    // abbreviation's).
    if (
      i + 1 < doc.tokens.count &&
      doc.tokens.start[i + 1] === doc.tokens.end[i] &&
      (/^[,-]/.test(this.word(i + 1)) || isUpperCode(doc.text.charCodeAt(doc.tokens.start[i + 1])))
    )
      return true;
    // ("Army Capt. Ann Roe", "Lt. Gen. Tom Vale": a title of the titles lexicon before a name.)
    if ((prev.length === 1 && /[a-z]/.test(prev)) || TITLE_WORDS.has(prev)) return true;
    // A party and state after a name ("Ann Roe, R-Ky., said"): the state's full stop ends nothing.
    const written = doc.text.slice(doc.tokens.start[i - 1], doc.tokens.end[i - 1]);
    if (/^[DRI]-/.test(written) && isStateAbbreviation(written.slice(2))) return true;
    // ("Tom Vale Jr. said …", "Acme Inc. told …", "said Del. Ann Roe": an abbreviation whose full
    // stop the sentence runs on past is no sentence end.)
    if (
      (ABBREVIATIONS.has(prev) || isStateAbbreviation(written)) &&
      i + 1 < doc.tokens.count &&
      doc.tokens.sentence[i + 1] === doc.tokens.sentence[i]
    )
      return true;
    return (
      ADDRESS_TITLES.has(prev) && i + 1 < doc.tokens.count && isUpperCode(doc.text.charCodeAt(doc.tokens.start[i + 1]))
    );
  }

  /** A full stop inside a word, glued to letters on both sides ("example.com"): it ends no sentence. */
  dotInsideWord(i: number): boolean {
    const { start, end, count } = this.doc.tokens;
    if (this.word(i) !== "." || i === 0 || i + 1 >= count || start[i] !== end[i - 1] || start[i + 1] !== end[i])
      return false;
    return /\p{L}$/u.test(this.word(i - 1)) && /^\p{L}/u.test(this.word(i + 1));
  }

  /**
   * A full stop glued to a word, then (past a closing bracket) a space and a lower-case word before
   * `hi`: an abbreviation that ends no sentence ("Rep. Ann Roe (R-Fla.) said", "Fla. residents").
   * ("example.com tweeted": a dot inside a word is no abbreviation's.)
   */
  beforeLowerCase(i: number, hi: number): boolean {
    const { doc } = this;
    const { start, end } = doc.tokens;
    if (this.word(i) !== "." || i === 0 || start[i] !== end[i - 1]) return false;
    let n = i + 1;
    while (n < hi && (this.word(n) === ")" || this.word(n) === "]") && start[n] === end[n - 1]) n++;
    if (n >= hi || start[n] === end[n - 1]) return false;
    const c = doc.text.charCodeAt(start[n]);
    return c >= 97 && c <= 122;
  }

  /** An apostrophe glued to a plural and followed by the noun it owns ("teachers' union president"). */
  isPluralPossessive(i: number): boolean {
    const w = this.word(i);
    if ((w !== "'" && w !== "’") || i === 0 || i + 1 >= this.doc.tokens.count) return false;
    const { doc } = this;
    if (doc.tokens.start[i] !== doc.tokens.end[i - 1] || !this.word(i - 1).endsWith("s")) return false;
    const next = this.word(i + 1);
    return (
      doc.tokens.start[i + 1] > doc.tokens.end[i] &&
      /^\p{L}/u.test(next) &&
      !PRONOUNS[next] &&
      speechLemma(next) === null
    );
  }

  /**
   * The source after "according to" at `from`: all of it up to the comma that closes it ("according
   * to a lawsuit filed in Dover by Ann Roe, …", "According to early results of the poll conducted by
   * Vexa Research for the Courier, …"), else the ordinary noun phrase; either cut before an article
   * that follows a noun, a clause's new subject with no comma between ("According to the Courier
   * the mill closed …"). A possessive or pronoun may open a reduced relative inside the source
   * ("according to figures her campaign released Friday").
   */
  accordingSource(from: number, hi: number): [number, number] | null {
    let end = this.sourceComma(from, hi);
    if (end < 0) end = this.phraseStartingAt(from, hi)?.[1] ?? from;
    for (let b = from + 1; b < end; b++)
      if (ARTICLES.has(this.word(b)) && !INSIDE_PHRASE.has(this.word(b - 1))) return [from, b];
    return end > from ? [from, end] : null;
  }

  /**
   * The comma that closes a source's phrase from token `from`: it runs through participles and
   * prepositional phrases to that comma, at most 30 tokens on, with no verb of a clause of its own
   * before it (an auxiliary outside a relative clause, a present tense, a verb of saying: those open
   * the content, and the source is the bare phrase). -1 when there is none.
   */
  private sourceComma(from: number, hi: number): number {
    const { doc } = this;
    let relative = false;
    for (let j = from; j < Math.min(hi, from + 30); j++) {
      const w = this.word(j);
      if (w === ",") return j > from ? j : -1;
      if (isPunct(w) && !this.isAbbreviationDot(j) && !this.isPluralPossessive(j) && !this.gluedSlash(j)) return -1;
      if (isUpperCode(doc.text.charCodeAt(doc.tokens.start[j]))) continue;
      if (RELATIVES.has(w) || w === "that") relative = true;
      else if (speechLemma(w) || isPresentVerbForm(w) || (!relative && FINITE_HINTS.has(w))) return -1;
    }
    return -1;
  }

  /** The noun phrase right after token `from` ("said Dominic Murphy, head of …"). */
  phraseStartingAt(from: number, hi: number): [number, number] | null {
    let b = from;
    let n = 0;
    while (b < hi && n < PHRASE_LIMIT) {
      const w = this.word(b);
      if (isPunct(w) && !this.isAbbreviationDot(b) && !this.isPluralPossessive(b) && !this.gluedSlash(b)) break;
      if (STOP_LEFT.has(w) || w === "on" || w === "in" || w === "at" || w === "to" || w === "after" || w === "during")
        break;
      // ('“…,” said Tom Vale about his last match': what follows "about" is the topic.)
      if (w === "about" && b > from) break;
      b++;
      n++;
    }
    // "said Ann Roe of the University of Ohio School of Law": a phrase cut by the length limit
    // ends before its last "of the", not on it.
    if (n === PHRASE_LIMIT && b < hi) while (b - 1 > from && NOT_PHRASE_ENDERS.has(this.word(b - 1))) b--;
    return b > from ? [from, b] : null;
  }
}
