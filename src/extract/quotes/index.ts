// Quotations and their speakers: direct quotes (the whole content in quotation marks), mixed
// quotes (a reported clause holding a quoted fragment; the quote's text is the whole clause) and
// indirect speech ("the CPS said no pressure was exerted"). Every quote, cue and speaker mention
// carries offsets into the original text.

import type { Doc } from "../../core/doc.js";
import { sentenceAt, tokenAtOrAfter } from "../../core/doc.js";
import type { Entity, Quote } from "../../core/schema.js";
import { reportsFragment, speechLemma } from "./cues.js";
import { findQuoteSpans } from "./marks.js";
import { isPunct, SpeakerResolver, type Speaker } from "./speakers.js";
import {
  BODY_GROUPS,
  GROUP_NOUNS,
  isLyAdverb,
  ORG_NOMINALS,
  PERSON_FIRST_NOUNS,
  PREPOSITIONS,
  PRONOUNS,
  singularOf,
  SPOKES_NOUNS,
} from "./speaker-words.js";
import { isFiniteVerbForm } from "./verb-forms.js";
import { type Draft, isNounUse, PRONOUN_OR_DETERMINER, span } from "./attribution.js";
import { analyse } from "./direct.js";
import { REPORTING_NOUNS, ReportedSpeech } from "./indirect.js";
import { headlineLabel, interviewAnswers, transcriptLines } from "./interview.js";

export function extractQuotes(doc: Doc, entities: Entity[]): Quote[] {
  const resolver = new SpeakerResolver(doc, entities);
  const spans = findQuoteSpans(doc);
  resolver.noteQuotations(spans.map((q) => ({ start: q.contentStart, end: q.contentEnd })));
  // An interview's answers are the interviewee's words; a quotation inside one is part of it, and
  // so is one that only adds the line's label ('“ROE: We never agreed to that.').
  const answers = [...interviewAnswers(doc.text, entities), ...transcriptLines(doc.text, entities)];
  // A headline that names its speaker ('Ann Roe: …', 'Ann Roe Says …'), unless the line is a transcript's.
  for (const h of headlineLabel(doc.text, entities))
    if (!answers.some((a) => a.end >= h.start && a.start <= h.end)) answers.push(h);
  const answered = (q: Quote) =>
    answers.some((a) => q.end <= a.end && (q.start >= a.start || a.speakerMention?.start === q.start));
  const taken = answers.map((q) => [q.start, q.end] as [number, number]);
  for (const span of spans) taken.push([span.open, span.close]);
  const reports = new ReportedSpeech(doc, resolver, taken);
  const drafts: Draft[] = [];
  // Quotations and reported speech are read together in text order, each sentence's quotations
  // first, so that whoever spoke last, in either form, is known to a pronoun or description after.
  let i = 0;
  const quotationsBefore = (end: number) => {
    for (; i < spans.length && spans[i].open < end; i++) {
      const q = spans[i];
      // A fragment already inside the previous mixed quote's clause belongs to it.
      const last = drafts[drafts.length - 1];
      if (last && last.kind === "mixed" && q.close <= last.end + 1 && q.open >= last.start) continue;
      const sameParagraph = last !== undefined && last.span.paragraph === q.paragraph && last.attribution !== null;
      const draft = analyse(doc, resolver, q, spans[i - 1], spans[i + 1], sameParagraph);
      if (!draft) continue;
      // 'Ann Roe warned that the levy was “a tax on bread” while “the mill owners pay nothing at
      // all.”': a long fragment with no cue of its own, in the sentence of the mixed quote before
      // it whose cue is on its left, is more of that report, not a second one over the whole sentence.
      if (last && extendsMixed(doc, last, draft)) {
        last.end = draft.end;
        reports.take(last.start, last.end, true, null);
        continue;
      }
      const entity = draft.attribution?.speaker?.entity;
      resolver.noteSpeaker(draft.start, entity ?? null, draft.attribution?.speaker?.mention, draft.end);
      const sp = draft.attribution?.speaker;
      if (sp && (sp.entity || sp.name) && draft.attribution?.cue)
        resolver.noteSentenceSpeaker(doc.tokens.sentence[draft.attribution.cueToken], sp);
      drafts.push(draft);
      const quote = toQuote(doc, draft);
      if (!answered(quote)) reports.take(quote.start, quote.end, quote.kind === "mixed", quote.cue, quote.speakerId);
    }
  };
  for (const sentence of doc.sentences) {
    quotationsBefore(sentence.end);
    reports.read(sentence);
  }
  quotationsBefore(Infinity);
  propagateSpeakers(doc, resolver, drafts);
  const quotes = drafts.map((d) => toQuote(doc, d)).filter((q) => !answered(q));
  quotes.push(...answers, ...reports.finish());
  quotes.sort((a, b) => a.start - b.start);
  inheritFromReportedSpeech(doc, resolver, quotes);
  creditNestedReports(quotes);
  return quotes;
}

/**
 * Whether `draft`, a long quoted fragment read with no cue (its clause the whole sentence, its
 * speaker inherited), continues the mixed quote `last` of the same sentence, whose cue stands on
 * its left before `last`'s clause: then the report runs on to the fragment's end.
 */
function extendsMixed(doc: Doc, last: Draft, draft: Draft): boolean {
  if (draft.kind !== "mixed" || draft.attribution || !draft.inherits) return false;
  if (last.kind !== "mixed" || last.attribution?.side !== "left" || !last.attribution.cue) return false;
  if (last.span.paragraph !== draft.span.paragraph || draft.start > last.start || draft.end <= last.end) return false;
  return sentenceAt(doc, last.span.open) === sentenceAt(doc, draft.span.open);
}

/**
 * A quotation with neither cue nor speaker that follows reported speech in the same or the
 * previous paragraph continues it: 'Ms Vale said the plan had failed. / “It was never funded.”'
 * gives the second paragraph to Ms Vale.
 */
function inheritFromReportedSpeech(doc: Doc, resolver: SpeakerResolver, quotes: Quote[]): void {
  const paragraphOf = (offset: number) => doc.sentences[Math.max(0, sentenceAt(doc, offset))].paragraph;
  for (let i = 1; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.cue || q.speaker || q.kind === "indirect") continue;
    const prev = quotes[i - 1];
    if (!prev.speaker || paragraphOf(q.start) - paragraphOf(prev.start) > 1) continue;
    // 'Former Mayor Tom Vale, for his part, is labelling the plan “a disgrace.”': when people are
    // named in the quotation's own clause before its marks, the clause's subject is its likelier
    // source than the speaker before, who keeps it only when named there too.
    const own = q.kind === "mixed" ? ownSource(doc, resolver, q.start, q.end) : undefined;
    if (own) {
      Object.assign(q, { speaker: own.entity.name, speakerId: own.entity.id, speakerMention: null });
      if (own.verb >= 0) {
        const start = afterCue(doc, resolver, own.verb);
        Object.assign(q, { cue: span(doc, own.verb, own.verb + 1), text: doc.text.slice(start, q.end), start });
      }
      continue;
    }
    q.speaker = prev.speaker;
    q.speakerId = prev.speakerId;
    q.speakerMention = prev.speakerMention;
  }
}

/** Whether a word names people or speakers: a person noun, a spokesperson, a group, a pronoun. */
const namesPeople = (w: string) =>
  PERSON_FIRST_NOUNS.has(w) || SPOKES_NOUNS.has(w) || BODY_GROUPS.has(w) || GROUP_NOUNS.has(w) || !!PRONOUNS[w];

/**
 * 'Ann Roe said the spate of floods demands that residents take “more care”': a report inside the
 * content of a named speaker's report, whose own subject is a thing, no person, group or body
 * ("the spate of floods", "the ruling"), is the outer speaker's claim: the thing says nothing.
 * (Not "Ann Roe said critics argue that …": people say it, unnamed.)
 */
function creditNestedReports(quotes: Quote[]): void {
  for (const q of quotes) {
    const mention = q.speakerMention;
    if (q.speakerId || !q.cue || !mention || q.kind === "direct") continue;
    const all = mention.text.toLowerCase().split(/\s+/);
    // (The head is before a preposition: "the spate of police shootings" is a spate.)
    const cut = all.findIndex((w, k) => k > 0 && PREPOSITIONS.has(w));
    const words = cut > 0 ? all.slice(0, cut) : all;
    const head = words.at(-1)!;
    if (!/^(?:the|a|an|this|that|its|their)$/.test(words[0]) || /\p{Lu}/u.test(mention.text.slice(1))) continue;
    if (words.some((w) => namesPeople(w) || namesPeople(singularOf(w) ?? w))) continue;
    if (ORG_NOMINALS.has(head) || ORG_NOMINALS.has(singularOf(head) ?? head)) continue;
    const outer = quotes.find(
      (p) => p !== q && p.speakerId && p.kind !== "direct" && p.start <= mention.start && q.cue!.end <= p.end,
    );
    if (!outer) continue;
    Object.assign(q, { speaker: outer.speaker, speakerId: outer.speakerId, speakerMention: outer.speakerMention });
  }
}

/**
 * 'Former Mayor Tom Vale, for his part, is labelling the plan “a disgrace.”': a person named as the
 * subject of a mixed quotation's own clause (before its first quotation mark) is a likelier source
 * than the speaker before it, and the clause's verb its cue, after which what was said begins
 * ("the plan “a disgrace.”"). Undefined when the clause's subject is no named person (a pronoun, a
 * possessor, nobody): the quotation may then inherit as before.
 */
function ownSource(
  doc: Doc,
  resolver: SpeakerResolver,
  start: number,
  end: number,
): { entity: Entity; verb: number } | undefined {
  const rel = doc.text.slice(start, end).search(/["“‘«]|''/);
  const mark = rel < 0 ? end : start + rel;
  const sentence = doc.sentences[Math.max(0, sentenceAt(doc, start))];
  if (sentence.start < start - 1) return undefined;
  const markToken = tokenAtOrAfter(doc, mark);
  const subject = resolver.sentenceSubject(sentence.firstToken, markToken, start);
  const mention = subject?.mention;
  if (subject?.entity?.type !== "person" || !mention || mention.end > mark) return undefined;
  // (not "he", not "Tom Vale's book", not a name in capitals, which a headline's is; and a verb
  // between the name and the marks: in 'Vale “misspoke,” Roe said' the name is what is talked about)
  const after = doc.text.slice(mention.end, mark);
  if (
    /^(?:he|she|they|it)$/i.test(mention.text) ||
    /^['’]/.test(after) ||
    /['’]s\b/.test(mention.text) ||
    mention.text === mention.text.toUpperCase()
  )
    return undefined;
  // The clause's verb must report speech ('is labelling', 'proclaims', 'fired back'): in 'Vale is
  // appearing in court “to face charges,” police said' the words are another's.
  const from = tokenAtOrAfter(doc, mention.end);
  let verb = -1;
  for (let k = from; k < markToken && verb < 0; k++) if (reportsFragment(resolver.word(k))) verb = k;
  if (verb < 0) return undefined;
  // The cue is the first such verb in a form no noun shares ("is pledging", "tells", "slammed"; not
  // "his home state", "made the point"); with none, the clause keeps its words from its start.
  let cue = verb;
  const noun = (k: number) => isNounUse(doc, resolver, k) || speechLemma(resolver.word(k)) === resolver.word(k);
  while (cue < markToken && (!reportsFragment(resolver.word(cue)) || noun(cue))) cue++;
  return { entity: subject.entity, verb: cue < markToken ? cue : -1 };
}

/** Where what was said starts after the cue at token `verb`: past a comma or "that" ('chiding him, “…”' keeps its object; 'noted that “…”'). */
function afterCue(doc: Doc, resolver: SpeakerResolver, verb: number): number {
  let k = verb + 1;
  while (
    k < doc.tokens.count - 1 &&
    (resolver.word(k) === "," || resolver.word(k) === ":" || resolver.word(k) === "that")
  )
    k++;
  return doc.tokens.start[k];
}

/** `ownSource` for a draft that would inherit: gives it its clause's own subject, and says whether it did. */
function ownSubject(doc: Doc, resolver: SpeakerResolver, d: Draft): boolean {
  const own = ownSource(doc, resolver, d.start, d.end);
  if (!own) return false;
  const speaker = { entity: own.entity, name: null, mention: null };
  if (own.verb < 0) d.attribution = { speaker, cue: null, cueToken: -1, side: "label" };
  else {
    d.attribution = { speaker, cue: span(doc, own.verb, own.verb + 1), cueToken: own.verb, side: "left" };
    d.start = afterCue(doc, resolver, own.verb);
  }
  return true;
}

/** Quotations with no attribution of their own take the speaker of the one before. */
function propagateSpeakers(doc: Doc, resolver: SpeakerResolver, drafts: Draft[]): void {
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
    const next = drafts[i + 1];
    const nextOwn = next && next.span.paragraph === d.span.paragraph && next.attribution?.speaker;
    if (nextOwn && d.span.unclosed && !d.span.continues && next.span.open === d.span.close) {
      // '“We are ready. “The rest follows,” she said.': a quotation that lost its closing mark
      // where the next one opens is the same utterance, attributed after it.
      d.attribution = { ...next.attribution! };
      continue;
    }
    // A quotation that runs on into the next paragraph ('``A, / ``B,″ Roe said.') is attributed
    // where it ends (below), not by the quotation before it.
    if (d.span.continues) continue;
    const prev = drafts[i - 1];
    if (d.kind === "mixed" && ownSubject(doc, resolver, d)) continue;
    const leadIn = d.kind === "direct" && !d.span.continuation ? leadInSpeaker(doc, resolver, d, prev) : null;
    if (leadIn) {
      d.attribution = { speaker: leadIn, cue: null, cueToken: -1, side: "label" };
      continue;
    }
    if (prev && d.span.paragraph - prev.span.paragraph <= 2 && prev.attribution) {
      d.attribution = { ...prev.attribution };
      continue;
    }
    // Otherwise a following quotation in the same paragraph may carry the cue ("“A.” “B,” he said.").
    if (nextOwn) {
      d.attribution = { ...next.attribution! };
    }
  }
  // A multi-paragraph quotation whose last paragraph names the speaker gives it to the earlier ones.
  for (let i = drafts.length - 2; i >= 0; i--) {
    const d = drafts[i];
    const n = drafts[i + 1];
    if (d.span.continues && !d.attribution?.speaker && n.attribution?.speaker) d.attribution = { ...n.attribution };
  }
  // One that ends with no attribution either keeps the one before it.
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i];
    const prev = drafts[i - 1];
    if (d.span.continues && !d.attribution && d.span.paragraph - prev.span.paragraph <= 2 && prev.attribution)
      d.attribution = { ...prev.attribution };
  }
}

/**
 * 'Ann Roe answered her critics on Monday. “We will build it by May.”': a quotation with no
 * attribution of its own that opens its sentence right after a sentence of speech whose subject
 * is a person, or a sentence in which a person or a body issues words ("The council issued a
 * statement."), (the sentence just before, in its paragraph or closing the paragraph before) is
 * theirs: the sentence leads in to the words, and outranks the speaker of a quotation
 * further back. The lead-in holds no quotation of its own, and its verb of speech follows the
 * subject (past one apposition: "Ann Roe, the mayor, replied on Monday."); a quotation in the
 * lead-in would be the one before, which then stands between.
 */
function leadInSpeaker(doc: Doc, resolver: SpeakerResolver, d: Draft, prev: Draft | undefined): Speaker | null {
  const s = sentenceAt(doc, d.span.open);
  if (s <= 0) return null;
  const sentence = doc.sentences[s];
  const lead = doc.sentences[s - 1];
  if (tokenAtOrAfter(doc, sentence.start) !== tokenAtOrAfter(doc, d.span.open)) return null;
  if (sentence.paragraph - lead.paragraph > 1) return null;
  // (nor is it the attribution of the quotation before: '“Why now?” Roe asked. “…”')
  const prevCue = prev?.attribution?.cueToken ?? -1;
  if (prev && (prev.span.close > lead.start || (prevCue >= 0 && doc.tokens.start[prevCue] >= lead.start))) return null;
  const np = resolver.subjectSpan(lead.firstToken, lead.lastToken);
  if (!np) return null;
  const speaker = resolver.resolvePhrase(np[0], np[1], doc.tokens.start[np[0]]);
  // A pronoun is left to the chain of speakers it continues; a named person or body leads in.
  const type = speaker?.entity?.type;
  if ((type !== "person" && type !== "organization") || PRONOUNS[resolver.word(np[0])]) return null;
  let k = np[1];
  if (resolver.word(k) === ",") {
    let close = k + 1;
    while (close < lead.lastToken && close - k <= 8 && resolver.word(close) !== ",") close++;
    if (resolver.word(close) === ",") k = close + 1;
    else {
      // ("Ann Roe, the head of the Dover Trust said in a statement.": a description no comma closes
      // runs on to the first lower-case verb of speech, past a preposition it holds.)
      let verb = k + 2;
      while (verb < lead.lastToken && verb - k <= 10 && !speechLemma(resolver.word(verb))) verb++;
      const article = /^(?:the|a|an)$/.test(resolver.word(k + 1));
      let preposition = false;
      for (let j = k + 2; j < verb; j++) {
        if (isFiniteVerbForm(resolver.word(j)) && !resolver.capital(j)) return null;
        if (PREPOSITIONS.has(resolver.word(j))) preposition = true;
      }
      if (!article || !preposition || !speechLemma(resolver.word(verb)) || resolver.capital(verb)) return null;
      k = verb;
    }
  }
  // ('The Dunmore council issued a statement on Friday. “We regret …”': a verb whose object is a
  // noun of what was said, "a statement", "its reply", leads in as a verb of speech does.)
  if (issuesWords(resolver, k, lead.lastToken)) return speaker;
  if (type !== "person") return null;
  if (resolver.speaksNext(doc.tokens.start[k])) return speaker;
  // ('Ann Roe ended the debate by saying she would run.', '…, saying she would run.': the subject's
  // own participle of speech further on.)
  for (let j = k; j < lead.lastToken; j++) {
    const w = resolver.word(j);
    const before = resolver.word(j - 1);
    if (w.endsWith("ing") && speechLemma(w) && (before === "by" || before === ",")) return speaker;
  }
  return null;
}

/**
 * Whether a verb at token `k` (past at most one adverb) takes for its object a noun of what was
 * said: "issued a statement", "released its first detailed reply", "put out the following statement".
 */
function issuesWords(resolver: SpeakerResolver, k: number, hi: number): boolean {
  if (isLyAdverb(resolver.word(k))) k++;
  const verb = resolver.word(k);
  if (!/^\p{Ll}+$/u.test(verb) || PRONOUN_OR_DETERMINER.has(verb)) return false;
  let j = k + 1;
  if (resolver.word(j) === "out") j++;
  if (!PRONOUN_OR_DETERMINER.has(resolver.word(j))) return false;
  for (let n = 0, i = j + 1; n < 3 && i < hi; n++, i++) {
    const w = resolver.word(i);
    if (REPORTING_NOUNS.has(w)) return true;
    if (isPunct(w)) return false;
  }
  return false;
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
