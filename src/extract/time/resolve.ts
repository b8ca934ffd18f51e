// Combining atoms (a relative year attached to its month, ranges) and resolving them against
// the publication date, the dateline, or the date told just before.
import type { Doc } from "../../core/doc.js";
import type { TimeExpression } from "../../core/schema.js";
import {
  addDays,
  addMonths,
  commonPrecision,
  compareDates,
  dayNumber,
  daysInMonth,
  isValidDay,
  toIso,
  type PartialDate,
} from "./calendar.js";
import { FUTURE_MARKERS, PAST_MARKERS, RANGE_CONNECTORS } from "./lexicon.js";
import type { Atom, Chain, Ctx, Day } from "./atoms.js";
import { OTHER_PHRASE, w } from "./rules.js";
import { isCapitalised } from "./chrono.js";
import { isBaseVerbForm, isFiniteVerbForm, isIrregularPastForm, isPresentVerbForm } from "../quotes/verb-forms.js";
import bodyNouns from "../../lexicon/body-nouns.json" with { type: "json" };
import { sentenceOf } from "../../core/doc.js";

// ---------------------------------------------------------------------------------------------
// Combining atoms

/**
 * "6 September last year": the day and month take the year of the relative phrase after them. So
 * does a day or a month before a count of years ("in July two years ago"; "in July a year earlier"
 * and "on 3 May of the previous year" count it from the date told before): one date, not two.
 */
export function attachRelativeYear(ctx: Ctx, atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k];
    const b = atoms[k + 1];
    const within = a.yearless ?? (a.plainMonth && a.bareMonth !== undefined ? { month: a.bareMonth } : undefined);
    const next = b && within && (b.first === a.last || (b.first === a.last + 1 && ctx.words[a.last] === "of"));
    const years = (b?.last ?? 0) - (b?.first ?? 0) === 2 && ctx.words[(b?.last ?? 0) - 1] === "year";
    const ago = ctx.words[(b?.last ?? 0) - 1] === "ago" && /^years?$/.test(ctx.words[(b?.last ?? 0) - 2] ?? "");
    if (next && b.relative && (years || ago)) {
      const { month, day } = within;
      const yearOf = b.relative;
      out.push({
        first: a.first,
        last: b.last,
        kind: "date",
        value: null,
        stated: true,
        relative: (p, f) => {
          const y = yearOf(p, f);
          return y ? { year: y.year, month, day } : null;
        },
      });
      k++;
      continue;
    }
    if (next && b.chain?.years !== undefined && b.chain.months === undefined && b.chain.days === undefined) {
      out.push({ first: a.first, last: b.last, kind: "relative", value: null, chain: { ...b.chain, ...within } });
      k++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** "between 2021 and 2023", "from December 2021 to February 2023", "2015 to 2020". */
export function mergeRanges(ctx: Ctx, atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k];
    const b = atoms[k + 1];
    // "In May 2013 - four months after she left office -": a date counted from another is an
    // aside after a dash, not the end of a range.
    const counted = !!b && (!!b.chain || !!b.eventAnchor);
    if (b && !counted && a.kind !== "duration" && b.kind !== "duration" && a.kind !== "range" && b.kind !== "range") {
      const connector = b.first === a.last + 1 ? ctx.words[a.last] : "";
      const before = w(ctx, a.first - 1);
      const sameSent = ctx.doc.tokens.sentence[a.first] === ctx.doc.tokens.sentence[b.first];
      const isRange =
        sameSent &&
        RANGE_CONNECTORS.has(connector) &&
        (connector !== "and" || before === "between") &&
        (before === "between" || before === "from" || connector !== "and");
      if (isRange) {
        const first = before === "between" || before === "from" ? a.first - 1 : a.first;
        out.push({
          first,
          last: b.last,
          kind: "range",
          value: a.value,
          endValue: b.value,
          yearless: a.yearless,
          relative: a.relative,
          bareMonth: a.bareMonth,
          rangeEnd: b,
        });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Resolution

export function resolve(ctx: Ctx, atoms: Atom[]): void {
  const p = ctx.published;
  /** Past days and months whose year is only the publication's (`yearFromContext`). */
  const guessed = new Set<Atom>();
  /** Yearless days between a determiner and a noun ("the Nov. 8 election"). */
  const named = new Set<Atom>();
  let lastFullDay: { value: PartialDate; paragraph: number } | null = null;
  let lastDated: StoryDates["lastDated"] = null;
  for (const a of atoms) {
    if (namesBody(ctx.words, a)) {
      a.value = null;
      continue;
    }
    const paragraph = sentenceOf(ctx.doc, a.first).paragraph;
    const end = a.rangeEnd;
    const tense = tenseAt(ctx, a.first, a.last);
    const future = tense === "future";
    if (a.chain && lastDated && paragraph - lastDated.paragraph <= 1)
      a.value = notAhead(ctx, chained(lastDated.value, a.chain), future);
    const story = { lastFullDay, lastDated };
    if (a.relative) a.value = p ? nearest(p, tense, (f) => a.relative!(p, f)) : null;
    // "In 2012, police arrested him in March", "the mayor, speaking in 2012, said her son was
    // arrested in March": a month told after an earlier year in its sentence is that year's.
    if (
      a.plainMonth &&
      !future &&
      p &&
      lastDated &&
      lastDated.value.month === undefined &&
      lastDated.value.year < p.year &&
      lastDated.sentence === ctx.doc.tokens.sentence[a.first] &&
      lastDated.kind !== "range" &&
      framesSentence(ctx, lastDated.first, lastDated.last)
    )
      a.value = { year: lastDated.value.year, month: a.bareMonth };
    if (end?.relative) a.endValue = p ? nearest(p, tense, (f) => end.relative!(p, f)) : null;
    if (a.yearless && !a.value) {
      // "the race runs through the caucus on March 1", "whose Feb. 9 primary": a clause that tells no
      // tense leaves the date on the side nearer publication, as a modal does; not "the 14 April
      // flood", which names a happening the reader knows of.
      const untold = tense === "none" && ctx.words[a.first - 1] !== "the";
      a.value = nearest(p, untold ? "modal" : tense, (f) => yearFromContext(ctx, a, a.yearless!, story, f));
      if (a.value && GUESSED.has(a.value) && !future) guessed.add(a);
      if (a.value?.day !== undefined && modifiesNoun(ctx.words, a.first, a.last)) named.add(a);
    }
    if (end?.yearless && !a.endValue) {
      // The end of a range is after its start: "between December 2023 and May 2" ends in 2024.
      if (a.value) {
        const y = a.value.year;
        const candidate: PartialDate = { year: y, ...end.yearless };
        a.endValue = compareDates(candidate, a.value) < 0 ? { ...candidate, year: y + 1 } : candidate;
      } else a.endValue = yearFromContext(ctx, end, end.yearless, { lastFullDay, lastDated }, future);
    }
    // "between March and June 2022", "between March and May last year": the start month takes the
    // year of the end, however the end was dated.
    const endValue = end?.value ?? (end?.relative ? a.endValue : null);
    if (a.kind === "range" && a.bareMonth !== undefined && endValue) {
      const y = endValue.year;
      a.value = {
        year: endValue.month !== undefined && a.bareMonth > endValue.month ? y - 1 : y,
        month: a.bareMonth,
      };
    }
    if (a.value && a.endValue && a.kind === "range" && compareDates(a.endValue, a.value) < 0) a.endValue = null;
    if (a.value?.day !== undefined && (a.stated || !a.relative)) {
      lastFullDay = { value: a.value, paragraph: sentenceOf(ctx.doc, a.first).paragraph };
    }
    if (a.value && a.value.day !== undefined && !isValidDay(a.value.year, a.value.month ?? 0, a.value.day))
      a.value = null;
    if (
      a.endValue &&
      a.endValue.day !== undefined &&
      !isValidDay(a.endValue.year, a.endValue.month ?? 0, a.endValue.day)
    )
      a.endValue = null;
    if (a.relative && !a.value && a.kind !== "range") a.kind = "relative";
    if (a.value && a.kind !== "duration")
      lastDated = {
        value: a.value,
        paragraph,
        sentence: ctx.doc.tokens.sentence[a.first],
        first: a.first,
        last: a.last,
        kind: a.kind,
      };
  }
  sameNamedDay(atoms, guessed);
  if (p) for (const a of named) if (guessed.has(a) && GUESSED.has(a.value!)) a.value = namedDayYear(p, a.value!);
}

/**
 * "the Nov. 8 election", "Sunday's Sept. 11 memorial": a day between a determiner and a noun names
 * which happening is meant. News gives such a day without its year only when it lies within months
 * of publication; the clause's tense tells when it was spoken of, not when the named thing fell
 * ("Ann Roe, the nominee for the Nov. 8 election, said …" told in July is this November's). A day
 * whose only reading (the publication's year, as `yearFromContext` guesses it) lies more than
 * four months back in the year before is the coming one when that is within four months ahead,
 * and otherwise a day the reader is assumed to know ("the Sept. 11 attacks" told in March): its
 * year is not told, and it dates nothing.
 */
function namedDayYear(p: Day, value: PartialDate): PartialDate | null {
  if (value.year >= p.year) return value;
  const now = dayNumber(p);
  const back = now - dayNumber({ year: value.year, month: value.month ?? 1, day: value.day ?? 1 });
  if (back <= NAMED_DAY_REACH) return value;
  const forward = dayNumber({ year: p.year, month: value.month ?? 1, day: value.day ?? 1 }) - now;
  if (forward > 0 && forward <= NAMED_DAY_REACH) return { ...value, year: p.year };
  return null;
}
/** About four months, in days: how far from publication news writes a day without its year. */
const NAMED_DAY_REACH = 122;

/**
 * "The Jan. 6 committee subpoenaed Tom Vale", "told the Jan. 6 panel": a day right before the noun
 * of a body that sits on a matter (`body-nouns.json`), as the head of its phrase, names what the
 * body looks into; it dates nothing ("the May 3 board meeting" is a meeting's day).
 */
function namesBody(words: string[], a: Atom): boolean {
  if (a.kind !== "date" || !BODY_NOUNS.has(words[a.last] ?? "")) return false;
  if (!/^('s|\u2019s|the|his|her|their|its|our)$/.test(words[a.first - 1] ?? "")) return false;
  const next = words[a.last + 1] ?? "";
  return !(/^[a-z][a-z-]*$/.test(next) && !NOT_NOUN.test(next) && !PREDICATE.test(next) && !isFiniteVerbForm(next));
}
const BODY_NOUNS = new Set(bodyNouns.words);

/** Whether tokens [first, last) stand between a determiner or a possessive and a noun ("the May 3 rally"). */
export function modifiesNoun(words: string[], first: number, last: number): boolean {
  if (!/^('s|\u2019s|the|his|her|their|its|our)$/.test(words[first - 1] ?? "")) return false;
  const next = words[last] ?? "";
  return /^[a-z][a-z-]*$/.test(next) && !NOT_NOUN.test(next) && !PREDICATE.test(next);
}
/** Words that end a noun phrase: prepositions, conjunctions, relative words. */
export const NOT_NOUN = /^(of|in|at|on|by|for|with|from|to|after|before|since|during|and|or|but|that|which|who)$/;
/** A clause's verb right after its subject: a form of be or have, a modal, a past form. */
export const PREDICATE = /^(was|were|is|are|has|have|had|will|would|could|came|comes|[a-z]+ed)$/;

/**
 * "Petraeus testified on November 12, 2012 … the delay before the November 12th admission": a day
 * and month the story names again is the same day. A mention whose year was only the
 * publication's guess takes the one year the story gives that day elsewhere, by a full date or
 * by its narrative (the story's other dates), when it gives one year only.
 */
function sameNamedDay(atoms: Atom[], guessed: Set<Atom>): void {
  if (!guessed.size) return;
  const years = new Map<string, Set<number>>();
  for (const a of atoms) {
    const v = a.value;
    if (a.kind !== "date" || v?.day === undefined || guessed.has(a) || (a.relative && !a.stated)) continue;
    const key = `${v.month}-${v.day}`;
    const set = years.get(key) ?? new Set<number>();
    set.add(v.year);
    years.set(key, set);
  }
  for (const a of guessed) {
    const v = a.value!;
    const told = years.get(`${v.month}-${v.day}`);
    if (told?.size === 1) a.value = { ...v, year: [...told][0] };
  }
}
/**
 * Whether the year at tokens [first, last) frames the sentence's later dates: it opens the
 * sentence ("In 2012, police arrested him in March") or ends an aside about the teller ("The
 * mayor, speaking in 2012, said her son was arrested in March"). A year inside the telling ("was
 * extradited in 2014 and pleaded guilty in May", "donations from 2010 to 2013 not reported until
 * a paper asked in April") dates its own verb; a month told alone after it is the reporting
 * year's, as news writes it.
 */
function framesSentence(ctx: Ctx, first: number, last: number): boolean {
  const s = sentenceOf(ctx.doc, first);
  return first - s.firstToken <= 2 || ctx.words[last] === ",";
}

/**
 * "almost four months after the attempted assassination of Sergei Skripal in March 2018" counts
 * from the date inside its phrase; "a week after the Skripal poisoning" from the date of the
 * last earlier sentence that names the same person or body. The result is as precise as the
 * shifted period allows (March 2018 plus a week is only "2018").
 */
export function resolveEventAnchors(ctx: Ctx, atoms: Atom[]): void {
  // Valued expressions by sentence, so each look-up reads one sentence, never the whole list.
  const bySentence = new Map<number, Atom[]>();
  for (const b of atoms) {
    if (!b.value || b.kind === "duration" || b.eventAnchor) continue;
    const s = ctx.doc.tokens.sentence[b.first];
    const list = bySentence.get(s) ?? [];
    list.push(b);
    bySentence.set(s, list);
  }
  for (const a of atoms) {
    if (!a.eventAnchor || a.value) continue;
    const { chain, from, to } = a.eventAnchor;
    const own = bySentence.get(ctx.doc.tokens.sentence[a.first]) ?? [];
    // "In May 2013 - four months after she left office -": an aside after a date restates it.
    if (/^[-–—]$/.test(ctx.words[a.first - 1] ?? "") && own.some((b) => b.last === a.first - 1)) continue;
    let anchor = own.find((b) => b.first >= from && b.last <= to) ?? null;
    if (!anchor) anchor = anchorByName(ctx, bySentence, a.first, from, to);
    if (anchor?.value) a.value = notAhead(ctx, shiftPeriod(anchor.value, chain), isFutureContext(ctx, a.first));
  }
}

/**
 * "He would step down in November", "the outcome of the Nov. 8 vote could decide it": a modal
 * says the clause is not a plain past, nor surely ahead. The date is read the way that puts it
 * nearer to publication: ahead when that is within half a year and nearer than the past reading,
 * which must itself lie within the year before publication (a story told in an earlier year keeps
 * its year). An appointment told in the past ("was due to fly out on Friday") is read ahead only
 * within the month after publication.
 */
function nearest(p: Day | null, tense: Tense, read: (future: boolean) => PartialDate | null): PartialDate | null {
  const past = read(tense === "future");
  if ((tense !== "modal" && tense !== "appointed") || !p || !past) return past;
  const ahead = read(true);
  if (!ahead) return past;
  const at = (d: PartialDate) => dayNumber({ year: d.year, month: d.month ?? 1, day: d.day ?? 1 });
  const now = dayNumber(p);
  const forward = at(ahead) - now;
  const back = now - at(past);
  const reach = tense === "appointed" ? 31 : 183;
  return forward > 0 && forward <= reach && back > forward && back <= 366 ? ahead : past;
}

/**
 * A date counted from another that lands after publication in a clause about the past ("he
 * said, bringing the show back three years later") was counted from the wrong date: none.
 */
function notAhead(ctx: Ctx, value: PartialDate | null, future: boolean): PartialDate | null {
  if (!value || future || !ctx.published) return value;
  return compareDates(value, ctx.published) > 0 ? null : value;
}

function anchorByName(
  ctx: Ctx,
  bySentence: Map<number, Atom[]>,
  before: number,
  from: number,
  to: number,
): Atom | null {
  const names = new Set<string>();
  for (let k = from; k < to; k++) {
    // "two days after being detained in west London": a place after a preposition is where the
    // anchor happened, not what it is; the anchor's own name comes before it ("the Hale attack").
    if (PLACE_PREPOSITIONS.has(ctx.words[k])) break;
    if (ctx.words[k].length >= 3 && isCapitalised(ctx, k) && ctx.words[k] !== "the") names.add(ctx.words[k]);
  }
  if (!names.size) return null;
  const sentence = ctx.doc.tokens.sentence[before];
  for (let s = sentence - 1; s >= 0 && s >= sentence - 40; s--) {
    const dated = bySentence.get(s);
    if (!dated) continue;
    const { firstToken, lastToken } = ctx.doc.sentences[s];
    for (let k = firstToken; k < lastToken; k++) if (names.has(ctx.words[k])) return dated[0];
  }
  return null;
}

const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside", "inside", "from", "across", "around"]);

function shiftPeriod(value: PartialDate, chain: Chain): PartialDate | null {
  const month = value.month ?? 1;
  const lastMonth = value.month ?? 12;
  const start: Day = { year: value.year, month, day: value.day ?? 1 };
  const end: Day = { year: value.year, month: lastMonth, day: value.day ?? daysInMonth(value.year, lastMonth) };
  const shift = (d: Day): Day => {
    if (chain.days !== undefined) return addDays(d, chain.days);
    const ym =
      chain.months !== undefined
        ? addMonths(d.year, d.month, chain.months)
        : { year: d.year + (chain.years ?? 0), month: d.month };
    return { ...ym, day: Math.min(d.day, daysInMonth(ym.year, ym.month)) };
  };
  const shiftedEnd = shift(end);
  // The end of a month stays the end of a month ("March" plus four months is all of July).
  if (value.day === undefined && chain.days === undefined)
    shiftedEnd.day = daysInMonth(shiftedEnd.year, shiftedEnd.month);
  return commonPrecision(shift(start), shiftedEnd);
}

/** A date counted from another: a day from a day, a month or year from anything that has one. */
function chained(from: PartialDate, chain: Chain): PartialDate | null {
  if (chain.years !== undefined) {
    const year = from.year + chain.years;
    return chain.month === undefined
      ? { year }
      : chain.day === undefined
        ? { year, month: chain.month }
        : { year, month: chain.month, day: chain.day };
  }
  if (chain.months !== undefined) {
    if (from.month === undefined) return null;
    return addMonths(from.year, from.month, chain.months);
  }
  if (chain.days !== undefined) {
    if (from.month === undefined || from.day === undefined) return null;
    const day = addDays({ year: from.year, month: from.month, day: from.day }, chain.days);
    return chain.approximate ? commonPrecision(addDays(day, -3), addDays(day, 3)) : day;
  }
  return null;
}

/** What the story has dated so far: its last full day, and its last date of any precision. */
interface StoryDates {
  lastFullDay: { value: PartialDate; paragraph: number } | null;
  /** The last date told, with the sentence it is told in. */
  lastDated: {
    value: PartialDate;
    paragraph: number;
    sentence: number;
    /** Its tokens, [first, last), and kind. */
    first: number;
    last: number;
    kind: Atom["kind"];
  } | null;
}

/**
 * The year of "9 September" when the text does not give one: the year of the last full date
 * told earlier in the story when this one follows it in the calendar (a narrative moving
 * forwards) and is not scheduled, else the publication year (a year back for a past event later in the calendar
 * than publication, a year on for a scheduled one already past), unless the story has moved to
 * an earlier year whose date lies nearer (`narrativeYear`). No anchor, no year.
 */
function yearFromContext(
  ctx: Ctx,
  a: Atom,
  md: { month: number; day?: number },
  story: StoryDates,
  future: boolean,
): PartialDate | null {
  const { lastFullDay } = story;
  const paragraph = sentenceOf(ctx.doc, a.first).paragraph;
  // A scheduled date is ahead of publication, whatever the story told before it.
  const scheduled = future && ctx.published !== null;
  if (lastFullDay && !scheduled && paragraph - lastFullDay.paragraph <= 6) {
    const candidate: PartialDate = { year: lastFullDay.value.year, ...md };
    // With a publication date to fall back on, only a close sequel takes the story's year
    // ("fled on 6 September last year … arrested on 9 September").
    const close = !ctx.published || monthsBetween(lastFullDay.value, candidate) <= 3;
    if (compareDates(candidate, lastFullDay.value) >= 0 && close) {
      // A sequel of a day whose year was guessed is guessed too.
      if (GUESSED.has(lastFullDay.value)) GUESSED.add(candidate);
      return candidate;
    }
  }
  const p = ctx.published;
  if (!p) return null;
  let candidate: PartialDate = { year: p.year, ...md };
  const cmp = compareDates(candidate, p);
  if (!future && cmp > 0 && (md.month - p.month + 12) % 12 > 1) candidate = { ...candidate, year: p.year - 1 };
  else if (future && cmp < 0 && (p.month - md.month + 12) % 12 > 1) candidate = { ...candidate, year: p.year + 1 };
  const told = !future && narrativeYear(story, paragraph, md, candidate, p);
  if (told) {
    // The story's time is itself a guess when it was read against publication ("in June").
    const base = story.lastDated!;
    if (base.kind === "relative" || GUESSED.has(base.value)) GUESSED.add(told);
    return told;
  }
  GUESSED.add(candidate);
  return candidate;
}
/** Dates `yearFromContext` gave the publication's year (or the one before or after) for want of another. */
const GUESSED = new WeakSet<PartialDate>();

/**
 * "He escaped in September last year … The court heard he had planned a fake escape for 21
 * August": a past date without a year is read against the time the story is telling of when that
 * time lies in an earlier year and the date sits nearer to it (within two months) than to
 * publication. The nearest reference time wins, as a reader would take it.
 */
function narrativeYear(
  story: StoryDates,
  paragraph: number,
  md: { month: number; day?: number },
  fromPublication: PartialDate,
  p: Day,
): PartialDate | null {
  const told = story.lastDated;
  if (!told || told.value.month === undefined || paragraph - told.paragraph > 6) return null;
  if (told.value.year >= fromPublication.year) return null;
  const candidate: PartialDate = { year: told.value.year, ...md };
  const toStory = daysApart(candidate, told.value);
  return toStory <= 62 && toStory < daysApart(fromPublication, p) ? candidate : null;
}

/** Days between two dates, each taken as the span it names (a month is all its days); 0 if they overlap. */
function daysApart(a: PartialDate, b: PartialDate): number {
  const span = (d: PartialDate): [number, number] => {
    const m0 = d.month ?? 1;
    const m1 = d.month ?? 12;
    const first = dayNumber({ year: d.year, month: m0, day: d.day ?? 1 });
    const last = dayNumber({ year: d.year, month: m1, day: d.day ?? daysInMonth(d.year, m1) });
    return [first, last];
  };
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  return Math.max(0, a0 - b1, b0 - a1);
}

function monthsBetween(a: PartialDate, b: PartialDate): number {
  return (b.year - a.year) * 12 + ((b.month ?? 1) - (a.month ?? 1));
}

/** Words before a noun: "the plan", "its plans", "a new plan". */
const NOUN_OPENERS = new Set("the a an its his her their our my your this that these those new".split(" "));

/**
 * "changed its advertising plans after Monday's debate", "the party's campaign plans were leaked on
 * Friday": a determiner, one word naming what the plans are for, and after the noun a word that
 * closes its phrase (a preposition of time, a verb of being, a comma). "The union plans a strike
 * on Monday" is the verb.
 */
function modifiedPlan(words: string[], k: number): boolean {
  return (
    /^[a-z]+$/.test(words[k - 1] ?? "") &&
    (NOUN_OPENERS.has(words[k - 2] ?? "") || words[k - 2] === "'s" || words[k - 2] === "\u2019s") &&
    PLAN_CLOSERS.has(words[k + 1] ?? "")
  );
}
const PLAN_CLOSERS = new Set([
  "after",
  "before",
  "since",
  "following",
  "were",
  "was",
  "are",
  "is",
  "had",
  "have",
  ",",
  ".",
]);

/** Words that fix an appointment: "was due", "was scheduled", "were expected", "was set", "was likely to". */
const APPOINTED = new Set(["due", "expected", "scheduled", "slated", "set", "likely"]);

/** Whether the word at k follows "was" or "were", maybe with an adverb between ("was originally set"). */
function afterPastBe(words: string[], k: number): boolean {
  const j = /^(originally|initially|also|still|now|not|already)$/.test(words[k - 1] ?? "") ? k - 2 : k - 1;
  return /^(was|were)$/.test(words[j] ?? "");
}

/** A verb of telling after token i in its sentence: "…, officials said", "…, the ministry announced". */
function toldAfter(ctx: { doc: Doc; words: string[] }, i: number): boolean {
  const { lastToken } = sentenceOf(ctx.doc, i);
  for (let k = i + 1; k < lastToken; k++) if (TOLD.has(ctx.words[k])) return true;
  return false;
}
const TOLD = new Set(["said", "says", "told", "announced", "reported"]);

/** Whether the clause before token `i` speaks of the future: the nearest tense marker decides. */
export function isFutureContext(ctx: { doc: Doc; words: string[] }, i: number): boolean {
  return tenseBefore(ctx, i) === "future";
}

/**
 * What the clause says of a date's time: past, ahead, a modal's either, an appointment told in the
 * past (behind, or just ahead), or nothing.
 */
type Tense = "past" | "future" | "modal" | "appointed" | "none";

/**
 * The tense a date at tokens [i, end) is told in: the nearest marker before it, or, when there is
 * none ("The Nov. 8 election could be pivotal", "Monday's debate will be her first"), the first
 * verb after it in its clause.
 */
function tenseAt(ctx: { doc: Doc; words: string[] }, i: number, end: number): Tense {
  const before = tenseBefore(ctx, i);
  // "Monday's vote will settle the budget", "officials said Friday's storm will cost the port
  // dearly", "her Tuesday wins will help her": a date owning a noun names a happening, and the
  // "will" after it tells what that happening brings, not when it is. The happening may be past
  // or still to come; the nearer reading wins, as a modal's, unless the clause before it is itself
  // ahead ("will watch Sunday's final").
  if (ownsNoun(ctx.words, i, end) && before !== "future" && tenseAfter(ctx, end) === "future") return "modal";
  if (before !== "none") return before;
  const after = tenseAfter(ctx, end);
  return after === "none" && farFuture(ctx, i) ? "future" : after;
}

/**
 * A token as a marker of tense: a pronoun or name fused with "'ll" ("we'll", "Roe'll") is one
 * token, and says "will".
 */
function tenseWord(word: string): string {
  return /^[a-z]+['’]ll$/.test(word) ? "will" : word;
}

/** How far back the tense of a date is looked for: a clause's usual reach. */
const NEAR = 14;

/**
 * Whether a date that no marker near it tells the tense of lies in a long clause put in the
 * future further back: "Ann Roe will answer her rival's Monday remarks about school buses and road
 * repairs with remarks of her own Thursday evening". The clause runs back to the first mark of
 * punctuation or relative pronoun ("the towns that voted Monday"), past quotation marks, which
 * mostly hold a title in such a clause ('will sing in a "Night Tide" concert'); only a marker of
 * the future there moves the date ahead. Not a date a possessive gives to a noun ("her Friday fall
 * on the ice"), a happening named as already known.
 */
function farFuture(ctx: { doc: Doc; words: string[] }, i: number): boolean {
  const sentence = ctx.doc.tokens.sentence[i];
  if (POSSESSIVES.has(ctx.words[i - 1] ?? "")) return false;
  let k = i - 1;
  while (k >= 0 && ctx.doc.tokens.sentence[k] === sentence && !CLAUSE_EDGE.test(ctx.words[k])) k--;
  return i - k - 1 > NEAR && tenseBefore(ctx, i, i - k - 1) === "future";
}

/** Whether the date at tokens [i, end) owns a noun: "Monday's vote", "her Tuesday wins". */
function ownsNoun(words: string[], i: number, end: number): boolean {
  return words[end] === "'s" || words[end] === "\u2019s" || POSSESSIVES.has(words[i - 1] ?? "");
}

const CLAUSE_EDGE = /^([,;:.!?()—–-]|--|that|which|who)$/;
const POSSESSIVES = new Set(["his", "her", "their", "its", "our", "my", "your", "'s", "’s"]);

/** Modal verbs: a possibility or a plan told in the past ("would"), ahead or behind. */
const MODALS = new Set(["would", "could", "might", "should"]);

/**
 * The tense of a modal at token k: with "have" after it ("would have been", "might not have
 * seen") it tells of the past, what did or did not happen then; alone, of either side.
 */
function modalTense(words: string[], k: number): Tense {
  let j = k + 1;
  if (/^(not|n['’]t|never)$/.test(words[j] ?? "")) j++;
  return words[j] === "have" || /^['’]ve$/.test(words[j] ?? "") ? "past" : "modal";
}

/**
 * The first tense marker after a date in its clause: "will" and its kind put it ahead, a modal
 * either way, a verb in the past behind. A comma right after the date ("In July, …") is the end
 * of an opening phrase, not of the clause.
 */
function tenseAfter(ctx: { doc: Doc; words: string[] }, end: number): Tense {
  const { doc, words } = ctx;
  if (end >= doc.tokens.count) return "none";
  const sentence = doc.tokens.sentence[end - 1];
  for (let k = end; k < doc.tokens.count && k < end + 8; k++) {
    if (doc.tokens.sentence[k] !== sentence) break;
    const word = tenseWord(words[k]);
    if (word === "," && k === end) continue;
    // "On Monday, Mr. Vale will …", "On Friday, Gov. Ann Roe signed …": a full stop the sentence
    // goes on after closes an abbreviation, not the clause.
    if (word === "." && k < doc.sentences[sentence].lastToken) continue;
    if (/^[,;:.!?()"“”—–]$/.test(word)) break;
    if (/^(will|'ll|’ll|shall|won't|won’t|wo)$/.test(word)) return "future";
    if (MODALS.has(word)) return modalTense(words, k);
    if (PAST_MARKERS.has(word) || finitePast(words, k) || irregularPast(words, k)) return "past";
  }
  return "none";
}

function tenseBefore(ctx: { doc: Doc; words: string[] }, i: number, reach = NEAR): Tense {
  const sentence = ctx.doc.tokens.sentence[i];
  // "vowed on Tuesday to fight on through the primary on June 7", "urged voters to back her in
  // November": a date in a clause in the infinitive tells of an act not yet done when the verb
  // before it was; as with a modal, it lies on the side nearer publication, unless that verb is
  // itself ahead ("will have a chance to vote on Tuesday", "is set to hear arguments on Monday").
  let infinitive = false;
  const past = (): Tense => (infinitive ? "modal" : "past");
  for (let k = i - 1; k >= 0 && k >= i - reach; k--) {
    if (ctx.doc.tokens.sentence[k] !== sentence) break;
    const word = tenseWord(ctx.words[k]);
    if (word === "," && clauseJoinedAt(ctx, k)) break;
    if (FUTURE_MARKERS.has(word) || (word === "likely" && ctx.words[k + 1] === "to")) {
      // "He was due in court on Monday", "the vote was expected on Friday", "she was likely to
      // return on Sunday": an appointment told in the past tense is the story's past, unless its
      // day is still to come within the month ahead and nearer than the past reading (a report
      // of the same day tells the next day's plan, a morning paper the last day's): `nearest`.
      // What was awaited ("was awaiting trial in November") may still lie ahead. So may an
      // appointment put in the past by a telling after it ("was due to fly to Oslo on Saturday,
      // officials said on Friday"): the nearer reading wins, as a modal's.
      if (word === "set" && ctx.words[k + 1] !== "to" && ctx.words[k + 1] !== "for") continue;
      if (word === "due" && !/^(to|on|in|at|before|back)$/.test(ctx.words[k + 1] ?? "")) continue;
      if (APPOINTED.has(word) && afterPastBe(ctx.words, k)) return toldAfter(ctx, i) ? "modal" : "appointed";
      if (word === "likely") return "future";
      if (word === "going" && ctx.words[k + 1] !== "to") continue;
      if ((word === "takes" || word === "take") && !/^(effect|place)$/.test(ctx.words[k + 1] ?? "")) continue;
      // "described the plan on Tuesday", "unveiled its plans last week": the noun after a
      // determiner names a proposal, not a time ahead; "plans to strike on Monday" does.
      if (
        (word === "plan" || word === "plans") &&
        ctx.words[k + 1] !== "to" &&
        (NOUN_OPENERS.has(ctx.words[k - 1] ?? "") || modifiedPlan(ctx.words, k))
      )
        continue;
      // "the planned strike on Monday" is ahead; "he planned an escape for 21 August" tells a
      // past act of planning, which says nothing of when its plan was due.
      // "radio advertising planned for December": what a plan is for, right after it, lies on
      // the nearer side of publication, ahead or behind.
      if (word === "planned" && k === i - 2 && ctx.words[k + 1] === "for") return "modal";
      if (word === "planned" && !/^(the|a|an|its|his|her|their|is|are|was|were|be|been)$/.test(ctx.words[k - 1] ?? ""))
        continue;
      return "future";
    }
    if ((word === "until" || word === "till") && k === i - 1 && postponedBefore(ctx.words, k)) return "future";
    // "Roe has until 20 December to appeal" gives time up to a day ahead; "had until", "gave them
    // until" tell it in the past, the day on the nearer side of publication.
    if ((word === "until" || word === "till") && k === i - 1) {
      const given = grantedUntil(ctx.words, k);
      if (given) return /^(has|have|give|gives)$/.test(given) ? "future" : "modal";
    }
    // "The council met ahead of the vote on Saturday", "Ahead of Friday's summit, the leaders
    // unveiled a plan": what a clause is ahead of comes after it, and may still lie ahead when
    // the story is told, or not; the nearer reading wins (as a modal's), unless the clause
    // itself is in the future ("will meet ahead of …"). Not "finished ahead of schedule in
    // March": being early says nothing of the date.
    if (
      (word === "of" && ctx.words[k - 1] === "ahead" && !EARLY_AGAINST.has(ctx.words[k + 1] ?? "")) ||
      (word === "to" && ctx.words[k - 1] === "run-up") ||
      // "only days before the caucuses on Monday", "hours before Friday's vote": so too what a
      // clause is a short while before.
      (word === "before" && SHORT_WHILE.has(ctx.words[k - 1] ?? ""))
    )
      return tenseBefore(ctx, k - 1) === "future" ? "future" : "modal";
    // "Tom Reed to make statement Thursday", "Police to question suspect Friday": a headline's
    // subject, a name with no verb of its own, then "to" and a verb tells what is to come.
    if (word === "to" && headlineSubject(ctx, k) && isBaseVerbForm(ctx.words[k + 1] ?? "")) return "future";
    // "the plan is to hold it in March": what is to be done lies ahead.
    if (word === "to" && /^(is|are|am)$/.test(ctx.words[k - 1] ?? "") && /^[a-z]+$/.test(ctx.words[k + 1] ?? ""))
      return "future";
    // "remanded to appear", "bailed to face trial", "to be sentenced": an appointment ahead. Not
    // "seemed to be calm on Monday", "changed his plans to be in Oslo on Friday": a state.
    if (word === "to" && /^(appear|face|stand|be)$/.test(ctx.words[k + 1] ?? "") && appointedBe(ctx.words, k)) {
      // "was due to appear" is read as above; "was to be sentenced" is the story's past.
      if (APPOINTED.has(ctx.words[k - 1] ?? "") && afterPastBe(ctx.words, k - 1)) return "appointed";
      return /^(was|were)$/.test(ctx.words[k - 1] ?? "") ? "past" : "future";
    }
    if (word === "to" && isBaseVerbForm(ctx.words[k + 1] ?? "") && infinitiveAhead(ctx.words, k)) {
      infinitive = true;
      continue;
    }
    // "will be announced on Thursday": a participle after "be" carries no tense of its own.
    if (PAST_MARKERS.has(word) && /^(be|being)$/.test(ctx.words[k - 1] ?? "")) continue;
    // "if she were to win in November": a condition put in the subjunctive lies ahead.
    if (/^(was|were)$/.test(word) && ctx.words[k + 1] === "to" && conditionBefore(ctx.words, k)) return "future";
    if (PAST_MARKERS.has(word) || finitePast(ctx.words, k)) return past();
    // "Clinton went there in September"; not "if he won the vote on Nov. 8", a condition ahead.
    if (irregularPast(ctx.words, k) && !conditionBefore(ctx.words, k)) return past();
    if (MODALS.has(word)) return modalTense(ctx.words, k);
    // "said this week that Tom Vale is weighing a run in November": a clause in the present
    // progressive is told as of now, so the scan does not reach back to the "said" before it;
    // the date lies on the side nearer publication. Not a passive ("is accused of killing him in
    // March"), whose participle tells nothing of when, nor a condition ("if she is running in
    // May"), nor a date in a phrase naming another happening ("is asking about the fire on
    // Monday", "is recovering from surgery on Friday").
    if (PRESENT_BE.has(word) && progressiveAfter(ctx.words, k, i) && !conditionBefore(ctx.words, k)) return "modal";
    // "Ohio, which votes in mid-March", "Mr. Roe flies to Oslo on Thursday": a date right after a
    // verb in the present tells a timetable or a habit, not the story's past: the nearer reading
    // wins. The verb's subject is a name or a pronoun before it ("her concerns on Saturday",
    // "the deposition requests Monday" are nouns), and only a preposition of time lies between.
    if ((isPresentVerbForm(word) || pronounVerb(ctx.words, k)) && presentTimetable(ctx, k, i)) return "modal";
    // "when the envoy lands in Oslo on Friday", "once the ferries run again in May", "whoever wins
    // in November": a verb in the present in a clause of time or condition tells of what is still
    // to come when the clause is told. "Later" on the day ("when she speaks later Monday") is the
    // day of writing, which a report may print the day after: the nearer reading, as a modal's.
    if (presentInTimeClause(ctx.words, k)) return ctx.words[i - 1] === "later" ? "modal" : "future";
  }
  return infinitive ? "modal" : "none";
}

/**
 * Whether the comma at token k ends a clause the date's clause does not share, so that the tense
 * told before it is another clause's: "The fete had been set for May, but on Friday the rector
 * called it off", "…, and the new warden said on Monday …", where "but", "yet" or "and" opens a
 * clause with a subject of its own (not a second verb of the same subject, ", and signed it on
 * Monday"); or "While the ferry was due to sail in June, Tuesday's gale kept it in port", the
 * end of a subordinate clause or phrase that opens the sentence.
 */
function clauseJoinedAt(ctx: { doc: Doc; words: string[] }, k: number): boolean {
  const { words } = ctx;
  if (COORDINATORS.has(words[k + 1] ?? "")) return k + 2 < ctx.doc.tokens.count && opensSubject(ctx, k + 2);
  const { firstToken } = sentenceOf(ctx.doc, k);
  let first = firstToken;
  while (first < k && /^["“‘'(]$|^(but|and|yet|so)$/.test(words[first])) first++;
  if (!FRONTED_OPENERS.has(words[first] ?? "")) return false;
  for (let j = first + 1; j < k; j++) if (words[j] === ",") return false;
  return true;
}
const COORDINATORS = new Set(["but", "yet", "and"]);
/** Words that open a subordinate clause or phrase put before its sentence's main clause. */
const FRONTED_OPENERS = new Set(
  "while whereas although though because since as when whenever after before once unless if until despite".split(" "),
);

/**
 * Whether token j opens a subject: a capitalised word, a determiner or a personal pronoun, or a
 * phrase of time before it ("but on Friday the rector …").
 */
function opensSubject(ctx: { doc: Doc; words: string[] }, j: number): boolean {
  return isCapitalised(ctx, j) || SUBJECT_OPENERS.has(ctx.words[j]);
}
const SUBJECT_OPENERS = new Set(
  "the a an this that these those his her its their our my your he she it they we i you there some many most all both each several no on in at by last next earlier later".split(
    " ",
  ),
);

/**
 * Whether the word at token k is a verb in the present in a clause opened, a subject of at most
 * four words before it, by a word of time or condition ("when the envoy lands", "once the ferries
 * run", "unless it rains"), or a word in "-s" right after a pronoun in "-ever" ("whoever wins",
 * always a verb there). A verb in the
 * base form needs a plural or a pronoun before it ("when tenants get back"); a verb in the past
 * between tells another clause.
 */
function presentInTimeClause(words: string[], k: number): boolean {
  const word = words[k];
  const before = words[k - 1] ?? "";
  if (EVER_PRONOUNS.has(before)) return /^[a-z]{2,}s$/.test(word);
  const base = isBaseVerbForm(word) && (/^(they|we|you|i)$/.test(before) || /^[a-z]{3,}[^s']s$/.test(before));
  // After a determiner or a participle the word is a noun: "when the votes …", "if lawyers seeking
  // damages in May …".
  if (!(isPresentVerbForm(word) || base) || NOUN_OPENERS.has(before) || /..ing$/.test(before)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    if (TIME_CLAUSE_OPENERS.has(words[j])) return j < k - 1;
    if (!/^[a-z'’.-]+$/.test(words[j]) || PAST_MARKERS.has(words[j]) || finitePast(words, j)) return false;
    if (irregularPast(words, j)) return false;
  }
  return false;
}
/** Not "before" or "after", mostly prepositions: "after the union talks in May" names a happening. */
const TIME_CLAUSE_OPENERS = new Set(["when", "whenever", "once", "until", "till", "unless", "if"]);
const EVER_PRONOUNS = new Set(["whoever", "whichever", "whatever"]);

/**
 * Whether "to be" at token k (the "to") names an appointment: a participle after it ("to be
 * sentenced", "to be held"), or being back or before a court ("to be back in court", "to be
 * before magistrates"). Any other verb of "to appear", "to face", "to stand" does.
 */
function appointedBe(words: string[], k: number): boolean {
  if (words[k + 1] !== "be") return true;
  const next = words[k + 2] ?? "";
  if (/^[a-z]{2,}(ed|en)$/.test(next) || isIrregularPastForm(next) || next === "back" || next === "before") return true;
  return /^(in|at)$/.test(next) && /^(court|courthouse|magistrates|tribunal)$/.test(words[k + 3] ?? "");
}

const PRESENT_BE = new Set(["is", "are", "am", "'re", "’re", "'m", "’m"]);

/**
 * Whether the present "be" at token k heads a verb in "-ing" ("is weighing", "are not running")
 * whose clause reaches the date at token i with no phrase naming another happening ("about the
 * fire", "from surgery"; `OTHER_PHRASE`, as for a weekday arranged) and no past form between.
 */
function progressiveAfter(words: string[], k: number, i: number): boolean {
  let j = k + 1;
  if (/^(not|n't|n’t|still|now|already|also)$/.test(words[j] ?? "")) j++;
  if (j >= i || !/^[a-z]{2,}ing$/.test(words[j]) || /^(during|according)$/.test(words[j])) return false;
  for (let m = j + 1; m < i; m++) if (OTHER_PHRASE.has(words[m]) || /..ed$/.test(words[m])) return false;
  return true;
}

/**
 * Whether the infinitive after "to" at token k tells of an act later than the word before it:
 * "likely to", "a tweet to invite", "vowed on Tuesday to remain", "agreed to meet". Not after a
 * verb of motion or place ("went to work", "back to", "next to"), nor right after another verb in
 * the past, whose infinitive is its purpose or its attempt, done then ("retired to consider its
 * verdict on Friday", "tried to speak in March"), unless that verb looks ahead ("vowed to",
 * "promised to", "threatened to").
 */
function infinitiveAhead(words: string[], k: number): boolean {
  const before = words[k - 1] ?? "";
  if (NOT_VERB_AFTER_TO.test(before)) return false;
  return !(finitePast(words, k - 1) || irregularPast(words, k - 1)) || LOOKS_AHEAD.test(before);
}
const NOT_VERB_AFTER_TO =
  /^(go|goes|going|gone|come|comes|returns|return|back|next|according|close|up|down|way|road|path|trip|visit|visits|journey|access)$/;
const LOOKS_AHEAD =
  /^(vowed|agreed|promised|pledged|threatened|planned|hoped|intended|aimed|offered|decided|voted|wanted|needed|prepared|proposed)$/;

/** Whether the tokens of the sentence before "to" at token k are a few capitalised words alone: a headline's subject. */
function headlineSubject(ctx: { doc: Doc; words: string[] }, k: number): boolean {
  const first = sentenceOf(ctx.doc, k).firstToken;
  if (k === first || k - first > 5) return false;
  for (let j = first; j < k; j++) {
    const ch = ctx.doc.text.charCodeAt(ctx.doc.tokens.start[j]);
    if (ch < 65 || ch > 90 || !/^[a-z]+$/.test(ctx.words[j])) return false;
  }
  return true;
}

const PRESENT_SUBJECTS = new Set(["which", "who", "that", "he", "she", "it"]);

/**
 * "She leaves …", "who returns …": right after a personal pronoun or "who", a word in "-s" is a
 * verb in the present, though read alone it is more often a plural ("leaves", "returns").
 */
function pronounVerb(words: string[], k: number): boolean {
  return /^(he|she|it|who)$/.test(words[k - 1] ?? "") && /^[a-z]{2,}[^su']s$/.test(words[k]);
}
const TIME_PREPOSITIONS = new Set(["in", "on", "at", "by", "the", "mid", "mid-", "early", "late"]);

/**
 * Whether the present verb at token k, with its subject before it, is followed up to token i by
 * words of time alone, or first by the place or the person it goes to or meets: a name of up to
 * three words or "home" ("She leaves Tarvia on Monday", "who returns home on Tuesday"): a
 * journey on a timetable, the nearer reading.
 */
function presentTimetable(ctx: { doc: Doc; words: string[] }, k: number, i: number): boolean {
  let j = k + 1;
  while (j < i && j <= k + 3 && (isCapitalised(ctx, j) || (j === k + 1 && ctx.words[j] === "home"))) j++;
  for (; j < i; j++) if (!TIME_PREPOSITIONS.has(ctx.words[j])) return false;
  // "arrived in the United States on Friday", "told the Lisk Times on Monday": a capitalised word
  // after a capitalised one ends a name; it is no verb in the present.
  if (isCapitalised(ctx, k) && k - 1 >= sentenceOf(ctx.doc, k).firstToken && isCapitalised(ctx, k - 1)) return false;
  const subject = ctx.words[k - 1] ?? "";
  if (PRESENT_SUBJECTS.has(subject)) return true;
  // A name: capitalised, not the sentence's first word.
  return k - 1 > sentenceOf(ctx.doc, k).firstToken && isCapitalised(ctx, k - 1);
}

/** A short while before something: "days before", "hours before", "just before". */
const SHORT_WHILE = new Set(["days", "hours", "minutes", "just", "shortly", "moments"]);

/** What "ahead of" measures earliness against rather than a happening still to come. */
const EARLY_AGAINST = new Set(["schedule", "time", "expectations", "forecasts", "estimates", "target", "plan"]);

/** "if she", "if his candidate": a condition opened within four words before token k. */
function conditionBefore(words: string[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) if (words[j] === "if") return true;
  return false;
}

/**
 * "adjourned the case until 14 November", "remanded until Friday": what is put off is put off to
 * a later day, ahead of when it was put off (a verb of putting off within four words before "until").
 */
function postponedBefore(words: string[], until: number): boolean {
  for (let j = until - 1; j >= 0 && j >= until - 4; j--) {
    if (POSTPONED.has(words[j])) return true;
    if (!/^[a-z'’-]+$/.test(words[j])) return false;
  }
  return false;
}

/**
 * "Roe has until 20 December to appeal", "has only until", "gave the firm until 1 March to
 * respond": time given to act, up to a day. The verb that has or gives it ("has", "gave"), or null
 * ("will have to wait until Friday" gives no one time).
 */
export function grantedUntil(words: string[], until: number): string | null {
  const k = /^(only|just|still)$/.test(words[until - 1] ?? "") ? until - 2 : until - 1;
  if (HAVING.has(words[k] ?? "")) return words[k];
  for (let j = until - 1; j >= 0 && j >= until - 5; j--) {
    if (!/^[a-z'’-]+$/.test(words[j])) return null;
    if (GIVING.has(words[j])) return words[j];
  }
  return null;
}
const HAVING = new Set(["has", "have", "had", "having"]);
const GIVING = new Set(["give", "gives", "gave", "given", "giving", "granted"]);

const POSTPONED = new Set(
  "adjourned adjourns adjourn postponed postpones postpone delayed delays deferred defers remanded remands bailed rescheduled".split(
    " ",
  ),
);

/** Words before an "-ed" form that make it a participle or an adjective, not a verb in the past. */
const NON_FINITE = new Set(
  "to be been being is are was were has have had will would could should may might must get got gets the a an this that these those his her its their our my your of and or not no".split(
    " ",
  ),
);

/**
 * An irregular past that is, read alone, a verb ("brought", "took"; not "left" or "set"), and is
 * no participle ("to be held").
 */
function irregularPast(words: string[], k: number): boolean {
  return isIrregularPastForm(words[k]) && !AUXILIARIES.test(words[k - 1] ?? "");
}
const AUXILIARIES =
  /^(be|been|being|is|are|am|was|were|has|have|had|having|to|will|would|could|should|may|might|must|not)$/;

/**
 * "new reasons to be skeptical, his campaign offered a response on Tuesday": a verb in the past
 * tense ("offered" after its subject) closes the search, so an appointment further back ("to be")
 * does not carry over to this clause.
 */
function finitePast(words: string[], k: number): boolean {
  const word = words[k];
  return word.length > 4 && word.endsWith("ed") && /^[a-z]+$/.test(word) && !NON_FINITE.has(words[k - 1] ?? "");
}

export function toExpression(ctx: Ctx, a: Atom): TimeExpression {
  const start = ctx.doc.tokens.start[a.first];
  const end = ctx.doc.tokens.end[a.last - 1];
  const out: TimeExpression = {
    text: ctx.doc.text.slice(start, end),
    start,
    end,
    value: a.kind === "duration" || !a.value ? null : toIso(a.value),
    kind: a.kind,
  };
  if (a.kind === "range") out.endValue = a.endValue ? toIso(a.endValue) : null;
  return out;
}
