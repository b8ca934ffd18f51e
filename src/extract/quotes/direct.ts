// Direct quotations: whether a quotation is a whole utterance, part of a reported clause or no
// quotation at all, and the cue and speaker on its left or right.

import type { Doc } from "../../core/doc.js";
import { isUpperCode, sentenceAt, tokenAtOrAfter, sentenceOf } from "../../core/doc.js";
import { BELIEFS, isWeakLemma, speechLemma, thatCueLemma } from "./cues.js";
import { closingSentence, type QuoteSpan } from "./marks.js";
import { isPunct, SpeakerResolver } from "./speakers.js";
import type { Speaker } from "./descriptions.js";
import {
  ADVERBIAL_OPENERS,
  INVERTING_LEMMAS,
  isLyAdverb,
  LEADING_WORDS,
  MONTHS,
  OUTCRY_HANDOVER,
  PERSON_FIRST_NOUNS,
  PRONOUNS,
  PREPOSITIONS,
  singularOf,
  RELATIVES,
  SPOKES_NOUNS,
} from "./speaker-words.js";
import { complementPreposition } from "./complements.js";
import { CLOSED_CLASS } from "../entities/lexicon.js";
import { isFiniteVerbForm, isIngOpener } from "./verb-forms.js";
import {
  HEARER_LEMMAS,
  isPossessive,
  MANNER_NOUNS,
  precedingComma,
  REPORTING_NOUNS,
  sentenceContentStart,
  skipAdjuncts,
  trailingReportVerb,
  writersAside,
} from "./indirect.js";
import {
  type Attribution,
  attributionStart,
  BE_FORMS,
  CLAUSE_OPENERS,
  COMMA_HANDOVER,
  countWords,
  DETERMINER_BEFORE,
  type Draft,
  FINITE_HINTS,
  isNounUse,
  objectEnd,
  PRONOUN_OR_DETERMINER,
  QUOTE_MARK_TOKEN,
  span,
  speakerOfCue,
  startsClause,
  trimEnd,
} from "./attribution.js";
import { askedOpening, attributionFollows, lastCoordinatedClause, mixed, mixedClause, SUBORDINATORS } from "./mixed.js";

/** Decides what a quotation is (direct, mixed or not a quote at all) and who is credited. */
/**
 * The token windows either side of a quotation: on the left from its sentence start (or the
 * previous quotation in it) to the opening mark, on the right from the closing mark to the end of
 * its sentence (or the next quotation).
 */
function quoteContext(
  doc: Doc,
  resolver: SpeakerResolver,
  q: QuoteSpan,
  prev: QuoteSpan | undefined,
  next: QuoteSpan | undefined,
) {
  const sOpen = sentenceAt(doc, q.open);
  const sClose = closingSentence(doc, q);
  if (sOpen < 0 || sClose < 0) return null;
  const sentOpen = doc.sentences[sOpen];
  const sentClose = doc.sentences[sClose];
  // (A title before it ends no window: 'stating on Channel 9’s “Morning Hour” that Roe’s “judgment” was …'.)
  const bounded = prev && prev.close <= q.open && prev.paragraph === q.paragraph && !placedTitle(doc, resolver, prev);
  const leftFrom = Math.max(sentOpen.start, bounded ? prev.close : 0);
  // ('“…,” delegate Tom Vale, wearing “Vote Roe” pins, said.': a quoted name or title inside the
  // attribution does not end it.)
  const bound = next && next.paragraph === q.paragraph && !quotedName(doc, next) ? next.open : Infinity;
  const rightTo = Math.min(sentClose.end, bound);
  return {
    sOpen,
    sClose,
    sentOpen,
    leftLo: tokenAtOrAfter(doc, leftFrom),
    // Where the window would start if a quoted name before it (quotedName) did not end it: -1 if none does.
    titleLo: bounded && quotedName(doc, prev) ? tokenAtOrAfter(doc, sentOpen.start) : -1,
    leftHi: tokenAtOrAfter(doc, q.open), // exclusive
    rightLo: tokenAtOrAfter(doc, q.close),
    rightHi: tokenAtOrAfter(doc, rightTo),
  };
}

/**
 * The cue `left` found on the left of the quotation in its window, or the same cue read over the
 * whole sentence: 'Ann Vale, the author of “Quiet Waters,” about the harbour, said the city had
 * “lost its nerve”': a cue with no subject after a quoted name that ended the window takes its
 * subject from before that name, where the name stands in the subject's apposition.
 */
function acrossName(
  doc: Doc,
  resolver: SpeakerResolver,
  q: QuoteSpan,
  ctx: { leftHi: number; titleLo: number },
  left: LeftCue | null,
): LeftCue | null {
  if (!left || left.attribution.speaker || ctx.titleLo < 0) return left;
  const wider = leftCue(doc, resolver, ctx.titleLo, ctx.leftHi, q.open);
  return wider?.attribution.speaker && wider.attribution.cueToken === left.attribution.cueToken ? wider : left;
}

export function analyse(
  doc: Doc,
  resolver: SpeakerResolver,
  found: QuoteSpan,
  prev: QuoteSpan | undefined,
  next: QuoteSpan | undefined,
  afterAttributedQuote: boolean,
): Draft | null {
  const { text } = doc;
  const q = found.unclosed ? (lostClosingMark(doc, resolver, found) ?? found) : found;
  const ctx = quoteContext(doc, resolver, q, prev, next);
  if (!ctx) return null;
  const { sOpen, sClose, sentOpen, leftLo, leftHi, rightLo, rightHi } = ctx;

  const contentWords = countWords(text, q.contentStart, q.contentEnd);
  const near = leftCue(doc, resolver, leftLo, leftHi, q.open);
  const split = splitAttribution(doc, resolver, q, prev, near);
  if (split) return direct(q, split);
  const left = acrossName(doc, resolver, q, ctx, near);
  const right = q.unclosed
    ? null
    : (rightCue(doc, resolver, rightLo, rightHi, q.open) ??
      creditLine(doc, resolver, q) ??
      (rightLo === rightHi ? attributionSentence(doc, resolver, q, sClose, next) : null));

  // The quotation opens the sentence (or its paragraph): direct speech of a whole utterance.
  const startsSentence = leftHi === leftLo || q.continuation;
  const title = titleCased(text.slice(q.contentStart, q.contentEnd));
  if (title && titleNotQuotation(resolver, q, startsSentence, leftLo, leftHi, rightLo, rightHi)) return null;
  if ((title && placedTitle(doc, resolver, q)) || (left && namingParticiple(doc, resolver, left, leftHi, q)))
    return null;
  // 'When asked about it, “it is over,” said Ann Roe': an attribution after the quotation outranks
  // a cue on the left that only heads an adjunct.
  if (left?.inAdjunct && left.adjacent && right?.speaker && (right.speaker.entity || right.speaker.name))
    return direct(q, right);
  const closer = closerOutranksLeft(doc, resolver, q, ctx, left, right);
  if (closer) return closer;
  if (left && left.adjacent) {
    if (!clauseContinues(resolver, rightLo, rightHi)) return direct(q, left.attribution);
    // 'said “a good deal of sensitive material” from police … would have to be considered': mixed.
    return mixed(q, mixedClause(doc, resolver, q.open, q, left.attribution.cueToken), left.attribution);
  }
  const participleLeft = !!left && participleReported(doc, resolver, q, left, rightLo, rightHi);
  if (right && (startsSentence || !left || participleLeft)) {
    // 'A cashier who “steals a handful of $20s” is held accountable, Warren said.': a word right
    // before the mark makes the quotation part of a reported clause (mixed); after an adjunct
    // and its comma ('In a statement, “…,” the party said.') it is the whole utterance.
    const embedded = leftHi > leftLo && !isPunct(resolver.word(leftHi - 1));
    if (startsSentence || (contentWords >= 4 && !embedded)) return direct(q, right);
    // ('Later on “Meet the Press,” Ann Roe questioned the plan': a title inside the sentence.)
    if ((!left || participleLeft) && right.cueToken > 0 && !title) {
      // 'A public inquiry … was “right or not” to name …, its chair has said.': the clause before the attribution.
      const end = trimEnd(text, sentOpen.start, clauseEndBefore(doc, resolver, q, rightLo, right));
      if (end > q.close - 1)
        return { span: q, kind: "mixed", start: sentOpen.start, end, attribution: right, inherits: false };
    }
  }
  if (left && directiveTo(resolver, left, leftHi)) {
    // 'She told her colleagues to “back me or sack me”': the quoted imperative is the utterance.
    return direct(q, left.attribution);
  }
  // '“We lost,” said Ann Roe, one of the “big four” negotiators': the cue right after the quotation
  // before is that quotation's inverted attribution, and the words after it name its speaker; a
  // fragment quoted inside them is nobody's quotation.
  // (Not a quotation that opens a sentence of its own: '…,” said Sen. Ann Roe, R-Ohio. “I get that.”')
  if (
    left &&
    !left.adjacent &&
    INVERTING_LEMMAS.has(left.lemma) &&
    prev?.paragraph === q.paragraph &&
    left.attribution.cueToken === leftLo &&
    !resolver.word(leftLo).endsWith("ing") &&
    !SENTENCE_ENDS.has(resolver.word(leftHi - 1))
  )
    return null;
  if (left) return embedded(doc, resolver, q, left);
  const label = transcriptLabel(doc, resolver, leftLo, leftHi, q.open);
  if (label) return direct(q, label);
  if (introducesWords(doc, resolver, q, leftLo, leftHi) && !clauseContinues(resolver, rightLo, rightHi)) {
    // 'and sent the message: “I wait.”': a colon introduces the words of the nearest subject before it.
    const speaker = resolver.nearestSubjectBefore(doc.sentences[sOpen].firstToken, leftHi - 1, q.open);
    if (speaker) return direct(q, { speaker, cue: null, cueToken: -1, side: "label" });
  }
  const intro = startsSentence && !q.continuation ? colonIntro(doc, resolver, q) : null;
  if (intro) return direct(q, intro);
  if (startsSentence) {
    // A whole sentence in quotation marks with no cue: the speaker carries over from context.
    // ("“I have not seen it,” said Ms Ray. “Nobody has.”": short ones too, after an attributed quotation.)
    if (contentWords >= 3 || q.continuation || afterAttributedQuote) return { ...direct(q, null), inherits: true };
  }
  if (contentWords >= LONG_FRAGMENT && !q.unclosed && !titleCased(text.slice(q.contentStart, q.contentEnd))) {
    // 'The firm is due in court on Friday “to answer four charges under the fraud act.”': a quoted
    // fragment this long is no scare quote or title but the words of the source the passage
    // reports, who is named around it. After a colon it is the whole utterance.
    if (resolver.word(leftHi - 1) === ":") return { ...direct(q, null), inherits: true };
    const clause = mixedClause(doc, resolver, sentOpen.start, q);
    const closing = closingReport(doc, resolver, clause.end);
    return closing ? mixed(q, clause, closing) : { ...mixed(q, clause, null), inherits: true };
  }
  return null; // a scare quote or a title: nobody is said to say it
}

/**
 * The attribution closing a quotation wins over the cue on its left in three shapes:
 * - 'Vale cannot say that “the files were safe,” Ann Roe added.': a cue under a negation or a modal
 *   reports no utterance; the words and their clause are the closing attribution's.
 * - 'The board was slow to act: “We are reluctant,” its chair said.': after a colon the quotation
 *   is a whole utterance, and the attribution closing it names its speaker when no cue introduces
 *   the colon ('Vale said on Monday: “…,” the paper reported' stays Vale's): a cue farther left
 *   heads a clause of its own before the colon ('was refusing to act:').
 * - 'Polling shows that “voters are tired,” said Tom Vale.', 'Members are asked to rank the bills,
 *   and the panel is less likely to be “packed,” Tom Vale said.': when the cue on the left, next to
 *   the quotation or not, has no person for its subject and an attribution right after the
 *   quotation names one, the sentence is the closer's.
 */
function closerOutranksLeft(
  doc: Doc,
  resolver: SpeakerResolver,
  q: QuoteSpan,
  ctx: NonNullable<ReturnType<typeof quoteContext>>,
  left: LeftCue | null,
  right: Attribution | null,
): Draft | null {
  const { leftLo, leftHi, rightLo, sentOpen } = ctx;
  if (!right?.speaker) return null;
  if (left?.adjacent && hypothetical(resolver, left.attribution.cueToken) && right.speaker.entity)
    return closingAttribution(doc, resolver, q, sentOpen.start, rightLo, right);
  const colon = leftHi > leftLo && resolver.word(leftHi - 1) === ":";
  if (colon && !(left && introducesColon(doc, resolver, left, leftHi - 1))) return direct(q, right);
  // (A cue farther left yields only to an attribution the quotation hands over to with a comma.)
  const handsOver =
    /,\s*$/.test(doc.text.slice(q.contentStart, q.contentEnd)) || /^\s*,/.test(doc.text.slice(q.close, q.close + 3));
  if (
    left &&
    (left.adjacent || handsOver) &&
    closesQuotation(right, rightLo) &&
    !personLike(left.attribution.speaker) &&
    !quotedInQuestion(doc, resolver, q, left)
  )
    return closingAttribution(doc, resolver, q, sentOpen.start, rightLo, right);
  return null;
}

/**
 * Whether the quotation stands in a question that opens its sentence ('Asked about the “toll on the
 * poor,” Ann Roe said the fee would stay.'): no comma between "asked" and the quotation. The answer
 * after the question's comma is no attribution of the question's words.
 */
function quotedInQuestion(doc: Doc, resolver: SpeakerResolver, q: QuoteSpan, left: LeftCue): boolean {
  const cue = left.attribution.cueToken;
  if (!askedOpening(resolver, sentenceOf(doc, cue).firstToken, cue)) return false;
  return !doc.text.slice(doc.tokens.start[cue], q.open).includes(",");
}

/** Words that stand for a person without naming one ("someone in the crowd said"). */
const SOMEONE = new Set(["someone", "somebody", "anyone", "anybody", "everyone", "everybody", "one", "who"]);

/** Whether a cue's subject is, or may be, a person: a name, a pronoun, a person noun ("a top aide"). */
function personLike(speaker: Speaker | null): boolean {
  if (!speaker?.mention) return false;
  if (speaker.entity || speaker.name) return true;
  return speaker.mention.text
    .toLowerCase()
    .split(/\s+/)
    .some(
      (w) => PRONOUNS[w] || SOMEONE.has(w) || PERSON_FIRST_NOUNS.has(w) || PERSON_FIRST_NOUNS.has(singularOf(w) ?? w),
    );
}

/** An attribution naming its speaker right after the quotation ('“…,” said Tom Vale', '“…,” the mayor said'). */
function closesQuotation(right: Attribution, rightLo: number): boolean {
  const who = right.speaker;
  if (!who || !(who.entity || who.name) || right.side !== "right") return false;
  return right.cueToken >= rightLo && right.cueToken - rightLo <= 12;
}

/**
 * Whether the left cue introduces the colon at token `colon`: only its hearer and adjuncts stand
 * between ('told reporters on Monday:'), no verb of a clause of their own ('refusing to act:').
 */
function introducesColon(doc: Doc, resolver: SpeakerResolver, left: LeftCue, colon: number): boolean {
  const cue = left.attribution.cue;
  if (!cue) return true;
  for (let k = tokenAtOrAfter(doc, cue.end); k < colon; k++) {
    const w = resolver.word(k);
    if (w === "to" || w === "that" || FINITE_HINTS.has(w)) return false;
  }
  return true;
}

/**
 * 'The council rejected the plan, calling it “a waste,” the mayor said.': a participle cue on the
 * left (not opening the sentence) is part of the clause that an attribution closing the sentence
 * after the quotation's comma reports ('…,” the mayor said.', '…,” Ann Roe said as she left').
 */
function participleReported(
  doc: Doc,
  resolver: SpeakerResolver,
  q: QuoteSpan,
  left: LeftCue,
  rightLo: number,
  rightHi: number,
): boolean {
  const cue = left.attribution.cueToken;
  return (
    !left.adjacent &&
    resolver.word(cue).endsWith("ing") &&
    cue !== sentenceOf(doc, cue).firstToken &&
    COMMA_HANDOVER.test(doc.text.slice(q.contentStart, q.close)) &&
    attributionFollows(resolver, rightLo, rightHi)
  );
}

/** Words that give a title or a name: "a film called", "a report titled", "an operation dubbed". */
const NAMING_WORDS = new Set(["called", "titled", "entitled", "named", "dubbed", "nicknamed"]);

const SENTENCE_ENDS = new Set([".", "!", "?", ":"]);

/** Words from which a quoted fragment with no cue is taken for a quotation (PolNeAR dev: 19 of 22
 * such fragments of five words or more are annotated as attributed content). */
const LONG_FRAGMENT = 5;

export const TITLE_VERBS = new Set(
  "is was are were has have had will would could can became becomes won wins".split(" "),
);

/** A quoted name or title: title-cased words that end no sentence ('“Vote Roe”', '“Quiet Waters,”'). */
function quotedName(doc: Doc, q: QuoteSpan): boolean {
  const inner = doc.text.slice(q.contentStart, q.contentEnd);
  return titleCased(inner) && !/[.!?]\s*$/.test(inner);
}

/** A short run of words most of which are Capitalised or numbers: a title ("American Skin (41 Shots)"). */
export function titleCased(content: string): boolean {
  // (Words are read only up to the ninth: a long quotation is no title, whatever its length.)
  const word = TITLE_WORD;
  word.lastIndex = 0;
  let words = 0;
  let capitalised = 0;
  for (let m = word.exec(content); m; m = word.exec(content)) {
    if (++words > 8) return false;
    if (opensCapitalOrDigit(m[0])) capitalised++;
  }
  return words > 0 && capitalised >= Math.ceil(0.6 * words);
}

const TITLE_WORD = /[\p{L}\p{N}]+/gu;

/** Whether a word opens with a capital or a digit; ASCII is read at once, the regex only past it. */
function opensCapitalOrDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^[\p{Lu}\p{N}]/u.test(word);
}

export function direct(q: QuoteSpan, attribution: Attribution | null): Draft {
  return { span: q, kind: "direct", start: q.contentStart, end: q.contentEnd, attribution, inherits: false };
}

/** Verbs that report a request or an order: "told / urged / asked X to …". */
const DIRECTIVE_LEMMAS = new Set([
  "tell",
  "urge",
  "ask",
  "call",
  "encourage",
  "implore",
  "beg",
  "instruct",
  "order",
  "advise",
  "remind",
  "challenge",
  "invite",
]);

/**
 * "told / urged X to “…”": the quotation follows "to" right after the directive verb's object
 * (a few words, no clause of their own: not 'told Ms Ray that the plan had been drawn up to “…”').
 */
function directiveTo(resolver: SpeakerResolver, left: LeftCue, leftHi: number): boolean {
  if (resolver.word(leftHi - 1) !== "to" || !DIRECTIVE_LEMMAS.has(left.lemma)) return false;
  const from = left.attribution.cueToken + 1;
  if (leftHi - 1 - from > 8) return false;
  for (let k = from; k < leftHi - 1; k++) {
    const w = resolver.word(k);
    if (w === "that" || w === "," || FINITE_HINTS.has(w) || speechLemma(w)) return false;
  }
  return true;
}

export interface LeftCue {
  attribution: Attribution;
  /** The cue's lemma ("say", "tell", "according"). */
  lemma: string;
  /** Nothing but a colon, comma or "that" stands between the cue and the quotation. */
  adjacent: boolean;
  /** Character offset where the reported clause starts. */
  clauseStart: number;
  /** The cue heads an adjunct ("When asked, “…”"): no other cue was found on the left. */
  inAdjunct: boolean;
}

const ADJUNCT_PREPOSITIONS = new Set(["in", "by", "while", "after", "before", "for", "when", "without"]);
const REDUCED_CLAUSE_OPENERS = new Set(["when", "if", "once", "unless", "until", "whenever"]);

/**
 * The speech verb nearest the quotation on its left, skipping weak cues far from it, infinitives,
 * passives (unless nothing else is found) and gerunds heading an adjunct.
 */
function nearestLeftCue(
  doc: Doc,
  resolver: SpeakerResolver,
  lo: number,
  hi: number,
): { cue: number; lemma: string; multi: number; inAdjunct: boolean } | null {
  let cue = -1;
  let passive = -1;
  let adjunct = -1;
  let lemma: string | null = null;
  let multi = 0;
  for (let i = hi - 1; i >= lo; i--) {
    const w = resolver.word(i);
    if (w === "to" && i > lo && resolver.word(i - 1) === "according") {
      cue = i - 1;
      lemma = "according";
      multi = 1;
      break;
    }
    if (putIt(resolver, i - 1)) {
      cue = i - 1;
      lemma = "put";
      multi = 1;
      break;
    }
    // "the warning was", "a statement reads": an -ing or -s form after a determiner is a noun.
    // "The audit found that the board had “no real plan”": a verb that reports only before "that"
    // reports the clause it opens (never as a participle: "emails showing that …").
    // (The noun test is asked only of a word that may be a cue: most words on the left are none.)
    const said =
      speechLemma(w) ??
      (resolver.word(i + 1) === "that" && !w.endsWith("ing") ? thatCueLemma(w, resolver.word(i - 1)) : null);
    const l = said !== null && !isNounUse(doc, resolver, i) ? said : null;
    // ("It goes without saying that …", "Needless to say, …": the writer's aside reports nothing, unless
    // the quotation follows it at once: 'without saying, “…”' holds the words not said.)
    if (l && i < hi - 2 && writersAside(doc, resolver, sentenceOf(doc, i).firstToken, i, w === l)) continue;
    // "thought", "heard", "believes" far from the quotation are not attributions of it: look further left.
    const weak = l !== null && isWeakLemma(l);
    const infinitive = resolver.word(i - 1) === "to"; // "to call his handlers" reports nothing
    // ("accused Tom Vale of exposing the port to a “needless risk”": an accusation's complement
    // holds what the accuser says, however long the object and its "of" run.)
    const farWeak =
      weak && l !== "call" && l !== "describe" && l !== "accuse" && hi - i > 7 && resolver.word(i + 1) !== "that";
    // 'Tom Vale said he thought Ann Roe had “made up the story”': a belief its subject holds inside
    // the clause of a verb of saying further left is part of what was said; that verb reports.
    if (l && BELIEFS.has(l) && saidBefore(resolver, i, lo)) continue;
    if (l && !farWeak && !(weak && infinitive)) {
      // A passive cue ("it had been suggested") yields to an active one further left ("X told Y that …").
      if (BE_FORMS.has(resolver.word(i - 1)) && resolver.word(i + 1) !== "by" && !w.endsWith("ing")) {
        if (passive < 0) passive = i;
        continue;
      }
      // "says the country stands with its allies in condemning “…”": a gerund after a preposition
      // heads an adjunct; a cue further left is the sentence's reporting verb.
      if (w.endsWith("ing") && ADJUNCT_PREPOSITIONS.has(resolver.word(i - 1))) {
        if (adjunct < 0) adjunct = i;
        continue;
      }
      // "who told the panel when asked about it: “…”": a participle right after "when" or "if" is
      // a passive clause cut short, whose subject is the one asked; the cue further left reports.
      if (!w.endsWith("ing") && REDUCED_CLAUSE_OPENERS.has(resolver.word(i - 1))) {
        if (adjunct < 0) adjunct = i;
        continue;
      }
      // "said anybody who complains about it is “…”", "says his tweets accusing her of lying are
      // “…”": a speech verb in a relative clause, or a participle right after its noun, describes
      // someone in the reported clause; a cue further left is the sentence's reporting verb.
      if (insideNounModifier(doc, resolver, i, lo, hi)) {
        if (adjunct < 0) adjunct = i;
        continue;
      }
      // 'Ann Roe said that when Tom Vale railed against the banks, “he spoke for all of us.”': a
      // speech verb in an adverbial clause that opens a reported that-clause, closed by its comma
      // before the quotation, tells when; the verb before "that" reports the quotation.
      if (inReportedAdverbial(doc, resolver, i, lo, hi)) {
        if (adjunct < 0) adjunct = i;
        continue;
      }
      cue = i;
      lemma = l;
      break;
    }
  }
  let inAdjunct = false;
  if (cue < 0 && adjunct >= 0) {
    cue = adjunct;
    lemma = speechLemma(resolver.word(adjunct));
    inAdjunct = true;
  }
  if (cue < 0 && passive >= 0) {
    cue = passive;
    lemma = speechLemma(resolver.word(passive));
  }
  if (cue < 0 || !lemma) return null;
  return { cue, lemma, multi, inAdjunct };
}

/**
 * Whether a verb of saying that is no weak cue stands left of the belief at `i`, across its subject
 * (a pronoun or a name) and at most six more words with no punctuation: "said he thought", "told
 * reporters she believes", "said that Ann Roe thinks".
 */
function saidBefore(resolver: SpeakerResolver, i: number, lo: number): boolean {
  for (let j = i - 2; j >= lo && i - j <= 8; j--) {
    const w = resolver.word(j);
    if (isPunct(w) && !resolver.isAbbreviationDot(j)) return false;
    const l = speechLemma(w);
    if (l && !isWeakLemma(l) && !BE_FORMS.has(resolver.word(j - 1)) && !w.endsWith("ing")) return true;
  }
  return false;
}

/**
 * Whether the cue at token `i` stands in an adverbial clause ("when …", "although …") that opens the
 * that-clause of a speech verb further left and ends at the comma before the quotation (`hi`).
 */
function inReportedAdverbial(doc: Doc, resolver: SpeakerResolver, i: number, lo: number, hi: number): boolean {
  if (resolver.word(hi - 1) !== ",") return false;
  for (let j = i - 1; j > lo && i - j <= 12; j--) {
    const w = resolver.word(j);
    if (isPunct(w) && !resolver.isAbbreviationDot(j)) return false;
    if (!(SUBORDINATORS.has(w) || REDUCED_CLAUSE_OPENERS.has(w) || ADVERBIAL_OPENERS.has(w))) continue;
    if (resolver.word(j - 1) !== "that") return false;
    for (let k = j - 2; k >= lo && j - k <= 6; k--) {
      if (isPunct(resolver.word(k)) && !resolver.isAbbreviationDot(k)) return false;
      if (speechLemma(resolver.word(k)) && !isNounUse(doc, resolver, k)) return true;
    }
    return false;
  }
  return false;
}

/** A speech verb right after a restrictive relative pronoun ("anybody who complains") or an -ing form right after a lower-case noun ("tweets accusing"). */
function insideNounModifier(doc: Doc, resolver: SpeakerResolver, i: number, lo: number, hi: number): boolean {
  if (i - 1 < lo) return false;
  const before = resolver.word(i - 1);
  // "the board, which has denied any wrongdoing, would “…”": a relative clause set off by commas
  // that closes before the quotation describes someone in the reported clause.
  if (enclosedRelative(resolver, i, lo, hi)) return true;
  // "says the case against the men accused of fraud is “…”": a past participle right after a
  // lower-case noun, with "of" or "by" after it, is a reduced passive relative ("the men (who
  // were) accused of"), not the sentence's verb (which takes an object: "the police accused him").
  if (
    resolver.word(i).endsWith("ed") &&
    (resolver.word(i + 1) === "of" || resolver.word(i + 1) === "by") &&
    /^\p{Ll}+$/u.test(doc.text.slice(doc.tokens.start[i - 1], doc.tokens.end[i - 1])) &&
    !PRONOUN_OR_DETERMINER.has(before) &&
    !NOT_NOUNS.has(before) &&
    !BE_FORMS.has(before) &&
    !FINITE_HINTS.has(before) &&
    !before.endsWith("ly")
  )
    return true;
  // (After a comma the relative clause is the speaker's own: "the agents, who claimed they were
  // tourists, …" reports the agents.)
  // (Unless it opens a reported clause that runs to the quotation with one verb: "thanked voters who
  // said the levy was “a tax on the poor”" quotes the voters, not the one who thanked them; in "said
  // anyone who says the levy is fair is “a fool”" the second verb is the outer clause's.)
  if (before === "who" || before === "which") {
    if (i - 2 < lo || resolver.word(i - 2) === ",") return false;
    let verbs = 0;
    for (let k = i + 1; k < hi; k++)
      if (FINITE_HINTS.has(resolver.word(k)) || isFiniteVerbForm(resolver.word(k))) verbs++;
    return !(speechLemma(resolver.word(i)) === "say" && verbs === 1 && startsClause(doc, resolver, i + 1, hi));
  }
  if (!resolver.word(i).endsWith("ing") || isPunct(before) || PRONOUN_OR_DETERMINER.has(before)) return false;
  // (not "The gazette quoted Ann Roe as saying: “…”": after a verb of citation and its object, the
  // participle reports what the one cited said)
  if (before === "as" && resolver.citedSpeaker(i, lo) !== null) return false;
  // ("issued a statement calling …", "sent a letter urging …": the statement speaks through it.)
  if (SPOKES_NOUNS.has(before) || MANNER_NOUNS.has(before)) return false;
  // (not "is saying", "was accusing": a progressive is the clause's own verb)
  if (BE_FORMS.has(before) || FINITE_HINTS.has(before) || before === "and" || before === "or" || before === "but")
    return false;
  return (
    !isUpperCode(doc.text.charCodeAt(doc.tokens.start[i - 1])) && /^\p{L}+$/u.test(before) && !before.endsWith("ly")
  );
}

/**
 * Whether a title-cased quotation is a title, not someone's words: the subject of a verb at the
 * start of a sentence ('“The Crown” has been nominated …', '“American Skin (41 Shots)” was written
 * by …'), or a name given after "called" or "titled" ('a book called “The Long Road Home”').
 */
function titleNotQuotation(
  resolver: SpeakerResolver,
  q: QuoteSpan,
  startsSentence: boolean,
  leftLo: number,
  leftHi: number,
  rightLo: number,
  rightHi: number,
): boolean {
  if (startsSentence && !q.continuation && rightLo < rightHi && TITLE_VERBS.has(resolver.word(rightLo))) return true;
  return leftHi > leftLo && NAMING_WORDS.has(resolver.word(leftHi - 1));
}

/**
 * A title owned or placed: title-cased words after a possessive ('Channel 9’s “Morning Hour”', 'her
 * “Open Doors”') or a preposition of where words are broadcast or printed ('said on “Morning Hour,”
 * adding, …', 'wrote in “The Dunmore Ledger”'). Nobody is said to say it.
 */
function placedTitle(doc: Doc, resolver: SpeakerResolver, q: QuoteSpan): boolean {
  if (!titleCased(doc.text.slice(q.contentStart, q.contentEnd))) return false;
  const k = tokenAtOrAfter(doc, q.open) - 1;
  const sentenceFirst = sentenceOf(doc, k + 1)?.firstToken ?? k + 1;
  return k >= sentenceFirst && (TITLE_SLOTS.has(resolver.word(k)) || isPossessive(resolver, k));
}

/** Words right before a title that own or place it: possessive pronouns and the prepositions of a programme or a publication. */
const TITLE_SLOTS = new Set(["his", "her", "their", "its", "our", "my", "your", "on", "in", "at", "from"]);

/** A mixed quotation from `sentenceStart` to the attribution `right` that closes the sentence. */
function closingAttribution(
  doc: Doc,
  resolver: SpeakerResolver,
  q: QuoteSpan,
  sentenceStart: number,
  rightLo: number,
  right: Attribution,
): Draft {
  const end = trimEnd(doc.text, sentenceStart, Math.max(clauseEndBefore(doc, resolver, q, rightLo, right), q.close));
  return { span: q, kind: "mixed", start: sentenceStart, end, attribution: right, inherits: false };
}

/**
 * Where a reported clause before the attribution `right` ends: at the attribution's opening comma,
 * or before the speaker's name when an apposition follows the name ('…, Ann Roe, the mayor, said').
 */
function clauseEndBefore(
  doc: Doc,
  resolver: SpeakerResolver,
  q: QuoteSpan,
  rightLo: number,
  right: Attribution,
): number {
  const mention = right.speaker?.mention;
  const named = mention && mention.start >= q.close ? mention.start : Infinity;
  return Math.min(named, attributionStart(doc, resolver, rightLo, right.cueToken));
}

/**
 * 'Some staff were moved “as a precaution” after weeks of questions about the site, she said.': a
 * report closing the sentence after a reported clause that ends at `end` (its comma, a short
 * subject, a speech verb and nothing more) attributes the clause, however far from the marks.
 */
function closingReport(doc: Doc, resolver: SpeakerResolver, end: number): Attribution | null {
  const k = tokenAtOrAfter(doc, end);
  // (Its comma may stand inside the closing mark the clause ends with: '… “a drag on growth,” she said.')
  const from =
    resolver.word(k) === "," ? k + 1 : /,\s*["”’»]$/.test(doc.text.slice(Math.max(0, end - 3), end)) ? k : -1;
  if (from < 0) return null;
  const hi = sentenceOf(doc, k).lastToken;
  const cue = trailingReportVerb(resolver, from, hi);
  const lemma = cue < 0 ? null : speechLemma(resolver.word(cue));
  if (!lemma) return null;
  const speaker = speakerOfCue(doc, resolver, cue, cue + 1, from, hi, lemma);
  return speaker ? { speaker, cue: span(doc, cue, cue + 1), cueToken: cue, side: "right" } : null;
}

/** Whether the cue at token `cue` stands under a negation or a modal ("cannot say", "would never claim", "did not say"). */
function hypothetical(resolver: SpeakerResolver, cue: number): boolean {
  for (let k = cue - 1; k >= 0 && cue - k <= 3; k--) {
    const w = resolver.word(k);
    if (MODALS.has(w)) return true;
    if (w !== "not" && w !== "n't" && w !== "never" && w !== "even" && w !== "also") return false;
  }
  return false;
}

const MODALS = new Set(
  "cannot can can't could couldn't will won't would wouldn't should shouldn't may might must did didn't does doesn't do don't".split(
    " ",
  ),
);

/** Whether token `i` stands in a relative clause opened by ", which/who" and closed by a comma before `hi`. */
function enclosedRelative(resolver: SpeakerResolver, i: number, lo: number, hi: number): boolean {
  let k = i - 1;
  while (k > lo && i - k <= 3 && !RELATIVE_WORDS.has(resolver.word(k))) k--;
  if (k <= lo || !RELATIVE_WORDS.has(resolver.word(k)) || resolver.word(k - 1) !== ",") return false;
  for (let j = i + 1; j < hi; j++) {
    const w = resolver.word(j);
    if (w === ",") return j + 1 < hi;
    if (isPunct(w) && w !== "-") return false;
  }
  return false;
}

const RELATIVE_WORDS = new Set(["which", "who"]);
/** Words before a participle that make it no noun's modifier: "as recalled by", "and accused of". */
const NOT_NOUNS = new Set(["as", "and", "or", "but", "then", "also", "not", "never", "once", "first", "later"]);

/**
 * A quotation embedded in the reported clause of the cue on its left: a mixed quote spanning the
 * clause (the last of coordinated clauses: "told the court that no evidence would be offered and the
 * CPS "simply cannot …""; the clause before it is indirect speech, found later), or a direct one
 * when the clause is the quotation alone.
 */
function embedded(doc: Doc, resolver: SpeakerResolver, q: QuoteSpan, left: LeftCue): Draft {
  const around = clauseAroundCue(doc, resolver, q, left);
  const from = around >= 0 ? around : lastCoordinatedClause(doc, resolver, left.clauseStart, q.open);
  const clause = mixedClause(doc, resolver, from, q, left.attribution.cueToken);
  if (clause.start >= q.open && clause.end <= q.close) return direct(q, left.attribution);
  return mixed(q, clause, left.attribution);
}

/**
 * 'Repair costs, she added, were “far above the estimate.”', 'Perhaps, he said, the pier “will
 * never reopen.”': a cue set off between commas inside the reported clause, its subject after the
 * sentence's opening words and a comma after it (and its adjuncts), reports the whole sentence, the
 * words before it included, as it does with no quotation marks ("The depot, he added, would close
 * in May"). Where that clause starts, or -1. Not after a person named beside a description, the cue's
 * subject ("Ann Roe, the mayor, said, in a letter, the fee was “…”", where a clause of its own follows),
 * nor after words that hold a report of their own.
 */
function clauseAroundCue(doc: Doc, resolver: SpeakerResolver, q: QuoteSpan, left: LeftCue): number {
  const cue = left.attribution.cueToken;
  if (!left.attribution.cue || cue < 0) return -1;
  const sentence = sentenceOf(doc, cue);
  const lo = sentence.firstToken;
  const hi = tokenAtOrAfter(doc, q.open);
  const after = skipAdjuncts(resolver, tokenAtOrAfter(doc, left.attribution.cue.end), hi);
  // (Adjuncts take their commas with them: "she added, in her letter, were …".)
  if (resolver.word(after - 1) !== "," || after >= hi) return -1;
  const comma = precedingComma(doc, resolver, cue, lo);
  // (Not a comment, "…, as Tom Vale put it, …", nor a cue inside a second predicate: "who rents a flat
  // and, Ann Roe said, has “never paid” …".)
  if (comma <= lo || comma + 1 >= cue || resolver.word(comma + 1) === "as") return -1;
  const start = tokenAtOrAfter(doc, sentenceContentStart(doc, resolver, sentence, comma));
  if (comma - 1 > start && COORDINATORS.has(resolver.word(comma - 1))) return -1;
  for (let k = start; k < comma; k++)
    if (speechLemma(resolver.word(k)) || QUOTE_MARK_TOKEN.test(resolver.word(k))) return -1;
  const named = (from: number, to: number) => resolver.capital(from) && resolver.hasPerson(from, to);
  const described = (from: number, to: number) =>
    to - from <= 6 && DESCRIPTION_OPENERS.has(resolver.word(from)) && !FINITE_HINTS.has(resolver.word(to - 1));
  const apposed =
    (named(start, comma) && described(comma + 1, cue)) || (described(start, comma) && named(comma + 1, cue));
  if (apposed && startsClause(doc, resolver, after, hi)) return -1;
  return doc.tokens.start[start];
}

const DESCRIPTION_OPENERS = new Set(["a", "an", "the", "his", "her", "its", "their"]);
const COORDINATORS = new Set(["and", "but", "or"]);

/** The nearest speech verb before the quotation in its sentence, and its subject. */
export function leftCue(doc: Doc, resolver: SpeakerResolver, lo: number, hi: number, open: number): LeftCue | null {
  const found = nearestLeftCue(doc, resolver, lo, hi);
  if (!found) return null;
  const { cue, lemma, multi, inAdjunct } = found;
  const cueEnd = cue + multi + 1;
  // What stands between the cue and the opening mark decides direct versus mixed.
  const between: string[] = [];
  for (let i = cueEnd; i < hi; i++) between.push(resolver.word(i));
  const lastBetween = between[between.length - 1];
  const adjacent =
    between.length === 0 ||
    lastBetween === ":" ||
    (between.length === 1 && (lastBetween === "," || lastBetween === "that")) ||
    (lemma !== "according" && between.length <= 8 && lastBetween === "," && !between.includes("that")) ||
    // 'said on Twitter on Monday, in reference to her first child, a girl born in 2014, “…”':
    // adjuncts only (no verb of their own) before the comma.
    (lemma !== "according" &&
      between.length <= 30 &&
      lastBetween === "," &&
      !between.includes("that") &&
      !between.some((w) => FINITE_HINTS.has(w) || (w.length > 4 && w.endsWith("ed")))) ||
    (between.length > 1 && lastBetween === "that" && !between.slice(0, -1).includes(","));
  let clauseStart = cueEnd < hi ? doc.tokens.start[cueEnd] : open;
  // The reported clause begins after the last "that" following the cue, else after the cue's object.
  for (let i = hi - 1; i >= cueEnd; i--) {
    if (CLAUSE_OPENERS.has(resolver.word(i))) {
      clauseStart = i + 1 < hi ? doc.tokens.start[i + 1] : open;
      break;
    }
  }
  if (lemma === "according") {
    // "According to the club, the injury is “not serious”": the clause follows the source's comma.
    for (let i = cueEnd; i < hi; i++)
      if (resolver.word(i) === ",") {
        clauseStart = i + 1 < hi ? doc.tokens.start[i + 1] : open;
        break;
      }
  }
  // "called for a “fair deal”", "warned of a “long” winter", "referred to the mayor as “a fraud”": a
  // preposition the verb takes belongs to the cue; what was said is its object.
  // (Not the preposition of an accusation's complement, which opens what was said: "was accused of …".)
  if (
    cueEnd + 1 < hi &&
    clauseStart === doc.tokens.start[cueEnd] &&
    complementPreposition(resolver.word(cueEnd - 1)) !== resolver.word(cueEnd) &&
    cuePreposition(resolver, cueEnd, hi)
  )
    clauseStart = doc.tokens.start[cueEnd + 1];
  if (cueEnd < hi && clauseStart === doc.tokens.start[cueEnd] && (lemma === "tell" || lemma === "inform")) {
    // "told the court (that) …": skip the hearer.
    const obj = objectEnd(resolver, cueEnd, hi);
    clauseStart = obj < hi ? doc.tokens.start[obj] : open;
  }
  const main = mainClauseAfterOpening(doc, resolver, cue, hi, open);
  if (main) return { attribution: main, lemma, adjacent: true, clauseStart: open, inAdjunct };
  const speaker = speakerOfCue(doc, resolver, cue, cueEnd, lo, hi, lemma);
  const cueSpan = span(doc, cue, cueEnd);
  return {
    attribution: { speaker, cue: cueSpan, cueToken: cue, side: "left" },
    lemma,
    adjacent,
    clauseStart,
    inAdjunct,
  };
}

/**
 * Whether token `k`, right after a cue verb, is a preposition the verb takes ("called for", "spoke
 * of", "warned against", "called on", "joked about"), not one that opens a time ("said on Monday")
 * nor an infinitive's "to" ("vowed to “fight on”"): "to" counts only before a name, a determiner or
 * an object pronoun ("referred to the mayor as …").
 */
function cuePreposition(resolver: SpeakerResolver, k: number, hi: number): boolean {
  const w = resolver.word(k);
  if (w === "to") {
    const next = QUOTE_MARK_TOKEN.test(resolver.word(k + 1)) ? k + 2 : k + 1;
    return (
      next < hi &&
      (resolver.capital(next) ||
        HEARER_DETERMINERS.has(resolver.word(next)) ||
        OBJECT_PRONOUNS.has(resolver.word(next)))
    );
  }
  return CUE_PREPOSITIONS.has(w) && skipAdjuncts(resolver, k + 1, hi) === k + 1 && !MONTHS.has(resolver.word(k + 1));
}

/** Prepositions a verb of speech takes before what was said: "call for", "warn of", "comment on". */
const CUE_PREPOSITIONS = new Set(["for", "about", "of", "against", "on"]);
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "us", "me", "himself", "herself", "themselves", "itself"]);

/**
 * 'When Tom Vale said the city would sue, Ann Roe fired back: “…”': a quotation that a colon (or a
 * comma: 'After Tom Vale criticized her, Ann Roe shot back, “…”') hands over belongs to the main
 * clause before it, not to a speech verb (at `cue`) of the clause
 * that opens the sentence ("When …", "After …", "Although …", up to its comma): the main clause's
 * subject speaks, by its verb, whatever that verb is. Null when the sentence is not so built.
 */
function mainClauseAfterOpening(
  doc: Doc,
  resolver: SpeakerResolver,
  cue: number,
  hi: number,
  open: number,
): Attribution | null {
  if (hi - 1 <= cue || (resolver.word(hi - 1) !== ":" && resolver.word(hi - 1) !== ",")) return null;
  const first = sentenceOf(doc, cue).firstToken;
  if (!LEADING_WORDS.has(resolver.word(first)) || first >= cue) return null;
  let comma = cue + 1;
  while (comma < hi - 1 && resolver.word(comma) !== ",") comma++;
  if (comma >= hi - 1) return null;
  const np = resolver.subjectSpan(comma + 1, hi - 1);
  if (!np || np[1] >= hi - 1 || resolver.capital(np[1]) || isPunct(resolver.word(np[1]))) return null;
  const speaker = resolver.resolvePhrase(np[0], np[1], open);
  if (!speaker?.entity) return null;
  return { speaker, cue: span(doc, np[1], cueEnd(resolver, np[1])), cueToken: np[1], side: "left" };
}

/** "As Ann Roe put it, “…”", "“…,” as one lawyer puts it": the idiom reports the words quoted. */
function putIt(resolver: SpeakerResolver, i: number): boolean {
  const w = resolver.word(i);
  return (w === "put" || w === "puts") && resolver.word(i + 1) === "it";
}

/** Whether words (not an attribution or the sentence end) follow the closing mark in its sentence. */
export function clauseContinues(resolver: SpeakerResolver, lo: number, hi: number): boolean {
  if (lo >= hi) return false;
  const w = resolver.word(lo);
  if (isPunct(w) || w === "—") return false;
  if (speechLemma(w)) return false;
  if (w === "according" || w === "he" || w === "she" || w === "they" || w === "it") return false;
  return true;
}

/** An attribution after the quotation: ", he said", "said Dominic Murphy", "Teixeira concluded". */
/**
 * '“We balanced the books again, Mayor Ann Roe said.': a quotation that lost its closing mark
 * before its own attribution (the paragraph's last sentence after a comma) ends at that comma.
 */
function lostClosingMark(doc: Doc, resolver: SpeakerResolver, q: QuoteSpan): QuoteSpan | null {
  const { text } = doc;
  const end = tokenAtOrAfter(doc, q.contentEnd);
  let commas = 0;
  for (let k = end - 1; k > tokenAtOrAfter(doc, q.contentStart) && end - k <= 32 && commas < 3; k--) {
    const w = resolver.word(k);
    if ((w === "." && !resolver.isAbbreviationDot(k) && k < end - 1) || w === "!" || w === "?" || w === ";")
      return null;
    if (w !== ",") continue;
    commas++;
    if (countWords(text, q.contentStart, doc.tokens.start[k]) < 3) return null;
    const attribution = rightCue(doc, resolver, k, end, q.open);
    if (!attribution?.speaker || !(attribution.speaker.entity || attribution.speaker.name)) continue;
    return { ...q, close: doc.tokens.end[k], contentEnd: doc.tokens.start[k], unclosed: false, continues: false };
  }
  return null;
}

export function rightCue(
  doc: Doc,
  resolver: SpeakerResolver,
  lo: number,
  hi: number,
  open: number,
): Attribution | null {
  let i = lo;
  while (i < hi && (isPunct(resolver.word(i)) || resolver.word(i) === "—")) {
    const w = resolver.word(i);
    if (w === "." || w === "!" || w === "?") return null;
    i++;
  }
  // The quotation hands over to its attribution with a comma, inside or outside the marks.
  const comma =
    i < hi &&
    /,\s*["”’'“»″]{0,2}\s*[–—-]?\s*$/.test(doc.text.slice(Math.max(0, doc.tokens.start[i] - 6), doc.tokens.start[i]));
  if (i >= hi) return null;
  const first = resolver.word(i);
  /** A cue from `cueStart` to `cueEnd` whose speaker is the phrase right after it. */
  const speakerAfterCue = (cueStart: number, cueEnd: number): Attribution => {
    const np = resolver.phraseStartingAt(cueEnd, hi);
    // ('“…,” said another leading advocate, Ann Roe.': the person the description is named as.)
    const speaker = np ? resolver.invertedSpeaker(np, hi, open) : null;
    return { speaker, cue: span(doc, cueStart, cueEnd), cueToken: cueStart, side: "right" };
  };
  // "according to X"
  if (first === "according" && resolver.word(i + 1) === "to") return speakerAfterCue(i, i + 2);
  // A participle is never inverted: in 'Roe blamed the delay on “a broken crane,” claiming the board
  // knew', the words after it are what was claimed, and the claimant is the sentence's subject. Nor
  // is a cue whose next words are a subject and its auxiliary: in 'Ann Roe, citing “the debt,” said
  // the council could not borrow', they open what was said.
  if (speechLemma(first) && (first.endsWith("ing") || auxiliaryFollows(resolver, i + 1, hi))) {
    const speaker = resolver.sentenceSubject(sentenceOf(doc, i).firstToken, i, open);
    return { speaker, cue: span(doc, i, i + 1), cueToken: i, side: "right" };
  }
  // Inverted: "said Dominic Murphy", "added the head coach".
  if (speechLemma(first)) return speakerAfterCue(i, i + 1);
  // Subject first: "he said", "Sen. Rick Scott told reporters", "Frank Ferguson, 52, said".
  // An apposition after the name ("Ann Roe, a lawyer who now chairs the board, told …") may be long.
  let limit = i + 20;
  for (let k = i; k < Math.min(hi, i + 6); k++) if (resolver.word(k) === ",") limit = i + 32;
  // ('“…,” the official, who asked not to be named, told reporters.': a verb of a relative clause
  // set off by commas is not the cue; the clause's closing comma hands back to the sentence.)
  let relative = false;
  for (let k = i; k < Math.min(hi, limit); k++) {
    const w = resolver.word(k);
    if (
      (w === "." && !resolver.isAbbreviationDot(k) && !resolver.beforeLowerCase(k, hi) && !resolver.dotInsideWord(k)) ||
      w === "!" ||
      w === "?"
    )
      break;
    if (w === ";") break;
    if (w === ",") relative = !relative && RELATIVES.has(resolver.word(k + 1));
    if (relative) continue;
    // ("…,” Ann Roe, attorney general of one of the states suing, said": "the states" is a noun,
    // and so is "State" in "a United States envoy"; a capitalised verb right after a person's name
    // is a title-case headline's: "‘…,’ Ann Roe Says".)
    // (The noun test is asked only of a verb of speech: most words after a quotation are none.)
    const put = putIt(resolver, k);
    const said = put ? null : speechLemma(w);
    const noun = said !== null && isNounUse(doc, resolver, k) && !(k > i && resolver.personEndsAt(k - 1, i));
    const l = put ? "put" : noun ? null : said;
    // A weak cue ("reported", "posted") attributes a quotation its comma hands over to it ('“…,”
    // the agency reported.'); further on it may report something else.
    if (!l || (isWeakLemma(l) && !comma) || BE_FORMS.has(resolver.word(k - 1))) continue;
    // ('Most tenants backed the “fair rent” plan, but a few said otherwise.': what the cue reports
    // is the opposite of the words before it, which are no one's report.)
    if (resolver.word(k + 1) === "otherwise") return null;
    // '“We are happy” about the ruling, said Ann Roe, …': an adjunct, its comma, then the
    // inverted attribution; so, before "said", after a clause a conjunction opens ('“…,” since the
    // vote was close, said Ann Roe'), where another verb has its subject before it ('“…” but Ann
    // Roe, the last founder, claimed the title'). So too after the rest of the quoted sentence,
    // unquoted, opened by "that" or a subordinator ('“It seems unlikely” that the board will pay,
    // said Ann Roe'; '“Voters would call it a failure” if the levy fails, said Tom Vale').
    // So too after the rest of a clause the quotation sits in ('The plan shows the “serious” limits
    // of the deal, said Tom Vale'), for a cue that inverts, when no clause follows it ('…, his deputy,
    // Ann Roe, said the case was closed').
    if (
      resolver.word(k - 1) === "," &&
      k - 1 > i &&
      (ADJUNCT_PREPS.has(first) ||
        ((CLOSED_CLASS.has(first) || first === "that" || REDUCED_CLAUSE_OPENERS.has(first)) && l === "say") ||
        (INVERTING_LEMMAS.has(l) && !comma && !startsClause(doc, resolver, k + 1, hi))) &&
      l !== "put" &&
      invertedName(doc, resolver, k + 1, hi)
    )
      return speakerAfterCue(k, k + 1);
    // ('“…,” the paper quoted Ann Roe as saying.': the one cited speaks, through the participle.)
    const cited = resolver.citedParticiple(k, Math.min(hi, limit));
    const cue = cited !== null && speechLemma(resolver.word(cited)) ? cited : k;
    // ('The “golden era” declared by Tom Vale in 2015 has soured': the agent of a reduced passive.)
    const agent = resolver.passiveAgent(cue, hi, open);
    const subj = agent ? null : resolver.subjectBefore(cue, i);
    const speaker = agent ?? (subj ? resolver.resolvePhrase(subj[0], subj[1], open) : null);
    return { speaker, cue: span(doc, cue, l === "put" ? k + 2 : cue + 1), cueToken: cue, side: "right" };
  }
  // Only a quotation closed by a comma (or a question or exclamation mark) hands over to a name
  // without a cue of the lexicon.
  const before = doc.text.slice(Math.max(0, doc.tokens.start[i] - 4), doc.tokens.start[i]);
  if (COMMA_HANDOVER.test(before))
    return mannerAttribution(doc, resolver, i, hi, open) ?? verblessAttribution(doc, resolver, i, hi, open);
  // ('“Would it pass?” Tom Vale pressed.': a question or an exclamation hands over the same way.)
  if (OUTCRY_HANDOVER.test(before)) return mannerAttribution(doc, resolver, i, hi, open);
  return null;
}

/**
 * Whether a short phrase from token `k` runs into an auxiliary or a modal before any punctuation or
 * relative word ("the council could", "her rivals have"): a clause's subject, not an inverted speaker.
 */
function auxiliaryFollows(resolver: SpeakerResolver, k: number, hi: number): boolean {
  for (let j = k; j < Math.min(hi, k + 6); j++) {
    const w = resolver.word(j);
    if (isPunct(w) || RELATIVES.has(w) || w === "that") return false;
    if (j > k && FINITE_HINTS.has(w)) return true;
  }
  return false;
}

/** Whether a name or a definite description opens at token `k` ("Ann Roe", "the agency"). */
function invertedName(doc: Doc, resolver: SpeakerResolver, k: number, hi: number): boolean {
  if (k >= hi) return false;
  const w = resolver.word(k);
  return w === "the" || (isUpperCode(doc.text.charCodeAt(doc.tokens.start[k])) && !PRONOUN_WORDS.has(w));
}

/** Prepositions that open an adjunct between a quotation and its inverted attribution ("about the ruling"). */
const ADJUNCT_PREPS = new Set(
  "about on in at for from with over after before during to of against toward towards like".split(" "),
);

const PRONOUN_WORDS = new Set(["he", "she", "they", "it", "we", "i"]);

/**
 * '“We will appeal,” defence lawyer Ann Roe.': after a quotation closed by a comma, a person's name
 * (with any title before it) and nothing else up to the sentence end names the speaker, with no cue.
 */
function verblessAttribution(
  doc: Doc,
  resolver: SpeakerResolver,
  i: number,
  hi: number,
  open: number,
): Attribution | null {
  const np = resolver.phraseStartingAt(i, hi);
  if (!np) return null;
  const end = resolver.word(np[1]);
  if (np[1] < hi && end !== "." && end !== "!") return null;
  if (np[1] + 1 < hi) return null;
  const speaker = resolver.resolvePhrase(np[0], np[1], open);
  if (speaker?.entity?.type !== "person") return null;
  return { speaker, cue: null, cueToken: -1, side: "right" };
}

/**
 * '“We will appeal,” Ann Roe fumed on Tuesday.': after a quotation closed by a comma, a name (or "he",
 * "she") and a verb in the past with at most a time or a place after it, up to the sentence end,
 * is how the quotation was said, whatever the verb ("quipped", "grinned", "scoffed"), also with an
 * apposition after the name ("Ann Roe, the mayor, fumed"): English hands a quotation over to its
 * speaker that way. So does the verb before a person's name ("beamed Ann Roe").
 */
function mannerAttribution(
  doc: Doc,
  resolver: SpeakerResolver,
  i: number,
  hi: number,
  open: number,
): Attribution | null {
  // Inverted: '“This is fantastic!” beamed Ann Roe of Dayton.' — the person named right after it.
  if (/^\p{Ll}{3,}ed$/u.test(resolver.word(i)) && (resolver.capital(i + 1) || resolver.word(i + 1) === "the")) {
    const np = resolver.phraseStartingAt(i + 1, hi);
    // (Not a possessor: "exhorted Roe's host, Tim Vale" is Vale's.)
    const owned = np && /['’]s\b/.test(doc.text.slice(doc.tokens.start[np[0]], doc.tokens.end[np[1] - 1]));
    const speaker = np && !owned ? resolver.resolvePhrase(np[0], np[1], open) : null;
    return speaker?.entity?.type === "person"
      ? { speaker, cue: span(doc, i, i + 1), cueToken: i, side: "right" }
      : null;
  }
  const pronoun = /^(?:he|she)$/.test(resolver.word(i));
  let v = i + (pronoun ? 1 : 0);
  if (!pronoun) while (v < Math.min(hi, i + 8) && (resolver.capital(v) || resolver.isAbbreviationDot(v))) v++;
  // ('“…,” Ann Roe, the former mayor of Lisk, fumed.': an apposition set off by commas after the name.)
  const nameEnd = v;
  if (!pronoun && v > i && resolver.word(v) === ",") {
    let k = v + 1;
    while (k < Math.min(hi, v + 16) && !isPunct(resolver.word(k))) k++;
    if (k > v + 1 && resolver.word(k) === ",") v = k + 1;
  }
  const verb = resolver.word(v);
  if (v === i || v >= hi || !(/^\p{Ll}{3,}ed$/u.test(verb) || isFiniteVerbForm(verb))) return null;
  const end = mannerTailEnd(resolver, v + 1, hi);
  if (end < 0) return null;
  const speaker = resolver.resolvePhrase(i, nameEnd, open);
  // ('“Not again!” Dalgren groaned.': a name the entity layer did not take up is still a name.)
  if (speaker?.entity?.type !== "person" && !(speaker?.name && !speaker.entity)) return null;
  return { speaker, cue: span(doc, v, cueEnd(resolver, v)), cueToken: v, side: "right" };
}

/** The end of a cue verb at token `v` with its particle: "shot back", "went on," (not "went on Monday"). */
function cueEnd(resolver: SpeakerResolver, v: number): number {
  const after = resolver.word(v + 1);
  return after === "back" || (after === "on" && isPunct(resolver.word(v + 2))) ? v + 2 : v + 1;
}

/**
 * Where the words after a verb of manner that attributes a quotation end (the sentence's end), or
 * -1 when they hold more than a time, a place or a particle: '“…,” Ann Roe shot back.', '“…,” she
 * charged in her opening question.' A short phrase that a preposition opens may hold any words but
 * a verb; a comma may hand on to an adverbial clause ('“…?” Tom Vale went on, as if he had not
 * heard.').
 */
function mannerTailEnd(resolver: SpeakerResolver, from: number, hi: number): number {
  let end = from;
  let phrase = 0;
  for (; end < hi && end - from < 8; end++) {
    const w = resolver.word(end);
    if (TAIL_PREPOSITIONS.has(w)) phrase = 4;
    else if (MANNER_TAIL.has(w) || resolver.capital(end)) continue;
    else if (phrase-- <= 0 || isPunct(w) || isFiniteVerbForm(w) || /ed$/.test(w)) break;
  }
  if (end >= hi || /^[.!]$/.test(resolver.word(end))) return end;
  // ('“Out!” Ann Roe barked and a guard walked Tom Vale out.', '“…,” she snapped as the door
  // closed.': "and", "but" or an adverbial clause, with or without a comma, goes on past the
  // attribution, which is whole.)
  const next = resolver.word(end) === "," ? end + 1 : end;
  const w = resolver.word(next);
  return w === "and" || w === "but" || ADVERBIAL_OPENERS.has(w) ? end : -1;
}

/** What may follow a verb of manner that attributes a quotation: a time, a place, a particle ("shot back"). */
const MANNER_TAIL = new Set(
  "on in at last this that early late night morning afternoon evening week weekend later then again back".split(" "),
);
/** Prepositions that open a short phrase after a verb of manner ("in her reply", "to the crowd"). */
const TAIL_PREPOSITIONS = new Set("in at on to during from with before after outside".split(" "));

/** Words that may follow the cue of a sentence that only attributes: a time or a place, not a clause. */
const ATTRIBUTION_TAIL = new Set(
  "on in at during after before from via while later earlier afterwards yesterday today tonight last this again then".split(
    " ",
  ),
);

/**
 * '“We will appeal.” Ann Roe said on Monday.': a quotation that closes its sentence, and a next
 * sentence of the paragraph that holds nothing but a speaker, a cue and perhaps a time, place or
 * hearer ('Ann Roe told reporters.'): that sentence attributes the quotation.
 */
function attributionSentence(
  doc: Doc,
  resolver: SpeakerResolver,
  q: QuoteSpan,
  sClose: number,
  nextQuote: QuoteSpan | undefined,
): Attribution | null {
  // (A question quoted inside the quotation may close both: "… was, ‘What can we do?’”. Words that
  // trail off close it too: '“We will look at it…” Ann Roe said.')
  if (!/[.!?…]['’]?$/.test(doc.text.slice(q.contentStart, q.contentEnd))) return null;
  const next = doc.sentences[sClose + 1];
  if (!next || next.paragraph !== q.paragraph) return null;
  // A sentence that holds a quotation of its own attributes that one. (Only a quotation found by
  // its marks counts: the apostrophe of 'he didn’t hear her' is none; nor does a quoted title after
  // the cue: '“…?” Ann Roe asked, alluding to her film “The Long Road.”')
  const inside = nextQuote && nextQuote.open < next.end ? nextQuote : null;
  if (inside && !titleCased(doc.text.slice(inside.contentStart, inside.contentEnd))) return null;
  const found = rightCue(doc, resolver, next.firstToken, next.lastToken, q.open);
  if (!found?.cue || !found.speaker || (!found.speaker.entity && !found.speaker.name)) return null;
  if (inside && inside.open < found.cue.end) return null;
  const cueEnd = tokenAtOrAfter(doc, found.cue.end);
  const mentionEnd = found.speaker.mention ? tokenAtOrAfter(doc, found.speaker.mention.end) : cueEnd;
  const k = Math.max(cueEnd, mentionEnd);
  let last = next.lastToken;
  while (last > k && isPunct(resolver.word(last - 1))) last--;
  if (k === last) return found;
  const first = resolver.word(k);
  // '“We won!” Ann Roe said as the votes came in.': an adverbial clause or a manner adverb is
  // no reported clause of its own, however long (nor after a comma: '“Why?” Tom Vale went on, as if …').
  if (ADVERBIAL_OPENERS.has(first) || isLyAdverb(first)) return found;
  if (first === "," && ADVERBIAL_OPENERS.has(resolver.word(k + 1))) return found;
  // '“Not one more day!” Ann Roe shouted, waving a banner.': a participle after the comma tells what
  // the speaker did meanwhile (its subject is hers), not a clause reported on its own.
  if (first === "," && isIngOpener(resolver.word(k + 1))) return found;
  // 'Ann Roe said at a press conference in Dayton, according to the Courier.': adjuncts with no verb.
  if (adjunctsOnly(doc, resolver, k, last)) return found;
  // '“He never stops.” Ann Roe said of her rival.': "of" or "about" and a short phrase with no
  // verb name what the words were about.
  // ('“Who asked them?” Ann Roe said of the board last spring, when it closed the pier.': an
  // adverbial clause after a comma closes the phrase, as it closes the attribution.)
  let aboutEnd = k + 1;
  while (aboutEnd < last && !(resolver.word(aboutEnd) === "," && ADVERBIAL_OPENERS.has(resolver.word(aboutEnd + 1))))
    aboutEnd++;
  if ((first === "of" || first === "about") && aboutEnd - k <= 8) {
    let verbless = true;
    for (let j = k + 1; j < aboutEnd; j++)
      if (holdsVerbWord(doc, resolver, j) || resolver.word(j) === "that") verbless = false;
    if (verbless) return found;
  }
  // 'Ann Roe told reporters.': the hearer alone.
  const lemma = speechLemma(resolver.word(found.cueToken));
  if (lemma === "tell" && last - k <= 3) return found;
  // '“Why wait?” Tom Vale asked the council.', '“It will hold.” Ann Roe assured her neighbours.',
  // 'Ann Roe told reporters during a call on Tuesday.': so after another verb whose object is the
  // one spoken to, when nothing but adjuncts follows that hearer ('Ann Roe asked the council to
  // wait.' reports a request of its own).
  if ((lemma === "tell" || lemma === "ask" || HEARER_LEMMAS.has(lemma ?? "")) && hearerOpener(resolver, k)) {
    let h = k;
    while (h < last && h - k < 4 && !ATTRIBUTION_TAIL.has(resolver.word(h)) && !AFTER_HEARER.has(resolver.word(h))) h++;
    if (h === last || adjunctsOnly(doc, resolver, h, last)) return found;
  }
  // 'Ann Roe said to reporters.', '… wrote to the council.': "to" and a short hearer, where "to" and
  // a verb ('Ann Roe said to wait.') would report an instruction of its own.
  if (first === "to" && last - k <= 5 && k + 1 < last && hearerOpener(resolver, k + 1)) return found;
  return null;
}

/**
 * '“We had no choice,” Ann Roe wrote in a letter to the board explaining why she left, “and the
 * board knew it.”': the second half of a split quotation, which goes on in lower case after the
 * first's comma, continues the first's words. When the cue nearest it (`left`) is a participle
 * after the first half's own attribution, it tells what the speaker did meanwhile; the second half
 * keeps the first's speaker and cue. Null unless the first half ends with a comma, the second opens
 * in lower case after a comma that closes the participle's clause (no "that" in it), and the
 * attribution between them (speaker and cue) ends before the participle.
 */
function splitAttribution(
  doc: Doc,
  resolver: SpeakerResolver,
  q: QuoteSpan,
  prev: QuoteSpan | undefined,
  left: LeftCue | null,
): Attribution | null {
  if (!left) return null;
  const participle = left.attribution.cueToken;
  if (!prev || prev.paragraph !== q.paragraph || !isIngOpener(resolver.word(participle))) return null;
  if (!/^\p{Ll}/u.test(doc.text.slice(q.contentStart, q.contentEnd))) return null;
  // (The participle's own object clause may hold a fragment: '…,” she said, adding that it was “late.”'.)
  const open = tokenAtOrAfter(doc, q.open);
  if (resolver.word(open - 1) !== ",") return null;
  for (let k = participle + 1; k < open; k++) if (resolver.word(k) === "that") return null;
  const from = tokenAtOrAfter(doc, prev.close);
  if (!/,\s*$/.test(doc.text.slice(prev.contentStart, prev.contentEnd)) && resolver.word(from) !== ",") return null;
  if (sentenceOf(doc, from) !== sentenceOf(doc, participle)) return null;
  const first = rightCue(doc, resolver, from, participle, prev.open);
  if (!first?.cue || !first.speaker || (!first.speaker.entity && !first.speaker.name)) return null;
  return first.cueToken < participle ? first : null;
}

/**
 * Whether tokens [k, last) are adjuncts of time or place and nothing else: a short one ("on
 * Monday", "in Oslo"), or up to 15 words with no verb ("at a press conference in Dayton").
 */
function adjunctsOnly(doc: Doc, resolver: SpeakerResolver, k: number, last: number): boolean {
  if (!ATTRIBUTION_TAIL.has(resolver.word(k))) return false;
  if (last - k <= 5) return true;
  if (last - k > 15) return false;
  for (let j = k; j < last; j++) {
    const w = resolver.word(j);
    // ('… in an interview on Monday when asked about it': an adverbial clause may close the adjuncts.)
    if (j > k && ADVERBIAL_OPENERS.has(w) && w !== "with") return true;
    // (A participle between a noun and its preposition modifies the noun: "in an interview aired on
    // Monday", "in a letter sent to the board".)
    const participle = j > k && PREPOSITIONS.has(resolver.word(j + 1)) && !DETERMINER_BEFORE.has(resolver.word(j - 1));
    if (
      FINITE_HINTS.has(w) ||
      (w.length > 4 && w.endsWith("ed") && !participle && !isUpperCode(doc.text.charCodeAt(doc.tokens.start[j])))
    )
      return false;
  }
  return true;
}

/** Whether token `k` can open a hearer: a name, a determiner or possessive, or a plural noun ("reporters"). */
function hearerOpener(resolver: SpeakerResolver, k: number): boolean {
  const w = resolver.word(k);
  return resolver.capital(k) || HEARER_DETERMINERS.has(w) || (/^[a-z]{3,}s$/.test(w) && !w.endsWith("ss"));
}

const HEARER_DETERMINERS = new Set("the a an his her their its our my your".split(" "));

/** Words that open a clause or a request after a hearer: "asked the council to wait", "… that it wait". */
const AFTER_HEARER = new Set(["to", "that", "if", "whether", "for", "about"]);

/**
 * '“We will appeal.” ― Ann Roe' / '“…” Harbour Board': a name alone after the closing mark, up to
 * the paragraph's end (a credit line, with or without a dash), is the speaker; so is a name after
 * a dash closing its sentence, and a dash and a name alone in the paragraph after the quotation.
 */
function creditLine(doc: Doc, resolver: SpeakerResolver, q: QuoteSpan): Attribution | null {
  const paragraph = doc.paragraphs[q.paragraph];
  if (!paragraph) return null;
  if (q.close >= paragraph.end || !doc.text.slice(q.close, paragraph.end).trim()) {
    // '“We will win.”' / '– Ann Roe.': a dash and a name alone in the next paragraph.
    const line = doc.paragraphs[q.paragraph + 1];
    const lone = line && /^\s*[―—–-]\s*(\p{Lu}[\p{L}.'’ -]{1,60}?)\.?\s*$/u.exec(doc.text.slice(line.start, line.end));
    return lone ? creditName(doc, resolver, q, line.start + lone[0].indexOf(lone[1]), lone[1].length) : null;
  }
  const rest = doc.text.slice(q.close, paragraph.end);
  const m = /^\s*[―—–-]?\s*(\p{Lu}[\p{L}.'’ -]{1,60}?)\.?\s*$/u.exec(rest);
  const whole = m && creditName(doc, resolver, q, q.close + m.index + m[0].indexOf(m[1]), m[1].length);
  if (whole) return whole;
  // '“We will win.” – Ann Roe. Roe has said so before.': after a dash, the name may close its
  // own sentence with the paragraph going on (a fact-checker's claim and its author).
  const dash = /^\s*[―—–-]\s*(?=\p{Lu})/u.exec(rest);
  if (!dash) return null;
  const ends = /\.(?=\s+\p{Lu})/gu;
  ends.lastIndex = dash[0].length;
  for (let e = ends.exec(rest); e && e.index - dash[0].length <= 60; e = ends.exec(rest)) {
    const found = creditName(doc, resolver, q, q.close + dash[0].length, e.index - dash[0].length);
    if (found?.speaker?.entity?.type === "person") return found;
  }
  return null;
}

/** The credit line's name over [start, start + length) of the text, if it names someone. */
function creditName(
  doc: Doc,
  resolver: SpeakerResolver,
  q: QuoteSpan,
  start: number,
  length: number,
): Attribution | null {
  const from = tokenAtOrAfter(doc, start);
  let to = tokenAtOrAfter(doc, start + length);
  if (to - from > 5 || to <= from) return null;
  for (let k = from; k < to; k++) {
    const c = doc.text.charCodeAt(doc.tokens.start[k]);
    if (!isUpperCode(c) && !resolver.isAbbreviationDot(k) && resolver.word(k) !== "-") return null;
  }
  while (to > from && isPunct(resolver.word(to - 1)) && !resolver.isAbbreviationDot(to - 1)) to--;
  const speaker = resolver.resolvePhrase(from, to, q.open);
  if (!speaker || (!speaker.entity && !speaker.name)) return null;
  return { speaker, cue: null, cueToken: -1, side: "right" };
}

/**
 * 'Ann Roe said: / “We will appeal.”': a paragraph ending with a cue and a colon introduces the
 * quotation that opens the next one.
 */
function colonIntro(doc: Doc, resolver: SpeakerResolver, q: QuoteSpan): Attribution | null {
  const leftTok = tokenAtOrAfter(doc, q.open) - 1;
  if (leftTok < 0 || resolver.word(leftTok) !== ":") return null;
  const s = doc.tokens.sentence[leftTok];
  if (doc.sentences[s].paragraph !== q.paragraph - 1) return null;
  const first = doc.sentences[s].firstToken;
  const cue = leftCue(doc, resolver, first, leftTok + 1, q.open);
  return cue?.adjacent ? cue.attribution : null;
}

/**
 * Whether the words before the quotation introduce it as someone's utterance: a colon ('and sent
 * the message: “I wait.”'), or a comma before a whole quoted sentence after a reporting noun ('Tom
 * Vale issued a statement, “We regret the delay.”') or after a clause with a verb of its own, whose
 * subject reacts in those words ('Ann Roe reacted angrily, “This is a disgrace.”', 'Vale was
 * furious, “Nobody asked us.”').
 */
function introducesWords(doc: Doc, resolver: SpeakerResolver, q: QuoteSpan, lo: number, hi: number): boolean {
  if (hi <= lo + 1) return hi > lo && resolver.word(hi - 1) === ":";
  const last = resolver.word(hi - 1);
  if (last === ":") return true;
  const content = doc.text.slice(q.contentStart, q.contentEnd);
  if (last !== "," || !/^\p{Lu}/u.test(content) || !/[.!?]\s*$/.test(content)) return false;
  if (REPORTING_NOUNS.has(resolver.word(hi - 2))) return true;
  // (Not a short or title-cased one, nor one a participle names, a title rather than words: 'starred
  // in a film, “Eclipsed.”', 'a column entitled, “Why I Left …”'; nor one after "that" or "and",
  // which carries on a report before it: '… and that, “We are sure.”')
  if (countWords(doc.text, q.contentStart, q.contentEnd) < LONG_FRAGMENT || titleCased(content)) return false;
  const before = resolver.word(hi - 2);
  if (PRONOUN_OR_DETERMINER.has(before) || before === "that" || before === "and" || NAMING.has(before)) return false;
  for (let k = lo; k < hi - 1; k++) if (holdsVerbWord(doc, resolver, k)) return true;
  return false;
}

/** Participles that give a thing its name ("a group called", "an operation dubbed", "a box labeled"). */
const NAMING = new Set([...NAMING_WORDS, "branded", "labeled", "labelled"]);

/**
 * 'She joined a group called “Parents for safer streets”': a naming participle right after a noun
 * that is no person, right before the quotation, gives the thing its name; nobody says it. (Not
 * with an agent after it: 'a plan called “reckless” by the mayor' reports the mayor's word.)
 */
function namingParticiple(doc: Doc, resolver: SpeakerResolver, left: LeftCue, leftHi: number, q: QuoteSpan): boolean {
  const k = left.attribution.cueToken;
  if (k !== leftHi - 1 || !NAMING.has(resolver.word(k)) || k < 2) return false;
  const noun = resolver.word(k - 1);
  if (!/^\p{Ll}+$/u.test(noun) || PRONOUNS[noun] || PERSON_FIRST_NOUNS.has(singularOf(noun) ?? noun)) return false;
  if (!PRONOUN_OR_DETERMINER.has(resolver.word(k - 2)) && !PRONOUN_OR_DETERMINER.has(resolver.word(k - 3)))
    return false;
  return resolver.word(tokenAtOrAfter(doc, q.close)) !== "by";
}

/** A lower-case finite verb: an auxiliary, a listed finite form, or a regular past ("issued"). */
function holdsVerbWord(doc: Doc, resolver: SpeakerResolver, k: number): boolean {
  const w = resolver.word(k);
  if (isUpperCode(doc.text.charCodeAt(doc.tokens.start[k]))) return false;
  return FINITE_HINTS.has(w) || isFiniteVerbForm(w) || (w.length > 4 && w.endsWith("ed"));
}

/** "Julia Gillard, Prime Minister: “…”": a transcript label with no verb; in a headline its topic may follow "on". */
export function transcriptLabel(
  doc: Doc,
  resolver: SpeakerResolver,
  lo: number,
  hi: number,
  open: number,
): Attribution | null {
  if (hi - lo < 1 || hi - lo > 12 || resolver.word(hi - 1) !== ":") return null;
  // ('Ann Roe On The Levy: “…”': a headline's "on" ends the speaker and opens the topic.)
  const firstComma = (() => {
    for (let k = lo; k < hi; k++)
      if ([",", ":"].includes(resolver.word(k)) || (k > lo && resolver.word(k) === "on")) return k;
    return hi - 1;
  })();
  // ('Tom Vale issued a statement on Monday: “…”' is a clause, no label.)
  for (let k = lo; k < firstComma; k++) if (holdsVerbWord(doc, resolver, k)) return null;
  const speaker = resolver.resolvePhrase(lo, firstComma, open);
  if (!speaker || (!speaker.entity && !speaker.name)) return null;
  return { speaker, cue: null, cueToken: -1, side: "label" };
}
