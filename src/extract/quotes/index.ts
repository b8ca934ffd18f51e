// Quotations and their speakers: direct quotes (the whole content in quotation marks), mixed
// quotes (a reported clause holding a quoted fragment; the quote's text is the whole clause) and
// indirect speech ("the CPS said no pressure was exerted"). Every quote, cue and speaker mention
// carries offsets into the original text.

import type { Doc } from "../../core/doc.js";
import { isUpperCode, sentenceAt, tokenAtOrAfter } from "../../core/doc.js";
import type { Entity, Quote, QuoteKind, Span, TextSpan } from "../../core/schema.js";
import { INDIRECT_LEMMAS, isWeakLemma, speechLemma } from "./cues.js";
import { findQuoteSpans, type QuoteSpan } from "./marks.js";
import { isPunct, SpeakerResolver, type Speaker } from "./speakers.js";

interface Attribution {
  speaker: Speaker | null;
  cue: TextSpan | null;
  /** Token index of the cue verb. */
  cueToken: number;
  side: "left" | "right" | "label";
}

interface Draft {
  span: QuoteSpan;
  kind: QuoteKind;
  start: number;
  end: number;
  attribution: Attribution | null;
  /** Inherits its speaker from the quotation before it (continuation, split quote). */
  inherits: boolean;
}

const DETERMINER_BEFORE = new Set(["the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "whose"]);
const BE_FORMS = new Set(["was", "were", "been", "be", "being", "is", "are"]);
const CLAUSE_OPENERS = new Set(["that"]);
/** Coordinated speech verbs that start a new reported clause ("dismissed … and claimed …"). */
const SPLITTING_LEMMAS = new Set([
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

export function extractQuotes(doc: Doc, entities: Entity[]): Quote[] {
  const resolver = new SpeakerResolver(doc, entities);
  const spans = findQuoteSpans(doc);
  const drafts: Draft[] = [];
  const covered: Array<[number, number]> = [];
  for (let i = 0; i < spans.length; i++) {
    const q = spans[i];
    // A fragment already inside the previous mixed quote's clause belongs to it.
    const last = drafts[drafts.length - 1];
    if (last && last.kind === "mixed" && q.close <= last.end + 1 && q.open >= last.start) continue;
    const sameParagraph = last !== undefined && last.span.paragraph === q.paragraph && last.attribution !== null;
    const draft = analyse(doc, resolver, q, spans[i - 1], spans[i + 1], sameParagraph);
    if (draft) {
      const entity = draft.attribution?.speaker?.entity;
      if (entity && entity.type === "person") resolver.noteSpeaker(draft.start, entity);
      const sp = draft.attribution?.speaker;
      if (sp && (sp.entity || sp.name) && draft.attribution?.cue)
        resolver.noteSentenceSpeaker(doc.tokens.sentence[draft.attribution.cueToken], sp);
      drafts.push(draft);
      covered.push([draft.start, draft.end]);
    }
  }
  propagateSpeakers(drafts);
  const quotes = drafts.map((d) => toQuote(doc, d));
  const taken = quotes.map((q) => [q.start, q.end] as [number, number]);
  for (const span of spans) taken.push([span.open, span.close]);
  const mixedStarts = new Set(quotes.filter((q) => q.kind === "mixed").map((q) => q.start));
  for (const q of findIndirect(doc, resolver, taken, mixedStarts)) quotes.push(q);
  quotes.sort((a, b) => a.start - b.start);
  return quotes;
}

/** Decides what a quotation is (direct, mixed or not a quote at all) and who is credited. */
function analyse(
  doc: Doc,
  resolver: SpeakerResolver,
  q: QuoteSpan,
  prev: QuoteSpan | undefined,
  next: QuoteSpan | undefined,
  afterAttributedQuote: boolean,
): Draft | null {
  const { text } = doc;
  const sOpen = sentenceAt(doc, q.open);
  const sClose = sentenceAt(doc, Math.max(q.open, q.close - 1));
  if (sOpen < 0 || sClose < 0) return null;
  const sentOpen = doc.sentences[sOpen];
  const sentClose = doc.sentences[sClose];
  // Left context: from the sentence start (or the previous quotation in it) to the opening mark.
  const leftFrom = Math.max(
    sentOpen.start,
    prev && prev.close <= q.open && prev.paragraph === q.paragraph ? prev.close : 0,
  );
  const leftLo = tokenAtOrAfter(doc, leftFrom);
  const leftHi = tokenAtOrAfter(doc, q.open); // exclusive
  // Right context: from the closing mark to the end of its sentence (or the next quotation).
  const rightTo = Math.min(sentClose.end, next && next.paragraph === q.paragraph ? next.open : Infinity);
  const rightLo = tokenAtOrAfter(doc, q.close);
  const rightHi = tokenAtOrAfter(doc, rightTo);

  const contentWords = countWords(text, q.contentStart, q.contentEnd);
  const left = leftCue(doc, resolver, leftLo, leftHi, q.open);
  const right = q.unclosed ? null : rightCue(doc, resolver, rightLo, rightHi, q.open);

  // The quotation opens the sentence (or its paragraph): direct speech of a whole utterance.
  const startsSentence = leftHi === leftLo || q.continuation;
  // '“The Crown” has been nominated …', '“American Skin (41 Shots)” was written by …': a title
  // standing as the subject of a verb is no quotation.
  if (
    startsSentence &&
    !q.continuation &&
    rightLo < rightHi &&
    TITLE_VERBS.has(resolver.word(rightLo)) &&
    titleCased(text.slice(q.contentStart, q.contentEnd))
  )
    return null;
  if (left && left.adjacent) {
    if (!clauseContinues(resolver, rightLo, rightHi)) return direct(q, left.attribution);
    // 'said “a good deal of sensitive material” from police … would have to be considered': mixed.
    return mixed(q, mixedClause(doc, resolver, q.open, q), left.attribution);
  }
  if (right && (startsSentence || !left)) {
    // 'A cashier who “steals a handful of $20s” is held accountable, Warren said.': a word right
    // before the mark makes the quotation part of a reported clause (mixed); after an adjunct
    // and its comma ('In a statement, “…,” the party said.') it is the whole utterance.
    const embedded = leftHi > leftLo && !isPunct(resolver.word(leftHi - 1));
    if (startsSentence || (contentWords >= 4 && !embedded)) return direct(q, right);
    if (!left && right.cueToken > 0) {
      // 'A public inquiry … was “right or not” to name …, its chair has said.': the clause before the attribution.
      const end = trimEnd(text, sentOpen.start, attributionStart(doc, resolver, rightLo, right.cueToken));
      if (end > q.close - 1)
        return { span: q, kind: "mixed", start: sentOpen.start, end, attribution: right, inherits: false };
    }
  }
  if (left) {
    // Embedded in a reported clause: a mixed quote spanning the clause (the last of coordinated
    // clauses: "told the court that no evidence would be offered and the CPS "simply cannot …"";
    // the clause before it is indirect speech, found later).
    const clause = mixedClause(doc, resolver, lastCoordinatedClause(doc, resolver, left.clauseStart, q.open), q);
    if (clause.start >= q.open && clause.end <= q.close) return direct(q, left.attribution);
    return mixed(q, clause, left.attribution);
  }
  const label = transcriptLabel(doc, resolver, leftLo, leftHi, q.open);
  if (label) return direct(q, label);
  if (leftHi > leftLo && resolver.word(leftHi - 1) === ":" && !clauseContinues(resolver, rightLo, rightHi)) {
    // 'and sent the message: “I wait.”': a colon introduces the words of the nearest subject before it.
    const speaker = resolver.nearestSubjectBefore(doc.sentences[sOpen].firstToken, leftHi - 1, q.open);
    if (speaker) return direct(q, { speaker, cue: null, cueToken: -1, side: "label" });
  }
  if (startsSentence) {
    // A whole sentence in quotation marks with no cue: the speaker carries over from context.
    // ("“I have not seen it,” said Ms Ray. “Nobody has.”": short ones too, after an attributed quotation.)
    if (contentWords >= 3 || q.continuation || afterAttributedQuote) return { ...direct(q, null), inherits: true };
  }
  return null; // a scare quote or a title: nobody is said to say it
}

const TITLE_VERBS = new Set("is was are were has have had will would could can became becomes won wins".split(" "));

/** A short run of words most of which are Capitalised or numbers: a title ("American Skin (41 Shots)"). */
function titleCased(content: string): boolean {
  const words = content.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0 || words.length > 8) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised >= Math.ceil(0.6 * words.length);
}

function mixed(q: QuoteSpan, clause: Span, attribution: Attribution): Draft {
  return { span: q, kind: "mixed", start: clause.start, end: clause.end, attribution, inherits: false };
}

function direct(q: QuoteSpan, attribution: Attribution | null): Draft {
  return { span: q, kind: "direct", start: q.contentStart, end: q.contentEnd, attribution, inherits: false };
}

interface LeftCue {
  attribution: Attribution;
  /** Nothing but a colon, comma or "that" stands between the cue and the quotation. */
  adjacent: boolean;
  /** Character offset where the reported clause starts. */
  clauseStart: number;
}

/** The nearest speech verb before the quotation in its sentence, and its subject. */
function leftCue(doc: Doc, resolver: SpeakerResolver, lo: number, hi: number, open: number): LeftCue | null {
  let cue = -1;
  let passive = -1;
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
    // "the warning was", "a statement reads": an -ing or -s form after a determiner is a noun.
    const l = isNounUse(doc, resolver, i) ? null : speechLemma(w);
    // "thought", "heard", "believes" far from the quotation are not attributions of it: look further left.
    const weak = l !== null && isWeakLemma(l);
    const infinitive = resolver.word(i - 1) === "to"; // "to call his handlers" reports nothing
    const farWeak = weak && l !== "call" && l !== "describe" && hi - i > 7 && resolver.word(i + 1) !== "that";
    if (l && !farWeak && !(weak && infinitive)) {
      // A passive cue ("it had been suggested") yields to an active one further left ("X told Y that …").
      if (BE_FORMS.has(resolver.word(i - 1)) && resolver.word(i + 1) !== "by") {
        if (passive < 0) passive = i;
        continue;
      }
      cue = i;
      lemma = l;
      break;
    }
  }
  if (cue < 0 && passive >= 0) {
    cue = passive;
    lemma = speechLemma(resolver.word(passive));
  }
  if (cue < 0 || !lemma) return null;
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
  if (cueEnd < hi && clauseStart === doc.tokens.start[cueEnd] && (lemma === "tell" || lemma === "inform")) {
    // "told the court (that) …": skip the hearer.
    const obj = objectEnd(resolver, cueEnd, hi);
    clauseStart = obj < hi ? doc.tokens.start[obj] : open;
  }
  const speaker = speakerOfCue(doc, resolver, cue, cueEnd, lo, hi, lemma);
  const cueSpan = span(doc, cue, cueEnd);
  return { attribution: { speaker, cue: cueSpan, cueToken: cue, side: "left" }, adjacent, clauseStart };
}

/** Whether words (not an attribution or the sentence end) follow the closing mark in its sentence. */
function clauseContinues(resolver: SpeakerResolver, lo: number, hi: number): boolean {
  if (lo >= hi) return false;
  const w = resolver.word(lo);
  if (isPunct(w) || w === "—") return false;
  if (speechLemma(w)) return false;
  if (w === "according" || w === "he" || w === "she" || w === "they" || w === "it") return false;
  return true;
}

/** Offset of the comma that opens a trailing attribution (", its chair has said"). */
function attributionStart(doc: Doc, resolver: SpeakerResolver, lo: number, cue: number): number {
  for (let k = cue - 1; k >= lo; k--) if (resolver.word(k) === ",") return doc.tokens.start[k];
  return doc.tokens.start[cue];
}

/** `end` moved back over trailing spaces and sentence punctuation, not past `start`. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s.,;:!?]/.test(text[end - 1])) end--;
  return end;
}

/** An attribution after the quotation: ", he said", "said Dominic Murphy", "Teixeira concluded". */
function rightCue(doc: Doc, resolver: SpeakerResolver, lo: number, hi: number, open: number): Attribution | null {
  let i = lo;
  while (i < hi && (isPunct(resolver.word(i)) || resolver.word(i) === "—")) {
    const w = resolver.word(i);
    if (w === "." || w === "!" || w === "?") return null;
    i++;
  }
  if (i >= hi) return null;
  const first = resolver.word(i);
  // "according to X"
  if (first === "according" && resolver.word(i + 1) === "to") {
    const np = resolver.phraseStartingAt(i + 2, hi);
    const speaker = np ? resolver.resolvePhrase(np[0], np[1], open) : null;
    return { speaker, cue: span(doc, i, i + 2), cueToken: i, side: "right" };
  }
  // Inverted: "said Dominic Murphy", "added the head coach".
  const lemma = speechLemma(first);
  if (lemma) {
    const np = resolver.phraseStartingAt(i + 1, hi);
    const speaker = np ? resolver.resolvePhrase(np[0], np[1], open) : null;
    return { speaker, cue: span(doc, i, i + 1), cueToken: i, side: "right" };
  }
  // Subject first: "he said", "Sen. Rick Scott told reporters", "Frank Ferguson, 52, said".
  for (let k = i; k < Math.min(hi, i + 14); k++) {
    const w = resolver.word(k);
    if ((w === "." && !resolver.isAbbreviationDot(k)) || w === "!" || w === "?" || w === ";") break;
    const l = speechLemma(w);
    if (!l || isWeakLemma(l) || BE_FORMS.has(resolver.word(k - 1))) continue;
    const subj = resolver.subjectBefore(k, i);
    const speaker = subj ? resolver.resolvePhrase(subj[0], subj[1], open) : null;
    return { speaker, cue: span(doc, k, k + 1), cueToken: k, side: "right" };
  }
  return null;
}

/** The speaker of a cue found before a quotation: its subject, or an inverted name after it. */
function speakerOfCue(
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
    const np = resolver.phraseStartingAt(cueEnd, hi);
    return np ? resolver.resolvePhrase(np[0], np[1], before) : null;
  }
  // "The court heard that …": the subject is the hearer, and the speaker goes unnamed.
  if (lemma === "hear") return null;
  // Passive ("were … accused of", "was described as"): the subject is not the speaker.
  const prevWord = resolver.word(cue - 1);
  const nextWord = resolver.word(cueEnd);
  if (BE_FORMS.has(prevWord) || nextWord === "of" || (prevWord === "and" && resolver.word(cue) === "accused")) {
    if (nextWord === "by") {
      const np = resolver.phraseStartingAt(cueEnd + 1, hi);
      return np ? resolver.resolvePhrase(np[0], np[1], before) : null;
    }
    return null;
  }
  const sentenceFirst = doc.sentences[doc.tokens.sentence[cue]].firstToken;
  // A participle ("…, saying it showed", "issued a statement insisting that") reports its sentence's subject.
  if (resolver.word(cue).endsWith("ing") && (prevWord === "," || !startsWithName(doc, resolver, cue))) {
    // '“…,” the paper wrote, adding, “…”': the speaker already credited in this sentence.
    const credited = resolver.sentenceSpeaker(doc.tokens.sentence[cue]);
    if (credited && (credited.entity || credited.name) && prevWord === ",") return credited;
    const subject = resolver.sentenceSubject(sentenceFirst, cue, before);
    if (subject?.entity || subject?.name) return subject;
  }
  const subj = resolver.subjectBefore(cue, lo);
  if (subj) return resolver.resolvePhrase(subj[0], subj[1], before);
  // "…, said Dominic Murphy: “…”" — an inverted subject after a cue that opens its clause.
  const np = resolver.phraseStartingAt(cueEnd, hi);
  const opensClause = cue === lo || isPunct(prevWord);
  if (np && opensClause && isUpperCode(doc.text.charCodeAt(doc.tokens.start[np[0]])))
    return resolver.resolvePhrase(np[0], np[1], before);
  // A coordinated verb with no subject of its own ("… and said"): the sentence subject.
  if (prevWord === "and" || prevWord === "but") {
    const sentence = doc.sentences[doc.tokens.sentence[cue]];
    const first = tokenAtOrAfter(doc, sentence.start);
    for (let k = first; k < cue; k++) {
      const sp = resolver.resolvePhrase(k, Math.min(k + 4, cue), before);
      if (sp?.entity) return sp;
    }
  }
  return null;
}

/**
 * A speech word used as a noun or a name: after a determiner or "of" ("the warning", "secretary
 * of state"), or capitalised inside a sentence ("the Department of State").
 */
function isNounUse(doc: Doc, resolver: SpeakerResolver, i: number): boolean {
  const w = resolver.word(i);
  const prev = resolver.word(i - 1);
  if ((DETERMINER_BEFORE.has(prev) || prev === "of") && !w.endsWith("ed")) return true;
  const first = doc.sentences[doc.tokens.sentence[i]]?.firstToken;
  return i !== first && isUpperCode(doc.text.charCodeAt(doc.tokens.start[i])) && !isPunct(prev);
}

/** Whether the word right before the cue is part of a name ("Levy saying" is rare; "statement insisting" is common). */
function startsWithName(doc: Doc, resolver: SpeakerResolver, cue: number): boolean {
  const prev = cue - 1;
  if (prev < 0) return false;
  const c = doc.text.charCodeAt(doc.tokens.start[prev]);
  return c >= 65 && c <= 90 && !isPunct(resolver.word(prev));
}

/** End (exclusive token) of the hearer after "told": "told the court that", "told The Telegraph:". */
function objectEnd(resolver: SpeakerResolver, from: number, hi: number): number {
  let k = from;
  let n = 0;
  while (k < hi && n < 6) {
    const w = resolver.word(k);
    if (w === "that" || w === ":" || w === ",") return k + 1;
    if (n > 0 && PRONOUN_OR_DETERMINER.has(w)) return k;
    k++;
    n++;
  }
  return from + 1 < hi ? from + 1 : hi;
}

const PRONOUN_OR_DETERMINER = new Set(
  "he she it they we i there his her their its this these those no any some every the a an".split(" "),
);

/** The whole reported clause holding a quoted fragment. */
function mixedClause(doc: Doc, resolver: SpeakerResolver, clauseStart: number, q: QuoteSpan): TextSpan {
  const sentence = doc.sentences[sentenceAt(doc, Math.max(q.open, q.close - 1))];
  let end = sentence.end;
  // The clause runs on after the quoted fragment until something starts a new one: a new
  // speech verb ("… and claimed", ", adding"), a contrast (", but"), a subordinate clause
  // ("when …") or a trailing attribution (", its chair has said").
  const from = tokenAtOrAfter(doc, q.close);
  const to = tokenAtOrAfter(doc, sentence.end);
  for (let k = from; k < to; k++) {
    const w = resolver.word(k);
    const nextWord = resolver.word(k + 1);
    let cut = false;
    if (w === ";" || SUBORDINATORS.has(w)) cut = true;
    else if (w === "," && (CONTRAST.has(nextWord) || speechLemma(nextWord))) cut = true;
    else if (w === "," && attributionFollows(resolver, k + 1, to)) cut = true;
    else if ((w === "and" || w === "but") && k + 1 < to) {
      const l = speechLemma(nextWord);
      cut = (l !== null && SPLITTING_LEMMAS.has(l)) || (w === "and" && nextWord.length > 4 && nextWord.endsWith("ed"));
    }
    if (cut) {
      end = doc.tokens.start[k];
      break;
    }
  }
  // Trim the sentence's closing punctuation, keeping a closing quotation mark.
  const text = doc.text;
  end = trimEnd(text, clauseStart, end);
  if (end < q.close && q.close <= sentence.end) end = q.close;
  let start = Math.min(clauseStart, q.open);
  while (start < q.open && /[\s,;:—–-]/.test(text[start])) start++; // ", referencing …" starts at the word
  return { start, end, text: text.slice(start, end) };
}

/**
 * Where the last of coordinated reported clauses starts, when the quotation sits in it: after
 * "and" (or "and that") when a clause starts there and the clause before it, of three words or
 * more, holds no quotation mark. Otherwise `clauseStart` itself.
 */
function lastCoordinatedClause(doc: Doc, resolver: SpeakerResolver, clauseStart: number, open: number): number {
  const lo = tokenAtOrAfter(doc, clauseStart);
  const hi = tokenAtOrAfter(doc, open);
  if (QUOTE_MARK.test(doc.text.slice(clauseStart, open))) return clauseStart;
  for (let k = hi - 1; k > lo + 2; k--) {
    if (resolver.word(k) !== "and") continue;
    const next = resolver.word(k + 1) === "that" ? k + 2 : k + 1;
    if (next >= hi || countWords(doc.text, clauseStart, doc.tokens.start[k]) < 3) return clauseStart;
    // the clause after "and" must run into the quotation: its subject and verb come first
    const sentenceEnd = doc.sentences[doc.tokens.sentence[next]].lastToken;
    return startsClause(doc, resolver, next, sentenceEnd, true) ? doc.tokens.start[next] : clauseStart;
  }
  return clauseStart;
}

const SUBORDINATORS = new Set(["when", "whereas", "although", "though", "while"]);
const CONTRAST = new Set(["but", "while", "although", "though", "whereas", "and", "which", "who"]);

/** ", its chair has said": a short noun phrase and a speech verb close the sentence. */
function attributionFollows(resolver: SpeakerResolver, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 6); k++) {
    const w = resolver.word(k);
    if (isPunct(w)) return false;
    const l = speechLemma(w);
    if (l && !isWeakLemma(l)) return k + 1 >= to || isPunct(resolver.word(k + 1));
  }
  return false;
}

/** "Julia Gillard, Prime Minister: “…”": a transcript label with no verb. */
function transcriptLabel(
  doc: Doc,
  resolver: SpeakerResolver,
  lo: number,
  hi: number,
  open: number,
): Attribution | null {
  if (hi - lo < 1 || hi - lo > 12 || resolver.word(hi - 1) !== ":") return null;
  const firstComma = (() => {
    for (let k = lo; k < hi; k++) if (resolver.word(k) === "," || resolver.word(k) === ":") return k;
    return hi - 1;
  })();
  const speaker = resolver.resolvePhrase(lo, firstComma, open);
  if (!speaker || (!speaker.entity && !speaker.name)) return null;
  return { speaker, cue: null, cueToken: -1, side: "label" };
}

/** Quotations with no attribution of their own take the speaker of the one before. */
function propagateSpeakers(drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    const hasOwn = d.attribution?.speaker && (d.attribution.speaker.entity || d.attribution.speaker.name);
    if (hasOwn && !d.span.continuation) continue;
    if (hasOwn && d.span.continuation && d.attribution?.side !== "left") {
      // A continued paragraph that names its speaker at the end keeps it, and so does its start.
      continue;
    }
    if (!d.inherits && !d.span.continuation && d.attribution) continue;
    // A quotation whose attribution comes later in the paragraph ("“A.” … he said") is handled by that cue.
    const prev = drafts[i - 1];
    if (prev && d.span.paragraph - prev.span.paragraph <= 2 && prev.attribution) {
      d.attribution = { ...prev.attribution };
      continue;
    }
    // Otherwise a following quotation in the same paragraph may carry the cue ("“A.” “B,” he said.").
    const next = drafts[i + 1];
    if (next && next.span.paragraph === d.span.paragraph && next.attribution?.speaker) {
      d.attribution = { ...next.attribution };
    }
  }
  // A multi-paragraph quotation whose last paragraph names the speaker gives it to the earlier ones.
  for (let i = drafts.length - 2; i >= 0; i--) {
    const d = drafts[i];
    const n = drafts[i + 1];
    if (d.span.continues && !d.attribution?.speaker && n.attribution?.speaker) d.attribution = { ...n.attribution };
  }
}

function toQuote(doc: Doc, d: Draft): Quote {
  let end = d.end;
  if (d.kind === "direct") {
    while (end > d.start && /[,\s]/.test(doc.text[end - 1])) end--;
  }
  const sp = d.attribution?.speaker ?? null;
  const entity = sp?.entity ?? null;
  return {
    kind: d.kind,
    text: doc.text.slice(d.start, end),
    start: d.start,
    end,
    speaker: entity ? entity.name : (sp?.name ?? null),
    speakerId: entity ? entity.id : null,
    speakerMention: sp?.mention ?? null,
    cue: d.attribution?.cue ?? null,
  };
}

/** Reported speech with no quotation marks: "X said (that) …", "according to X, …", "…, the police said." */
function findIndirect(
  doc: Doc,
  resolver: SpeakerResolver,
  taken: Array<[number, number]>,
  mixedStarts: ReadonlySet<number>,
): Quote[] {
  const out: Quote[] = [];
  // Merge the taken ranges into disjoint ones, then answer by binary search.
  const merged: Array<[number, number]> = [];
  for (const [a, b] of [...taken].sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  /** The start of the first taken range inside [from, to), or -1. */
  const firstTakenIn = (from: number, to: number): number => {
    let lo = 0;
    let hi = merged.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (merged[mid][1] <= from) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= merged.length) return -1;
    const at = Math.max(from, merged[lo][0]);
    return at < to ? at : -1;
  };
  const isTaken = (offset: number) => firstTakenIn(offset, offset + 1) >= 0;
  /** Where a sentence's reported content starts when it runs from the sentence start: past any dateline. */
  const startAfterDateline = (sentence: Doc["sentences"][number], limit: number): number => {
    const first = resolver.afterDateline(sentence.firstToken, limit);
    return first > sentence.firstToken ? doc.tokens.start[first] : sentence.start;
  };
  for (const sentence of doc.sentences) {
    const lo = sentence.firstToken;
    const hi = sentence.lastToken;
    for (let k = lo; k < hi; k++) {
      const w = resolver.word(k);
      if (isTaken(doc.tokens.start[k])) continue;
      if (
        w === "according" &&
        (resolver.word(k + 1) === "to" || isUpperCode(doc.text.charCodeAt(doc.tokens.start[k + 1] ?? 0)))
      ) {
        const nameAt = resolver.word(k + 1) === "to" ? k + 2 : k + 1;
        const np = resolver.phraseStartingAt(nameAt, hi);
        if (!np) continue;
        const speaker = resolver.resolvePhrase(np[0], np[1], doc.tokens.start[k]);
        // The reported content is the rest of the sentence on the other side of the attribution.
        let cStart: number;
        let cEnd: number;
        if (k === lo || (k === lo + 1 && isPunct(resolver.word(lo)))) {
          const after = np[1] < hi && resolver.word(np[1]) === "," ? np[1] + 1 : np[1];
          if (after >= hi) continue;
          cStart = doc.tokens.start[after];
          cEnd = sentence.end;
        } else {
          // "WASHINGTON (AP) — Trump has invested …, according to …": the dateline is no content.
          cStart = startAfterDateline(sentence, k);
          cEnd = doc.tokens.start[k];
        }
        if (pushIndirect(doc, out, cStart, cEnd, speaker, span(doc, k, nameAt), isTaken)) break;
        continue;
      }
      const lemma = isNounUse(doc, resolver, k) ? null : speechLemma(w);
      if (!lemma || !INDIRECT_LEMMAS.has(lemma)) continue;
      if (BE_FORMS.has(resolver.word(k - 1)) && lemma !== "hear") continue;
      // "denied the charges", "an alleged spy", "declared its budget a lie": these take "that" to report speech.
      if (NEEDS_THAT.has(lemma) && resolver.word(skipAdjuncts(resolver, k + 1, hi)) !== "that") continue;
      const cue = span(doc, k, k + 1);
      // A trailing or parenthetical attribution: "Hackers accessed the logs, the Post said." /
      // "Chinese hackers, he says, outnumber FBI staff."
      const commaBefore = precedingComma(resolver, k, lo);
      if (commaBefore > lo) {
        const after = k + 1;
        const closesSentence =
          after >= hi || SENTENCE_CLOSERS.has(resolver.word(after)) || isTrailingAdjunct(resolver, after, hi);
        const parenthetical = after < hi && resolver.word(after) === ",";
        // (", he says," needs its subject between the commas; "X, a judge, said, too, that …" is no parenthesis.)
        const hasSubject = commaBefore + 1 < k;
        if (closesSentence && ((parenthetical && hasSubject) || (!parenthetical && commaBefore - lo >= 4))) {
          const subj = commaBefore + 1 < k ? ([commaBefore + 1, k] as [number, number]) : null;
          let speaker = subj ? resolver.resolvePhrase(subj[0], subj[1], doc.tokens.start[k]) : null;
          if (!subj) {
            // ", said the Washington Post."
            const np = resolver.phraseStartingAt(after, hi);
            speaker = np ? resolver.resolvePhrase(np[0], np[1], doc.tokens.start[k]) : null;
          }
          const cEnd = parenthetical ? sentence.end : doc.tokens.start[commaBefore];
          if (pushIndirect(doc, out, startAfterDateline(sentence, commaBefore), cEnd, speaker, cue, isTaken)) break;
          continue;
        }
      }
      let c = k + 1;
      if (lemma === "tell" || lemma === "inform") c = objectEnd(resolver, c, hi);
      c = skipAdjuncts(resolver, c, hi);
      if (resolver.word(c) === "that") c++;
      else if (!startsClause(doc, resolver, c, hi) && !(PLAIN_SAYING.has(lemma) && opensNounPhrase(resolver, c, hi)))
        continue;
      if (c >= hi) continue;
      let speaker: Speaker | null = null;
      const sentenceFirst = sentence.firstToken;
      if (w.endsWith("ing") && !startsWithName(doc, resolver, k)) {
        // "…, claiming they did not know", "issued a statement insisting that …": the sentence's subject.
        speaker = resolver.sentenceSubject(sentenceFirst, k, doc.tokens.start[k]);
      } else {
        const subj = resolver.subjectBefore(k, lo);
        if (!subj) continue;
        speaker = resolver.resolvePhrase(subj[0], subj[1], doc.tokens.start[k]);
      }
      let cEnd = clauseEnd(doc, resolver, c, hi, sentence.end);
      // "added that A, and that "B"": a quotation standing as a second reported clause; A is
      // reported speech too. (A second clause that only holds a quoted word stays one mixed quote.)
      const quoted = firstTakenIn(doc.tokens.start[c], cEnd);
      if (quoted >= 0 && (OPENING_MARKS.has(doc.text[quoted]) || mixedStarts.has(quoted))) {
        const before = doc.text.slice(doc.tokens.start[c], quoted);
        const secondClause = /,?\s+and(?:\s+that)?\s*$/i.exec(before);
        if (secondClause && !QUOTE_MARK.test(before)) cEnd = doc.tokens.start[c] + secondClause.index;
      }
      if (pushIndirect(doc, out, doc.tokens.start[c], cEnd, speaker, cue, isTaken)) break;
    }
  }
  return out;
}

/** Index of the comma right before the cue's subject (", the Post said"), or -1. */
function precedingComma(resolver: SpeakerResolver, cue: number, lo: number): number {
  for (let k = cue - 1; k >= lo && cue - k <= 7; k--) {
    const w = resolver.word(k);
    if (w === ",") return k;
    if (isPunct(w) || w === "that" || w === "and") return -1;
  }
  return -1;
}

/** "on Monday", "last week", "in a statement" after a cue at the sentence end. */
function isTrailingAdjunct(resolver: SpeakerResolver, from: number, hi: number): boolean {
  const end = skipAdjuncts(resolver, from, hi);
  return end > from && (end >= hi || SENTENCE_CLOSERS.has(resolver.word(end)));
}

const SENTENCE_CLOSERS = new Set([".", "!", "?", ","]);
const OPENING_MARKS = new Set(['"', "“", "‘", "'", "«", "„"]);
const NEEDS_THAT = new Set([
  "deny",
  "emphasise",
  "stress",
  "declare",
  "note",
  "reveal",
  "acknowledge",
  "allege",
  "believe",
  "hear",
  "report",
  "agree",
  "predict",
  "indicate",
]);

/** Skips time and manner adjuncts after a cue: "said on Monday that", "told the BBC last week", "said in a statement". */
function skipAdjuncts(resolver: SpeakerResolver, c: number, hi: number): number {
  for (let guard = 0; guard < 4 && c < hi; guard++) {
    const w = resolver.word(c);
    if (WEEKDAYS.has(w) || w === "yesterday" || w === "today" || w === "tonight" || w === "earlier" || w === "later") {
      c++;
      continue;
    }
    if ((w === "on" || w === "last" || w === "this" || w === "in" || w === "at" || w === "during") && c + 1 < hi) {
      const next = resolver.word(c + 1);
      if (WEEKDAYS.has(next) || TIME_NOUNS.has(next)) {
        c += 2;
        continue;
      }
      if (
        (w === "in" || w === "at") &&
        (next === "a" || next === "an" || next === "the" || next === "his" || next === "her")
      ) {
        const noun = resolver.word(c + 2);
        if (MANNER_NOUNS.has(noun)) {
          c += 3;
          continue;
        }
      }
    }
    if (w === "," || w === "too" || w === "also" || w === "however") {
      c++;
      continue;
    }
    break;
  }
  return c;
}

/** Verbs after which a noun phrase plus more words is the reported clause ("Nutt said the agency plans …"). */
const PLAIN_SAYING = new Set(["say", "tell", "add", "warn", "claim", "insist", "argue", "explain", "state"]);

/** A determiner followed by at least four more words before the sentence ends. */
function opensNounPhrase(resolver: SpeakerResolver, c: number, hi: number): boolean {
  const w = resolver.word(c);
  if (!PRONOUN_OR_DETERMINER.has(w) || w === "that" || w === "this") return false;
  let words = 0;
  for (let k = c + 1; k < hi && words < 4; k++) if (!isPunct(resolver.word(k))) words++;
  return words >= 4;
}

const WEEKDAYS = new Set("monday tuesday wednesday thursday friday saturday sunday".split(" "));
const TIME_NOUNS = new Set("week month year weekend morning afternoon evening night time".split(" "));
const MANNER_NOUNS = new Set(
  "statement letter interview speech post tweet court hearing press briefing report".split(" "),
);

/** The end of an indirect clause: the sentence end, cut before a new speech verb or "according to". */
function clauseEnd(doc: Doc, resolver: SpeakerResolver, from: number, hi: number, sentenceEnd: number): number {
  for (let k = from; k < hi; k++) {
    const w = resolver.word(k);
    if (w === ";") return doc.tokens.start[k];
    if (w === "," && k + 1 < hi) {
      const next = resolver.word(k + 1);
      const l = speechLemma(next);
      if ((l && next.endsWith("ing")) || next === "according") return doc.tokens.start[k];
    }
  }
  return sentenceEnd;
}

/** Whether tokens from `c` read like the start of a clause ("no pressure was", "he would", "Sun is charged"). */
function startsClause(doc: Doc, resolver: SpeakerResolver, c: number, hi: number, throughQuotes = false): boolean {
  const w = resolver.word(c);
  if (!w || isPunct(w)) return false;
  const subjectPronoun =
    w === "he" || w === "she" || w === "they" || w === "it" || w === "we" || w === "i" || w === "there";
  if (subjectPronoun) return true;
  const capital = isUpperCode(doc.text.charCodeAt(doc.tokens.start[c]));
  if (!PRONOUN_OR_DETERMINER.has(w) && !capital) return false;
  // A finite verb soon after: "the hackers are linked", "Sun is charged", "China's hackers have gained".
  for (let k = c + 1; k < Math.min(hi, c + 10); k++) {
    const x = resolver.word(k);
    if (FINITE_HINTS.has(x)) return true;
    if (x.length > 4 && x.endsWith("ed") && !isUpperCode(doc.text.charCodeAt(doc.tokens.start[k]))) return true;
    if (throughQuotes && QUOTE_MARK_TOKEN.test(x)) continue;
    if (isPunct(x) && x !== "," && x !== "'s" && x !== "’s") return false;
  }
  return false;
}

const QUOTE_MARK_TOKEN = /^["“”‘’«»„']+$/;
/** Any double or curly quotation mark (a straight ' is too often an apostrophe to count). */
const QUOTE_MARK = /["“”‘’«»„]/;
const FINITE_HINTS = new Set(
  "is was were are had has have would will could should may might can cannot did does do must".split(" "),
);

function pushIndirect(
  doc: Doc,
  out: Quote[],
  start: number,
  end: number,
  speaker: Speaker | null,
  cue: TextSpan,
  isTaken: (offset: number) => boolean,
): boolean {
  const text = doc.text;
  end = trimEnd(text, start, end);
  while (start < end && /\s/.test(text[start])) start++;
  if (end - start < 8 || countWords(text, start, end) < 3) return false;
  // Never claim words a direct or mixed quotation already holds.
  if (isTaken(start) || isTaken(end - 1)) return false;
  const entity = speaker?.entity ?? null;
  out.push({
    kind: "indirect",
    text: text.slice(start, end),
    start,
    end,
    speaker: entity ? entity.name : (speaker?.name ?? null),
    speakerId: entity ? entity.id : null,
    speakerMention: speaker?.mention ?? null,
    cue,
  });
  return true;
}

function span(doc: Doc, from: number, to: number): TextSpan {
  const start = doc.tokens.start[from];
  const end = doc.tokens.end[to - 1];
  return { start, end, text: doc.text.slice(start, end) };
}

function countWords(text: string, start: number, end: number): number {
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
