// Events of a case: typed, dated, with participants and a status. (Issue 4.)
//
// A trigger lexicon finds the words that state an event ("was arrested", "pleaded guilty",
// "sanctions"); every dated time expression is then given to the trigger its clause is about
// (the nearest one, counting clause boundaries as distance). A date with no trigger in reach
// is still a happening in the story, an event of type "other", as the guideline asks. The
// alleged conduct inside "charged with …" / "accused of …" / "guilty of …", and a range of
// dates, are conduct ("other"), not the legal step. Triggers without a date become undated
// events for the central legal and security milestones only.
import { isUpperCode, type Doc, firstAfter, tokenAtOrAfter, lowerWords } from "../../core/doc.js";
import {
  EVENT_TYPES,
  type CaseEvent,
  type Entity,
  type EventStatus,
  type EventType,
  type Quote,
  type TextSpan,
  type TimeExpression,
} from "../../core/schema.js";
import { compileTriggers, TRIGGERS, type CompiledTrigger } from "./triggers.js";
import { participantsOf, placeMentions } from "./participants.js";
import { statusOf } from "./status.js";
import { PHRASE_ENDS } from "../time/lexicon.js";
import { getTyper, typeEvents, type EventTyper } from "./typer.js";

export interface EventInput {
  doc: Doc;
  entities: Entity[];
  times: TimeExpression[];
  quotes: Quote[];
  published?: string | null;
  /** The learned event typer; default the shipped model, null for the lexicon's types alone (training). */
  typer?: EventTyper | null;
}

/** A trigger found in the text, in tokens. */
export interface TriggerMatch {
  type: EventType;
  /** Head tokens: the words that state the event. */
  first: number;
  last: number;
  /** The whole match, context slots included. */
  matchLast: number;
  sentence: number;
  noun: boolean;
  conduct: boolean;
  /** The pattern skips words ("appeared … court"): its span is not all trigger. */
  gap: boolean;
  /** First token of the pattern's last slot. */
  tail: number;
  status?: EventStatus;
}

const COMPILED = compileTriggers(TRIGGERS);

/** Types worth an event even when the text gives no date: the milestones of a case. */
const MILESTONES = new Set<EventType>(EVENT_TYPES.filter((t) => t !== "statement" && t !== "other"));

/** Beyond this cost a date is not about the trigger: it is an event of its own ("other"). */
const MAX_COST = 12;
/** Triggers and dates further apart than this (in tokens) are never paired: the cost would exceed MAX_COST. */
const WINDOW = 40;

/** The items of a list sorted by `key` whose key lies in [lo, hi], found by binary search. */
function within<T>(list: T[], key: (x: T) => number, lo: number, hi: number): T[] {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (key(list[mid]) < lo) a = mid + 1;
    else b = mid;
  }
  let end = a;
  while (end < list.length && key(list[end]) <= hi) end++;
  return list.slice(a, end);
}

// Long (about 140 lines) because it is one pass over the document's dates whose steps share
// the per-sentence indexes built at its top; split, each step would rebuild or pass them all.
/** The event layer; it throws on a bug, like every stage, and `extract()` records the failure. */
export function extractEvents({ doc, entities, times, quotes, published, typer }: EventInput): CaseEvent[] {
  const words = lowerWords(doc);
  const triggers = findTriggers(doc, words);
  const triggerStarts = new Set(triggers.map((t) => t.first));
  const bySentence = new Map<number, TriggerMatch[]>();
  for (const t of triggers) {
    const list = bySentence.get(t.sentence) ?? [];
    list.push(t);
    bySentence.set(t.sentence, list);
  }
  const ctx: EventCtx = { doc, words, entities, published: published ?? null, placed: [] };
  ctx.placed = placeMentions(ctx);
  let events: CaseEvent[] = [];
  const used = new Set<TriggerMatch>();
  const timeTokens = times.map((t) => tokenRange(doc, t.start, t.end));
  const timesBySentence = new Map<number, number[]>();
  timeTokens.forEach(([f], k) => {
    if (f >= doc.tokens.count) return;
    const s = doc.tokens.sentence[f];
    const list = timesBySentence.get(s) ?? [];
    list.push(k);
    timesBySentence.set(s, list);
  });

  times.forEach((time, k) => {
    if (time.kind === "duration") return;
    const [tf, timeEnd] = timeTokens[k];
    if (tf >= timeEnd || isDateline(doc, words, time, tf, timeEnd)) return;
    const sentence = doc.tokens.sentence[tf];
    // "A week after the Skripal poisoning": the phrase after "after" names the anchor event, so
    // its words are part of the date, and its trigger is not the event being dated.
    const tl = anchorPhraseEnd(words, doc.sentences[sentence].lastToken, timeEnd);
    // Only triggers within WINDOW tokens can own the date (the cost grows with the distance), so a
    // long sentence of many dates and triggers costs time in proportion to its length.
    const candidates = within(bySentence.get(sentence) ?? [], (c) => c.first, tf - WINDOW, tl + WINDOW).filter(
      (c) => c.first < timeEnd || c.first >= tl,
    );
    const nearTimes = within(timesBySentence.get(sentence) ?? [], (j) => timeTokens[j][0], tf - WINDOW, tl + WINDOW);
    let best: TriggerMatch | null = null;
    let bestCost = Infinity;
    for (const c of candidates) {
      let cost = attachmentCost(words, c, tf, tl, doc.sentences[sentence].firstToken, triggerStarts);
      // A nearer date between them is the trigger's own ("in January, … introduced in 2021").
      const lo = Math.min(c.last, tl);
      const hi = Math.max(c.first, tf);
      const between = (j: number) =>
        j !== k && times[j].kind !== "duration" && timeTokens[j][0] >= lo && timeTokens[j][1] <= hi;
      if (nearTimes.some(between)) cost += MAX_COST + 8;
      if (cost < bestCost || (cost === bestCost && best && MILESTONES.has(c.type) && !MILESTONES.has(best.type))) {
        best = c;
        bestCost = cost;
      }
    }
    // A verb stating the event keeps its date across a long object ("infiltrated major
    // telecom infrastructure, including systems at … in December 2024").
    if (
      best &&
      bestCost > MAX_COST &&
      !(
        best.last <= tf &&
        !best.noun &&
        bestCost <= MAX_COST + 8 &&
        !hasClauseBreak(words, best.last, tf) &&
        !hasPredicate(words, best.last, tf)
      )
    )
      best = null;
    // A range dates conduct ("spied between 2020 and 2023") unless a trigger noun heads it ("attacks between …").
    if (best && time.kind === "range" && (bestCost > 2 || best.first >= tl)) best = null;
    const type = best ? announcedType(words, candidates, best) : "other";
    if (best && inConductOf(words, candidates, best, tf)) best = null;
    // Deictic words inside a quotation are anchored to when the speaker spoke, which the text
    // does not say: the event stays, undated. A bare "today" with nothing happening is the
    // story's present, not an event.
    let when = time;
    if (time.kind === "relative" && insideQuote(quotes, time)) {
      if (!best) return;
      when = { ...time, value: null };
    }
    if (!best && time.kind === "relative" && DEICTIC.has(time.text.toLowerCase())) return;
    // "answers by June 26", "net zero by 2050": a deadline is not a happening.
    if (!best && isDeadline(words, tf)) return;
    // A happening with a time expression we cannot resolve ("said on Monday" with no publication
    // date) is still an event of the story, undated; the relative words are kept in dateSpan.
    if (!when.value && !best && (time.kind !== "relative" || insideQuote(quotes, time))) return;
    events.push(makeEvent(ctx, best, best ? type : "other", when, tf, tl));
    if (best) {
      used.add(best);
      // "was arrested Tuesday morning … and charged with …": coordinated steps share the date.
      for (const c of candidates) {
        if (c === best || c.noun || c.first <= Math.max(best.last, tl) || c.first - tl > 14) continue;
        if (words[c.first - 1] !== "and" && !(words[c.first - 2] === "and" && words[c.first - 1] === "was")) continue;
        // Another date later in the sentence may be that step's own ("… and charged her the following spring").
        if (nearTimes.some((j) => timeTokens[j][0] >= tl)) continue;
        if (c.type === best.type || c.type === "statement" || words[c.first] === "accused") continue;
        used.add(c);
        events.push(makeEvent(ctx, c, c.type, when, tf, tl));
      }
    }
  });

  const model = typer === undefined ? getTyper() : typer;
  if (model) events = typeEvents({ doc, words, inQuote: (at) => insideQuoteAt(quotes, at) }, events, model);

  // The same step told twice ("was arrested Tuesday morning" in the lead and again below) is one event.
  const seen = new Set<string>();
  let kept = events.filter((e) => {
    if (!e.date) return true;
    const key = `${e.type} ${e.date} ${e.end ?? ""} ${stem(e.trigger.text)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // A milestone restated at a vaguer date ("the attack in 2018" after "the attack in March
  // 2018") is the same step; the precise telling stays.
  const refined = new Set<string>();
  for (const e of kept) {
    if (!e.date) continue;
    if (e.date.length > 4) refined.add(`${e.type} ${e.date.slice(0, 4)}`);
    if (e.date.length > 7) refined.add(`${e.type} ${e.date.slice(0, 7)}`);
  }
  const vaguer = (e: CaseEvent) => MILESTONES.has(e.type) && !!e.date && !e.end && refined.has(`${e.type} ${e.date}`);
  kept = kept.filter((e) => !vaguer(e));
  events = kept;

  // Undated milestones, for users: one per trigger that no dated event took, unless a dated
  // event of that type already stands in the same sentence ("indicted on Thursday on charges").
  const datedIn = new Set(
    events.map((e) => `${e.type} ${doc.tokens.sentence[tokenRange(doc, e.trigger.start, e.trigger.end)[0]]}`),
  );
  for (const t of triggers) {
    if (used.has(t) || datedIn.has(`${t.type} ${t.sentence}`)) continue;
    if (!MILESTONES.has(t.type) && !(t.type === "statement" && t.noun)) continue;
    events.push(makeEvent(ctx, t, t.type, null, -1, -1));
  }
  events.sort((a, b) => a.evidence.start - b.evidence.start || a.trigger.start - b.trigger.start);
  return events;
}

/** The first word of a trigger without its inflection ("dropping", "dropped" → "dropp"). */
function stem(trigger: string): string {
  const word = trigger.toLowerCase().split(/\s/)[0] ?? "";
  return word.length > 5 ? word.replace(/(ing|ed|es|s)$/, "") : word;
}

interface EventCtx {
  doc: Doc;
  words: string[];
  entities: Entity[];
  published: string | null;
  /** Entity mentions in text order. */
  placed: ReturnType<typeof placeMentions>;
}

/** Triggers in the text: at each token the longest pattern that matches within the sentence. */
export function findTriggers(doc: Doc, words: string[]): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const n = words.length;
  for (let i = 0; i < n; i++) {
    const candidates = COMPILED.get(words[i]);
    if (!candidates) continue;
    let best: { c: CompiledTrigger; ends: number[] } | null = null;
    for (const c of candidates) {
      const ends = matchAt(doc, words, c, i);
      if (ends && (!best || ends[ends.length - 1] > best.ends[best.ends.length - 1])) best = { c, ends };
    }
    if (!best) continue;
    const p = best.c.pattern;
    // "the Federal Bureau of Investigation", "the Hogue Inquiry": a capitalised noun mid-sentence is a name.
    if (
      p.noun &&
      i > doc.sentences[doc.tokens.sentence[i]].firstToken &&
      isUpperCode(doc.text.charCodeAt(doc.tokens.start[i]))
    )
      continue;
    // "is reported to have travelled", "said to be considering": hearsay, not a statement.
    if (p.type === "statement" && words[best.ends[best.ends.length - 1]] === "to") {
      const after = words[best.ends[best.ends.length - 1] + 1];
      if (after === "be" || after === "have") continue;
    }
    if (p.plea && !isPlea(words, i)) continue;
    const [h0, h1] = p.head ?? [0, p.slots.length];
    // Slot k covers tokens [ends[k-1] (or i), ends[k]); a gap slot's tokens are not the head.
    const slotStart = (k: number): number => (k === 0 ? i : best.ends[k - 1]);
    let first = slotStart(h0);
    let last = best.ends[h1 - 1];
    if (p.slots[h0].startsWith("…")) first = best.ends[h0];
    if (p.slots[h1 - 1].startsWith("…")) last = slotStart(h1 - 1);
    out.push({
      type: p.type,
      first,
      last: Math.max(last, first + 1),
      matchLast: best.ends[best.ends.length - 1],
      sentence: doc.tokens.sentence[i],
      noun: p.noun === true,
      conduct: p.conduct === true,
      gap: p.slots.some((slot) => slot.startsWith("…")),
      tail: best.ends.length > 1 ? best.ends[best.ends.length - 2] : i,
      status: p.status,
    });
  }
  // A position inside a longer match ("found not guilty" holds "guilty") is not a second trigger.
  // Matches are in text order and short, so only near neighbours can contain one another.
  return out.filter((t, k) => {
    for (let j = Math.max(0, k - 6); j < Math.min(out.length, k + 7); j++) {
      const o = out[j];
      if (j !== k && !o.gap && o.first <= t.first && t.last <= o.last && o.last - o.first > t.last - t.first)
        return false;
      // The last word of a pattern with a gap is part of it: "drop the charges" is no charge.
      if (j !== k && o.gap && o.tail <= t.first && t.last <= o.matchLast && o.tail > o.first) return false;
    }
    return true;
  });
}

function matchAt(doc: Doc, words: string[], c: CompiledTrigger, i: number): number[] | null {
  const sentence = doc.tokens.sentence[i];
  const ends: number[] = [];
  let pos = i;
  for (let k = 0; k < c.slots.length; k++) {
    const slot = c.slots[k];
    if (!slot.words) {
      // A gap: find the nearest position where the next slot matches.
      const next = c.slots[k + 1];
      if (!next || !next.words) return null;
      let found = -1;
      for (let j = pos; j <= pos + slot.gap && j < words.length; j++) {
        if (doc.tokens.sentence[j] !== sentence) break;
        if (next.words.has(words[j])) {
          found = j;
          break;
        }
      }
      if (found < 0) return null;
      ends.push(found);
      pos = found;
      continue;
    }
    if (pos >= words.length || doc.tokens.sentence[pos] !== sentence || !slot.words.has(words[pos])) return null;
    pos++;
    ends.push(pos);
  }
  return ends;
}

const HARD_BREAKS = new Set([";", ":", "(", ")", "—", "–", "-", "--", "\u201c", "\u201d", '"']);
const SOFT_BREAKS = new Set([",", "but", "while", "although", "because", "which", "who", "whom", "whose", "where"]);
const LINK_WORDS = new Set(["and", "or", "when", "after", "before", "as", "that", "since", "until"]);

/** Distance in tokens between trigger and date, plus a price for every clause boundary between them. */
function attachmentCost(
  words: string[],
  t: TriggerMatch,
  tf: number,
  tl: number,
  sentenceStart: number,
  triggerStarts: Set<number>,
): number {
  let from: number;
  let to: number;
  let after = 0;
  if (t.last <= tf) {
    from = t.last;
    to = tf;
  } else if (t.first >= tl) {
    from = tl;
    to = t.first;
    after = 1;
  } else return 0;
  let cost = to - from + after;
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const w = words[k];
    if (HARD_BREAKS.has(w)) cost += 6;
    else if (SOFT_BREAKS.has(w)) cost += 3;
    else if (LINK_WORDS.has(w)) cost += 2;
    if (HARD_BREAKS.has(w) || SOFT_BREAKS.has(w)) breaks++;
  }
  // "…, the profile said" after a dated clause attributes the whole sentence: the date is not
  // the statement's. A date opening the sentence ("On Monday, the lawyer said") is.
  // Likewise a date inside a relative clause ("who was questioned in late 2021, was convicted")
  // belongs to that clause, not to the verb after it.
  if (after && breaks && !opensSentence(words, tf, sentenceStart)) cost += MAX_COST;
  // A trigger whose discovery or report lies between it and the date ("the attack … was
  // identified in October 2022") does not own the date: that verb does.
  if (t.last <= tf && passiveVerbBetween(words, from, to)) cost += MAX_COST + 8;
  // "Prosecutors said he downloaded files in June 2022": a date inside the reported clause
  // dates what was reported, not the saying.
  if (t.type === "statement" && t.last <= tf && reportedClauseBetween(words, from, to, triggerStarts))
    cost += MAX_COST + 8;
  return cost;
}

const CLAUSE_OPENERS = new Set([
  "that",
  "he",
  "she",
  "they",
  "we",
  "i",
  "there",
  "would",
  "will",
  "could",
  "had",
  "has",
  "have",
]);
/** Verbs that only say an event took place ("the alert … occurred in January 2022"). */
const EXISTENCE_VERBS = new Set(["occurred", "happened", "started", "ended"]);

function reportedClauseBetween(words: string[], from: number, to: number, triggerStarts: Set<number>): boolean {
  for (let k = from; k < to; k++) {
    const w = words[k];
    if (CLAUSE_OPENERS.has(w)) return true;
    if (w.length > 4 && w.endsWith("ed") && !EXISTENCE_VERBS.has(w) && !triggerStarts.has(k)) return true;
  }
  return false;
}

/**
 * Whether the date falls inside the alleged conduct of "charged with …", "accused of …",
 * "guilty of …" ("charged with gathering information between 2019 and 2022"): then it dates
 * the conduct, not the legal step.
 */
function inConductOf(words: string[], candidates: TriggerMatch[], best: TriggerMatch, tf: number): boolean {
  for (const c of candidates) {
    if (!c.conduct || c.first > best.first || c.last >= tf) continue;
    const complement = words[c.matchLast - 1] === "with" || words[c.matchLast - 1] === "of" ? c.matchLast - 1 : c.last;
    if (!COMPLEMENT.has(words[complement])) continue;
    let inside = true;
    for (let k = complement + 1; k < tf; k++) if (CONDUCT_ENDS.has(words[k])) inside = false;
    if (inside) return true;
  }
  return false;
}

const COMPLEMENT = new Set(["with", "of", "to"]);
const CONDUCT_ENDS = new Set(["when", "after", "before", "while", ";", "but", "and", ":", "—"]);
const DEICTIC = new Set(["today", "tonight"]);

function anchorPhraseEnd(words: string[], sentenceEnd: number, timeEnd: number): number {
  const last = words[timeEnd - 1];
  if (last !== "after" && last !== "before") return timeEnd;
  let k = timeEnd;
  while (k < sentenceEnd && k < timeEnd + 10 && !PHRASE_ENDS.has(words[k])) k++;
  return k;
}

/** "by 26 June", "by the end of 2025", "by early 2026". */
function isDeadline(words: string[], tf: number): boolean {
  if (words[tf - 1] === "by") return true;
  const k = words[tf - 1] === "of" && words[tf - 3] === "the" ? tf - 4 : -1;
  return k >= 0 && words[k] === "by";
}

const directRanges = new WeakMap<Quote[], Array<[number, number]>>();

/** Whether a time expression lies inside a direct quotation. */
function insideQuote(quotes: Quote[], t: TimeExpression): boolean {
  return insideQuoteAt(quotes, t.start, t.end);
}

/** Whether [start, end) lies inside a direct quotation (binary search over the document's quotes). */
function insideQuoteAt(quotes: Quote[], start: number, end = start + 1): boolean {
  let ranges = directRanges.get(quotes);
  if (!ranges) {
    ranges = quotes
      .filter((q) => q.kind === "direct")
      .map((q) => [q.start, q.end] as [number, number])
      .sort((a, b) => a[0] - b[0]);
    directRanges.set(quotes, ranges);
  }
  // Direct quotations do not overlap, so the candidate is the last one starting at or before t.
  const lo = firstAfter(ranges, start, (r) => r[0]);
  return lo > 0 && end <= ranges[lo - 1][1];
}

/** A date in the sentence's opening phrase ("On Monday,", "Continuing the sell on Saturday,"). */
function opensSentence(words: string[], tf: number, sentenceStart: number): boolean {
  if (tf - sentenceStart > 6) return false;
  for (let k = sentenceStart; k < tf; k++) if (HARD_BREAKS.has(words[k]) || SOFT_BREAKS.has(words[k])) return false;
  return true;
}

function passiveVerbBetween(words: string[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (/^(was|were|is|are|been|be)$/.test(words[k]) && DISCOVERY_VERBS.has(words[k + 1])) return true;
  }
  return false;
}

/**
 * Verbs of finding out and telling: "the attack was identified in October 2022" dates the
 * discovery, a happening of its own. Verbs that carry the event out ("the trial was abandoned",
 * "sanctions were imposed") leave the date with the trigger.
 */
const DISCOVERY_VERBS = new Set([
  "identified",
  "discovered",
  "detected",
  "uncovered",
  "revealed",
  "disclosed",
  "reported",
  "attributed",
  "blamed",
  "found",
  "noticed",
  "exposed",
  "spotted",
  "traced",
  "publicised",
  "publicized",
]);

/**
 * "admitted misconduct", "admits two counts": a plea. Not "was admitted", "admitted to
 * hospital", "admitted that …" (a statement) or "admitted it".
 */
function isPlea(words: string[], i: number): boolean {
  const prev = words[i - 1] ?? "";
  const next = words[i + 1] ?? "";
  if (/^(was|were|been|be|being|is|are)$/.test(prev)) return false;
  if (/^(that|it|this|he|she|they|we|i|you|hospital|having|being|his|her|their|the|a|an|as|in|on|at|,|\.)$/.test(next))
    return false;
  if (next === "to") return !/^(hospital|the|a|an|being|having)$/.test(words[i + 2] ?? "");
  return true;
}

/** A word that looks like another verb ("figures released on Monday") between trigger and date. */
function hasPredicate(words: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words[k].length > 4 && words[k].endsWith("ed")) return true;
  return false;
}

const ANNOUNCING = new Set(["announced", "announces", "announce", "announcing", "unveiled", "unveils", "unveil"]);

/**
 * Announcing a legal step is taking it: "announced a fresh round of sanctions", "the charges,
 * announced on May 13" date the sanction or the charge, not a statement.
 */
function announcedType(words: string[], candidates: TriggerMatch[], best: TriggerMatch): EventType {
  if (best.type !== "statement" || !ANNOUNCING.has(words[best.first])) return best.type;
  let nearest: TriggerMatch | null = null;
  let distance = Infinity;
  for (const c of candidates) {
    if (!MILESTONES.has(c.type) || !c.noun) continue;
    const d = c.first >= best.last ? c.first - best.last : best.first - c.last;
    if (d < 0 || d > 6) continue;
    const from = Math.min(c.last, best.last);
    const to = Math.max(c.first, best.first);
    if (hasClauseBreak(words, from, to)) continue;
    if (d < distance) {
      nearest = c;
      distance = d;
    }
  }
  return nearest ? nearest.type : best.type;
}

function hasClauseBreak(words: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (HARD_BREAKS.has(words[k]) || words[k] === "but") return true;
  return false;
}

/** "14-5-2024 (HONG KONG)", "LONDON, March 3 —": a dateline is when the story was filed, not a happening. */
function isDateline(doc: Doc, words: string[], time: TimeExpression, tf: number, tl: number): boolean {
  // A date standing alone as its own sentence ("Jul 19" above the story) stamps the page.
  const own = doc.sentences[doc.tokens.sentence[tf]];
  let alone = own.lastToken - own.firstToken <= tl - tf + 3;
  for (let k = own.firstToken; k < own.lastToken && alone; k++)
    if ((k < tf || k >= tl) && /\w/.test(words[k])) alone = false;
  if (alone) return true;
  const paragraph = doc.paragraphs[doc.sentences[doc.tokens.sentence[tf]].paragraph];
  if (time.start - paragraph.start > 30) return false;
  const next = words[tl] ?? "";
  return next === "(" || next === "—" || next === "–" || next === "-" || next === "--";
}

function tokenRange(doc: Doc, start: number, end: number): [number, number] {
  const first = tokenAtOrAfter(doc, start);
  let last = first;
  while (last < doc.tokens.count && doc.tokens.end[last] <= end) last++;
  return [first, last];
}

function makeEvent(
  ctx: EventCtx,
  trigger: TriggerMatch | null,
  type: EventType,
  time: TimeExpression | null,
  tf: number,
  tl: number,
): CaseEvent {
  const { doc, words } = ctx;
  let first = Math.min(trigger ? trigger.first : tf, tf >= 0 ? tf : Infinity);
  let last = Math.max(trigger ? trigger.last : tl, tl);
  // Reach back over the subject and auxiliaries to the start of the clause.
  const sentence = doc.tokens.sentence[first];
  const floor = doc.sentences[sentence].firstToken;
  for (let k = 0; k < 8 && first > floor; k++) {
    const w = words[first - 1];
    if (HARD_BREAKS.has(w) || SOFT_BREAKS.has(w) || LINK_WORDS.has(w)) break;
    first--;
  }
  // With no trigger the date alone says nothing: a date opening the sentence ("In 2010, he
  // travelled to China") takes the clause after it as evidence.
  if (!trigger && tf >= 0 && tf - floor <= 2) {
    const ceiling = doc.sentences[sentence].lastToken;
    let k = tl < ceiling && words[tl] === "," ? tl + 1 : tl;
    const limit = Math.min(ceiling, k + 16);
    while (k < limit && !HARD_BREAKS.has(words[k]) && words[k] !== "," && words[k] !== ".") k++;
    last = Math.max(last, k);
  }
  const evidence = span(doc, first, last);
  const triggerSpan = trigger ? span(doc, trigger.first, trigger.last) : time ? { ...textSpan(time) } : evidence;
  const status = statusOf(ctx, trigger ?? { first: tf, last: tl, dateOnly: true }, time);
  const who = participantsOf(ctx, ctx.placed, evidence, trigger, sentence);
  return {
    type,
    status,
    date: time?.value ?? null,
    end: time?.kind === "range" ? (time.endValue ?? null) : null,
    dateSpan: time ? textSpan(time) : null,
    participants: who.names,
    participantIds: who.ids,
    trigger: triggerSpan,
    evidence,
  };
}

function textSpan(t: TextSpan): TextSpan {
  return { start: t.start, end: t.end, text: t.text };
}

function span(doc: Doc, first: number, last: number): TextSpan {
  const start = doc.tokens.start[first];
  const end = doc.tokens.end[last - 1];
  return { start, end, text: doc.text.slice(start, end) };
}
