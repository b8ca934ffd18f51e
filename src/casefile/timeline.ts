// The merged timeline: every source's report of an event is grouped with the others that tell
// the same real-world event (same type, compatible dates, overlapping participants), keeping
// each source's date, status and place side by side. One such group is a milestone.
//
// The merge adds one document's events at a time to a running timeline (`TimelineBuilder`), so
// that a case can grow article by article; `buildTimeline` is that loop over all documents.
// The milestone takes the finest date any source gives; its status follows the news over time
// (scheduled, then happened or dropped). Reports with no date that fit no dated milestone, and
// plans whose day has passed with no source saying they happened, are kept off the main
// timeline as `reports` ("reported by" their article), not shown as milestones of their own.
//
// Dates are compatible when one refines the other (2023 ⊂ 2023-03 ⊂ 2023-03-15). Events that
// happen once to a person (an arrest, a charge, a verdict...) whose reports disagree by up to
// a month are still one event with a date disagreement; two court hearings a week apart are two.
// Participants that tie reports together are people and organisations: countries and cities
// are named in too many unrelated events.

import type { CaseEvent, EventStatus, EventType } from "../core/schema.js";
import type { DocContext } from "./context.js";
import type { EntityResolution } from "./entities.js";
import { datesCompatible, dayNumber } from "./names.js";
import type { EventSource, TimelineEntry, ValueWithSources } from "./types.js";
import { eng as STOPWORDS } from "stopword";
import { MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAY_FORMS } from "../extract/time/lexicon.js";
import { ADDRESS_TITLES, ROLE_TITLES } from "../extract/entities/lexicon.js";

const ONCE_TYPES: ReadonlySet<EventType> = new Set([
  "arrest",
  "charge",
  "trial",
  "case_dropped",
  "verdict",
  "conviction",
  "sentence",
]);
/**
 * Steps whose report naming no one joins the one milestone of its type that names someone on
 * dates that agree (`unnamedOnce`, `reportedNextDay`): those that happen once, and an attack told
 * to the month or day ("Ann Roe was shot on Friday" and "last week's shooting" in another
 * article), when no other attack fits as well (a case may tell of many attacks in a year).
 */
const UNNAMED_JOINS: ReadonlySet<EventType> = new Set([...ONCE_TYPES, "attack"]);
const COURT_TYPES: ReadonlySet<EventType> = new Set(["court_hearing", "trial", "verdict", "conviction", "sentence"]);
const COURT_NAME = /\b(?:court|bailey|tribunal|magistrates)\b/i;
const DISAGREEMENT_DAYS = 31;
/** How many dated steps of one type one sentence lists before they are a list of precedents. */
const LISTED = 3;
/** Index keys of the milestones of a step that happens once naming someone, and naming no one (no entity id has a space). */
const NAMED = "named any";
const UNNAMED = "named none";
/** Co-participant edges and participant lists are capped so that one crowded event stays cheap. */
export const MAX_PARTICIPANTS = 40;

interface Occurrence {
  ctx: DocContext;
  docIndex: number;
  event: CaseEvent;
  participants: string[];
  /** The people and organisations among the participants. */
  actors: string[];
  /** The people among them. */
  people: string[];
  date: string | null;
  source: EventSource;
}

interface Draft {
  type: EventType;
  anchor: string | null;
  participants: Set<string>;
  actors: Set<string>;
  people: Set<string>;
  occurrences: Occurrence[];
  /** Creation order, for deterministic choices among candidates. */
  seq: number;
  /** Index keys this draft is already filed under. */
  filed: Set<string>;
}

function validDate(d: unknown): string | null {
  return typeof d === "string" && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(d) ? d : null;
}

/** Courts named in a document, by mention offset, resolved to case entity names. */
function courtMentions(ctx: DocContext, resolution: EntityResolution): { start: number; end: number; name: string }[] {
  const out: { start: number; end: number; name: string }[] = [];
  for (const e of ctx.extraction.entities ?? []) {
    if (e.type === "person") continue;
    const id = ctx.entityFor(e.id, e.name, resolution);
    const entity = id ? resolution.byId.get(id) : undefined;
    const name = entity?.name ?? e.name;
    if (!COURT_NAME.test(name) && !(e.mentions ?? []).some((m) => COURT_NAME.test(m.text ?? ""))) continue;
    for (const m of e.mentions ?? []) out.push({ start: m.start, end: m.end, name });
  }
  return out.sort((a, b) => a.start - b.start);
}

function occurrencesOf(ctx: DocContext, docIndex: number, resolution: EntityResolution): Occurrence[] {
  const events = ctx.extraction.events ?? [];
  if (events.length === 0) return [];
  let courts: ReturnType<typeof courtMentions> | null = null;
  const out: Occurrence[] = [];
  for (const event of events) {
    if (!event || typeof event.type !== "string") continue;
    const participants: string[] = [];
    for (const p of participantRefs(event)) {
      const id = ctx.entityFor(p.id, p.name, resolution);
      if (id && !participants.includes(id) && participants.length < MAX_PARTICIPANTS) participants.push(id);
    }
    const date = validDate(event.date);
    const evidence = event.evidence ?? event.trigger;
    const at = evidence?.start ?? event.trigger?.start ?? null;
    const sentence = ctx.sentence(at);
    let place: string | null = null;
    if (COURT_TYPES.has(event.type) && sentence) {
      courts ??= courtMentions(ctx, resolution);
      let best = Infinity;
      for (const c of courts) {
        if (c.start < sentence.start || c.end > sentence.end) continue;
        const dist = Math.abs(c.start - (at ?? c.start));
        if (dist < best) {
          best = dist;
          place = c.name;
        }
      }
    }
    out.push({
      ctx,
      docIndex,
      event,
      participants,
      actors: participants.filter((id) => resolution.byId.get(id)?.type !== "location"),
      people: participants.filter((id) => resolution.byId.get(id)?.type === "person"),
      date,
      source: {
        document: ctx.document.id,
        published: ctx.document.published ?? null,
        date,
        end: validDate(event.end),
        status: event.status ?? "happened",
        place,
        evidence: {
          document: ctx.document.id,
          start: evidence?.start ?? null,
          end: evidence?.end ?? null,
          text: evidence?.text ?? null,
        },
        sentence,
      },
    });
  }
  return out;
}

function overlap(a: Set<string>, b: string[]): number {
  let n = 0;
  for (const x of b) if (a.has(x)) n++;
  return n;
}

interface Fit {
  overlap: number;
  compatible: boolean;
  near: boolean;
  sameDay: boolean;
}

/**
 * Reports of an untyped happening ("other") name no step that could tie them; a statement is
 * made again and again. Such reports are one on the same date within one article, or on the
 * same day; otherwise only when they tell it with a word in common ("escaped in September" and
 * "escaped on 6 September"), not on a shared name and a compatible date alone ("Roe sold the
 * farm in 2012" and "Roe moved abroad in 2012"; "said in March" and "said on 4 March" are two
 * tellings unless the same thing is told).
 */
function genericApart(d: Draft, o: Occurrence): boolean {
  if (d.type !== "other" && d.type !== "statement") return false;
  // "Questions for the director at a hearing next week" and "the files were revealed last week":
  // a plan and a deed in the same month are two tellings, unless they name the same day.
  if (o.date && o.date.length < 10 && d.occurrences.every((x) => isPlan(x) !== isPlan(o))) return true;
  // A dated telling at the row's precision is the same telling when the person is shared; an
  // undated one ("in a statement, the senator said …") joins a dated telling only by what it tells.
  if (d.type === "statement" && (!d.anchor || (o.date && o.date.length === d.anchor.length))) return false;
  const told = draftTelling(d);
  // A stretch ("between May 2019 and January 2022") holds what its reports tell within it.
  if (o.source.end || told.stretch) return false;
  // On the same day, reports in other articles are one happening when they name one of its actors
  // too; else only by what they tell ("a rally on Tuesday" and "will appear on Tuesday" are two).
  const sameDay = o.date && d.anchor === o.date;
  if (sameDay && (told.onlyDoc === o.docIndex || (o.date!.length === 10 && overlap(d.actors, o.actors) > 0)))
    return false;
  // An untyped happening is told by the words of the clause that dates it, not by the rest of
  // its sentence: "Roe opened a shop on Friday, a week after the fair" and "the fair he visited
  // last spring" share "fair", which tells neither happening. A word in common counts when one
  // report's clause holds it, or when a clause is the date alone ("on or before 2 May"). What a
  // telling says may be anywhere in its sentence.
  const own = toldWith(o, true);
  const bare = d.type === "other" && (own.size === 0 || told.bare);
  for (const w of toldWith(o))
    if (told.words.has(w) && (d.type !== "other" || bare || own.has(w) || told.evidence.has(w))) return false;
  return true;
}

const isPlan = (o: Occurrence) => o.source.status === "scheduled";

/**
 * A step that happens again and again (an attack, a hearing, an investigation) told with no date
 * is the dated milestone of its type that shares a person with it only when it tells of the same
 * happening: a word in common ("the campaign's attack ad" and "punched a marcher at the rally"
 * share Ann Roe, not a happening; "the shooting at the fair" and "shot two guards at the fair on
 * Friday" share "fair"). Steps that happen once to a person, and tellings and untyped happenings
 * (`genericApart`), are matched as before.
 */
function otherOfKind(d: Draft, o: Occurrence): boolean {
  if (o.date || !d.anchor || ONCE_TYPES.has(d.type) || d.type === "other" || d.type === "statement") return false;
  // Two people or bodies in common tie them; so does a word, but not the word of the step itself
  // ("the Lisk shooting" and "a shooting last year" share only what they are).
  if (overlap(d.actors, o.actors) >= 2) return false;
  const told = draftTelling(d);
  const own = stemsOf(o.event.trigger?.text ?? "");
  for (const w of toldWith(o)) if (told.words.has(w) && !told.steps.has(w) && !own.has(w)) return false;
  return true;
}

/**
 * A telling is news for days: an undated one ("Ann Roe said in a statement") in an article published
 * before a dated telling's day, or more than three days after it, and in none of its articles, tells
 * another time she spoke ("Roe said in an interview" on 9 May is no telling of 2 March). A shared
 * person and a common word ("statement", "interview") do not make it the same telling.
 */
function staleTelling(d: Draft, o: Occurrence): boolean {
  if (d.type !== "statement" || o.date) return false;
  const published = o.source.published?.slice(0, 10);
  if (!published || !d.anchor || d.occurrences.some((x) => x.docIndex === o.docIndex)) return false;
  const day = dayNumber(published);
  return day < dayNumber(d.anchor) || day >= dayAfter(d.anchor) + TELLING_NEWS_DAYS;
}
/** How long after a telling its undated reports are still about it. */
const TELLING_NEWS_DAYS = 3;

/** What a draft's reports tell: their words, whether one is a stretch, their one article (or -1). */
interface Telling {
  seen: number;
  words: Set<string>;
  /** The words of the reports' evidence (the clause that tells each). */
  evidence: Set<string>;
  /** Whether the evidence of one of them is a date alone, telling no word. */
  bare: boolean;
  /** The stems of their triggers: the words of the step itself ("shooting"), which tell no one happening. */
  steps: Set<string>;
  stretch: boolean;
  onlyDoc: number | null;
}
const tellings = new WeakMap<Draft, Telling>();
/** Kept up to date as reports join the draft (they are only ever appended). */
function draftTelling(d: Draft): Telling {
  let t = tellings.get(d);
  if (!t)
    tellings.set(
      d,
      (t = {
        seen: 0,
        words: new Set(),
        evidence: new Set(),
        bare: false,
        steps: new Set(),
        stretch: false,
        onlyDoc: null,
      }),
    );
  for (; t.seen < d.occurrences.length; t.seen++) {
    const x = d.occurrences[t.seen];
    for (const w of toldWith(x)) t.words.add(w);
    const clause = toldWith(x, true);
    for (const w of clause) t.evidence.add(w);
    if (clause.size === 0) t.bare = true;
    for (const w of stemsOf(x.event.trigger?.text ?? "")) t.steps.add(w);
    if (x.source.end) t.stretch = true;
    t.onlyDoc = t.onlyDoc === null || t.onlyDoc === x.docIndex ? x.docIndex : -1;
  }
  return t;
}

const toldWords = new WeakMap<Occurrence, Set<string>>();
const evidenceWords = new WeakMap<Occurrence, Set<string>>();
/** Calendar words and names tell when and who, not what happened. */
const NOT_TELLING = new Set([
  ...STOPWORDS,
  ...MONTHS.keys(),
  ...WEEKDAY_FORMS,
  ...SEASONS.keys(),
  ...PARTS_OF_DAY,
  ...["year", "years", "month", "months", "week", "weeks", "weekend", "today", "yesterday", "earlier", "later"],
  ...["last", "next", "ago", "early", "late", "mid", "since", "until", "ahead", "also", "then", "still"],
  ...["said", "says", "told", "tells", "added", "according", "would", "could", "should", "people"],
]);

/**
 * Titles tell who, not what happened: "the Florida senator repeating himself in Saturday's debate"
 * and "endorsements from former governors and senators this month" share no happening.
 */
const TITLES = new Set([...ROLE_TITLES, ...ADDRESS_TITLES]);
const titled = (w: string) => TITLES.has(w) || (w.endsWith("s") && TITLES.has(w.slice(0, -1)));

/** The stems of the lower-case words of a report's sentence, or of its evidence (names are compared as participants). */
function toldWith(o: Occurrence, evidence = false): Set<string> {
  const cache = evidence ? evidenceWords : toldWords;
  let words = cache.get(o);
  if (words) return words;
  const text = evidence ? o.source.evidence.text : (o.source.sentence?.text ?? o.source.evidence.text);
  words = stemsOf(text ?? "");
  cache.set(o, words);
  return words;
}

/** The stems of a text's lower-case words that tell what happened (not dates, names or titles). */
function stemsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(/[A-Za-z][a-z'’-]*/g)) {
    const w = m[0];
    if (w.charCodeAt(0) < 97 || w.length < 4 || NOT_TELLING.has(w) || titled(w)) continue;
    words.add(w.length <= 5 ? w : w.replace(/(ings|ing|ed|es|s|ment|ments)$/, ""));
  }
  return words;
}

function candidateFits(d: Draft, o: Occurrence): Fit | null {
  if (d.type !== o.event.type || genericApart(d, o)) return null;
  // When both reports name people, the people must overlap: two hearings at one court are two events.
  const bothNamePeople = d.people.size > 0 && o.people.length > 0;
  const shared = bothNamePeople ? overlap(d.people, o.people) : overlap(d.actors, o.actors);
  const sameDay = !!o.date && o.date.length === 10 && d.anchor === o.date;
  // Without a shared person or organisation, only the same day ties two reports of one type
  // ("escaped on Wednesday" in one article, "escaped on 6 September" in another), and only
  // when they do not name different people; or a step that happens once, told of someone one
  // report does not name, on dates that agree ("the hacker pleaded guilty on Wednesday" and
  // "Roe pleaded guilty in May").
  const nextDay = reportedNextDay(d, o);
  if (shared === 0 && (bothNamePeople || !sameDay) && !unnamedOnce(d, o) && !nextDay) return null;
  if (!o.date || !d.anchor) return { overlap: shared, compatible: true, near: false, sameDay };
  if (datesCompatible(o.date, d.anchor)) return { overlap: shared, compatible: true, near: false, sameDay };
  const near =
    (ONCE_TYPES.has(d.type) && Math.abs(dayNumber(o.date) - dayNumber(d.anchor)) <= DISAGREEMENT_DAYS && shared > 0) ||
    nextDay;
  return { overlap: shared, compatible: false, near, sameDay };
}

/**
 * "Praying for those hurt in the shooting today" in an article of 2 May, and "the shooting on
 * Thursday in Ashford" (1 May) in a later one naming the gunman: a step that happens once, told
 * without a name on the day its article was published, one day after a milestone of its type
 * that another article dates, is that milestone reported the next day.
 */
function reportedNextDay(d: Draft, o: Occurrence): boolean {
  if (!UNNAMED_JOINS.has(d.type) || !o.date || !d.anchor || o.date.length !== 10 || d.anchor.length !== 10)
    return false;
  if ((d.actors.size === 0) === (o.actors.length === 0)) return false;
  if (d.occurrences.every((x) => x.docIndex === o.docIndex)) return false;
  const days = dayNumber(o.date) - dayNumber(d.anchor);
  if (days === 1) return o.source.published === o.date;
  return days === -1 && d.occurrences.some((x) => x.date === d.anchor && x.source.published === x.date);
}

/** A report dated the very day its article was published, one day after another report's date. */
export function reportingDay(s: EventSource, dates: string[]): boolean {
  return (
    !!s.date &&
    s.date.length === 10 &&
    s.date === s.published &&
    dates.some((d) => d.length === 10 && dayNumber(s.date!) - dayNumber(d) === 1)
  );
}

/** A dated report of a step that happens once and a dated milestone of it, one of them naming no actor, on compatible dates. */
function unnamedOnce(d: Draft, o: Occurrence): boolean {
  return (
    UNNAMED_JOINS.has(d.type) &&
    !!o.date &&
    !!d.anchor &&
    (ONCE_TYPES.has(d.type) || (o.date.length >= 7 && d.anchor.length >= 7)) &&
    (d.actors.size === 0) !== (o.actors.length === 0) &&
    datesCompatible(o.date, d.anchor)
  );
}

function place(drafts: Iterable<Draft>, o: Occurrence, allowNear: boolean, requireUnique: boolean): Draft | null {
  let best: Draft | null = null;
  let bestScore = -1;
  let ties = 0;
  for (const d of drafts) {
    const fit = candidateFits(d, o);
    if (!fit || (!fit.compatible && !(allowNear && fit.near))) continue;
    const score = scoreOf(fit);
    if (score > bestScore || (score === bestScore && best && d.seq < best.seq)) {
      if (score > bestScore) ties = 0;
      else ties++;
      best = d;
      bestScore = score;
    } else if (score === bestScore) ties++;
  }
  if (ties > 0 && requireUnique && !ONCE_TYPES.has(o.event.type)) return null;
  // An attack that shares no one with the milestone it fits, and fits another as well, is none of them.
  if (ties > 0 && o.event.type === "attack" && best && candidateFits(best, o)?.overlap === 0) return null;
  // A report naming no one that fits several people's events cannot say whose it is.
  if (ties > 0 && o.people.length === 0 && best && best.people.size > 0) return null;
  return best;
}

/** How well a draft fits a report: what they share counts most, then dates that agree, then the same day. */
const scoreOf = (fit: Fit) => fit.overlap * 2 + (fit.compatible ? 1 : 0) + (fit.sameDay ? 1 : 0);

interface SettleList {
  drafts: Draft[];
  counts: "people" | "bodies" | "none";
}

/**
 * What `place(drafts, o, false, true)` chooses for an undated report among the drafts of `lists`
 * that `eligible` accepts, each list in draft order and holding every draft filed under its key:
 * the drafts are read in order, merged from the lists, and reading stops as soon as no later draft
 * can change the choice. A draft shares with the report at most as many of its people (through
 * the lists counted "people") or, for one naming no person, bodies ("bodies") as there are such
 * lists not yet read to the end; so once two drafts share everything the report names, the tie
 * (or, for a step that happens once, the earliest) is settled, and once only a tie can come, only
 * the drafts that could tie are read (`tieIn`).
 */
function settle(lists: SettleList[], o: Occurrence, eligible: (d: Draft) => boolean): Draft | null {
  const people = new Set(o.people);
  const at = lists.map(() => 0);
  const once = ONCE_TYPES.has(o.event.type);
  let best: Draft | null = null;
  let bestScore = -1;
  let ties = 0;
  for (;;) {
    let next: Draft | null = null;
    let peopleLeft = 0;
    let bodiesLeft = 0;
    for (let i = 0; i < lists.length; i++) {
      if (at[i] >= lists[i].drafts.length) continue;
      if (lists[i].counts === "people") peopleLeft++;
      else if (lists[i].counts === "bodies") bodiesLeft++;
      const d = lists[i].drafts[at[i]];
      if (!next || d.seq < next.seq) next = d;
    }
    if (!next) break;
    // The most any draft not yet read can share with the report, and the score that gives.
    const shareable = Math.max(peopleLeft, bodiesLeft);
    const most = shareable * 2 + 1;
    if (shareable === 0 || (best && most < bestScore)) break;
    // Only ties can come: they change nothing once there is one, nor for a step that happens once
    // unless the report names no one and the draft someone.
    if (best && most === bestScore && (ties > 0 || (once && (people.size > 0 || best.people.size === 0)))) break;
    // Only a tie can come, and that is a draft sharing with the report as much as the choice does:
    // it is in every list of its kind not yet read to the end, so the shortest of them holds it.
    if (best && most === bestScore) {
      if (tieIn(lists, at, o, eligible, bestScore, { people: peopleLeft, bodies: bodiesLeft }, shareable)) ties++;
      break;
    }
    for (let i = 0; i < lists.length; i++) if (lists[i].drafts[at[i]] === next) at[i]++;
    if (!eligible(next)) continue;
    const fit = candidateFits(next, o);
    if (!fit || !fit.compatible) continue;
    const score = scoreOf(fit);
    if (score > bestScore) {
      best = next;
      bestScore = score;
      ties = 0;
    } else if (score === bestScore) ties++;
  }
  if (ties > 0 && !once) return null;
  if (ties > 0 && people.size === 0 && best && best.people.size > 0) return null;
  return best;
}

/**
 * Whether a draft not yet read by `settle` (each list read up to `at`) fits the report with the
 * score `score` that only drafts sharing `shareable` people or bodies reach: such a draft is in
 * every list of its kind not yet read to the end (`left`, by kind), so only the shortest is read.
 */
function tieIn(
  lists: SettleList[],
  at: number[],
  o: Occurrence,
  eligible: (d: Draft) => boolean,
  score: number,
  left: Record<"people" | "bodies", number>,
  shareable: number,
): boolean {
  for (const kind of ["people", "bodies"] as const) {
    if (left[kind] !== shareable) continue;
    let shortest = -1;
    for (let i = 0; i < lists.length; i++) {
      if (lists[i].counts !== kind || at[i] >= lists[i].drafts.length) continue;
      if (shortest < 0 || lists[i].drafts.length - at[i] < lists[shortest].drafts.length - at[shortest]) shortest = i;
    }
    for (let j = at[shortest]; j < lists[shortest].drafts.length; j++) {
      const d = lists[shortest].drafts[j];
      if (!eligible(d)) continue;
      const fit = candidateFits(d, o);
      if (fit && fit.compatible && scoreOf(fit) === score) return true;
    }
  }
  return false;
}

/**
 * The report rows of undated happenings by type and actor: an undated report fits only a row of
 * its type that shares a person or organisation with it (`candidateFits`), so it is compared
 * with those, not all. Each list is kept in row order (`settle` reads it in order): a row gains
 * actors after it is made.
 */
class LooseRows {
  private readonly index = new Map<string, Draft[]>();

  /** `all`: compare with every row of the type (the reference the tests hold the index to). */
  constructor(
    private readonly rows: Draft[],
    private readonly all: boolean,
  ) {}

  file(d: Draft, actors: Iterable<string>): void {
    for (const key of actorKeys(d, actors)) {
      if (d.filed.has(key)) continue;
      d.filed.add(key);
      const list = this.index.get(key);
      if (!list) this.index.set(key, [d]);
      else {
        let at = list.length;
        while (at > 0 && list[at - 1].seq > d.seq) at--;
        list.splice(at, 0, d);
      }
    }
  }

  /** The row an undated report joins; a row naming people shares them through their actor lists. */
  joins(o: Occurrence): Draft | null {
    if (this.all)
      return place(
        this.rows.filter((d) => d.type === o.event.type),
        o,
        false,
        true,
      );
    const people = new Set(o.people);
    const lists = o.actors.map((a): SettleList => ({
      drafts: this.index.get(actorList(o, a)) ?? [],
      counts: people.has(a) ? "people" : "bodies",
    }));
    return settle(lists, o, () => true);
  }
}

/**
 * The lists a draft is filed in by its people and organisations: each one's list, and while it
 * names no person, each one's list of drafts naming no person as well (a draft never loses a
 * person: one that comes to name people stays in the lists it was filed in before, where
 * `candidateFits` refuses it as before).
 */
function actorKeys(d: Draft, actors: Iterable<string>): string[] {
  const keys: string[] = [];
  for (const a of actors) {
    keys.push(`${d.type}|a|${a}`);
    if (d.people.size === 0) keys.push(`${d.type}|a0|${a}`);
  }
  return keys;
}

/**
 * The list an undated report reads for one of its people or organisations. Of two reports that
 * both name people `candidateFits` joins only those sharing one ("Ann Roe spoke for the Harbour
 * Board" and "Ivo Brandt spoke for the Harbour Board" are two statements), and those are in that
 * person's list: so for a report naming people, an organisation's list is that of the drafts
 * naming no person ("the Harbour Board said").
 */
function actorList(o: Occurrence, a: string): string {
  return `${o.event.type}|${o.people.length > 0 && !o.people.includes(a) ? "a0" : "a"}|${a}`;
}

/** The 32-day buckets (`dayNumber / 32`) holding every day within DISAGREEMENT_DAYS of `date`. */
function nearBuckets(date: string): number[] {
  const day = dayNumber(date);
  const out: number[] = [];
  for (let b = Math.floor((day - DISAGREEMENT_DAYS) / 32); b <= Math.floor((day + DISAGREEMENT_DAYS) / 32); b++)
    out.push(b);
  return out;
}

function tally<T extends string>(pairs: [T, string][]): ValueWithSources<T>[] {
  const map = new Map<T, string[]>();
  for (const [v, doc] of pairs) {
    const list = map.get(v);
    if (!list) map.set(v, [doc]);
    else if (!list.includes(doc)) list.push(doc);
  }
  return [...map].map(([value, documents]) => ({ value, documents }));
}

/**
 * The places the reports name, each with its document. A name that opens a longer one ("Leeds
 * Magistrates" and "Leeds Magistrates' Court") is the same place told in part: it counts as the longer.
 */
function placesOf(sources: EventSource[]): [string, string][] {
  const words = (p: string) =>
    p
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const named = [...new Set(sources.flatMap((s) => (s.place ? [s.place] : [])))].map((p) => ({ p, w: words(p) }));
  const fullest = (p: string) => {
    const w = words(p);
    const longer = named.filter((o) => o.w.length > w.length && w.every((x, k) => o.w[k] === x));
    return longer.sort((a, b) => b.w.length - a.w.length)[0]?.p ?? p;
  };
  return sources.filter((s) => s.place).map((s) => [fullest(s.place!), s.document]);
}

/** The finest date any source gives; among equally fine ones, the one most sources agree with. */
export function finestDate(dates: string[]): string | null {
  let best: string | null = null;
  let bestScore = -1;
  for (const d of new Set(dates)) {
    const support = dates.filter((x) => datesCompatible(x, d)).length;
    const score = d.length * 1000 + support;
    if (score > bestScore || (score === bestScore && best !== null && d < best)) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

const byPublished = (a: EventSource, b: EventSource) => ((a.published ?? "") < (b.published ?? "") ? -1 : 1);

/**
 * Status over time: a plan ("scheduled for October") is overtaken by what later sources say
 * happened or was dropped. A denial or a possibility says nothing of whether the step took place.
 */
export function progressStatus(sources: EventSource[]): EventStatus {
  const real = sources.filter((s) => s.status !== "hypothetical" && s.status !== "denied");
  if (real.length === 0) {
    return sources.some((s) => s.status === "denied") ? "denied" : "hypothetical";
  }
  const ordered = [...real].sort(byPublished);
  const settled = ordered.filter((s) => s.status !== "scheduled");
  if (settled.length === 0) return "scheduled";
  return settled[settled.length - 1].status;
}

/** The day after the last day a date at any precision covers. */
function dayAfter(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  if (d) return Date.UTC(y, m - 1, d + 1) / 86_400_000;
  if (m) return Date.UTC(y, m, 1) / 86_400_000;
  return Date.UTC(y + 1, 0, 1) / 86_400_000;
}

/** Why an entry stays off the main timeline, or null when it is a milestone. */
function offTimeline(
  entry: TimelineEntry,
  latestPublished: string | null,
  d: Draft,
  minor: (person: string) => boolean,
  listed: (o: Occurrence) => boolean,
  severalArticles: boolean,
): string | null {
  if (!entry.date) return "undated";
  const toldOnce = new Set(entry.sources.map((s) => s.document)).size < 2;
  // "The attack on a barracks in 1983, the bombing of a hotel in 1996 and the raid of 2001": steps
  // of one type listed with their own dates in one sentence of one article, about no one another
  // article names, are precedents the article cites, not steps of the case.
  if (toldOnce && d.occurrences.every(listed) && [...d.actors].every(minor)) return "background";
  // An untyped happening told by one article about no named person ("the agency's head from
  // 2013", "a London jail last year") is background to the case, not one of its milestones; so
  // is one about people no other article of the case names ("the mayor, who opened the bridge in
  // 2009").
  if (entry.type === "other" && toldOnce && [...d.people].every(minor)) return "background";
  if (entry.type === "other" && d.occurrences.every(heldPost)) return "background";
  // In a case of several articles, an untyped act of one of its people that only one article
  // tells ("Mara Roe took to Twitter on Tuesday", "her parents moved to Leeds in 1990") is a
  // detail of that article, not a milestone a reader follows; a second article dating it makes
  // it one. Typed steps (an arrest, a hearing) stay milestones however often they are told.
  if (entry.type === "other" && severalArticles && datedBy(entry) < 2 && !d.occurrences.some(alleged))
    return "told once";
  if (entry.status === "hypothetical") return "possibility";
  // A plan whose day has passed, when no source says it took place, is no milestone yet.
  if (entry.status === "scheduled" && latestPublished && dayAfter(entry.date) <= dayNumber(latestPublished))
    return "plan not confirmed";
  return null;
}

/**
 * How many articles date an entry themselves: with its own date, or to its month or day. An undated
 * report, or one dated only to the year of a dated day ("Mara Roe left this year" beside "Mara Roe
 * spoke on 4 May"), joins an untyped milestone on a shared name alone, which says little about
 * whether it is the same act.
 */
function datedBy(entry: TimelineEntry): number {
  const docs = new Set<string>();
  for (const s of entry.sources) if (s.date && (s.date === entry.date || s.date.length >= 7)) docs.add(s.document);
  return docs.size;
}

/**
 * "The second count alleges Mara Roe sold the plans on 4 May 2021", "accused of bribing an official
 * in 2019": an act told as what a charge or accusation alleges is the conduct a prosecution is
 * about, a milestone of its case however few articles spell it out. Read in the sentence's words
 * up to the end of the event's own.
 */
function alleged(o: Occurrence): boolean {
  const sentence = o.source.sentence;
  const end = o.source.evidence.end;
  if (!sentence || end === null) return false;
  const upTo = Math.min(sentence.text.length, end - sentence.start);
  if (upTo <= 0) return false;
  return sentence.text
    .slice(0, upTo)
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => ALLEGING.has(w));
}
// Verbs that tell what a charge or an accuser says was done; not the nouns ("allegations of
// bias gained momentum") nor "allegedly", which qualifies another verb than the one dated.
const ALLEGING = new Set(["allege", "alleges", "alleged", "alleging", "accused", "accuses", "accusing", "charged"]);

/**
 * "who served as the port's director from 1998 to 2004", "was mayor from 2003 to 2011", "has been
 * chief executive since 2019": a stretch in which someone held a post is who they are, told as
 * background, not a step of the case. Read in the words just before the date, within its clause:
 * "served as" or "served on", or "as" or a copula a few words before a title
 * (src/lexicon/titles.json). Not "served six years in prison from 2001 to 2007".
 */
function heldPost(o: Occurrence): boolean {
  const sentence = o.source.sentence;
  const at = o.event.dateSpan?.start;
  if (!sentence || typeof at !== "number" || at < sentence.start || at > sentence.end) return false;
  const before = sentence.text.slice(0, at - sentence.start);
  if (!o.source.end && !/\bsince\s*$/i.test(before)) return false;
  let from = before.length;
  while (from > 0 && before.length - from < 160 && !CLAUSE_BREAKS.has(before[from - 1])) from--;
  const clause = before.slice(from);
  const words = [...clause.matchAll(/[A-Za-z][A-Za-z'’-]*/g)].map((m) => m[0].toLowerCase()).slice(-16);
  return words.some(
    (w, k) =>
      (SERVING.has(w) && (words[k + 1] === "as" || words[k + 1] === "on")) ||
      (HOLDING.has(w) && words.slice(k + 1, k + 5).some((t) => ROLE_TITLES.has(t) || ADDRESS_TITLES.has(t))),
  );
}
const CLAUSE_BREAKS = new Set([";", ":", "—", "(", "“", '"']);
const SERVING = new Set(["served", "serving", "serves", "serve"]);
const HOLDING = new Set(["as", "was", "were", "is", "been", "became"]);

/** People and organisations named by at least two of the reports (all of them when one report names any). */
function agreedParticipants(d: Draft, occurrences: Occurrence[]): string[] {
  const byDoc = new Map<string, Set<string>>();
  for (const o of occurrences) {
    const set = byDoc.get(o.source.document) ?? new Set<string>();
    for (const a of o.actors) set.add(a);
    byDoc.set(o.source.document, set);
  }
  const naming = [...byDoc.values()].filter((s) => s.size > 0);
  if (naming.length < 2) return [...d.participants];
  const count = new Map<string, number>();
  for (const s of naming) for (const a of s) count.set(a, (count.get(a) ?? 0) + 1);
  const agreed = [...d.participants].filter((p) => (count.get(p) ?? 0) >= 2);
  return agreed.length ? agreed : [...d.participants].filter((p) => d.people.has(p));
}

export interface BuiltTimeline {
  /** The milestones, in date order. */
  timeline: TimelineEntry[];
  /** Reports kept off the main timeline: undated, possibilities, and plans nobody confirmed. */
  reports: TimelineEntry[];
}

/**
 * A timeline that grows one document at a time. Dated reports join the milestone they tell
 * (or start one); undated reports wait, and are attached when the timeline is read, to the one
 * dated milestone they fit, so that a later article's date can still take them in.
 */
export class TimelineBuilder {
  private drafts: Draft[] = [];
  private undated: Occurrence[] = [];
  private latestPublished: string | null = null;
  /**
   * Drafts by type and actor, and by type and day, so that each report is compared with the few
   * drafts it could join, not with the whole timeline.
   */
  private index = new Map<string, Draft[]>();
  private docs = 0;

  /**
   * `compareAll` compares each report with every draft of its type instead of the indexed few: the
   * reference the tests hold the indexes to (the same timeline, in time quadratic in the reports).
   */
  constructor(
    private readonly resolution: EntityResolution,
    private readonly compareAll = false,
  ) {}

  addDocument(ctx: DocContext): void {
    const published = validDate(ctx.document.published ?? null);
    if (published && published.length === 10 && (!this.latestPublished || published > this.latestPublished))
      this.latestPublished = published;
    const occurrences = occurrencesOf(ctx, this.docs++, this.resolution);
    // Finest dates first, so that each milestone is anchored on the most precise report.
    const dated = occurrences.filter((o) => o.date !== null);
    dated.sort((a, b) => b.date!.length - a.date!.length || (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
    for (const o of dated) this.add(o, place(this.datedCandidates(o), o, true, false));
    for (const o of occurrences) if (o.date === null) this.undated.push(o);
  }

  private indexAdd(key: string, d: Draft) {
    if (d.filed.has(key)) return;
    d.filed.add(key);
    const list = this.index.get(key);
    if (!list) this.index.set(key, [d]);
    else list.push(d);
  }

  /**
   * The drafts a dated report could join: of its type, sharing a person or organisation with it
   * and anchored on a date compatible with its own (a prefix of it, or within it) or, for a step
   * that happens once, within DISAGREEMENT_DAYS of it; or anchored on its very day (naming no
   * person, when the report names people: of two that both name people, `candidateFits` joins
   * only those sharing one, which are filed under that person). Those are the only drafts
   * `candidateFits` accepts for it, so `place` chooses as it would among all of the type's drafts
   * sharing a participant, without reading every milestone of a case's main character for each
   * of their reports, nor every milestone of its day. The day's list is read only for a report of
   * a day: one dated to a month or a year ("in May 2019") is on no milestone's very day, and
   * `candidateFits` joins it only with a draft sharing a person or organisation with it, or one of
   * them naming no one (`unnamedOnce`), and those are filed under its participants (or `UNNAMED`).
   */
  private datedCandidates(o: Occurrence): Draft[] {
    const t = o.event.type;
    if (this.compareAll) return this.drafts.filter((d) => d.type === t);
    const date = o.date!;
    const coarser = [date.slice(0, 4), date.slice(0, 7)].filter((p) => p.length < date.length);
    const near = UNNAMED_JOINS.has(t) ? nearBuckets(date) : [];
    const keys = date.length === 10 ? [o.people.length > 0 ? `${t}|d0|${date}` : `${t}|d|${date}`] : [];
    // A step that happens once finds the milestones naming no one (its report names someone), or
    // naming someone (it names no one): `unnamedOnce`.
    const named = UNNAMED_JOINS.has(t) ? [o.actors.length > 0 ? UNNAMED : NAMED] : [];
    for (const x of new Set([...o.people, ...o.actors, ...named])) {
      keys.push(`${t}|${x}|^${date}`);
      for (const p of coarser) keys.push(`${t}|${x}|=${p}`);
      for (const b of near) keys.push(`${t}|${x}|n${b}`);
    }
    return this.filedUnder(keys);
  }

  private filedUnder(keys: string[]): Draft[] {
    const found = new Set<Draft>();
    for (const k of keys) for (const d of this.index.get(k) ?? []) found.add(d);
    return [...found].sort((a, b) => a.seq - b.seq);
  }

  /**
   * The milestone an undated report joins: what `place` chooses among those of its type sharing a
   * person or body with it and not anchored after its article, found by `settle` without comparing
   * a main character's undated report ("Ann Roe was questioned again") with every milestone of
   * theirs. `sorted` keeps each index list in milestone order once sorted.
   */
  private undatedHome(o: Occurrence, sorted: Map<string, Draft[]>): Draft | null {
    // The choice stands only when it is no stale telling, nor another happening of its kind: a
    // milestone that was too far away, or tells of something else, is no home, and the report is
    // not handed to the next one either (that one was as uncertain).
    const home = this.undatedChoice(o, sorted);
    return home && (staleTelling(home, o) || otherOfKind(home, o)) ? null : home;
  }

  private undatedChoice(o: Occurrence, sorted: Map<string, Draft[]>): Draft | null {
    // An article reports nothing dated after it was published.
    const published = o.source.published;
    if (this.compareAll)
      return place(
        this.candidates(o).filter((d) => !published || !d.anchor || d.anchor <= published),
        o,
        false,
        true,
      );
    const t = o.event.type;
    const people = new Set(o.people);
    const list = (key: string) => {
      let drafts = sorted.get(key);
      if (!drafts) sorted.set(key, (drafts = [...(this.index.get(key) ?? [])].sort((a, b) => a.seq - b.seq)));
      return drafts;
    };
    // People are shared through the people lists; a milestone naming no person shares bodies only
    // (a person's actor list only finds again what their people list holds), read in the lists of
    // those naming no person when the report names people (`actorList`).
    const lists: SettleList[] = [
      ...o.people.map((p): SettleList => ({ drafts: list(`${t}|p|${p}`), counts: "people" })),
      ...o.actors.map((a): SettleList => ({
        drafts: list(actorList(o, a)),
        counts: people.has(a) ? "none" : "bodies",
      })),
    ];
    return settle(lists, o, (d) => !published || !d.anchor || d.anchor <= published);
  }

  /** Drafts of the report's type that share a person or organisation with it, or its day. */
  private candidates(o: Occurrence): Draft[] {
    const t = o.event.type;
    if (this.compareAll) return this.drafts.filter((d) => d.type === t);
    const keys = [...o.people.map((p) => `${t}|p|${p}`), ...o.actors.map((a) => `${t}|a|${a}`)];
    if (o.date) keys.push(`${t}|d|${o.date}`);
    return this.filedUnder(keys);
  }

  private add(o: Occurrence, d: Draft | null) {
    if (!d) {
      d = {
        type: o.event.type,
        anchor: o.date,
        participants: new Set(o.participants),
        actors: new Set(o.actors),
        people: new Set(o.people),
        occurrences: [o],
        seq: this.drafts.length,
        filed: new Set(),
      };
      this.drafts.push(d);
    } else {
      d.occurrences.push(o);
      for (const p of o.participants) if (d.participants.size < MAX_PARTICIPANTS) d.participants.add(p);
      for (const p of o.actors) if (d.actors.size < MAX_PARTICIPANTS) d.actors.add(p);
      for (const p of o.people) if (d.people.size < MAX_PARTICIPANTS) d.people.add(p);
      // The finest compatible date anchors the milestone.
      if (o.date && (!d.anchor || (o.date.length > d.anchor.length && o.date.startsWith(d.anchor)))) d.anchor = o.date;
    }
    for (const p of d.people) this.indexAdd(`${d.type}|p|${p}`, d);
    for (const key of actorKeys(d, d.actors)) this.indexAdd(key, d);
    if (!d.anchor) return;
    this.indexAdd(`${d.type}|d|${d.anchor}`, d);
    // Also apart while it names no person, for a report naming people (`datedCandidates`). A
    // draft never loses a person: one that comes to name people stays in the lists it was filed
    // in before, where `candidateFits` refuses it as before.
    if (d.people.size === 0) this.indexAdd(`${d.type}|d0|${d.anchor}`, d);
    // By participant and anchor, for `datedCandidates`: the anchor itself, each date it falls
    // within, and (a step that happens once) its 32-day bucket.
    const anchor = d.anchor;
    const within = [anchor.slice(0, 4), anchor.slice(0, 7), anchor].filter((p, i, all) => all.indexOf(p) === i);
    const bucket = UNNAMED_JOINS.has(d.type) ? Math.floor(dayNumber(anchor) / 32) : null;
    const named = UNNAMED_JOINS.has(d.type) ? [d.actors.size > 0 ? NAMED : UNNAMED] : [];
    for (const x of new Set([...d.people, ...d.actors, ...named])) {
      this.indexAdd(`${d.type}|${x}|=${anchor}`, d);
      for (const p of within) this.indexAdd(`${d.type}|${x}|^${p}`, d);
      if (bucket !== null) this.indexAdd(`${d.type}|${x}|n${bucket}`, d);
    }
  }

  /** The timeline as it stands; the builder itself is not changed. */
  read(): BuiltTimeline {
    const extra = new Map<Draft, Occurrence[]>();
    const loose: Draft[] = [];
    const rows = new LooseRows(loose, this.compareAll);
    const bySeq = new Map<string, Draft[]>();
    const bareRows = new Map<string, Draft>();
    for (const o of this.undated) {
      const home = this.undatedHome(o, bySeq);
      if (home) {
        const list = extra.get(home) ?? [];
        list.push(o);
        extra.set(home, list);
        continue;
      }
      // Undated reports of one happening, told in several articles, are one report row. Within one
      // article, "the investigation" told again and again naming no one is the one investigation.
      const bare = o.actors.length === 0 ? `${o.docIndex}|${o.event.type}` : null;
      const same = (bare && bareRows.get(bare)) || rows.joins(o);
      if (same) {
        same.occurrences.push(o);
        for (const p of o.participants) if (same.participants.size < MAX_PARTICIPANTS) same.participants.add(p);
        for (const p of o.actors) same.actors.add(p);
        for (const p of o.people) same.people.add(p);
        rows.file(same, o.actors);
      } else {
        const d: Draft = {
          type: o.event.type,
          anchor: null,
          participants: new Set(o.participants),
          actors: new Set(o.actors),
          people: new Set(o.people),
          occurrences: [o],
          seq: this.drafts.length + loose.length,
          filed: new Set(),
        };
        loose.push(d);
        rows.file(d, d.actors);
        if (bare) bareRows.set(bare, d);
      }
    }
    // In a case of several articles, a person named in only one of them is a minor figure of it.
    const minor = (p: string) => this.docs > 1 && (this.resolution.byId.get(p)?.documents.length ?? 0) < 2;
    // The dates each sentence gives steps of one type: three or more make a list.
    const datesBySentence = new Map<string, Set<string>>();
    const sentenceKey = (o: Occurrence) => `${o.docIndex} ${o.source.sentence?.start ?? -1} ${o.event.type}`;
    for (const d of this.drafts)
      for (const o of d.occurrences) {
        if (!o.date || !o.source.sentence) continue;
        const key = sentenceKey(o);
        const dates = datesBySentence.get(key) ?? new Set<string>();
        dates.add(o.date);
        datesBySentence.set(key, dates);
      }
    const listed = (o: Occurrence) => (datesBySentence.get(sentenceKey(o))?.size ?? 0) >= LISTED;
    const timeline: TimelineEntry[] = [];
    const reports: TimelineEntry[] = [];
    const seq = new Map<TimelineEntry, number>();
    for (const d of [...this.drafts, ...loose]) {
      const entry = this.entryOf(d, [...d.occurrences, ...(extra.get(d) ?? [])]);
      seq.set(entry, d.seq);
      const why = offTimeline(entry, this.latestPublished, d, minor, listed, this.docs > 1);
      if (why) {
        entry.offTimeline = why;
        entry.reportedOn =
          entry.sources
            .map((s) => s.published)
            .filter((p): p is string => !!p)
            .sort()[0] ?? null;
        reports.push(entry);
      } else timeline.push(entry);
    }
    sortEntries(timeline, seq);
    sortEntries(reports, seq);
    timeline.forEach((e, i) => (e.id = `ev:${e.type}:${i + 1}`));
    reports.forEach((e, i) => (e.id = `ev:${e.type}:${timeline.length + i + 1}`));
    return { timeline, reports };
  }

  private entryOf(d: Draft, occurrences: Occurrence[]): TimelineEntry {
    const sources = occurrences.map((o) => o.source);
    const dates = tally(sources.filter((s) => s.date).map((s) => [s.date!, s.document] as [string, string]));
    const date = finestDate(sources.flatMap((s) => (s.date ? [s.date] : [])));
    const ends = sources.map((s) => s.end).filter((e): e is string => !!e);
    const participants = agreedParticipants(d, occurrences);
    return {
      id: "",
      type: d.type,
      date,
      end: ends.sort((a, b) => b.length - a.length)[0] ?? null,
      // Undated reports join as evidence; the dated ones say how the step progressed.
      status: progressStatus(sources.some((s) => s.date) ? sources.filter((s) => s.date) : sources),
      participants,
      participantNames: participants.map((p) => this.resolution.byId.get(p)?.name ?? p),
      dates,
      statuses: tally(sources.map((s) => [s.status, s.document] as [EventStatus, string])),
      places: tally(placesOf(sources)),
      sources,
    };
  }
}

/** Chronological; undated entries last, in the order their first source tells them. */
function sortEntries(entries: TimelineEntry[], seqOf: Map<TimelineEntry, number>) {
  const seq = (e: TimelineEntry) => seqOf.get(e) ?? 0;
  entries.sort((a, b) => {
    if (a.date && b.date) {
      const da = dayNumber(a.date);
      const db = dayNumber(b.date);
      if (da !== db) return da - db;
      if (a.date.length !== b.date.length) return a.date.length - b.date.length;
    } else if (a.date || b.date) return a.date ? -1 : 1;
    return seq(a) - seq(b);
  });
}

export function buildTimeline(contexts: DocContext[], resolution: EntityResolution): BuiltTimeline {
  const builder = new TimelineBuilder(resolution);
  for (const ctx of contexts) builder.addDocument(ctx);
  return builder.read();
}

/**
 * An event's participants as local ids; extractions stored before events carried ids give only
 * names, which the document's entities resolve.
 */
function participantRefs(event: CaseEvent): { id: string | null; name: string | null }[] {
  const ids = Array.isArray(event.participantIds) ? event.participantIds : null;
  if (ids) return ids.map((id) => ({ id, name: null }));
  return (Array.isArray(event.participants) ? event.participants : []).map((name) => ({ id: null, name }));
}
