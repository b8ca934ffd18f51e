// Temporal expressions with ISO values, resolved against the publication date. (Issue 4.)
//
// Two layers. chrono-node finds calendar dates that name a month ("6 September", "May 2024",
// "July 8, 2018", "14-5-2024"); we keep only the parts it is certain of, so nothing is filled
// in from the reference date. Our own token rules then cover what chrono misses or gets wrong
// on news copy: bare years ("in 2021"), ranges ("between 2021 and 2023"), weekdays resolved
// by tense, week/month/year-relative phrases at the precision they really have, seasons,
// durations, and the year of a day-month with no year, taken from the context.
//
// Nothing relative is resolved without an anchor: the publication date, or failing it a full
// date in the dateline; "the following day" and "two weeks later" count from the date told
// just before. With no anchor the value stays null and the text is kept.
// The English locale alone: the package root loads every language chrono knows (4× the start-up).
import { casual as chronoCasual, type ParsedResult } from "chrono-node/en";
import { isUpperCode, tokenAtOrAfter, type Doc, lowerWords } from "../../core/doc.js";
import type { TimeExpression } from "../../core/schema.js";
import {
  addDays,
  addMonths,
  commonPrecision,
  compareDates,
  daysInMonth,
  isValidDay,
  parseDay,
  toIso,
  weekday,
  type PartialDate,
} from "./calendar.js";
import {
  AMBIGUOUS_MONTH_ABBREVIATIONS,
  DURATION_HEDGES,
  DURATION_UNITS,
  FUTURE_MARKERS,
  MONTHS,
  MONTH_PREPOSITIONS,
  NUMBER_WORDS,
  PARTS_OF_DAY,
  PAST_MARKERS,
  RANGE_CONNECTORS,
  SEASONS,
  WEEKDAYS,
  YEAR_PREPOSITIONS,
  PHRASE_ENDS,
} from "./lexicon.js";

export interface TimeOptions {
  published?: string | null;
}

type Day = Required<PartialDate>;

/** A time expression while it is being built: token range plus what is known so far. */
interface Atom {
  first: number; // first token
  last: number; // one past the last token
  kind: TimeExpression["kind"];
  value: PartialDate | null;
  endValue?: PartialDate | null;
  /** A day and month with no year: the year comes from the context. */
  yearless?: { month: number; day?: number };
  /** A calendar day the text states (not a weekday): it fixes the year for later day-months. */
  stated?: boolean;
  /** Counted from the date told just before it ("the following day", "two weeks later"). */
  chain?: Chain;
  /** How to resolve against the publication date, when that is the anchor. */
  relative?: (published: Day, future: boolean) => PartialDate | null;
  /** For a range built from two expressions, the second one (resolved after the first). */
  rangeEnd?: Atom;
  /** A month named alone ("March"): as the start of a range it takes the year of the end. */
  bareMonth?: number;
  /** Counted from an event the words [from, to) name ("after the Skripal poisoning"). */
  eventAnchor?: { chain: Chain; from: number; to: number };
}

interface Chain {
  days?: number;
  months?: number;
  years?: number;
  /** "two weeks later" is about a fortnight: only as precise as the month it falls in. */
  approximate?: boolean;
}

const CHUNK = 800;

/** The time layer; it throws on a bug, like every stage, and `extract()` records the failure. */
export function extractTimes(doc: Doc, options: TimeOptions = {}): TimeExpression[] {
  const published = parseDay(options.published ?? null);
  const n = doc.tokens.count;
  const words = lowerWords(doc);
  const ctx: Ctx = { doc, words, published, sentence: -1 };

  const taken = new Uint8Array(n);
  const atoms: Atom[] = [];
  for (const a of chronoAtoms(ctx)) {
    if (overlaps(taken, a)) continue;
    mark(taken, a);
    atoms.push(a);
  }
  for (const a of ruleAtoms(ctx, taken)) {
    if (overlaps(taken, a)) continue;
    mark(taken, a);
    atoms.push(a);
  }
  atoms.sort((a, b) => a.first - b.first);
  // With no publication date, a full date in the story's dateline ("14-5-2024 (HONG KONG) —")
  // is when it was filed: the anchor for "on Monday" and "last year".
  if (!ctx.published) ctx.published = datelineDay(ctx, atoms);
  const merged = mergeRanges(ctx, attachRelativeYear(ctx, atoms));
  resolve(ctx, merged);
  resolveEventAnchors(ctx, merged);
  return merged.map((a) => toExpression(ctx, a));
}

const DATELINE_MARKS = new Set(["(", "—", "–", "-", "--", ":"]);

function datelineDay(ctx: Ctx, atoms: Atom[]): Day | null {
  const first = atoms[0];
  if (!first || first.kind !== "date" || first.value?.day === undefined || first.value.month === undefined) return null;
  const paragraph = ctx.doc.paragraphs[0];
  if (!paragraph || ctx.doc.tokens.start[first.first] - paragraph.start > 40) return null;
  if (ctx.doc.tokens.sentence[first.first] !== 0) return null;
  // The date is followed by the dateline's punctuation, or sits between a place and it ("LONDON, 3 May 2024 —").
  const next = ctx.words[first.last] ?? "";
  const after = ctx.words[first.last + 1] ?? "";
  if (!DATELINE_MARKS.has(next) && !(next === "," && DATELINE_MARKS.has(after))) return null;
  const { year, month, day } = first.value;
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

interface Ctx {
  doc: Doc;
  words: string[];
  published: Day | null;
  /** The sentence the rules are reading, or -1. */
  sentence: number;
}

function overlaps(taken: Uint8Array, a: Atom): boolean {
  for (let i = a.first; i < a.last; i++) if (taken[i]) return true;
  return false;
}
function mark(taken: Uint8Array, a: Atom): void {
  for (let i = a.first; i < a.last; i++) taken[i] = 1;
}

// ---------------------------------------------------------------------------------------------
// chrono-node: calendar dates with a month

const NUMERIC_DATE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/;
/** A month's name or abbreviation as a whole word ("market", "mayor" and "decision" do not count). */
const MONTH_WORD =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

const NUMERIC_DATE_INSIDE = /\d[-/.]\d/;

function chronoAtoms(ctx: Ctx): Atom[] {
  const { doc } = ctx;
  const out: Atom[] = [];
  for (const s of doc.sentences) {
    // Long sentences are cut into chunks at token boundaries so chrono's work stays bounded.
    let from = s.firstToken;
    while (from < s.lastToken) {
      let to = from;
      while (to < s.lastToken && doc.tokens.end[to] - doc.tokens.start[from] < CHUNK) to++;
      if (to === from) to++;
      const base = doc.tokens.start[from];
      const chunk = doc.text.slice(base, doc.tokens.end[to - 1]);
      // Only a month name or a numeric date ("14-5-2024", "5/14/24", "2024.05.14") gives a
      // result certain of its month, the only kind kept: skip chrono on chunks with neither.
      if (MONTH_WORD.test(chunk) || NUMERIC_DATE_INSIDE.test(chunk)) {
        let results: ParsedResult[] = [];
        try {
          results = chronoCasual.parse(chunk, new Date(Date.UTC(2000, 0, 1, 12)));
        } catch {
          results = [];
        }
        for (const r of results) {
          const a = fromChrono(ctx, r, base) ?? retryDatePart(ctx, r, base);
          if (a) out.push(a);
        }
      }
      from = to;
    }
  }
  return out;
}

/**
 * chrono sometimes reads "the morning of 9 September" as a time of day and drops the date;
 * parse again from the first number or month name inside what it matched.
 */
function retryDatePart(ctx: Ctx, r: ParsedResult, base: number): Atom | null {
  const m = /\b(\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.exec(r.text);
  if (!m || m.index === 0) return null;
  let results: ParsedResult[] = [];
  try {
    results = chronoCasual.parse(r.text.slice(m.index), new Date(Date.UTC(2000, 0, 1, 12)));
  } catch {
    return null;
  }
  const first = results[0];
  return first && first.index === 0 ? fromChrono(ctx, first, base + r.index + m.index) : null;
}

function fromChrono(ctx: Ctx, r: ParsedResult, base: number): Atom | null {
  const c = r.start;
  if (!c.isCertain("month")) return null;
  const hasDay = c.isCertain("day");
  const hasYear = c.isCertain("year");
  const endHasYear = !!r.end && r.end.isCertain("month") && r.end.isCertain("year");
  if (!hasDay && !hasYear && !endHasYear) return null; // a bare month name is ours to judge
  let first = tokenAtOrAfter(ctx.doc, base + r.index);
  const endOffset = base + r.index + r.text.length;
  let last = first;
  while (last < ctx.doc.tokens.count && ctx.doc.tokens.end[last] <= endOffset) last++;
  // chrono includes "on", "the", "of" before the date; the expression starts at the date itself.
  while (first < last && !MONTHS.has(ctx.words[first]) && !/^\d/.test(ctx.words[first])) first++;
  // Trailing punctuation chrono swallows ("6 September,").
  while (last > first && !/[\p{L}\p{N}]/u.test(ctx.words[last - 1])) last--;
  if (first >= last) return null;
  const span = ctx.words.slice(first, last);
  const monthWord = span.find((w) => MONTHS.has(w));
  if (monthWord) {
    const at = span.indexOf(monthWord);
    // "May" alone or "Mar" without its full stop are words, not months.
    if (AMBIGUOUS_MONTH_ABBREVIATIONS.has(monthWord) && monthWord !== "may") {
      const next = first + at + 1;
      // "Dec. 4", "Dec 2023", "Jan 6": an abbreviation with its full stop or a number after it.
      if (next >= ctx.words.length || (ctx.words[next] !== "." && !/^\d/.test(ctx.words[next]))) return null;
    }
  } else if (!(span.length === 1 && NUMERIC_DATE.test(span[0]) && hasYear)) {
    return null; // digits only ("3/4", "24/7") are not dates unless a full numeric date
  }
  // News copy capitalises month names: "may", "march" and "jan" in lower case are other words.
  if (monthWord && !isCapitalised(ctx, first + span.indexOf(monthWord))) return null;
  const month = c.get("month") ?? 0;
  let year = hasYear ? c.get("year") : null;
  if (year === null && r.end && endHasYear) {
    // "from November to February 2023": the start takes the end's year, or the one before.
    const endYear = r.end.get("year") ?? 0;
    year = month > (r.end.get("month") ?? 12) ? endYear - 1 : endYear;
  }
  // "the end of March": chrono picks the 31st; the text names only the month.
  const vague = /\b(end|beginning|start|middle) of\b/i.test(r.text);
  const day = hasDay && !vague ? c.get("day") : null;
  if (year !== null && (year < 1000 || year > 2999)) return null;
  if (r.end && r.end.isCertain("month") && (r.end.isCertain("day") || r.end.isCertain("year"))) {
    const endValue: PartialDate = {
      year: r.end.isCertain("year") ? (r.end.get("year") ?? 0) : (year ?? 0),
      month: r.end.get("month") ?? undefined,
      day: r.end.isCertain("day") ? (r.end.get("day") ?? undefined) : undefined,
    };
    const start: PartialDate | null = year !== null ? { year, month, day: day ?? undefined } : null;
    return {
      first,
      last,
      kind: "range",
      value: start,
      endValue: year !== null ? endValue : null,
      yearless: year === null ? { month, day: day ?? undefined } : undefined,
    };
  }
  if (year !== null) return { first, last, kind: "date", value: { year, month, day: day ?? undefined } };
  return { first, last, kind: "date", value: null, yearless: { month, day: day ?? undefined } };
}

function isCapitalised(ctx: Ctx, token: number): boolean {
  const ch = ctx.doc.text.charCodeAt(ctx.doc.tokens.start[token]);
  return ch >= 65 && ch <= 90;
}

// ---------------------------------------------------------------------------------------------
// Our own rules: years, bare months, weekdays, relative phrases, seasons, durations

const YEAR = /^(1[89]\d\d|20\d\d)$/;
const YEAR_SPAN = /^(1[89]\d\d|20\d\d)[-–](\d\d|1[89]\d\d|20\d\d)$/;
const MID_YEAR = /^(mid|early|late)-(1[89]\d\d|20\d\d)$/;

function ruleAtoms(ctx: Ctx, taken: Uint8Array): Atom[] {
  const { words } = ctx;
  const out: Atom[] = [];
  const n = words.length;
  for (let i = 0; i < n; i++) {
    if (taken[i]) continue;
    const a = ruleAt(ctx, i);
    if (a && !overlaps(taken, a)) {
      out.push(a);
      i = a.last - 1;
    }
  }
  return out;
}

/** The lower-cased word at token `i`, or "" outside the sentence being read (rules never cross sentences). */
function w(ctx: Ctx, i: number): string {
  if (i < 0 || i >= ctx.words.length) return "";
  if (ctx.sentence >= 0 && ctx.doc.tokens.sentence[i] !== ctx.sentence) return "";
  return ctx.words[i];
}

function ruleAt(ctx: Ctx, i: number): Atom | null {
  ctx.sentence = ctx.doc.tokens.sentence[i];
  const a =
    yearAt(ctx, i) ??
    relativeAt(ctx, i) ??
    weekdayAt(ctx, i) ??
    monthAt(ctx, i) ??
    seasonAt(ctx, i) ??
    durationAt(ctx, i);
  ctx.sentence = -1;
  return a;
}

function yearAt(ctx: Ctx, i: number): Atom | null {
  const word = w(ctx, i);
  const prev = w(ctx, i - 1);
  const span = YEAR_SPAN.exec(word);
  if (span) {
    const y1 = Number(span[1]);
    const y2 = span[2].length === 2 ? Math.floor(y1 / 100) * 100 + Number(span[2]) : Number(span[2]);
    if (y2 > y1) return { first: i, last: i + 1, kind: "range", value: { year: y1 }, endValue: { year: y2 } };
  }
  const mid = MID_YEAR.exec(word);
  if (mid) return { first: i, last: i + 1, kind: "date", value: { year: Number(mid[2]) } };
  if (!YEAR.test(word)) return null;
  // Bare four digits are a year after a preposition, or as the first end of a range of years.
  const next = w(ctx, i + 1);
  const startsRange = RANGE_CONNECTORS.has(next) && YEAR.test(w(ctx, i + 2));
  // The second end of a range: "between 2021 and 2023", "from March 2019 to 2021".
  const endsRange = RANGE_CONNECTORS.has(prev) && (YEAR.test(w(ctx, i - 2)) || MONTHS.has(w(ctx, i - 2)));
  const after = w(ctx, i + 1);
  if (!YEAR_PREPOSITIONS.has(prev) && !startsRange && !endsRange && !(prev === "," && YEAR.test(w(ctx, i - 2))))
    return null;
  if (prev === "of" && !/^(end|start|beginning|middle|summer|spring|autumn|winter|fall|half|as)$/.test(w(ctx, i - 2)))
    return null;
  // "2021 people", "in 2021 cases": a number before a plural noun is a count.
  if (/^(people|cases|votes|troops|members|users|accounts|pounds|dollars|euros|staff|jobs)$/.test(after)) return null;
  const first = prev === "early" || prev === "late" || prev === "mid" ? i - 1 : i;
  return { first, last: i + 1, kind: "date", value: { year: Number(word) } };
}

function relativeAt(ctx: Ctx, i: number): Atom | null {
  const a = w(ctx, i);
  const b = w(ctx, i + 1);
  const c = w(ctx, i + 2);
  const d: (y: Day) => PartialDate | null = (y) => y;
  switch (a) {
    case "today":
    case "tonight":
      return rel(i, i + 1, d);
    case "yesterday":
      return rel(i, i + 1, (p) => addDays(p, -1));
    case "tomorrow":
      return rel(i, i + 1, (p) => addDays(p, 1));
  }
  if (a === "this" && PARTS_OF_DAY.has(b)) return rel(i, i + 2, d);
  if (a === "last" && b === "night") return rel(i, i + 2, (p) => addDays(p, -1));
  if (a === "earlier" || a === "later") {
    if ((b === "this" || b === "last" || b === "next") && isPeriod(c)) {
      const inner = periodValue(b, c);
      return inner ? rel(i, i + 3, inner) : null;
    }
    if (b === "today") return rel(i, i + 2, d);
    return null;
  }
  if ((a === "this" || a === "last" || a === "next" || a === "past") && isPeriod(b)) {
    // "the last three years" is a duration; "last year" is a date.
    if (w(ctx, i - 1) === "the" && a !== "this") return null;
    const inner = periodValue(a === "past" ? "last" : a, b);
    return inner ? rel(i, i + 2, inner) : null;
  }
  if (
    a === "the" &&
    (b === "previous" || b === "following" || b === "next") &&
    (RELATIVE_UNITS.has(c) || SEASONS.has(c))
  ) {
    // Relative to the date told just before ("charged the following day"), not to publication.
    const step = b === "previous" ? -1 : 1;
    const chain =
      c === "day" ? { days: step } : c === "year" ? { years: step } : c === "month" ? { months: step } : undefined;
    return { first: i, last: i + 3, kind: "relative", value: null, chain };
  }
  if (a === "the" && b === "day" && (c === "before" || c === "after")) {
    // "the day before" at the end of a clause counts from the date just told; "the day before
    // the election" from an event we cannot date.
    const next = w(ctx, i + 3);
    const closes = next === "" || !/^[\p{L}\p{N}]/u.test(next) || next === "and" || next === "when";
    const chain = closes ? { days: c === "before" ? -1 : 1 } : undefined;
    return { first: i, last: i + 3, kind: "relative", value: null, chain };
  }
  // "three years ago", "a week ago"
  const count = numberAt(ctx, i);
  if (count) {
    const unit = DURATION_UNITS.get(w(ctx, count.next));
    if (unit && w(ctx, count.next + 1) === "ago") {
      const k = count.value;
      return rel(i, count.next + 2, (p) => agoValue(p, k, unit));
    }
  }
  return null;
}

const RELATIVE_UNITS = new Set(["day", "week", "month", "year", "morning", "evening", "night", "weekend"]);

function rel(first: number, last: number, fn: (published: Day, future: boolean) => PartialDate | null): Atom {
  return { first, last, kind: "relative", value: null, relative: fn };
}

function isPeriod(word: string): boolean {
  return word === "week" || word === "month" || word === "year" || word === "weekend";
}

function periodValue(which: string, period: string): ((p: Day) => PartialDate | null) | null {
  const step = which === "last" ? -1 : which === "next" ? 1 : 0;
  switch (period) {
    case "year":
      return (p) => ({ year: p.year + step });
    case "month":
      return (p) => addMonths(p.year, p.month, step);
    case "week":
      return (p) => {
        // Monday to Sunday; a week that straddles two months is only as precise as their year.
        const monday = addDays(p, -((weekday(p) + 6) % 7) + 7 * step);
        return commonPrecision(monday, addDays(monday, 6));
      };
    case "weekend":
      return (p) => {
        const back = (weekday(p) + 1) % 7; // days since the last Saturday
        let saturday = addDays(p, -back);
        if (step === 1 || (step === 0 && back > 1)) saturday = addDays(saturday, 7);
        return commonPrecision(saturday, addDays(saturday, 1));
      };
  }
  return null;
}

function agoValue(p: Day, k: number, unit: string): PartialDate | null {
  if (!Number.isInteger(k)) return null;
  switch (unit) {
    case "day":
      return addDays(p, -k);
    case "week": {
      const day = addDays(p, -7 * k);
      return { year: day.year, month: day.month };
    }
    case "month":
      return addMonths(p.year, p.month, -k);
    case "year":
      return { year: p.year - k };
  }
  return null;
}

function weekdayAt(ctx: Ctx, i: number): Atom | null {
  const day = WEEKDAYS.get(w(ctx, i));
  if (day === undefined || !isCapitalised(ctx, i)) return null;
  // "The Sunday Times", "Monday Night Football": a weekday inside a name.
  const following = w(ctx, i + 1);
  if (
    following &&
    !PARTS_OF_DAY.has(following) &&
    !MONTHS.has(following) &&
    isUpperCode(ctx.doc.text.charCodeAt(ctx.doc.tokens.start[i + 1]))
  ) {
    return null;
  }
  // "Tuesday 3 June", "Tuesday, June 3": the calendar date the weekday names.
  const dated = weekdayWithDate(ctx, i);
  if (dated) return dated;
  let first = i;
  let last = i + 1;
  let direction = 0; // -1 last, +1 next, 0 from tense
  const prev = w(ctx, i - 1);
  if (prev === "last" || prev === "next" || prev === "this") {
    first = i - 1;
    direction = prev === "last" ? -1 : prev === "next" ? 1 : 0;
  }
  if (PARTS_OF_DAY.has(w(ctx, i + 1))) last = i + 2;
  // "last Wednesday's order": still the date of that Wednesday.
  return {
    first,
    last,
    kind: "relative",
    value: null,
    relative: (p, future) => {
      const back = (weekday(p) - day + 7) % 7;
      if (direction < 0) return addDays(p, back === 0 ? -7 : -back);
      if (direction > 0) return addDays(p, back === 0 ? 7 : 7 - back);
      if (future) return addDays(p, (7 - back) % 7);
      return addDays(p, -back);
    },
  };
}

const DAY_NUMBER = /^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$/;

function weekdayWithDate(ctx: Ctx, i: number): Atom | null {
  let k = i + 1;
  if (w(ctx, k) === ",") k++;
  let day: number | undefined;
  let month: number | undefined;
  const a = w(ctx, k);
  const b = w(ctx, k + 1);
  if (DAY_NUMBER.test(a) && MONTHS.has(b) && (b.length > 4 || b === "may" || b === "june" || b === "july")) {
    day = parseInt(a, 10);
    month = MONTHS.get(b);
  } else if (MONTHS.has(a) && (a.length > 4 || a === "may" || a === "june" || a === "july") && DAY_NUMBER.test(b)) {
    month = MONTHS.get(a);
    day = parseInt(b, 10);
  }
  if (day === undefined || month === undefined) return null;
  const c = w(ctx, k + 2);
  if (YEAR.test(c))
    return { first: i, last: k + 3, kind: "date", value: { year: Number(c), month, day }, stated: true };
  return { first: i, last: k + 2, kind: "date", value: null, yearless: { month, day } };
}

function monthAt(ctx: Ctx, i: number): Atom | null {
  const word = w(ctx, i);
  const month = MONTHS.get(word);
  if (month === undefined || !isCapitalised(ctx, i)) return null;
  if (word.length <= 4 && word !== "june" && word !== "july" && word !== "may") {
    if (w(ctx, i + 1) !== ".") return null;
  }
  const prev = w(ctx, i - 1);
  // "earlier in December", "late July", "back in March": the month, with its year from the context.
  if (!MONTH_PREPOSITIONS.has(prev)) return null;
  // "in May's cabinet": May is also a surname; its possessive is the person's.
  if (word === "may" && /^['’]s$/.test(w(ctx, i + 1))) return null;
  const abbreviated = word.length <= 4 && word !== "may" && word !== "june" && word !== "july";
  const last = abbreviated && w(ctx, i + 1) === "." ? i + 2 : i + 1;
  const first =
    prev === "last" || prev === "next" || prev === "this" || prev === "early" || prev === "late" || prev === "mid"
      ? i - 1
      : i;
  const direction = prev === "last" ? -1 : prev === "next" ? 1 : 0;
  return {
    first,
    last,
    kind: "relative",
    value: null,
    bareMonth: month,
    relative: (p, future) => {
      if (direction < 0) return { year: month < p.month ? p.year : p.year - 1, month };
      if (direction > 0) return { year: month > p.month ? p.year : p.year + 1, month };
      if (prev === "this") return { year: p.year, month };
      if (future) return { year: month >= p.month ? p.year : p.year + 1, month };
      return { year: month <= p.month ? p.year : p.year - 1, month };
    },
  };
}

function seasonAt(ctx: Ctx, i: number): Atom | null {
  const word = w(ctx, i);
  const start = SEASONS.get(word);
  if (start === undefined) return null;
  const prev = w(ctx, i - 1);
  const next = w(ctx, i + 1);
  if (YEAR.test(next)) return { first: i, last: i + 2, kind: "date", value: { year: Number(next) } };
  if (next === "of" && YEAR.test(w(ctx, i + 2))) {
    return { first: i, last: i + 3, kind: "date", value: { year: Number(w(ctx, i + 2)) } };
  }
  if (word === "fall" && prev !== "this" && prev !== "last" && prev !== "next") return null;
  if (prev === "the" && (w(ctx, i - 2) === "in" || w(ctx, i - 2) === "during") && next !== "of") {
    return { first: i - 1, last: i + 1, kind: "relative", value: null, relative: (p) => ({ year: p.year }) };
  }
  if (prev === "this" || prev === "last" || prev === "next") {
    const step = prev === "last" ? -1 : prev === "next" ? 1 : 0;
    return {
      first: i - 1,
      last: i + 1,
      kind: "relative",
      value: null,
      relative: (p) => {
        if (step < 0) return { year: start < p.month ? p.year : p.year - 1 };
        if (step > 0) return { year: start > p.month ? p.year : p.year + 1 };
        return { year: p.year };
      },
    };
  }
  return null;
}

function numberAt(ctx: Ctx, i: number): { value: number; next: number } | null {
  const word = w(ctx, i);
  if (/^\d+(\.\d+)?$/.test(word) && word.length <= 4) {
    let value = Number(word);
    let next = i + 1;
    if (w(ctx, next) === "and" && w(ctx, next + 1) === "a" && w(ctx, next + 2) === "half") {
      value += 0.5;
      next += 3;
    }
    return { value, next };
  }
  const v = NUMBER_WORDS.get(word);
  if (v === undefined || v === 0.5) return null;
  let value = v;
  let next = i + 1;
  if (word === "a" || word === "an") {
    // "a couple of", "a few", "a dozen"
    const nv = NUMBER_WORDS.get(w(ctx, next));
    if (nv !== undefined && nv !== 1 && nv !== 0.5) {
      value = nv;
      next++;
      if (w(ctx, next) === "of") next++;
    }
  } else if (word === "couple" || word === "dozen") {
    if (w(ctx, next) === "of") next++;
  }
  if (w(ctx, next) === "and" && w(ctx, next + 1) === "a" && w(ctx, next + 2) === "half") {
    value += 0.5;
    next += 3;
  }
  return { value, next };
}

function durationAt(ctx: Ctx, i: number): Atom | null {
  const count = numberAt(ctx, i);
  if (!count) return null;
  let unitAt = count.next;
  // "15-year" adjectives are one token: handled below.
  const unit = DURATION_UNITS.get(w(ctx, unitAt));
  if (!unit) return null;
  if (unit === "hour") return null; // hours are a length of time, never a date in this domain
  unitAt++;
  const direction = w(ctx, unitAt) === "later" ? 1 : w(ctx, unitAt) === "earlier" ? -1 : 0;
  if (direction && Number.isInteger(count.value)) {
    // "two days later", "a year earlier": counted from the date told just before.
    const k = direction * count.value;
    const chain =
      unit === "day"
        ? { days: k }
        : unit === "week"
          ? { days: 7 * k, approximate: true }
          : unit === "month"
            ? { months: k }
            : unit === "year"
              ? { years: k }
              : undefined;
    return { first: i, last: unitAt + 1, kind: "relative", value: null, chain };
  }
  let first = i;
  while (first > 0 && DURATION_HEDGES.has(w(ctx, first - 1)) && first > i - 3) first--;
  // "up to 15 years" is hedged; "sentenced to 15 years" and "for 15 years" are not part of it.
  while (first < i && (w(ctx, first) === "for" || (w(ctx, first) === "to" && w(ctx, first - 1) !== "up"))) first++;
  const relation = w(ctx, unitAt);
  if ((relation === "after" || relation === "before") && Number.isInteger(count.value)) {
    // "a week after the Skripal poisoning": counted from the date of the event it names.
    const k = (relation === "after" ? 1 : -1) * count.value;
    const chain =
      unit === "day"
        ? { days: k }
        : unit === "week"
          ? { days: 7 * k }
          : unit === "month"
            ? { months: k }
            : unit === "year"
              ? { years: k }
              : undefined;
    let to = unitAt + 1;
    while (to < unitAt + 11 && w(ctx, to) !== "" && !PHRASE_ENDS.has(w(ctx, to))) to++;
    if (chain && to > unitAt + 1) {
      return { first, last: unitAt + 1, kind: "relative", value: null, eventAnchor: { chain, from: unitAt + 1, to } };
    }
  }
  return { first, last: unitAt, kind: "duration", value: null };
}

// ---------------------------------------------------------------------------------------------
// Combining atoms

/** "6 September last year": the day and month take the year of the relative phrase after them. */
function attachRelativeYear(ctx: Ctx, atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k];
    const b = atoms[k + 1];
    if (
      a.yearless &&
      b &&
      b.first === a.last &&
      b.relative &&
      b.last - b.first === 2 &&
      ctx.words[b.last - 1] === "year"
    ) {
      const { month, day } = a.yearless;
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
    out.push(a);
  }
  return out;
}

/** "between 2021 and 2023", "from December 2021 to February 2023", "2015 to 2020". */
function mergeRanges(ctx: Ctx, atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k];
    const b = atoms[k + 1];
    if (b && a.kind !== "duration" && b.kind !== "duration" && a.kind !== "range" && b.kind !== "range") {
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

function resolve(ctx: Ctx, atoms: Atom[]): void {
  const p = ctx.published;
  let lastFullDay: { value: PartialDate; paragraph: number } | null = null;
  let lastDated: { value: PartialDate; paragraph: number } | null = null;
  for (const a of atoms) {
    const paragraph = ctx.doc.sentences[ctx.doc.tokens.sentence[a.first]].paragraph;
    if (a.chain && lastDated && paragraph - lastDated.paragraph <= 1) a.value = chained(lastDated.value, a.chain);
    const end = a.rangeEnd;
    const future = isFutureContext(ctx, a.first);
    if (a.relative) a.value = p ? a.relative(p, future) : null;
    if (end?.relative) a.endValue = p ? end.relative(p, future) : null;
    if (a.yearless && !a.value) a.value = yearFromContext(ctx, a, a.yearless, lastFullDay, future);
    if (end?.yearless && !a.endValue) {
      // The end of a range is after its start: "between December 2023 and May 2" ends in 2024.
      if (a.value) {
        const y = a.value.year;
        const candidate: PartialDate = { year: y, ...end.yearless };
        a.endValue = compareDates(candidate, a.value) < 0 ? { ...candidate, year: y + 1 } : candidate;
      } else a.endValue = yearFromContext(ctx, end, end.yearless, lastFullDay, future);
    }
    // "between March and June 2022": the start month takes the year of the end.
    if (a.kind === "range" && a.bareMonth !== undefined && end && end.value) {
      const y = end.value.year;
      a.value = {
        year: end.value.month !== undefined && a.bareMonth > end.value.month ? y - 1 : y,
        month: a.bareMonth,
      };
    }
    if (a.value && a.endValue && a.kind === "range" && compareDates(a.endValue, a.value) < 0) a.endValue = null;
    if (a.value?.day !== undefined && (a.stated || !a.relative)) {
      lastFullDay = { value: a.value, paragraph: ctx.doc.sentences[ctx.doc.tokens.sentence[a.first]].paragraph };
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
    if (a.value && a.kind !== "duration") lastDated = { value: a.value, paragraph };
  }
}

/**
 * "almost four months after the attempted assassination of Sergei Skripal in March 2018" counts
 * from the date inside its phrase; "a week after the Skripal poisoning" from the date of the
 * last earlier sentence that names the same person or body. The result is as precise as the
 * shifted period allows (March 2018 plus a week is only "2018").
 */
function resolveEventAnchors(ctx: Ctx, atoms: Atom[]): void {
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
    let anchor = own.find((b) => b.first >= from && b.last <= to) ?? null;
    if (!anchor) anchor = anchorByName(ctx, bySentence, a.first, from, to);
    if (anchor?.value) a.value = shiftPeriod(anchor.value, chain);
  }
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
  if (chain.years !== undefined) return { year: from.year + chain.years };
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

/**
 * The year of "9 September" when the text does not give one: the year of the last full date
 * told earlier in the story when this one follows it in the calendar (a narrative moving
 * forwards) and is not scheduled, else the publication year (a year back for a past event later in the calendar
 * than publication, a year on for a scheduled one already past). No anchor, no year.
 */
function yearFromContext(
  ctx: Ctx,
  a: Atom,
  md: { month: number; day?: number },
  lastFullDay: { value: PartialDate; paragraph: number } | null,
  future: boolean,
): PartialDate | null {
  const paragraph = ctx.doc.sentences[ctx.doc.tokens.sentence[a.first]].paragraph;
  // A scheduled date is ahead of publication, whatever the story told before it.
  const scheduled = future && ctx.published !== null;
  if (lastFullDay && !scheduled && paragraph - lastFullDay.paragraph <= 6) {
    const candidate: PartialDate = { year: lastFullDay.value.year, ...md };
    // With a publication date to fall back on, only a close sequel takes the story's year
    // ("fled on 6 September last year … arrested on 9 September").
    const close = !ctx.published || monthsBetween(lastFullDay.value, candidate) <= 3;
    if (compareDates(candidate, lastFullDay.value) >= 0 && close) return candidate;
  }
  const p = ctx.published;
  if (!p) return null;
  const candidate: PartialDate = { year: p.year, ...md };
  const cmp = compareDates(candidate, p);
  if (!future && cmp > 0 && (md.month - p.month + 12) % 12 > 1) return { ...candidate, year: p.year - 1 };
  if (future && cmp < 0 && (p.month - md.month + 12) % 12 > 1) return { ...candidate, year: p.year + 1 };
  return candidate;
}

function monthsBetween(a: PartialDate, b: PartialDate): number {
  return (b.year - a.year) * 12 + ((b.month ?? 1) - (a.month ?? 1));
}

/** Whether the clause before token `i` speaks of the future: the nearest tense marker decides. */
export function isFutureContext(ctx: { doc: Doc; words: string[] }, i: number): boolean {
  const sentence = ctx.doc.tokens.sentence[i];
  for (let k = i - 1; k >= 0 && k >= i - 14; k--) {
    if (ctx.doc.tokens.sentence[k] !== sentence) break;
    const word = ctx.words[k];
    if (FUTURE_MARKERS.has(word)) {
      if (word === "set" && ctx.words[k + 1] !== "to" && ctx.words[k + 1] !== "for") continue;
      if (word === "due" && ctx.words[k + 1] !== "to" && ctx.words[k + 1] !== "on") continue;
      if (word === "going" && ctx.words[k + 1] !== "to") continue;
      return true;
    }
    // "remanded to appear", "bailed to face trial", "to be sentenced": an appointment ahead.
    if (word === "to" && /^(appear|face|stand|be)$/.test(ctx.words[k + 1] ?? "")) return true;
    if (PAST_MARKERS.has(word)) return false;
  }
  return false;
}

function toExpression(ctx: Ctx, a: Atom): TimeExpression {
  const start = ctx.doc.tokens.start[a.first];
  const end = ctx.doc.tokens.end[a.last - 1];
  const out: TimeExpression = {
    text: ctx.doc.text.slice(start, end),
    start,
    end,
    value: a.kind === "duration" || !a.value ? null : toIso(a.value),
    kind: a.kind,
  };
  if (a.kind === "range") out.end_value = a.endValue ? toIso(a.endValue) : null;
  return out;
}
