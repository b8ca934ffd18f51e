// Events of a case: typed, dated, with participants and a status. (Issue 4.)
//
// A trigger lexicon finds the words that state an event ("was arrested", "pleaded guilty",
// "sanctions"); every dated time expression is then given to the trigger its clause is about
// (the nearest one, counting clause boundaries as distance). A date with no trigger in reach
// is still a happening in the story, an event of type "other", as the guideline asks. The
// alleged conduct inside "charged with …" / "accused of …" / "guilty of …", and a range of
// dates, are conduct ("other"), not the legal step. Triggers without a date become undated
// events for the central legal and security milestones only.
import { type Doc, firstAfter, isUpperCode, tokenAtOrAfter, lowerWords, sentenceOf } from "../../core/doc.js";
import type { CaseEvent, Entity, EventType, Quote, TextSpan, TimeExpression } from "../../core/schema.js";
import { participantsOf, placeMentions } from "./participants.js";
import { counterfactual, modalPerfectBefore, statusOf, threatOrPledgeBefore } from "./status.js";
import { getTyper, typeEvents, type EventTyper } from "./typer.js";
import { findTriggers, genericPlural, periodOfCount, readAsNoun, type TriggerMatch } from "./find.js";
import { appearsAtTrial } from "./procedure.js";
import {
  describesNoun,
  namingYear,
  percentFigure,
  periodOfFigure,
  pollFieldwork,
  postLabel,
  restatedTimes,
  tallyPeriod,
} from "./dates.js";
import { grantedUntil, modifiesNoun, NOT_NOUN, PREDICATE } from "../time/resolve.js";
import { namesHoliday } from "../time/holidays.js";
import { addDays, dayNumber, parseDay, toIso } from "../time/calendar.js";
import { NUMBER_WORDS } from "../time/lexicon.js";
import { inWhatClause, isFiniteVerbForm, isIrregularPastForm } from "../quotes/verb-forms.js";
import { reportsFragment } from "../quotes/cues.js";
import { ADDRESS_TITLES, FUNCTION_WORDS, ROLE_TITLES } from "../entities/lexicon.js";
import {
  announcedStep,
  anchorPhraseEnd,
  announcedType,
  attachmentCost,
  describesObjectAfterDate,
  HARD_BREAKS,
  hasClauseBreak,
  hasPredicate,
  inConductOf,
  inFrontedAside,
  isDateline,
  isBound,
  isDeadline,
  LINK_WORDS,
  mainVerbAfterOpeningDate,
  MAX_COST,
  talkedOf,
  MILESTONES,
  SOFT_BREAKS,
  within,
} from "./attach.js";

export interface EventInput {
  doc: Doc;
  entities: Entity[];
  times: TimeExpression[];
  quotes: Quote[];
  published?: string | null;
  /** The learned event typer; default the shipped model, null for the lexicon's types alone (training). */
  typer?: EventTyper | null;
}

/**
 * '"We will rebuild," Ann Roe cautioned on Friday': the one-word verb in the past tense the
 * quotation layer found reporting a quotation is a telling, whether or not the trigger lexicon knows
 * it ("quipped", "countered") or takes it there as one (a learned verb needs what is told after it).
 * Its date is the one the statement layer read from the attribution's own clause (`Quote.saidAt`):
 * "Only a year ago, Ann Roe was jailed so long that friends joked ..." and "In 2019, under what Tom
 * Vale called "a fair deal", ..." date another verb, not the telling. A present "writes" or "calls"
 * tells what someone does, no happening of a day.
 */
function withQuoteCues(doc: Doc, words: string[], triggers: TriggerMatch[], quotes: Quote[]): TriggerMatch[] {
  const starts = new Set(triggers.map((t) => t.first));
  const added: TriggerMatch[] = [];
  for (const q of quotes) {
    if (!q.cue || q.kind === "indirect") continue;
    const k = tokenAtOrAfter(doc, q.cue.start);
    if (k >= doc.tokens.count || doc.tokens.end[k] !== q.cue.end || starts.has(k) || !/^[a-z]+ed$/.test(words[k]))
      continue;
    starts.add(k);
    added.push({ ...verbAt(doc, k), saidAt: q.saidAt?.start ?? -1 });
  }
  return added.length ? [...triggers, ...added].sort((a, b) => a.first - b.first) : triggers;
}

/** Triggers and dates further apart than this (in tokens) are never paired: the cost would exceed MAX_COST. */
const WINDOW = 40;

/** The event layer; it throws on a bug, like every stage, and `extract()` records the failure. */
export function extractEvents({ doc, entities, times: stated, quotes, published, typer }: EventInput): CaseEvent[] {
  const words = lowerWords(doc);
  const ctx: EventCtx = { doc, words, entities, published: published ?? null, placed: [] };
  ctx.placed = placeMentions(ctx);
  const triggers = withQuoteCues(doc, words, findTriggers(doc, words, personTokens(doc, ctx.placed)), quotes);
  const times = withNamingYears(doc, words, triggers, stated);
  const dating = datingIndex(ctx, triggers, times, quotes);
  let events: CaseEvent[] = [];
  const used = new Set<TriggerMatch>();
  times.forEach((_, k) => events.push(...datedEvents(dating, k, used)));

  const model = typer === undefined ? getTyper() : typer;
  if (model) events = typeEvents({ doc, words, inQuote: (at) => insideQuoteAt(quotes, at) }, events, model);
  events = withoutRestatements(events, new Set(entities.filter((x) => x.type === "person").map((x) => x.id)));
  events = withoutToldEarlier(ctx, events);
  events.push(...afterTheMatch(ctx, triggers, used, events));
  events.push(...oneDecision(ctx, undatedMilestones(ctx, triggers, used, events), events));
  events.sort((a, b) => a.evidence.start - b.evidence.start || a.trigger.start - b.trigger.start);
  events = daysApart(ctx, events, triggers, used);
  const notes = outletNotes(doc);
  return notes.length
    ? events.filter((e) => !notes.some((n) => e.evidence.start >= n.start && e.evidence.start < n.end))
    : events;
}

/**
 * "the 2012 terrorist attack", "her 2019 trial", "Vexa's 2021 hack": a year between a determiner or
 * a possessive and a trigger (after one or two words of its noun phrase at most) is the year the
 * happening fell in, and dates it as "the attack in 2012" would; a date further off no longer does
 * ("questioned in October over the 2012 attack" dated the attack October). The time stage reads a
 * bare year only after a preposition, so such a year is added here, for the triggers alone.
 */
function withNamingYears(
  doc: Doc,
  words: string[],
  triggers: TriggerMatch[],
  times: TimeExpression[],
): TimeExpression[] {
  const starts = new Set(times.map((t) => t.start));
  const added: TimeExpression[] = [];
  for (const t of triggers) {
    // A noun: not a verb of the clause ("a 2002 class called …", "a 2001 memo issued by …").
    if (/ed$/.test(words[t.first]) || isFiniteVerbForm(words[t.first])) continue;
    let k = t.first - 1;
    while (k > t.first - 3 && /^[a-z][a-z-]*$/.test(words[k] ?? "") && !FUNCTION_WORDS.has(words[k])) k--;
    if (!namingYear(words, k)) continue;
    const start = doc.tokens.start[k];
    if (starts.has(start)) continue;
    starts.add(start);
    added.push({ text: words[k], start, end: doc.tokens.end[k], kind: "date", value: words[k] });
  }
  return added.length ? [...times, ...added].sort((a, b) => a.start - b.start) : times;
}

/** The tokens of people's names: 1 where a person's mention covers the token. */
function personTokens(doc: Doc, placed: EventCtx["placed"]): Uint8Array {
  const out = new Uint8Array(doc.tokens.count);
  for (const p of placed) {
    if (p.entity.type !== "person") continue;
    for (let k = p.token; k < doc.tokens.count && doc.tokens.start[k] < p.end; k++) out[k] = 1;
  }
  return out;
}

/**
 * "Correction: An earlier version of this story misstated the date of the vote.", "Editor's note:
 * Tom Vale is a client of the firm.": a paragraph the outlet opens with the name of its note tells
 * of the story itself, not of the case; none of its dates or triggers is a happening. A label
 * standing alone ("CORRECTION:") heads the paragraph after it.
 */
function outletNotes(doc: Doc): { start: number; end: number }[] {
  const notes: { start: number; end: number }[] = [];
  doc.paragraphs.forEach((p, k) => {
    const label = NOTE_LABEL.exec(doc.text.slice(p.start, Math.min(p.end, p.start + 40)));
    if (!label) return;
    notes.push(p);
    const next = doc.paragraphs[k + 1];
    if (next && !/\S/.test(doc.text.slice(p.start + label[0].length, p.end))) notes.push(next);
  });
  return notes;
}
const NOTE_LABEL = /^(corrections?|clarifications?|editor['\u2019]s note)\s*:/i;

/** What pairing a date with its trigger reads: the document's triggers and dates, indexed by sentence. */
interface Dating {
  ctx: EventCtx;
  times: TimeExpression[];
  quotes: Quote[];
  /** Each time expression's tokens, [first, end). */
  timeTokens: [number, number][];
  /** Vague dates restated at once by a precise one (`restatedTimes`). */
  restated: Set<number>;
  triggers: TriggerMatch[];
  triggerStarts: Set<number>;
  bySentence: Map<number, TriggerMatch[]>;
  /** Indexes into `times`, by the sentence each starts in. */
  timesBySentence: Map<number, number[]>;
  /** The token after each entity mention, by the mention's first token. */
  mentionEnds: Map<number, number>;
}

function datingIndex(ctx: EventCtx, triggers: TriggerMatch[], times: TimeExpression[], quotes: Quote[]): Dating {
  const { doc, words } = ctx;
  const bySentence = new Map<number, TriggerMatch[]>();
  for (const t of triggers) {
    const list = bySentence.get(t.sentence) ?? [];
    list.push(t);
    bySentence.set(t.sentence, list);
  }
  const timeTokens = times.map((t) => tokenRange(doc, t.start, t.end));
  const timesBySentence = new Map<number, number[]>();
  timeTokens.forEach(([f], k) => {
    if (f >= doc.tokens.count) return;
    const s = doc.tokens.sentence[f];
    const list = timesBySentence.get(s) ?? [];
    list.push(k);
    timesBySentence.set(s, list);
  });
  const restated = restatedTimes(words, times, timeTokens);
  const triggerStarts = new Set(triggers.map((t) => t.first));
  const mentionEnds = new Map(ctx.placed.map((p) => [p.token, tokenRange(doc, p.start, p.end)[1]]));
  return {
    ctx,
    times,
    quotes,
    timeTokens,
    restated,
    triggers,
    triggerStarts,
    bySentence,
    timesBySentence,
    mentionEnds,
  };
}

/** The trigger that owns a date, with the sentence's other candidates and dates near it. */
interface Owner {
  best: TriggerMatch | null;
  cost: number;
  candidates: TriggerMatch[];
  nearTimes: number[];
}

/** The events that time expression `k` dates: its owner's, and coordinated steps sharing the date. */
function datedEvents(d: Dating, k: number, used: Set<TriggerMatch>): CaseEvent[] {
  const { ctx, times, quotes, timeTokens } = d;
  const { doc, words } = ctx;
  const time = times[k];
  if (time.kind === "duration" || d.restated.has(k)) return [];
  const [tf, timeEnd] = timeTokens[k];
  if (
    tf >= timeEnd ||
    isDateline(doc, words, time, tf, timeEnd) ||
    measuredSince(words, tf) ||
    postLabel(doc, time) ||
    pollFieldwork(doc, words, tf) ||
    tallyPeriod(doc, words, tf, timeEnd)
  )
    return [];
  const tl = phraseEnd(d, k);
  const owner = ownerOf(d, k, tf, tl);
  const { candidates, nearTimes } = owner;
  let best = owner.best;
  if (best && !best.noun && closerDateOwns(d, k, owner)) best = null;
  // A day by which someone must act is awaited: no step, and the act is not dated by it.
  const due = dueBy(doc, words, time, tf, tl);
  if (due >= 0) best = null;
  if (best) {
    const others = nearTimes.filter((j) => j !== k && times[j].kind !== "duration").map((j) => timeTokens[j][0]);
    // "He should have been arrested, the mayor said on Friday": a step that did not happen is announced by nobody.
    const steps = candidates.filter((c) => !modalPerfectBefore(words, c.first));
    best = announcedStep(words, steps, best, tf, others) ?? best;
  }
  // A range dates conduct ("spied between 2020 and 2023") unless a trigger noun heads it ("attacks between …").
  // So does a noun with a place after it: "the trial at Leeds Crown Court from May to July".
  const headsRange = (b: TriggerMatch) => owner.cost <= 2 || (b.noun && placeBetween(doc, words, b.last, tf));
  if (best && time.kind === "range" && (best.first >= tl || !headsRange(best))) best = null;
  // "Last month, 26 percent said the same", "68% of voters say": a share of those polled is a
  // poll's figure, not a telling of the story.
  if (best && best.type === "statement" && !best.noun && pollShareBefore(words, doc, best.first)) return [];
  // "Revenue at the Tarvo mill rose to $5 million last year, the firm said": a date right after an
  // amount is the figure's period, not the day of the telling that reports the figure.
  if (best && best.type === "statement" && time.kind !== "range" && periodOfFigure(words, tf)) best = null;
  let type = best ? announcedType(words, candidates, best) : "other";
  if (best && type === "court_hearing" && appearsAtTrial(doc, words, d.triggers, best)) type = "trial";
  if (best && inConductOf(words, candidates, best, tf, !/\d{4}/.test(time.text))) best = null;
  // "urged the agency to release the files by July 31": a deadline is when a task is due, not
  // when the urging, or the task, took place. "By Friday, police had arrested six" opens the
  // sentence and tells what had happened by then.
  if (best && isDeadline(words, tf) && tf - sentenceOf(doc, tf).firstToken > 3) best = null;
  // "Ahead of Friday's summit, the two leaders unveiled a plan", "before Monday's vote": what was
  // done before a day is not dated by it.
  if (best && isEarlierThan(words, tf) && !(best.noun && best.first > tf && best.first <= tf + 3)) best = null;
  // "fundraising reports through Jan. 31", "would renew the sanctions through 2030": the last day of
  // a stretch is not when the act took place.
  if (best && words[tf - 1] === "through") best = null;
  if (counterfactual(doc, words, tf, tl, best)) return [];
  // Deictic words inside a quotation are anchored to when the speaker spoke, which the text
  // does not say: the event stays, undated. A bare "today" with nothing happening is the
  // story's present, not an event.
  let when = time;
  if (time.kind === "relative" && insideQuote(quotes, time)) {
    if (!best) return [];
    when = { ...time, value: null };
  }
  if (!best && time.kind === "relative" && DEICTIC.has(time.text.toLowerCase())) return [];
  // "he told me on Friday", "Last week, I watched his show": outside a quotation, the writer in
  // the first person is the article's own reporting, not a happening of the story.
  if (
    !insideQuote(quotes, time) &&
    ((best && ownReporting(words, best.first)) ||
      outletTells(doc, words, best, tf, timeEnd) ||
      [tf - 1, tf - 2, tf - 3].some((v) => ownPublication(words, v)) ||
      writerActs(doc, words, best ? Math.min(best.first, tf) : tf, best ? Math.max(best.last, tl) : tl, quotes))
  )
    return [];
  // "said Tom Vale, chief adviser to the mayor until last year": when someone held a post.
  const aside = postAside(d, tf);
  if (aside >= 0 && (!best || best.last <= aside || best.first >= tl)) return [];
  // "deliberated on Tuesday and Wednesday": dates joined by "and" under one preposition are one
  // happening over those days, dated by the first. So is "late on Friday and early on Saturday",
  // one night; and "late on Friday or early on Saturday", "on Monday or Tuesday" offer the other
  // day a happening may have fallen on, not a second happening.
  if (!best && k > 0 && joinedToDateBefore(words, tf, d.timeTokens[k - 1][1])) return [];
  // "answers by June 26", "net zero by 2050": a deadline is not a happening; nor is a date that
  // names a thing or the period of a figure (`describesNoun`, `periodOfFigure`).
  if (
    !best &&
    due < 0 &&
    (isDeadline(words, tf) ||
      isBound(words, tf) ||
      // "the stations it broadcast on as of 2005": a point of reference, not a happening.
      (words[tf - 1] === "of" && words[tf - 2] === "as") ||
      describesNoun(doc, words, time, tf, timeEnd) ||
      (time.kind !== "range" && (periodOfFigure(words, tf) || periodOfCount(words, tf))) ||
      stateOfThings(words, doc, tf, tl))
  )
    return [];
  const settled = unresolvedDueOrVowed(d, best, time, when, [tf, tl, due]);
  if (settled) return settled;
  const out = [makeEvent(ctx, best, best ? type : untypedTelling(d, tf, tl) ? "statement" : "other", when, tf, tl)];
  // "found him on Sunday in a car and arrested him": a step joined to an untyped dated verb shares its date.
  if (!best)
    return [...out, ...coordinatedSteps(d, owner, null, tl).map((c) => makeEvent(ctx, c, c.type, when, tf, tl))];
  used.add(best);
  for (const c of coordinatedSteps(d, owner, best, tl)) {
    used.add(c);
    out.push(makeEvent(ctx, c, c.type, when, tf, tl));
  }
  return out;
}

/** The date at `tf` is joined by "and" or "or" to the date that ends at `before`. */
function joinedToDateBefore(words: string[], tf: number, before: number): boolean {
  let j = tf - 1;
  let partOfDay = false;
  while (j > before && DAY_PART.test(words[j])) {
    if (words[j] !== "on") partOfDay = true;
    j--;
  }
  if (j !== before) return false;
  return words[j] === "or" || (words[j] === "and" && (j === tf - 1 || partOfDay));
}
const DAY_PART = /^(early|late|on)$/;

/**
 * "Roe has until 20 December to lodge an appeal", "gave the firm until March 1 to respond", "faces a
 * Sept. 30 deadline to vote", "set a deadline of 4 May for bids": a day by which someone must act.
 * It is a happening the story awaits (the guideline's "other"); the act named after it, which may
 * never come, is not dated by it. A bare year ("a 2030 deadline") is a target, not a day. Returns
 * the end of the phrase that names the task (the event's evidence), or -1.
 */
function dueBy(doc: Doc, words: string[], time: TimeExpression, tf: number, tl: number): number {
  let task: number;
  if ((words[tf - 1] === "until" || words[tf - 1] === "till") && words[tl] === "to") {
    if (!grantedUntil(words, tf - 1)) return -1;
    task = tl + 1;
  } else if ((time.value ?? "").length < 7) return -1;
  else if (words[tl] === "deadline") task = tl + 1;
  else if (words[tf - 1] === "of" && words[tf - 2] === "deadline") task = tl;
  else return -1;
  const end = sentenceOf(doc, tf).lastToken;
  let k = task;
  while (k < end && k < task + 8 && /^[a-z0-9'’-]+$/.test(words[k])) k++;
  return k;
}

/**
 * Where the date phrase of time `k` ends. "A week after the Skripal poisoning": the phrase after
 * "after" names the anchor event, so its words are part of the date, and its trigger is not the
 * event being dated.
 */
function phraseEnd(d: Dating, k: number): number {
  const { doc, words } = d.ctx;
  const [tf, timeEnd] = d.timeTokens[k];
  return anchorPhraseEnd(words, sentenceOf(doc, tf).lastToken, timeEnd);
}

/**
 * "on Saturday defended the closure of the camp the day before": a verb between two dates takes
 * the one it is closer bound to; the other dates something its object names.
 */
function closerDateOwns(d: Dating, k: number, owner: Owner): boolean {
  const best = owner.best as TriggerMatch;
  const before = d.timeTokens[k][0] < best.first;
  for (const j of owner.nearTimes) {
    if (j === k || d.times[j].kind === "duration" || d.restated.has(j)) continue;
    const jf = d.timeTokens[j][0];
    if (jf < best.first === before || jf >= d.timeTokens[j][1]) continue;
    const other = ownerOf(d, j, jf, phraseEnd(d, j));
    if (other.best === best && other.cost < owner.cost) return true;
  }
  return false;
}

/**
 * The trigger that owns the date at tokens [tf, tl): the cheapest attachment among the
 * sentence's triggers within WINDOW tokens (so a long sentence of many dates and triggers costs
 * time in proportion to its length), or none when every one is out of reach.
 */
function ownerOf(d: Dating, k: number, tf: number, tl: number): Owner {
  const { ctx, times, timeTokens } = d;
  const { doc, words } = ctx;
  const capital = (j: number) => isUpperCode(doc.text.charCodeAt(doc.tokens.start[j]));
  const nameGoesOn = (j: number) => j > 0 && capital(j) && capital(j - 1);
  const timeEnd = timeTokens[k][1];
  const sentence = doc.tokens.sentence[tf];
  // "released on bail in June pending trial": a step still awaited after the date is not dated by it.
  const inSentence = d.bySentence.get(sentence) ?? [];
  const candidates = within(inSentence, (c) => c.first, tf - WINDOW, tl + WINDOW).filter(
    (c) =>
      (c.first < timeEnd || c.first >= tl) &&
      (c.saidAt === undefined || c.saidAt === times[k].start) &&
      !(c.first >= tl && AWAITED.has(words[c.first - 1])) &&
      !(c.first > tl && SUBORDINATE.has(words[tl]) && !stepNamedAfter(words, tl, c)) &&
      !deniedBefore(inSentence, c, tf) &&
      !(c.first >= tl && (topicAfterDate(words, tl, c) || answeredAfterDate(words, tf, tl, c.first))) &&
      !(c.type === "attack" && c.last <= tf && foundOrTold(words, c, tf)) &&
      !(c.first > tl && daysNoun(words, tf, tl, c.first)) &&
      !(c.first > tl && !c.noun && inWhatClause(words, c.first, tl)) &&
      !(c.first > tl && pastNamedNoun(words, tf, tl, c.first)) &&
      !(c.first > tl && opposedOrBlamed(words, tl, c)) &&
      !(c.first > tl && nextConjunct(words, tl, c)) &&
      !(c.last <= tf && namesItsNoun(words, tf, tl)) &&
      !(c.first > tl && namedNounThenTold(words, tf, tl, c)) &&
      !(c.last <= tf && sincePhraseHolds(words, c.last, tf)) &&
      !(c.first > tl && describesObjectAfterDate(words, c, tf, tl)) &&
      talkedOf(words, c, tl, readAsNoun(words, c)) < 0,
  );
  const nearTimes = within(d.timesBySentence.get(sentence) ?? [], (j) => timeTokens[j][0], tf - WINDOW, tl + WINDOW);
  const sentenceStart = clauseStart(words, tf, doc.sentences[sentence].firstToken);
  const subjectEnd = SUBJECT_PRONOUNS.has(words[sentenceStart])
    ? sentenceStart + 1
    : (d.mentionEnds.get(sentenceStart) ?? -1);
  let best: TriggerMatch | null = null;
  let bestCost = Infinity;
  for (const c of candidates) {
    let cost = attachmentCost(words, c, tf, tl, sentenceStart, d.triggerStarts, nameGoesOn, subjectEnd);
    // A nearer date between them is the trigger's own ("in January, … introduced in 2021").
    const lo = Math.min(c.last, tl);
    const hi = Math.max(c.first, tf);
    // Not one inside an aside after a date that opens the sentence ("On Thursday, the officer, who
    // shot a man last week, was charged"): that date is the aside's.
    const between = (j: number) =>
      j !== k &&
      times[j].kind !== "duration" &&
      !d.restated.has(j) &&
      timeTokens[j][0] >= lo &&
      timeTokens[j][1] <= hi &&
      !(c.first >= tl && inFrontedAside(words, tf, tl, c.first, sentenceStart, subjectEnd, timeTokens[j][0]));
    if (nearTimes.some(between)) cost += MAX_COST + 8;
    if (cost < bestCost || (cost === bestCost && best && MILESTONES.has(c.type) && !MILESTONES.has(best.type))) {
      best = c;
      bestCost = cost;
    }
  }
  // "decided not to recommend charging her at a press conference on Tuesday": an occasion of
  // telling named after "at" or "during" is where the step told just before it was taken; the
  // step owns the date.
  if (best && best.noun && best.type === "statement" && occasionAt(words, best.first)) {
    const told = best;
    const step = candidates.find(
      (c) =>
        !c.noun &&
        MILESTONES.has(c.type) &&
        c.last <= told.first &&
        told.first - c.last <= 8 &&
        !hasClauseBreak(words, c.last, told.first),
    );
    if (step) best = step;
  }
  // A verb stating the event keeps its date across a long object ("infiltrated major
  // telecom infrastructure, including systems at … in December 2024").
  const keepsAcrossObject = (b: TriggerMatch) =>
    b.last <= tf &&
    !b.noun &&
    bestCost <= MAX_COST + 8 &&
    !hasClauseBreak(words, b.last, tf) &&
    !hasPredicate(words, b.last, tf);
  if (best && bestCost > MAX_COST && !keepsAcrossObject(best)) best = null;
  if (!best) {
    const span: [number, number, number] = [tf, tl, doc.sentences[sentence].lastToken];
    best = mainVerbAfterOpeningDate(words, candidates, span, sentenceStart, subjectEnd, capital);
    if (best) bestCost = MAX_COST;
  }
  return { best, cost: bestCost, candidates, nearTimes };
}

/**
 * "Tom Vale served in the navy; in 2009, he was arrested in Lorton": a semicolon joins two
 * sentences, and a date that opens the second (within the few words an opening phrase may take)
 * opens it as it would open a sentence. Returns the token its clause starts at.
 */
function clauseStart(words: string[], tf: number, sentenceStart: number): number {
  for (let k = tf - 1; k >= sentenceStart && k >= tf - 7; k--) if (words[k] === ";") return k + 1;
  return sentenceStart;
}

/**
 * "Ann Roe's May 3 rally was moved after the shooting": a date between a possessive or a
 * determiner and a noun says which rally is meant, and dates that noun; a trigger past the noun's
 * phrase ("the shooting") is not dated by it. The noun phrase may be a compound ("the May 3 court
 * hearing"), whose last word is the trigger.
 */
function daysNoun(words: string[], tf: number, tl: number, triggerFirst: number): boolean {
  const owned = possessedNoun(words, tl);
  if (owned < 0 && !modifiesNoun(words, tf, tl)) return false;
  let k = (owned < 0 ? tl : owned) + 1;
  while (k < triggerFirst && /^[a-z][a-z-]*$/.test(words[k]) && !NOT_NOUN.test(words[k]) && !PREDICATE.test(words[k]))
    k++;
  // The noun is the subject of a clause that holds the trigger: "… rally was moved after the
  // shooting". After a comma ("Over the July 4 weekend, police arrested six") the date is the
  // setting of what follows.
  return k < triggerFirst && PREDICATE.test(words[k]);
}
/**
 * "referring to the Sept. 16 debate", "said of the May 5 election", "was postponing a Monday
 * rally": a date between a determiner and its noun names which debate or rally is meant, and a
 * verb before it is not dated by it. Not an occasion ("said at a Saturday rally", "wrote in a
 * June 2012 email"), which is where and when the verb's act took place.
 */
function namesItsNoun(words: string[], tf: number, tl: number): boolean {
  if (possessedNoun(words, tl) >= 0) return !OCCASION.test(words[tf - 1] ?? "");
  if (!/^(the|a|an)$/.test(words[tf - 1] ?? "") || OCCASION.test(words[tf - 2] ?? "")) return false;
  return /^[a-z][a-z-]+$/.test(words[tl] ?? "") && !NOT_NOUN.test(words[tl]) && !PREDICATE.test(words[tl]);
}
const OCCASION = /^(at|in|during|on)$/;
/**
 * "Tin fell through the June 4 low, dealers said": a date naming which noun is meant (not an
 * occasion: "In a June 2012 interview, she said") does not date a telling after a comma.
 */
function namedNounThenTold(words: string[], tf: number, tl: number, c: TriggerMatch): boolean {
  return c.type === "statement" && !c.noun && namesItsNoun(words, tf, tl) && words.slice(tl, c.first).includes(",");
}

/**
 * "said Tom Vale, chief adviser to the mayor until last year, who …", "Ann Roe, the finance minister
 * until 2019, promised …": a date in an aside after a name, whose first words give a post (a role
 * title), tells when that person held it, which is who they are: no happening, and it dates
 * neither the telling before the aside nor the verb after it. An aside that tells an act of its own
 * before the date ("mayor until she was arrested in 2019", "minister until her arrest in 2019",
 * "minister appointed in 2019") is not one. Returns the comma that opens the aside, or -1.
 */
function postAside(d: Dating, tf: number): number {
  const { doc, words } = d.ctx;
  const sentence = doc.tokens.sentence[tf];
  const first = doc.sentences[sentence].firstToken;
  let k = tf - 1;
  while (k > first && tf - k <= 12 && words[k] !== ",") {
    if (PREDICATE.test(words[k]) || isFiniteVerbForm(words[k])) return -1;
    k--;
  }
  if (words[k] !== "," || k <= first || !isUpperCode(doc.text.charCodeAt(doc.tokens.start[k - 1]))) return -1;
  if ((d.bySentence.get(sentence) ?? []).some((c) => c.first > k && c.first < tf)) return -1;
  // The aside is a noun phrase: it opens with an article, a word of former or present office, or the title.
  const title = (w: string) => ROLE_TITLES.has(w) || ADDRESS_TITLES.has(w);
  if (!ASIDE_OPENERS.has(words[k + 1]) && !title(words[k + 1])) return -1;
  for (let j = k + 1; j < tf && j <= k + 4; j++) if (title(words[j])) return k;
  return -1;
}
const ASIDE_OPENERS = new Set(["the", "a", "an", "then", "former", "now", "once"]);

/**
 * "said before attending Wednesday's town hall", "praised last week's raid": a time in the
 * possessive stands where a determiner would ("the Wednesday town hall") and says which town hall
 * or raid is meant. Returns the index of that noun, or -1 when no noun follows the possessive.
 */
function possessedNoun(words: string[], tl: number): number {
  if (words[tl] !== "'s" && words[tl] !== "\u2019s") return -1;
  const noun = words[tl + 1] ?? "";
  return /^[a-z][a-z-]*$/.test(noun) && !NOT_NOUN.test(noun) && !PREDICATE.test(noun) ? tl + 1 : -1;
}

/**
 * "The nominee for the Nov. 8 election later said", "After the May 3 rally, police arrested six":
 * a date between a determiner and its noun, in the object of a preposition that is no occasion
 * ("for", "after", "of"), names that noun's happening; a trigger past the noun's phrase is not
 * dated by it. The noun itself ("the May 3 rally", "the May 3 court hearing") still is.
 */
function pastNamedNoun(words: string[], tf: number, tl: number, triggerFirst: number): boolean {
  // "Ahead of Friday's meeting, the mayor said", "said before attending Wednesday's town hall that
  // the network asked her": a time in the possessive stands where "the" does, and names its noun
  // after a verb too, as that verb's object.
  const owned = possessedNoun(words, tl);
  const preposition = words[owned < 0 ? tf - 2 : tf - 1] ?? "";
  if ((owned < 0 && words[tf - 1] !== "the") || !/^[a-z]+$/.test(preposition) || OCCASION.test(preposition))
    return false;
  if (owned < 0 && !NOT_NOUN.test(preposition) && preposition !== "following") return false;
  const verb = (w: string) => PREDICATE.test(w) || isFiniteVerbForm(w);
  const start = owned < 0 ? tl : owned;
  let k = start;
  while (k < triggerFirst && /^[a-z][a-z-]*$/.test(words[k]) && !NOT_NOUN.test(words[k]) && !verb(words[k])) k++;
  // The phrase ends before the trigger, or the trigger is the verb after it ("election later said").
  return k > start && (k < triggerFirst || verb(words[k]));
}

/**
 * "On Monday, the minister lashed out at the new sanctions", "protested on Friday against the
 * arrests", "On Tuesday, she criticised the council for the arrests": a step named in the object
 * of "against", "out at" or a "for" of cause (`forCause`), after the date, is what someone
 * opposed or blamed; it came before, and the date is the opposing's.
 */
function opposedOrBlamed(words: string[], tl: number, c: TriggerMatch): boolean {
  for (let k = c.first - 1; k >= tl && k >= c.first - 4; k--) {
    const w = words[k];
    if (w === "against" || (w === "at" && words[k - 1] === "out")) return true;
    if (w === "for") return forCause(words, k, c);
    if (!/^[a-z][a-z'’-]*$/.test(w)) return false;
  }
  return false;
}

/**
 * "A ferry sank off the cape last week and two recent kidnappings": a noun in a phrase joined
 * by "and" right after the date is a new item of the list, not the happening the date closes.
 */
function nextConjunct(words: string[], tl: number, c: TriggerMatch): boolean {
  if (words[tl] !== "and" || !c.noun || c.first - tl > 5) return false;
  // Words of a noun phrase only: "and during his interview" is a second phrase of the same time.
  for (let k = tl + 1; k < c.first; k++)
    if (!/^[a-z0-9][a-z0-9'’-]*$/.test(words[k]) || PHRASE_OPENERS.has(words[k])) return false;
  return true;
}
const PHRASE_OPENERS = new Set([
  "during",
  "in",
  "on",
  "at",
  "after",
  "before",
  "with",
  "from",
  "by",
  "for",
  "of",
  "to",
]);

/** "at a news conference", "during his Sunday briefing": a noun at `first` naming an occasion. */
function occasionAt(words: string[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    if (words[k] === "at" || words[k] === "during") return true;
    if (!/^[a-z'’-]+$/.test(words[k])) return false;
  }
  return false;
}

/**
 * "denied involvement in the hack on Thursday": a step named in the object of a denial, with the
 * date after it, is what was denied; the date at the clause's end dates the denial. So is one the
 * denial's own pattern names ("appealed the conviction on Monday", "overturned the sentence").
 */
function deniedBefore(triggers: TriggerMatch[], c: TriggerMatch, tf: number): boolean {
  if (c.denial || c.last > tf) return false;
  return triggers.some(
    (d) =>
      d.denial && (d.matchLast <= c.first ? c.first - d.matchLast <= 4 : d.last <= c.first && c.last <= d.matchLast),
  );
}

/**
 * "summoned the ambassador on Monday over the hack", "questioned on Friday about the attack", "rounded
 * on the council on Tuesday for the arrests": a noun after the date in a phrase of cause or topic
 * is what the act was about; the date is the act's ("for" only before a cause: `forCause`).
 */
function topicAfterDate(words: string[], tl: number, c: TriggerMatch): boolean {
  const nounFirst = c.first;
  // "the January 5 Senate testimony about the attack": the date's own noun may stand before the topic.
  let at = tl;
  while (
    at < tl + 3 &&
    at < nounFirst &&
    !TOPIC.test(words[at]) &&
    /^[a-z'’-]+$/.test(words[at]) &&
    !/ed$/.test(words[at])
  )
    at++;
  if (!TOPIC.test(words[at] ?? "")) return false;
  if (words[at] === "for" && !forCause(words, at, c)) return false;
  for (let k = at + 1; k < nounFirst; k++) if (!/^[a-z'’-]+$/.test(words[k]) || k - at > 4) return false;
  return true;
}
const TOPIC = /^(over|about|regarding|concerning|amid|for)$/;

/**
 * "for the arrests", "for invading", "for an inquiry": after "for", a step named by a noun or a
 * gerund that is done to someone (or asked for) is the cause or aim of the act. A telling or a
 * court's sitting is what the day is set aside for ("joined him on Tuesday for the President's
 * announcement", "returns to court on Monday for sentencing") and is on that day; a jailing is a
 * cause ("for the jailing of activists").
 */
function forCause(words: string[], at: number, c: TriggerMatch): boolean {
  // "for the first time cited": a verb in the past after the phrase is the act itself.
  if (!c.noun && (/ed$/.test(words[c.first]) || isIrregularPastForm(words[c.first]))) return false;
  if (c.type === "sentence") return words[c.first] !== "sentencing";
  return CAUSES.has(c.type);
}
const CAUSES = new Set<EventType>(["arrest", "attack", "charge", "conviction", "sanction", "investigation"]);

/**
 * "Candidates on Wednesday reacted to the shooting", "the mayor responded on Friday to the
 * ruling": what a reaction answers came before it; the date is the reaction's.
 */
function answeredAfterDate(words: string[], tf: number, tl: number, nounFirst: number): boolean {
  let at = tl;
  if (RESPONDING.has(words[at])) at++;
  else {
    // The verb before the date: "responded on Friday to", "reacted Tuesday to".
    const k = /^(on|in|at|late|early|last|this)$/.test(words[tf - 1] ?? "") ? tf - 2 : tf - 1;
    if (!RESPONDING.has(words[k] ?? "")) return false;
  }
  if (words[at] !== "to") return false;
  for (let k = at + 1; k < nounFirst; k++) if (!/^[a-z'’-]+$/.test(words[k]) || k - at > 4) return false;
  return true;
}
const RESPONDING = new Set(["reacted", "reacts", "reacting", "responded", "responds", "responding"]);

/**
 * "The firm disclosed the breach on Tuesday", "detected the intrusion in March": an attack named
 * as the object of finding out or telling, with the date right after it, is dated when it was
 * found or told, not when it was made (as "the attack was identified in October" is).
 */
function foundOrTold(words: string[], c: TriggerMatch, tf: number): boolean {
  if (tf - c.last > 1) return false;
  const k = /^(the|a|an|its|their|this|that)$/.test(words[c.first - 1] ?? "") ? c.first - 2 : c.first - 1;
  return FOUND_OR_TOLD.has(words[k] ?? "") && !/^(was|were|been|be|is|are)$/.test(words[k - 1] ?? "");
}

const FOUND_OR_TOLD = new Set(
  "disclosed discloses revealed reveals reported reports confirmed confirms discovered discovers detected detects identified identifies uncovered exposed spotted noticed".split(
    " ",
  ),
);

/**
 * "was arrested Tuesday morning … and charged with …": coordinated steps share the date. `best`
 * is null when the dated verb is no trigger ("found him on Sunday … and arrested him").
 */
function coordinatedSteps(d: Dating, owner: Owner, best: TriggerMatch | null, tl: number): TriggerMatch[] {
  const { words } = d.ctx;
  const out: TriggerMatch[] = [];
  for (const c of owner.candidates) {
    if (c === best || c.first <= Math.max(best?.last ?? tl, tl) || c.first - tl > 14) continue;
    // A participle after a comma is a verb even where the lexicon reads the word as a noun ("a stabbing").
    const participle = participleAfterComma(words, c);
    if (c.noun && !participle) continue;
    if (!participle && words[c.first - 1] !== "and" && !(words[c.first - 2] === "and" && words[c.first - 1] === "was"))
      continue;
    // Another date later in the sentence may be that step's own ("… and charged her the following spring").
    if (owner.nearTimes.some((j) => d.timeTokens[j][0] >= tl)) continue;
    if (c.type === best?.type || c.type === "statement" || words[c.first] === "accused") continue;
    // "announced on Monday that it had arrested and charged a man": "and" joins the step to the
    // verb just before it, which is not the dated one.
    const joined = out.length ? out[out.length - 1] : best;
    const joinedLast = joined?.last ?? tl;
    if (owner.candidates.some((o) => !o.noun && o !== joined && o.first > joinedLast && o.first < c.first)) continue;
    out.push(c);
  }
  return out;
}

/**
 * "Officers searched a warehouse on Friday, detaining four men", "broke into the house on Tuesday
 * morning, stabbing his neighbour": a present participle after a comma tells a step done in
 * the same act as the clause before it, so it shares that clause's date. A toll is not such a
 * step: "A fire swept through the hotel on Friday, killing six guests" is the fire's outcome, an
 * attack only when the clause tells one. ("…, saying" is a telling, which `coordinatedSteps`
 * leaves alone.)
 */
function participleAfterComma(words: string[], c: TriggerMatch): boolean {
  const w = words[c.first];
  if (words[c.first - 1] !== "," || !w.endsWith("ing") || c.first !== c.last - 1 || TOLL.test(w)) return false;
  // "a scandal of murder, kidnapping and fraud": a noun in a list, with no object of its own.
  return !c.noun || !LIST_GOES_ON.test(words[c.last] ?? ".");
}
const TOLL = /^(killing|injuring|wounding|hurting|maiming|leaving)$/;
const LIST_GOES_ON = /^(,|;|\.|and|or|of|in|at|on|by|\)|—|–)$/;

/**
 * The same step told twice ("was arrested Tuesday morning" in the lead and again below) is one
 * event; a milestone restated at a vaguer date ("the attack in 2018" after "the attack in March
 * 2018") is the same step, and the precise telling stays.
 */
function withoutRestatements(events: CaseEvent[], people: ReadonlySet<string>): CaseEvent[] {
  const seen = new Set<string>();
  const kept = events.filter((e) => {
    // A date with no trigger is no telling of a step: "Last night, …" twice is two happenings.
    if (!e.date || e.trigger.start === e.dateSpan?.start) return true;
    // A milestone on one date is one step however it is worded ("appeared in court on Monday …
    // was remanded in custody on Monday", "the breach in 2021 … were compromised in 2021").
    const telling = MILESTONES.has(e.type) ? "" : stem(e.trigger.text);
    // Tellings by two people on one day are two ("Ann Roe told a radio host on Monday … Tom Vale
    // told reporters on Monday"): a telling is one with another only when the first person among
    // its participants is the same (or neither names one).
    const teller = e.type === "statement" ? (e.participantIds?.find((id) => people.has(id)) ?? "") : "";
    const key = `${e.type} ${e.date} ${e.end ?? ""} ${telling} ${teller}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const refined = new Set<string>();
  for (const e of kept) {
    if (!e.date) continue;
    if (e.date.length > 4) refined.add(`${e.type} ${e.date.slice(0, 4)}`);
    if (e.date.length > 7) refined.add(`${e.type} ${e.date.slice(0, 7)}`);
  }
  // A trial under way lasts days: "four days of argument last week" is another part of it than
  // "closing arguments on Tuesday", not the same step told vaguer ("will stand trial next year"
  // after "is due to stand trial in October" is).
  const partOfTrial = (e: CaseEvent) => e.type === "trial" && e.status === "happened";
  const vaguer = (e: CaseEvent) =>
    MILESTONES.has(e.type) && !partOfTrial(e) && !!e.date && !e.end && refined.has(`${e.type} ${e.date}`);
  return kept.filter((e) => !vaguer(e));
}

/**
 * "Police said on Thursday they had arrested two men. … The men were arrested last Saturday": a
 * step told in the past perfect under a dated telling took place before the telling, so when the
 * article dates the same kind of step earlier in its own words, that is the step, and the
 * telling's day is not its date. (With no other date the telling's day stands, as the nearest the
 * text gives.) So with a step told in the perfect before the telling: "Port police have detained
 * a ferry pilot, the agency said on Saturday. … Police detained him on Friday".
 */
function withoutToldEarlier(ctx: EventCtx, events: CaseEvent[]): CaseEvent[] {
  const { doc, words } = ctx;
  const perfectBefore = (first: number, aux: RegExp) =>
    aux.test(words[first - 1] ?? "") || (words[first - 1] === "been" && aux.test(words[first - 2] ?? ""));
  const toldEarlier = (e: CaseEvent): boolean => {
    if (!e.date || !e.dateSpan || !MILESTONES.has(e.type)) return false;
    const [tf, tl] = tokenRange(doc, e.dateSpan.start, e.dateSpan.end);
    const [first] = tokenRange(doc, e.trigger.start, e.trigger.end);
    const verb = words[tf - 1] === "on" ? tf - 2 : tf - 1;
    if (!TELLING_PAST.has(words[verb] ?? "")) return false;
    if (first < tf) {
      // The step, then a comma and its telling: "have detained a pilot, the agency said on Saturday".
      if (verb - first > 24 || !perfectBefore(first, /^(has|have|had)$/)) return false;
      if (!words.slice(first, verb).includes(",") || words.slice(first, verb).some((w) => w === "." || w === ";"))
        return false;
      // A step just completed: a day of the same kind weeks before is another happening.
      return events.some((o) => o !== e && o.type === e.type && daysBefore(o.date, e.date) <= WEEK);
    }
    if (first < tl || first - tl > 16 || !perfectBefore(first, /^had$/)) return false;
    if (words.slice(tl, first).some((w) => w === "." || w === ";")) return false;
    return events.some(
      (o) => o !== e && o.type === e.type && !!o.date && o.date < e.date! && !e.date!.startsWith(o.date),
    );
  };
  return events.filter((e) => !toldEarlier(e));
}
const TELLING_PAST = new Set(["said", "announced", "told", "confirmed", "reported"]);
const WEEK = 7;
/** How many days day `a` lies before day `b` (both "YYYY-MM-DD"); Infinity when not both days or not before. */
function daysBefore(a: string | null | undefined, b: string | null | undefined): number {
  const x = parseDay(a);
  const y = parseDay(b);
  if (!x || !y) return Infinity;
  const n = dayNumber(y) - dayNumber(x);
  return n > 0 ? n : Infinity;
}

/**
 * "De Kock was found guilty of murder on Tuesday, a day after he was convicted of five others",
 * "Two days after she was arrested, the captain was charged on Friday": a step told in a clause
 * opened by "N days (or weeks) after" or "before" lies that far from the day of the sentence's
 * main step. The phrase's own row (an undated "other") gives way to the step it measures, which
 * takes the day counted from the main one.
 */
function daysApart(ctx: EventCtx, events: CaseEvent[], triggers: TriggerMatch[], used: Set<TriggerMatch>): CaseEvent[] {
  const { doc, words } = ctx;
  const drop = new Set<CaseEvent>();
  const added: CaseEvent[] = [];
  const follows = (first: number, spanEnd: number) =>
    first >= spanEnd && first - spanEnd <= 4 && !words.slice(spanEnd, first).some((w) => w === "," || w === ";");
  for (const phrase of events) {
    if (phrase.date || !phrase.dateSpan || phrase.type !== "other") continue;
    const m = APART.exec(phrase.dateSpan.text.toLowerCase());
    if (!m) continue;
    const count = /^\d+$/.test(m[1]) ? Number(m[1]) : m[1] === "a" || m[1] === "an" ? 1 : NUMBER_WORDS.get(m[1]);
    if (!count) continue;
    const [, spanEnd] = tokenRange(doc, phrase.dateSpan.start, phrase.dateSpan.end);
    const sentence = doc.tokens.sentence[spanEnd - 1];
    const inSentence = (e: CaseEvent) => doc.tokens.sentence[tokenAtOrAfter(doc, e.trigger.start)] === sentence;
    // The step the phrase measures: the first undated one whose trigger follows it closely.
    let step = events.find(
      (e) =>
        e !== phrase &&
        !e.date &&
        MILESTONES.has(e.type) &&
        inSentence(e) &&
        follows(tokenAtOrAfter(doc, e.trigger.start), spanEnd),
    );
    // Left out as undated beside a dated step of its type ("found guilty on Tuesday, a day after
    // he was convicted"): the trigger itself.
    if (!step) {
      const t = triggers.find((c) => !used.has(c) && MILESTONES.has(c.type) && follows(c.first, spanEnd));
      if (t) step = makeEvent(ctx, t, t.type, null, -1, -1);
      if (step) added.push(step);
    }
    // The main step: the one dated to a day in the same sentence.
    const main = events.filter((e) => e !== step && e.date?.length === 10 && inSentence(e));
    if (!step || main.length !== 1) continue;
    const day = parseDay(main[0].date);
    if (!day) continue;
    const days = count * (m[2].startsWith("week") ? 7 : 1) * (m[3] === "after" ? -1 : 1);
    step.date = toIso(addDays(day, days));
    step.dateSpan = phrase.dateSpan;
    drop.add(phrase);
  }
  if (!drop.size) return events;
  return [...events.filter((e) => !drop.has(e)), ...added.filter((e) => e.date)].sort(
    (a, b) => a.evidence.start - b.evidence.start || a.trigger.start - b.trigger.start,
  );
}
const APART = /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (days?|weeks?) (after|before)$/;

/**
 * Undated milestones, for users: one per trigger that no dated event took, unless a dated
 * event of that type already stands in the same sentence ("indicted on Thursday on charges").
 */
function undatedMilestones(
  ctx: EventCtx,
  triggers: TriggerMatch[],
  used: Set<TriggerMatch>,
  events: CaseEvent[],
): CaseEvent[] {
  const { doc } = ctx;
  const datedIn = new Set(
    events.map((e) => `${e.type} ${doc.tokens.sentence[tokenRange(doc, e.trigger.start, e.trigger.end)[0]]}`),
  );
  const out: CaseEvent[] = [];
  for (const t of triggers) {
    if (used.has(t) || datedIn.has(`${t.type} ${t.sentence}`)) continue;
    if (!MILESTONES.has(t.type) && !(t.type === "statement" && t.noun)) continue;
    // "to prevent terrorist attacks", "answers questions in speeches": a kind of happening or of
    // telling, none the story tells of.
    if ((t.type === "attack" || (t.type === "statement" && t.noun)) && genericPlural(doc, ctx.words, t)) continue;
    out.push(makeEvent(ctx, t, t.type, null, -1, -1));
  }
  return out;
}

/** "in a post-match interview", "speaking after the game": a telling made just after play. */
function afterPlay(words: string[], k: number): boolean {
  const w = words[k];
  if (/^post-(match|game|race|fight)$/.test(w)) return true;
  return (
    w === "after" &&
    /^(the|their|his|her)$/.test(words[k + 1] ?? "") &&
    /^(match|game|race|fight)$/.test(words[k + 2] ?? "")
  );
}

/**
 * "said the coach in a post-match interview": a telling just after the match takes the match's
 * day when its own sentence gives none. The match is the one the report opens with: the first
 * dated happening, told in the first two paragraphs.
 */
function afterTheMatch(
  ctx: EventCtx,
  triggers: TriggerMatch[],
  used: Set<TriggerMatch>,
  events: CaseEvent[],
): CaseEvent[] {
  const { doc, words } = ctx;
  const sentenceIndex = (e: CaseEvent) => doc.tokens.sentence[tokenAtOrAfter(doc, e.trigger.start)];
  const dated = events.filter((e) => e.date && e.status === "happened");
  if (!dated.length) return [];
  const match = dated.reduce((a, b) => (b.evidence.start < a.evidence.start ? b : a));
  if (doc.sentences[sentenceIndex(match)].paragraph > 1) return [];
  const datedSentences = new Set(events.filter((e) => e.date).map(sentenceIndex));
  const out: CaseEvent[] = [];
  for (const t of triggers) {
    if (t.type !== "statement" || used.has(t) || datedSentences.has(t.sentence)) continue;
    const { firstToken, lastToken } = doc.sentences[t.sentence];
    if (t.sentence <= sentenceIndex(match)) continue;
    let played = false;
    for (let k = firstToken; k < lastToken && !played; k++) played = afterPlay(words, k);
    if (!played) continue;
    used.add(t);
    datedSentences.add(t.sentence);
    out.push({ ...makeEvent(ctx, t, "statement", null, -1, -1), date: match.date, dateSpan: match.dateSpan });
  }
  return out;
}

/** The outcomes of a trial, decided together: a conviction and an acquittal. */
const OUTCOMES = new Set<EventType>(["conviction", "verdict"]);
/** A plea is a defendant's own step, made on a day of its own. */
const PLEA = /^(plead|pled|admit|guilty|changed)/;
/** How many sentences after a dated outcome an undated one may follow it. */
const OUTCOME_REACH = 3;

/**
 * "A jury on Wednesday convicted the sailor of espionage. … The jury acquitted him of fraud.":
 * a jury or a judge decides every count at once, so an undated outcome told just after a dated
 * one, with no other date between them, shares its date. An outcome already dated that day is
 * the same decision told again. Pleas are not outcomes of this kind.
 */
function oneDecision(ctx: EventCtx, undated: CaseEvent[], dated: CaseEvent[]): CaseEvent[] {
  const { doc } = ctx;
  const sentenceOf = (offset: number) => doc.tokens.sentence[tokenAtOrAfter(doc, offset)];
  const known = new Set(dated.filter((e) => e.date).map((e) => `${e.type} ${e.date}`));
  const byStart = dated.filter((e) => e.date && e.dateSpan).sort((a, b) => a.evidence.start - b.evidence.start);
  const out: CaseEvent[] = [];
  for (const e of undated) {
    if (!OUTCOMES.has(e.type) || e.status !== "happened" || PLEA.test(e.trigger.text.toLowerCase())) {
      out.push(e);
      continue;
    }
    // The last dated event told before this one: it must be an outcome, a few sentences back.
    const k = firstAfter(byStart, e.trigger.start, (x) => x.evidence.start) - 1;
    const last = k >= 0 ? byStart[k] : null;
    const close =
      last &&
      OUTCOMES.has(last.type) &&
      !PLEA.test(last.trigger.text.toLowerCase()) &&
      last.status === "happened" &&
      sentenceOf(e.trigger.start) - sentenceOf(last.trigger.start) <= OUTCOME_REACH;
    if (!close) {
      out.push(e);
      continue;
    }
    const key = `${e.type} ${last.date}`;
    if (known.has(key)) continue;
    known.add(key);
    out.push({ ...e, date: last.date, dateSpan: last.dateSpan });
  }
  return out;
}

/** "at Leeds Crown Court", "in the High Court": only a place phrase between tokens from and to. */
function placeBetween(doc: Doc, words: string[], from: number, end: number): boolean {
  const to = words[end - 1] === "from" || words[end - 1] === "between" ? end - 1 : end;
  if (to - from < 2 || to - from > 7 || (words[from] !== "at" && words[from] !== "in")) return false;
  for (let k = from + 1; k < to; k++) {
    if (/^(the|of|'s|\u2019s)$/.test(words[k])) continue;
    if (!isUpperCode(doc.text.charCodeAt(doc.tokens.start[k]))) return false;
  }
  return true;
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

const DEICTIC = new Set(["today", "tonight"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i", "it"]);
const AWAITED = new Set(["pending", "awaiting", "before"]);
/**
 * "resigned in January after the report was published": a clause opened right after the date
 * by one of these tells another happening, at another time; the date is the main verb's. A noun
 * ("released on Monday after a hearing") names the step just before, often that day.
 */
const SUBORDINATE = new Set(["after", "before", "until", "because", "following"]);

/**
 * Whether the writer appears in the first person in the clause around tokens [from, to): "me"
 * just after a verb of telling or meeting ("told me", "talk to me"), or "I" before a word in lower
 * case ("I watched"; not "World War I", "Level I"). Words inside a quotation are its speaker's,
 * not the writer's: "Ann Roe said on Monday: “I will stay.”" is her telling. The look past the
 * clause stops at a quotation mark, as the quotation may not be recognised as one.
 */
function writerActs(doc: Doc, words: string[], from: number, to: number, quotes: Quote[]): boolean {
  const s = sentenceOf(doc, from);
  const firstPerson = (k: number) =>
    !insideQuoteAt(quotes, doc.tokens.start[k]) &&
    (words[k] === "me" ||
      (doc.text.slice(doc.tokens.start[k], doc.tokens.end[k]) === "I" && /^[a-z]/.test(textAt(doc, k + 1))));
  for (let k = from; k < Math.min(s.lastToken, to + 3); k++) {
    if (k >= to && QUOTATION_MARK.test(words[k])) break;
    if (firstPerson(k)) return true;
  }
  for (let k = from - 1; k >= Math.max(s.firstToken, from - 3); k--) {
    if (QUOTATION_MARK.test(words[k])) break;
    if (firstPerson(k)) return true;
  }
  return false;
}
const QUOTATION_MARK = /^["“”‘’'«»]$/;

/**
 * "Last August we reported that …", "as this newspaper revealed in May": the publication telling
 * its own earlier reporting, with "we" or "this newspaper" as the teller of the verb at `v`.
 */
function ownReporting(words: string[], v: number): boolean {
  if (ownPublication(words, v)) return true;
  if (!REPORTED.has(words[v])) return false;
  let k = v - 1;
  while (k > v - 3 && /^(first|previously|exclusively|have|has|had|also|recently)$/.test(words[k] ?? "")) k--;
  return words[k] === "we" || (words[k - 1] === "this" && OUTLETS.has(words[k] ?? ""));
}
/**
 * "An earlier version of this story was published on Tuesday", "This article was updated
 * Friday": the article's own publication, told in a correction or an editor's note, with "this
 * article" (or story, piece, column) in the clause before the verb at `v` (the step found, or a
 * verb just before the date).
 */
function ownPublication(words: string[], v: number): boolean {
  if (!PUBLISHED.has(words[v] ?? "")) return false;
  for (let k = v - 1; k > 0 && k >= v - 12; k--) {
    if (words[k] === "." || words[k] === ";") return false;
    if (words[k - 1] === "this" && WRITINGS.has(words[k])) return true;
  }
  return false;
}
/**
 * "the evening newspaper Vesna reported on Saturday", "state radio said on Thursday", "A regional
 * daily on Monday quoted the minister as saying …", "A local paper on Sunday put the toll at
 * five": a news outlet telling the story is the reporting of it, not a statement of the case
 * (which an official or a party makes). The outlet is the telling verb's subject: a common noun
 * naming a medium, written small, with at most a name in apposition after it ("the news agency
 * Tarpa") and the date between it and the verb; or it follows the verb ("said the newspaper").
 * With no trigger (`best` null) the date itself stands where the verb would.
 */
function outletTells(doc: Doc, words: string[], best: TriggerMatch | null, tf: number, timeEnd: number): boolean {
  if (best && (best.type !== "statement" || best.noun)) return false;
  let v = best ? best.first : tf;
  // "quoted the minister as saying": the outlet is the subject of "quoted".
  if (best && words[v] === "saying") {
    let k = v - 1;
    while (k > v - 10 && k >= 0 && words[k] !== "quoted") k--;
    // "quoted the army as saying on Monday": the date is the army's telling.
    if (words[k] !== "quoted" || tf > k) return false;
    v = k;
  }
  const outlet = (k: number) =>
    k >= 0 &&
    /^[a-z]/.test(textAt(doc, k)) &&
    (OUTLETS.has(words[k]) ||
      MEDIA.has(words[k]) ||
      (words[k] === "agency" && PRESS.has(words[k - 1] ?? "")) ||
      // "newspapers reported", "local websites said"; not "papers" ("court papers said": a filing).
      (words[k] !== "papers" && words[k].endsWith("s") && OUTLETS.has(words[k].slice(0, -1))));
  let k = v - 1;
  // The date between the subject and its verb: "a daily newspaper on Thursday said".
  if (!best || k === timeEnd - 1) {
    if (words[tf - 1] !== "on") return false;
    k = tf - 2;
  }
  for (let names = 0; names < 3 && k >= 0 && /^[A-Z]/.test(textAt(doc, k)); names++) k--;
  if (outlet(k) && !afterPreposition(words, k)) return true;
  // "…, said the newspaper on Thursday" (not "told the paper", "speaking on radio": its hearer).
  if (!best || !OUTLET_TELLING.has(words[best.first])) return false;
  let j = best.last;
  if (/^(the|a|an)$/.test(words[j] ?? "")) j++;
  for (let n = 0; n < 3 && j < words.length && /^[a-z]/.test(words[j]) && !OF_PLACE.test(words[j]); n++, j++)
    if (outlet(j) && (!/^[a-z]/.test(textAt(doc, j + 1)) || j + 1 === tf || (words[j + 1] === "on" && j + 2 === tf)))
      return true;
  return false;
}
/** "spoke on state television", "in a local daily": the noun at `k` is a preposition's object, not a subject. */
function afterPreposition(words: string[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    // "in the city of Lahore, newspapers reported": a comma closes the phrase before it.
    if (/^(the|a|an|,)$/.test(words[j])) return false;
    if (OF_PLACE.test(words[j])) return true;
  }
  return false;
}
const OF_PLACE = /^(on|in|to|by|from|with|at|for|of)$/;
const OUTLET_TELLING = new Set(["said", "says", "reported", "reports", "wrote"]);
/** Words naming a medium, not its name: "state radio", "a local daily", "the national broadcaster". */
const MEDIA = new Set(["daily", "radio", "television", "tv", "broadcaster", "weekly", "tabloid"]);
const PRESS = new Set(["news", "press"]);
const PUBLISHED = new Set(["published", "posted", "updated", "corrected", "amended", "edited"]);
const WRITINGS = new Set(["article", "story", "piece", "column", "post"]);
const OUTLETS = new Set(["newspaper", "paper", "website", "site", "publication", "magazine", "programme", "program"]);
const REPORTED = new Set(["reported", "revealed", "wrote", "disclosed", "learned", "learnt", "obtained", "published"]);

function textAt(doc: Doc, k: number): string {
  return k < doc.tokens.count ? doc.text.slice(doc.tokens.start[k], doc.tokens.end[k]) : "";
}

/**
 * A dated clause with no step named is a telling when it talks of a happening (`talkedOf`), or
 * tells someone or calls something names: "The skipper kept up his protest on Tuesday, telling a
 * radio host …", "The office hit back, calling the suit 'baseless', on Monday"; or when the date stands between a verb of asking and
 * what is asked for ("The mayor called Wednesday for a ban"). "…, saying" right after the date
 * is a telling only when the clause's verb is a verb of speech (`spokenBefore`): an act done
 * "saying" why ("The firm cut 500 jobs on Monday, saying demand fell") is the act.
 */
function untypedTelling(d: Dating, tf: number, tl: number): boolean {
  const { doc, words } = d.ctx;
  if (ASKED_FOR.has(words[tf - 1] ?? "") && /^(for|on)$/.test(words[tl] ?? "")) return true;
  const s = sentenceOf(doc, tf);
  // "On Monday, the mayor was the first to address the flooding": the talk the date is left to.
  const talk = (c: TriggerMatch) => {
    const v = talkedOf(words, c, tl, readAsNoun(words, c));
    if (v < 0 || v - tl > 12 || hasClauseBreak(words, tl, v)) return false;
    // In the date's own clause: no comma but the one after an opening date, no relative clause.
    for (let k = tl; k < v; k++)
      if (/^(,|that|which|who|whose)$/.test(words[k]) && !(k === tl && words[k] === ",")) return false;
    return true;
  };
  if ((d.bySentence.get(doc.tokens.sentence[tf]) ?? []).some(talk)) return true;
  const telling = (k: number) =>
    words[k] === "telling" ||
    (words[k] === "calling" && /^(it|him|her|them|the|their|his|its|a|an)$/.test(words[k + 1] ?? ""));
  for (let k = tl; k < s.lastToken && k < tl + 16; k++) {
    if (words[k] === "," && telling(k + 1)) return true;
    if (words[k] === ";" || words[k] === "(") break;
  }
  for (let k = tf - 1; k > s.firstToken && k >= tf - 12; k--) {
    if (words[k] === ";" || words[k] === ")") break;
    if (telling(k) && words[k - 1] === ",") return true;
  }
  return words[tl] === "," && words[tl + 1] === "saying" && spokenBefore(words, s.firstToken, tf);
}

/**
 * Whether the past verb nearest before a date, in its clause, is one PolNeAR's annotators marked
 * as a cue of speech in most of its uses (`reportsFragment`): "She echoed the pledge on Friday,
 * saying …" is a telling; "The coach quit on Friday, saying …" is the act, done saying why.
 */
function spokenBefore(words: string[], first: number, tf: number): boolean {
  for (let k = tf - 1; k >= first && k >= tf - 10; k--) {
    if (/^[,;:]$/.test(words[k])) return false;
    if (/^[a-z]+ed$/.test(words[k])) return reportsFragment(words[k]);
  }
  return false;
}
const ASKED_FOR = new Set(["called", "calls", "appealed", "appeals", "pressed", "presses"]);

/**
 * What a date opening a clause describes rather than a happening: a share of a whole ("In 2012,
 * 54 percent of the voters were over 45") or how likely things looked ("A year ago it seemed
 * unlikely that …"; not "it looked as if …", which may go on to tell what happened). So does any
 * date whose clause gives a level or a change in percent (`percentFigure`).
 */
function stateOfThings(words: string[], doc: Doc, tf: number, tl: number): boolean {
  if (percentFigure(doc, words, tf, tl)) return true;
  const s = sentenceOf(doc, tl - 1);
  let k = words[tl] === "," ? tl + 1 : tl;
  if (
    words[k] === "it" &&
    /^(seemed|seems|looked|looks|appeared|appears)$/.test(words[k + 1] ?? "") &&
    /^(unlikely|likely|clear|certain|possible|impossible|inevitable)$/.test(words[k + 2] ?? "")
  )
    return true;
  for (const end = Math.min(s.lastToken, k + 4); k < end; k++) {
    if (!/^\d[\d.,]*%?$/.test(words[k])) continue;
    if (!words[k].endsWith("%") && !/^(percent|%)$/.test(words[k + 1] ?? "") && words[k + 2] !== "cent") return false;
    for (let j = k + 2; j < s.lastToken && j < k + 10; j++) {
      if (/^(was|were|is|are)$/.test(words[j])) return true;
      if (/^(,|;|:|and|but)$/.test(words[j])) return false;
    }
    return false;
  }
  return false;
}

/**
 * "the most liberal judge since 1937", "its lowest level since 2008", "for the first time since
 * early October": a date after "since" that a superlative measures against is a point of
 * comparison, not a happening. The superlative follows a determiner in the same clause ("under
 * arrest since 2019" holds none).
 */
function measuredSince(words: string[], tf: number): boolean {
  if (words[tf - 1] !== "since") return false;
  for (let k = tf - 2; k >= 1 && k >= tf - 10; k--) {
    const w = words[k];
    if (HARD_BREAKS.has(w) || w === "," || w === ".") return false;
    if (w === "ever" && words[k - 1] === "than") return true;
    const superlative = w === "first" || w === "most" || w === "least" || (/..est$/.test(w) && !NOT_SUPERLATIVE.has(w));
    if (superlative && DETERMINERS.has(words[k - 1])) return true;
  }
  return false;
}
const DETERMINERS = new Set(["the", "its", "their", "his", "her", "our", "this", "that"]);

/**
 * "his sharpest attack on the council since its vote in March", "has complained of pain since a
 * trip abroad in June", "the first briefing since winning the primary last week": a date inside a
 * phrase or clause that "since" opens dates what that phrase names (the vote, the trip, the win),
 * the point the step before "since" is measured from, not that step. "detained since May", with
 * the date right after "since", still tells when the detention began.
 */
function sincePhraseHolds(words: string[], from: number, tf: number): boolean {
  for (let k = tf - 2; k >= from && k >= tf - 12; k--) {
    const w = words[k];
    if (HARD_BREAKS.has(w) || w === ".") return false;
    if (w !== "since") continue;
    return words.slice(k + 1, tf).some((x) => /^[a-z]/.test(x) && !SINCE_FILLERS.has(x));
  }
  return false;
}
/** Words that may stand between "since" and a date without naming anything: "since at least 2019". */
const SINCE_FILLERS = new Set([
  "at",
  "least",
  "about",
  "around",
  "roughly",
  "shortly",
  "just",
  "only",
  "in",
  "on",
  "of",
]);
/** Nouns and verbs that end like a superlative. */
const NOT_SUPERLATIVE = new Set(
  "arrest protest interest request contest test rest guest quest west nest chest forest harvest conquest inquest manifest suggest".split(
    " ",
  ),
);

/** A percentage opening the subject of the verb at `v`: "26 percent said", "54% of the voters say". */
function pollShareBefore(words: string[], doc: Doc, v: number): boolean {
  const floor = sentenceOf(doc, v).firstToken;
  for (let k = v - 1; k >= floor && k >= v - 7; k--) {
    const w = words[k];
    if (HARD_BREAKS.has(w) || w === "," || w === "that") return false;
    const share = /^\d[\d.,]*%$/.test(w)
      ? k + 1
      : /^\d[\d.,]*$/.test(w) && /^(percent|%)$/.test(words[k + 1])
        ? k + 2
        : -1;
    if (share < 0) continue;
    // The share is the subject: the verb follows it (or "who"), or "of" and the ones polled do.
    if (share === v || (words[share] === "who" && share + 1 === v)) return true;
    if (words[share] !== "of") return false;
    for (let j = share + 1; j < v; j++)
      if (!/^[a-z'’-]+$/i.test(words[j]) || /^(to|according|in|by|from)$/.test(words[j])) return false;
    return true;
  }
  return false;
}

/**
 * "ahead of Friday's vote", "before Monday's summit": a date that bounds what is told from after.
 * So does one inside or ending the noun phrase after "ahead of": "ahead of the Friday vote", "ahead
 * of a cabinet meeting next week".
 */
function isEarlierThan(words: string[], tf: number): boolean {
  let at = tf;
  for (let k = tf - 1; k >= tf - 5 && k > 1; k--) {
    if (/^(a|an|the|its|his|her|their)$/.test(words[k])) {
      at = k;
      break;
    }
    if (!/^[a-z][a-z-]*$/.test(words[k]) || NOT_NOUN.test(words[k]) || PREDICATE.test(words[k])) break;
  }
  // Not "before" then: "testified before the panel last fall" is where, not when.
  return (
    (words[at - 1] === "of" && words[at - 2] === "ahead") || (words[tf - 1] === "before" && words[tf - 2] !== "or")
  );
}

/** "after a hearing", "following the verdict": the trigger is the noun right after the word. */
function stepNamedAfter(words: string[], tl: number, c: TriggerMatch): boolean {
  return c.noun && (c.first === tl + 1 || (c.first === tl + 2 && /^(a|an|the|his|her|their|its)$/.test(words[tl + 1])));
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

function tokenRange(doc: Doc, start: number, end: number): [number, number] {
  const first = tokenAtOrAfter(doc, start);
  let last = first;
  while (last < doc.tokens.count && doc.tokens.end[last] <= end) last++;
  return [first, last];
}

/**
 * What a date's events are before its owner makes them: none for a time expression we cannot
 * resolve and no trigger ("said on Monday" with no publication date is still an event of the
 * story, undated, its relative words kept in dateSpan); none for a holiday no step owns, but on
 * the day ("sank on New Year's Day"): "ahead of the Labor Day weekend", "fares have crept up
 * since Christmas" tell no happening of the story; a day awaited (`dueBy`); or the day of a
 * threat or a pledge told after its step ("The gang threatened to burn the depot on Monday"), a
 * telling. Null when the owner's events stand.
 */
function unresolvedDueOrVowed(
  d: Dating,
  best: TriggerMatch | null,
  time: TimeExpression,
  when: TimeExpression,
  [tf, tl, due]: [number, number, number],
): CaseEvent[] | null {
  const { ctx } = d;
  if (!when.value && !best && (time.kind !== "relative" || insideQuote(d.quotes, time))) return [];
  if (due >= 0) return [makeEvent(ctx, null, "other", when, tf, due)];
  if (!best && ctx.words[tf - 1] !== "on" && namesHoliday(time.text)) return [];
  const vowed = threatOrPledgeBefore(ctx, tf, tl, when);
  if (vowed >= 0 && (!best || best.first > vowed))
    return [makeEvent(ctx, verbAt(ctx.doc, vowed), "statement", when, tf, tl)];
  return null;
}

/** A one-word verb at token `k` as the trigger of a statement. */
function verbAt(doc: Doc, k: number): TriggerMatch {
  return {
    type: "statement",
    first: k,
    last: k + 1,
    matchLast: k + 1,
    sentence: doc.tokens.sentence[k],
    noun: false,
    conduct: false,
    gap: false,
    tail: k,
    denial: false,
  };
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
  const who = participantsOf(
    ctx,
    ctx.placed,
    evidence,
    trigger,
    sentence,
    type === "statement",
    type === "attack" && !!trigger && readAsNoun(words, trigger),
  );
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
