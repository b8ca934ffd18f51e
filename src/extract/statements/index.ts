// Statements as objects (issue 15): each quote also says when it was said (`saidAt`), in which
// role the speaker spoke (`role`), to whom (`addressee`), how (`channel`) and about whom
// (`about`), each with its offsets. The quote layer finds the words and the speaker; this layer
// reads the attribution around them: the words of the cue's sentence that are not the quoted
// content. Dates come from the time layer (src/extract/time), never parsed again here.
//
// Every loop is bounded by the length of one sentence, so the layer stays linear in the text.
import { lowerWords, sentenceAt, tokenAtOrAfter, type Doc } from "../../core/doc.js";
import type { Entity, Mention, Quote, Span, TextSpan, TimeExpression } from "../../core/schema.js";
import { channelIn, isMediaName } from "./channels.js";
import { addresseeIn } from "./addressee.js";
import { coverOf, inContent, type Frame } from "./frame.js";
import { CLOSED_CLASS } from "../entities/lexicon.js";
import { inWhatClause } from "../quotes/verb-forms.js";

/** Adds the statement fields to every quote, in place, and returns the quotes. */
export function describeStatements(doc: Doc, entities: Entity[], times: TimeExpression[], quotes: Quote[]): Quote[] {
  const words = lowerWords(doc);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const mentions = entities.flatMap((e) => e.mentions.map((m) => ({ ...m, entity: e.id })));
  mentions.sort((a, b) => a.start - b.start);
  const contents = quotes.map((q) => ({ start: q.start, end: q.end }));
  const cover = coverOf(doc, contents);
  const outerOf = outerContents(contents);
  for (const q of quotes) {
    q.about = aboutOf(q, mentions);
    q.role = appositiveRole(doc.text, q) ?? roleOf(q, byId.get(q.speakerId ?? ""));
    const anchor = q.cue ?? q.speakerMention;
    const s = anchor ? sentenceAt(doc, anchor.start) : -1;
    if (s < 0) {
      q.saidAt = null;
      q.addressee = null;
      q.channel = "unknown";
      q.channelCue = null;
      continue;
    }
    const sentence = doc.sentences[s];
    const at = anchor ? tokenAtOrAfter(doc, anchor.start) : sentence.firstToken;
    const [first, last] = nearAnchor(attributionRange(doc, sentence, q, outerOf), at);
    const frame: Frame = {
      doc,
      words,
      first,
      last,
      content: { start: q.start, end: q.end },
      cover,
      contents,
      cue: q.cue,
      speaker: q.speakerMention,
    };
    // "warned Friday that…": a date after the verb is when, not whom.
    const found = addresseeIn(frame);
    const addressee = found && !times.some((t) => t.start < found.end && t.end > found.start) ? found : null;
    q.addressee = addressee
      ? {
          ...addressee,
          entity: mentions.find((m) => m.start >= addressee.start && m.end <= addressee.end)?.entity ?? null,
        }
      : null;
    // A quotation with no cue of its own states no channel; it may continue one (inheritAlongSpeech).
    const channel = q.cue ? channelIn(frame) : null;
    if (channel) {
      q.channel = channel.channel;
      q.channelCue = channel.cue;
    } else if (q.addressee && isMediaName(q.addressee.text)) {
      // "told The Daily Courier": speaking to a news outlet is an interview.
      q.channel = "interview";
      q.channelCue = { start: q.addressee.start, end: q.addressee.end, text: q.addressee.text };
    } else {
      q.channel = "unknown";
      q.channelCue = null;
    }
    q.saidAt = saidAtOf(frame, times, q.channelCue);
  }
  inheritAlongSpeech(doc, quotes, byId);
  return quotes;
}

/**
 * The tokens that may attribute a quote: its cue's sentence, or, when the cue stands inside
 * another quote's content ("X has done Y, which it claimed was Z, a tribunal has heard"), only
 * that content: the words around it attribute the outer quote, not this one.
 */
function attributionRange(
  doc: Doc,
  sentence: Doc["sentences"][number],
  q: Quote,
  outerOf: (anchor: Span, own: Span) => Span | undefined,
): [number, number] {
  const anchor = q.cue ?? q.speakerMention;
  const outer = anchor ? outerOf(anchor, q) : undefined;
  if (!outer) return [sentence.firstToken, sentence.lastToken];
  const first = Math.max(sentence.firstToken, tokenAtOrAfter(doc, outer.start));
  const last = Math.min(sentence.lastToken, tokenAtOrAfter(doc, outer.end));
  return first < last ? [first, last] : [sentence.firstToken, sentence.lastToken];
}

/**
 * `outerOf(anchor, own)`: the first of `contents` (in their order) that holds `anchor` and is not
 * the span `own`. Text of thousands of nested quotations has thousands of contents holding a cue,
 * and trying each for each quote was quadratic; with the contents in text order (as the quote
 * layer gives them) those that start at or before the anchor are a prefix, and a tree of the
 * largest end under each node finds the first of them that reaches past the anchor in log time.
 */
export function outerContents(contents: readonly Span[]): (anchor: Span, own: Span) => Span | undefined {
  const isOwn = (c: Span, own: Span) => c.start === own.start && c.end === own.end;
  const holds = (c: Span, a: Span) => c.start <= a.start && c.end >= a.end;
  for (let i = 1; i < contents.length; i++)
    if (contents[i].start < contents[i - 1].start)
      return (a, own) => contents.find((c) => holds(c, a) && !isOwn(c, own)); // not in text order
  let size = 1;
  while (size < contents.length) size *= 2;
  const maxEnd = new Float64Array(2 * size).fill(-Infinity);
  contents.forEach((c, i) => (maxEnd[size + i] = c.end));
  for (let n = size - 1; n >= 1; n--) maxEnd[n] = Math.max(maxEnd[2 * n], maxEnd[2 * n + 1]);
  /** The first index in [from, to) whose end is at least `end`, or -1. */
  const firstReaching = (node: number, lo: number, hi: number, from: number, to: number, end: number): number => {
    if (hi <= from || lo >= to || maxEnd[node] < end) return -1;
    if (hi - lo === 1) return lo;
    const mid = (lo + hi) >> 1;
    const left = firstReaching(2 * node, lo, mid, from, to, end);
    return left >= 0 ? left : firstReaching(2 * node + 1, mid, hi, from, to, end);
  };
  return (a, own) => {
    // Contents starting at or before the anchor: a prefix of the list.
    let lo = 0;
    let hi = contents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (contents[mid].start <= a.start) lo = mid + 1;
      else hi = mid;
    }
    for (let from = 0; ;) {
      const i = firstReaching(1, 0, size, from, lo, a.end);
      if (i < 0) return undefined;
      if (!isOwn(contents[i], own)) return contents[i];
      from = i + 1;
    }
  };
}

/**
 * The words that attribute a quote stand near its cue: a "sentence" with no full stop in it (a
 * page of text run together) is read only this many tokens either side, so that the work per
 * quote stays bounded and the layer linear in the text.
 */
export const ATTRIBUTION_REACH = 100;

export function nearAnchor([first, last]: [number, number], anchor: number): [number, number] {
  return [Math.max(first, anchor - ATTRIBUTION_REACH), Math.min(last, anchor + ATTRIBUTION_REACH)];
}

/** Entities named inside the quote, each mention once, the speaker's own left out. */
function aboutOf(q: Quote, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  // Mentions are sorted by start: begin at the first inside the quote, not at the text's start.
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < q.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < mentions.length && mentions[k].start < q.end; k++) {
    const m = mentions[k];
    if (m.end <= q.end && m.entity !== q.speakerId) out.push(m);
  }
  return out;
}

/**
 * The role the article gives the speaker for this statement: the one written beside the speaker's
 * mention ("Dana Holt, the then transport minister, said"; "Transport minister Dana Holt said"),
 * else the last role the article gave before the quote, else the first it gives at all.
 */
function roleOf(q: Quote, speaker: Entity | undefined): TextSpan | null {
  const roles = speaker?.attributes.roles ?? [];
  if (roles.length === 0) return null;
  const m = q.speakerMention;
  if (m) {
    const beside = roles.find(
      (r) => (r.start >= m.end && r.start - m.end <= 6) || (r.end <= m.start && m.start - r.end <= 2),
    );
    if (beside) return beside;
  }
  const at = m?.start ?? q.start;
  let before: TextSpan | null = null;
  for (const r of roles) if (r.start < at && (!before || r.start > before.start)) before = r;
  return before ?? roles[0];
}

/**
 * The words set off by commas between the speaker and the cue are the role they spoke in:
 * "Dana Holt, then transport minister, said…", "Dana Holt, the former head of the agency, told…".
 * Only a short phrase starting in lower case (or with an article or "then"/"former") counts, so a
 * second name or a clause is not taken for a role. Reads at most 100 characters.
 */
function appositiveRole(text: string, q: Quote): TextSpan | null {
  const m = q.speakerMention;
  const cue = q.cue;
  if (!m || !cue || cue.start <= m.end || cue.start - m.end > 100) return null;
  const between = text.slice(m.end, cue.start);
  if (/^, (?:who|whose|which|that|where|when|whom)\b/.test(between)) return null;
  const found =
    /^, ((?:(?:the|a|an) )?(?:then|former|now|acting|interim|outgoing)?[ -]?[a-z][^,;:"“”()]{1,80}), $/.exec(between);
  if (!found) return null;
  const start = m.end + 2;
  const end = start + found[1].length;
  return { start, end, text: text.slice(start, end) };
}

/** Time expressions that date a speech act, not a happening: calendar dates and resolvable relative ones. */
const DATABLE = new Set(["date", "relative"]);

/**
 * When the speech act happened, if the attribution dates it:
 * - right after the cue, before the content: "said on Monday that…", "…, she said yesterday.";
 * - between the speaker and the cue: "the ministry on Friday said…";
 * - a date opening the sentence before a comma: "On Monday, the minister said…";
 * - a letter or statement "dated 3 May", a channel "on" a day ("at a press conference on Friday");
 * - after a speaker named after the cue: "said the minister on Friday".
 * A date inside the quoted content is what the speaker talks about, never when they spoke.
 */
export function saidAtOf(
  f: Frame,
  times: TimeExpression[],
  channelCue: TextSpan | null = null,
): (TextSpan & { value: string }) | null {
  const { doc } = f;
  const from = doc.tokens.start[f.first];
  const to = doc.tokens.end[f.last - 1];
  const candidates = times.filter(
    (t) =>
      t.value !== null &&
      DATABLE.has(t.kind) &&
      t.start >= from &&
      t.end <= to &&
      !(t.start < f.content.end && t.end > f.content.start),
  );
  const pick = (t: TimeExpression) => ({ start: t.start, end: t.end, text: t.text, value: t.value as string });
  if (candidates.length === 0) {
    const then = atTheTime(f, times);
    return then ? pick(then) : null;
  }
  const tokenOf = (offset: number) => tokenAtOrAfter(doc, offset);
  for (const t of candidates) {
    const first = tokenOf(t.start);
    const last = tokenOf(t.end);
    const before = f.words[first - 1] ?? "";
    const beforeWord = ["on", "in", "at", "last", "this", "earlier", "late", "early"].includes(before)
      ? (f.words[first - 2] ?? "")
      : before;
    if (beforeWord === "dated") return pick(t);
    // "at a press conference on Tuesday", "in a statement on Friday": the date of the channel named.
    if (channelCue && t.start >= channelCue.end) {
      const after = tokenOf(channelCue.end);
      if (first - after <= 2 && !between(f, after, first)) return pick(t);
    }
    // "…, said the minister on Friday", "declared by the minister in 2015": after a speaker named after the cue.
    if (f.cue && f.speaker && f.speaker.start >= f.cue.end && t.start >= f.speaker.end) {
      const after = tokenOf(f.speaker.end);
      if (first - after <= 1 && !between(f, after, first)) return pick(t);
    }
    // "the plan announced by the former mayor Ann Roe in 2015": after the passive's agent, whoever it names.
    if (f.cue && t.start >= f.cue.end) {
      const by = tokenOf(f.cue.end);
      const lead = ["on", "in"].includes(f.words[first - 1] ?? "") ? first - 1 : -1;
      if (
        f.words[by] === "by" &&
        lead > by + 1 &&
        lead - by <= 8 &&
        !between(f, by, lead) &&
        !agentBreaks(f, by + 1, lead)
      )
        return pick(t);
    }
    if (f.cue) {
      const cueEnd = tokenOf(f.cue.end);
      const cueStart = tokenOf(f.cue.start);
      // "said on Monday", "said late on Monday": a few words after the cue, nothing quoted between.
      if (first >= cueEnd && first - cueEnd <= 2 && !between(f, cueEnd, first)) return pick(t);
      // "the ministry on Friday said": between the speaker's words and the cue.
      if (f.speaker && t.start >= f.speaker.end && last <= cueStart && cueStart - last <= 1) return pick(t);
    }
    // "On Monday, the minister said …": the date opens the sentence (after a conjunction at most).
    const opener =
      first === f.first || (first - f.first <= 2 && ["but", "and", "however", ","].includes(f.words[f.first]));
    const lead = ["on", "in", "at", "earlier", "later", "late", "early"].includes(f.words[first - 1] ?? "")
      ? first - 1
      : first;
    if ((opener || lead === f.first || (lead - f.first <= 2 && f.words[f.first] === "but")) && f.words[last] === ",") {
      if (f.cue && f.cue.start > t.end && f.content.start > t.end && !namesWhat(f)) return pick(t);
    }
    if (f.cue && f.cue.start > t.end && f.content.start > t.end && participleOpens(f, first, last)) return pick(t);
  }
  return null;
}

/**
 * "Visiting Lisk on Friday, Tom Vale quipped: …": a participle opening the sentence shares its
 * subject with the verb of saying after its comma, and its day is the telling's. Not a preposition
 * in -ing ("During", "Following the vote on Monday", which dates the vote), nor "having" ("Having
 * left Lisk in May, …", an act before the telling), nor a date inside a clause of the phrase
 * ("Saying that the vote on Monday was rigged, …").
 */
function participleOpens(f: Frame, first: number, last: number): boolean {
  const opener = f.words[f.first];
  if (!/^[a-z]{2,}ing$/.test(opener) || CLOSED_CLASS.has(opener) || NOT_PARTICIPLES.has(opener)) return false;
  if (f.words[last] !== "," || last - f.first > 12) return false;
  for (let k = f.first + 1; k < first; k++) if (PARTICIPLE_ENDS.has(f.words[k])) return false;
  const cue = tokenAtOrAfter(f.doc, f.cue!.start);
  if (cue <= last || cue - last > 7) return false;
  for (let k = last + 1; k < cue; k++) if (PARTICIPLE_ENDS.has(f.words[k])) return false;
  return true;
}
/** -ing words that open no phrase of the speaker's act: prepositions, and "having" ("Having fled in March"), an earlier act. */
const NOT_PARTICIPLES = new Set(["following", "according", "having"]);
const PARTICIPLE_ENDS = new Set([",", ";", ":", "that", "who", "which", "when", "after", "before", "since", "until"]);

/**
 * "In 2019, under what Tom Vale called "a fair deal", the mill closed": a cue after "what" and its
 * speaker heads a clause that names a thing inside another; the date opening the sentence is the
 * main verb's, not the naming's.
 */
function namesWhat(f: Frame): boolean {
  if (!f.cue) return false;
  const cue = tokenAtOrAfter(f.doc, f.cue.start);
  const from = f.speaker && f.speaker.end <= f.cue.start ? tokenAtOrAfter(f.doc, f.speaker.start) : cue;
  return inWhatClause(f.words, cue, from - 1);
}

/** Words that end a passive's agent before a date could belong to its verb ("by Ann Roe, who in 2015 …"). */
function agentBreaks(f: Frame, a: number, b: number): boolean {
  for (let i = a; i < b; i++)
    if (["who", "which", "that", "and", "when", "after", "before"].includes(f.words[i])) return true;
  return false;
}

/**
 * "At the time, the agency said …": a sentence opening with "at the time" or "at that time" (before
 * its cue) speaks of the moment the sentence before it dated, so the last date that sentence gives
 * is when this was said ("… reported in March 2024. / At the time, the agency said …").
 */
function atTheTime(f: Frame, times: TimeExpression[]): TimeExpression | null {
  const { doc, words } = f;
  const w = [words[f.first], words[f.first + 1], words[f.first + 2]];
  if (w[0] !== "at" || !(w[1] === "the" || w[1] === "that") || w[2] !== "time") return null;
  // "At the time of the vote", "at the time when …" name their own moment.
  if (["of", "when", "that", "before", "after", "in", "on"].includes(words[f.first + 3])) return null;
  if (f.cue && doc.tokens.start[f.first + 2] > f.cue.start) return null;
  const s = sentenceAt(doc, doc.tokens.start[f.first]);
  if (s < 1) return null;
  const prev = doc.sentences[s - 1];
  let last: TimeExpression | null = null;
  for (const t of times)
    if (t.value !== null && DATABLE.has(t.kind) && t.start >= prev.start && t.end <= prev.end) last = t;
  return last;
}

/** True when a token in [a, b) is quoted content or punctuation that closes the clause. */
function between(f: Frame, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (inContent(f, i) || [",", ";", ":", "."].includes(f.words[i])) return true;
  return false;
}

/**
 * A quote that goes on with a statement keeps when and how it was said, unless it says so itself:
 * - the same speaker with no cue of its own, or in the next sentence by a pronoun: "She told MPs
 *   on Monday: 'A.' / 'B.'" and "She told MPs the fund was empty. She said it had been raided."
 *   give the second the same date, audience and channel ("Ann Roe, who …, said" starts anew);
 * - a member of the body that spoke, in the next sentence: "In a letter to the mayor, the agency
 *   admitted A. Its director, Ann Moss, explained that B." gives B the letter (not the audience,
 *   which the text gives the agency's words only).
 * A bare "statement" read from the quote's own verb ("He announced that…") gives way to the
 * channel the speaker was already using ("told the Commons …. He announced that…").
 */
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);

function inheritAlongSpeech(doc: Doc, quotes: Quote[], byId: Map<string, Entity>): void {
  const paragraph = (offset: number) => doc.sentences[Math.max(0, sentenceAt(doc, offset))]?.paragraph ?? -1;
  for (let i = 1; i < quotes.length; i++) {
    const q = quotes[i];
    const prev = quotes[i - 1];
    if (!q.speaker || !prev.speaker) continue;
    const same = q.speaker === prev.speaker;
    const member = !same && (byId.get(q.speakerId ?? "")?.attributes.affiliations ?? []).includes(prev.speaker);
    if (!same && !member) continue;
    const sameCue = same && (!q.cue || (prev.cue !== null && prev.cue.start === q.cue.start));
    // In the next sentence, the same speaker goes on when named by a pronoun ("She said …"); named
    // again in full ("Ann Roe, who …, claimed …") they open a statement of their own.
    const goesOn = member || PRONOUNS.has(q.speakerMention?.text.toLowerCase() ?? "");
    const nextSentence =
      goesOn &&
      q.cue !== null &&
      prev.cue !== null &&
      sentenceAt(doc, q.cue.start) === sentenceAt(doc, prev.cue.start) + 1;
    if (!(sameCue && paragraph(q.start) - paragraph(prev.start) <= 1) && !nextSentence) continue;
    q.saidAt ??= prev.saidAt ?? null;
    if (same) q.addressee ??= prev.addressee ?? null;
    const fromOwnVerb = q.channel === "statement" && q.cue !== null && q.channelCue?.start === q.cue.start;
    const weaker = q.channel === "unknown" || (fromOwnVerb && prev.channel !== "statement");
    if (weaker && prev.channel && prev.channel !== "unknown") {
      q.channel = prev.channel;
      q.channelCue = prev.channelCue ?? null;
    }
  }
}
