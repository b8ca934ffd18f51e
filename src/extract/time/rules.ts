// Our own token rules: holidays (holidays.ts), bare years, bare months, weekdays resolved by
// tense, week/month/year relative phrases at the precision they really have, seasons and durations.
import { isUpperCode, sentenceOf } from "../../core/doc.js";
import { addDays, addMonths, commonPrecision, dayNumber, daysInMonth, weekday, type PartialDate } from "./calendar.js";
import {
  DURATION_HEDGES,
  DURATION_UNITS,
  UNIT_MULTIPLES,
  MONTHS,
  MONTH_PREPOSITIONS,
  NUMBER_WORDS,
  PARTS_OF_DAY,
  PERIODS,
  RANGE_CONNECTORS,
  SEASONS,
  WEEKDAYS,
  MISTYPED_WEEKDAYS,
  YEAR_PREPOSITIONS,
  PHRASE_ENDS,
} from "./lexicon.js";
import { type Atom, type Ctx, type Day, overlaps } from "./atoms.js";
import { isCapitalised } from "./chrono.js";
import { isIrregularPastForm } from "../quotes/verb-forms.js";
import { holidayAt } from "./holidays.js";

// ---------------------------------------------------------------------------------------------
// Our own rules: years, bare months, weekdays, relative phrases, seasons, durations

const YEAR = /^(1[89]\d\d|20\d\d)$/;
const YEAR_SPAN = /^(1[89]\d\d|20\d\d)[-–](\d\d|1[89]\d\d|20\d\d)$/;
const MID_YEAR = /^(mid|early|late)-(1[89]\d\d|20\d\d)$/;

export function ruleAtoms(ctx: Ctx, taken: Uint8Array): Atom[] {
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
export function w(ctx: Ctx, i: number): string {
  if (i < 0 || i >= ctx.words.length) return "";
  if (ctx.sentence >= 0 && ctx.doc.tokens.sentence[i] !== ctx.sentence) return "";
  return ctx.words[i];
}

function ruleAt(ctx: Ctx, i: number): Atom | null {
  ctx.sentence = ctx.doc.tokens.sentence[i];
  const a =
    holidayAt(ctx, i) ??
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
      // "told USA Today", "an interview with Russia Today": written capital after a capitalised
      // word, it is the last word of a name.
      if (isCapitalised(ctx, i) && i > sentenceOf(ctx.doc, i).firstToken && isCapitalised(ctx, i - 1)) return null;
      return rel(i, i + 1, d);
    case "yesterday":
      return rel(i, i + 1, (p) => addDays(p, -1));
    case "tomorrow":
      return rel(i, i + 1, (p) => addDays(p, 1));
  }
  if (a === "this" && PARTS_OF_DAY.has(b)) return rel(i, i + 2, d);
  // "over the weekend", "at the weekend": the weekend just gone, or the coming one when scheduled.
  if (a === "the" && b === "weekend" && /^(over|at|during)$/.test(w(ctx, i - 1))) {
    const [past, ahead] = [periodValue("last", "weekend"), periodValue("next", "weekend")];
    return rel(i, i + 2, (p, future) => (future ? ahead : past)?.(p) ?? null);
  }
  if (a === "last" && b === "night") return rel(i, i + 2, (p) => addDays(p, -1));
  if (a === "earlier" || a === "later") {
    if ((b === "this" || b === "last" || b === "next") && PERIODS.has(c)) {
      if (isCapitalised(ctx, i + 2)) return null;
      // "earlier this weekend" is the weekend just gone, also when told on the Monday after it.
      const inner = periodValue(a === "earlier" && b === "this" && c === "weekend" ? "last" : b, c);
      // "earlier this week" is the part gone, "later this week" the part to come.
      return inner ? rel(i, i + 3, (p) => inner(p, a === "later")) : null;
    }
    if (b === "today") return rel(i, i + 2, d);
    return null;
  }
  if ((a === "this" || a === "last" || a === "next" || a === "past") && PERIODS.has(b)) {
    // "the last three years" is a duration; "last year" is a date. "his last year as warden",
    // "their next week at sea": after a possessive, one of someone's own stretches, no date ("her"
    // is also an object: "met her last year").
    if ((w(ctx, i - 1) === "the" || OWNERS.has(w(ctx, i - 1))) && a !== "this") return null;
    // "on ''This Week''", "Last Week Tonight": a period word written capital is a title's word.
    if (isCapitalised(ctx, i + 1)) return null;
    // "were arrested this weekend" told on a Monday or Tuesday: the weekend just gone.
    if (a === "this" && b === "weekend") {
      const [gone, coming] = [periodValue("last", "weekend")!, periodValue("this", "weekend")!];
      return rel(i, i + 2, (p, future) => (!future && weekday(p) >= 1 && weekday(p) <= 2 ? gone : coming)(p));
    }
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
  return agoAt(ctx, i);
}

/** "three years ago", "a week ago", "five years ago this week" starting at token `i`. */
function agoAt(ctx: Ctx, i: number): Atom | null {
  const count = numberAt(ctx, i);
  if (!count) return null;
  const unit = DURATION_UNITS.get(w(ctx, count.next));
  if (!unit || w(ctx, count.next + 1) !== "ago") return null;
  const k = count.value * (UNIT_MULTIPLES.get(w(ctx, count.next)) ?? 1);
  // "five years ago this week", "a year ago today": the same week or day, that many years or
  // months back; one date, not two.
  const after = w(ctx, count.next + 2);
  const period = after === "this" ? w(ctx, count.next + 3) : "";
  if ((unit === "year" || unit === "month") && Number.isInteger(k)) {
    if (after === "today") return rel(i, count.next + 3, (p) => agoBack(p, k, unit));
    if ((period === "week" || period === "month") && !isCapitalised(ctx, count.next + 3)) {
      const inner = periodValue("this", period)!;
      return rel(i, count.next + 4, (p) => {
        const v = inner(p);
        return v?.month !== undefined ? agoBack({ year: v.year, month: v.month }, k, unit) : null;
      });
    }
  }
  return rel(i, count.next + 2, (p) => agoValue(p, k, unit));
}

const RELATIVE_UNITS = new Set(["day", "week", "month", "year", "morning", "evening", "night", "weekend"]);

function rel(first: number, last: number, fn: (published: Day, future: boolean) => PartialDate | null): Atom {
  return { first, last, kind: "relative", value: null, relative: fn };
}

function periodValue(which: string, period: string): ((p: Day, future?: boolean) => PartialDate | null) | null {
  const step = which === "last" ? -1 : which === "next" ? 1 : 0;
  switch (period) {
    case "year":
      return (p) => ({ year: p.year + step });
    case "month":
      return (p) => addMonths(p.year, p.month, step);
    case "week":
      return (p, future) => {
        // Monday to Sunday; a week that straddles two months is told by the month holding most
        // of its days, its Thursday ("last week", told on Wednesday 8 June, is in June).
        const monday = addDays(p, -((weekday(p) + 6) % 7) + 7 * step);
        // "this week" told in the past is the part of it before the telling, in the future the
        // part after: "resigned this week", told on Tuesday 1 July, is in June or July, and the
        // month holding most of those days (the telling's own on a tie) tells it.
        if (step === 0) {
          const [from, to] = future ? [p, addDays(monday, 6)] : [monday, p];
          const days = dayNumber(to) - dayNumber(from) + 1;
          const inP = future ? daysInMonth(p.year, p.month) - p.day + 1 : p.day;
          const other = future ? to : from;
          return inP * 2 >= days ? { year: p.year, month: p.month } : { year: other.year, month: other.month };
        }
        const thursday = addDays(monday, 3);
        return { year: thursday.year, month: thursday.month };
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

/** The same month (and day, if given) `k` years or months back; a 29 February keeps its month only. */
function agoBack(d: { year: number; month: number; day?: number }, k: number, unit: string): PartialDate {
  const month = unit === "year" ? { year: d.year - k, month: d.month } : addMonths(d.year, d.month, -k);
  return d.day === undefined || (d.month === 2 && d.day === 29) ? month : { ...month, day: d.day };
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
  const day = WEEKDAYS.get(w(ctx, i)) ?? MISTYPED_WEEKDAYS.get(w(ctx, i));
  if (day === undefined || !isCapitalised(ctx, i)) return null;
  // "The Sunday Times", "Monday Night Football": a weekday inside a name.
  const following = w(ctx, i + 1);
  // In running text a part of the day is written small ("on Saturday night"): capitalised, it is a
  // title's word too ("Saturday Night Live", "its Sunday Morning Futures").
  if (following && !MONTHS.has(following) && isUpperCode(ctx.doc.text.charCodeAt(ctx.doc.tokens.start[i + 1]))) {
    return null;
  }
  if (namedDay(ctx, i)) return null;
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
  // "on Tuesday last week", "Friday next week", "Monday morning this week": the weekday of the
  // week named after it (Monday to Sunday), one date.
  const step = direction === 0 && w(ctx, last + 1) === "week" ? WEEK_STEPS.get(w(ctx, last)) : undefined;
  const inWeek = step !== undefined && !isCapitalised(ctx, last + 1);
  if (inWeek) last += 2;
  // A day in the possessive names another happening ("is facing a test in Tuesday's primary"),
  // whose day the progressive does not tell.
  const arranged = direction === 0 && !/^['\u2019]s$/.test(w(ctx, i + 1)) && progressiveBefore(ctx, first);
  // "last Wednesday's order": still the date of that Wednesday.
  return {
    first,
    last,
    kind: "relative",
    value: null,
    relative: (p, future) => {
      const back = (weekday(p) - day + 7) % 7;
      // "last Monday" is the Monday of last week (Monday to Sunday): told on a Wednesday, nine
      // days before, since the Monday two days before is plain "on Monday". "Tuesday last week",
      // "Monday next week": the weekday of the week named.
      if (inWeek || direction < 0) {
        const monday = addDays(p, -((weekday(p) + 6) % 7) + 7 * (inWeek ? (step ?? 0) : -1));
        return addDays(monday, (day + 6) % 7);
      }
      if (direction > 0) return addDays(p, back === 0 ? 7 : 7 - back);
      // An arrangement for the day before publication is the writer's yesterday: a story is often
      // stamped the morning after it was written ("He's campaigning Wednesday" dated Thursday).
      if (future || (arranged && back !== 1)) return addDays(p, (7 - back) % 7);
      return addDays(p, -back);
    },
  };
}

/** The week named after a weekday: "Tuesday last week", "Monday this week", "Friday next week". */
const WEEK_STEPS: ReadonlyMap<string, number> = new Map([
  ["last", -1],
  ["this", 0],
  ["next", 1],
]);

/** The present of "be" before a verb in "-ing". */
const BE_PRESENT = new Set(["is", "are", "am", "'s", "\u2019s", "'re", "\u2019re"]);
/** Words that open a phrase naming another happening, or a clause, before a date. */
export const OTHER_PHRASE = new Set(
  "that which who when where after before since over about from off of following because if than while".split(" "),
);

/**
 * "Ann Roe is meeting the council on Friday", "the club is holding a vote Saturday": a weekday
 * told in the present progressive, with the verb's object and a place or companion between, is an
 * arrangement: the coming day (today, when it is that day). A phrase naming another happening
 * ("is recovering from surgery on Friday", "is coming off a defeat on Friday"), a
 * past form or a clause break between them leaves the day to the tense of the rest.
 */
function progressiveBefore(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 9; k--) {
    const word = w(ctx, k);
    if (!/^[a-z][a-z'’-]*$/.test(word) || OTHER_PHRASE.has(word) || /..ed$/.test(word)) return false;
    if (!/...ing$/.test(word)) continue;
    const at = /^(also|still|now|not)$/.test(w(ctx, k - 1)) ? k - 2 : k - 1;
    // "'s" is "is" only after a pronoun ("he's campaigning"); after a name it is a possessive
    // ("Rubio's disappointing debate").
    if (/^['\u2019]s$/.test(w(ctx, at)) && !/^(he|she|it|that|there|who|what)$/.test(w(ctx, at - 1))) return false;
    return BE_PRESENT.has(w(ctx, at)) && word !== "being";
  }
  return false;
}

/**
 * "on Super Tuesday", "the Good Friday agreement", "since Bloody Sunday": a capitalised word
 * between a determiner or preposition and the weekday makes the two one name of a day.
 */
function namedDay(ctx: Ctx, i: number): boolean {
  const sentenceStart = sentenceOf(ctx.doc, i).firstToken;
  if (i - 2 < sentenceStart || !isCapitalised(ctx, i - 1) || !/^[a-z]+$/.test(w(ctx, i - 1))) return false;
  if (WEEKDAYS.has(w(ctx, i - 1)) || MONTHS.has(w(ctx, i - 1))) return false;
  return NAME_OPENERS.has(w(ctx, i - 2)) || closesQuotedTitle(ctx, i);
}

/**
 * 'on "Channel Nine Sunday,"', 'the “Morning Report Monday” show': a weekday that ends a run of
 * capitalised words opened by a quotation mark is the last word of a title.
 */
function closesQuotedTitle(ctx: Ctx, i: number): boolean {
  const after = w(ctx, i + 1) === "," ? w(ctx, i + 2) : w(ctx, i + 1);
  if (after !== '"' && after !== "\u201d") return false;
  const sentenceStart = sentenceOf(ctx.doc, i).firstToken;
  for (let k = i - 1; k >= sentenceStart && k >= i - 5; k--) {
    if (w(ctx, k) === '"' || w(ctx, k) === "\u201c") return k < i - 1;
    if (!isCapitalised(ctx, k)) return false;
  }
  return false;
}

const NAME_OPENERS = new Set([
  ...["the", "a", "on", "of", "since", "before", "after", "until", "for", "'s", "\u2019s"],
  // A name in quotation marks: 'the "Super Tuesday" states'.
  ...['"', "\u201c"],
]);

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
  // "in mid-August", "by late-March": the hyphen ties the month to its part, so it is the month.
  const part = /^(mid|early|late)-([a-z]+)$/.exec(w(ctx, i));
  const word = part ? part[2] : w(ctx, i);
  const month = MONTHS.get(word);
  if (month === undefined) return null;
  if (part) {
    const ch = ctx.doc.text.charCodeAt(ctx.doc.tokens.start[i] + part[1].length + 1);
    if (ch < 65 || ch > 90 || word.length < 3 || word === "mar" || word === "may") return null;
  } else if (!isCapitalised(ctx, i)) return null;
  if (!part && word.length <= 4 && word !== "june" && word !== "july" && word !== "may") {
    if (w(ctx, i + 1) !== ".") return null;
  }
  const prev = part ? "mid" : w(ctx, i - 1);
  // "in April last year", "for October next year": the month takes the year of the phrase after it.
  const yearWord = w(ctx, i + 2) === "year" ? w(ctx, i + 1) : "";
  const yearStep = yearWord === "last" ? -1 : yearWord === "next" ? 1 : yearWord === "this" ? 0 : null;
  // "earlier in December", "late July", "back in March": the month, with its year from the context.
  if (!MONTH_PREPOSITIONS.has(prev) && yearStep === null) return null;
  // "Theresa May last year": after a capitalised word, May is a surname.
  if (!MONTH_PREPOSITIONS.has(prev) && i > 0 && isCapitalised(ctx, i - 1)) return null;
  // "in May's cabinet": May is also a surname; its possessive is the person's.
  if (word === "may" && /^['’]s$/.test(w(ctx, i + 1))) return null;
  // "voted for May", "a win for June": after "for", May and June are as often people.
  if (prev === "for" && (word === "may" || word === "june")) return null;
  const abbreviated = word.length <= 4 && word !== "may" && word !== "june" && word !== "july";
  if (yearStep !== null)
    return {
      first: i,
      last: i + 3,
      kind: "relative",
      value: null,
      relative: (p) => ({ year: p.year + yearStep, month }),
    };
  const last = abbreviated && w(ctx, i + 1) === "." ? i + 2 : i + 1;
  const first =
    !part &&
    (prev === "last" || prev === "next" || prev === "this" || prev === "early" || prev === "late" || prev === "mid")
      ? i - 1
      : i;
  const direction = prev === "last" ? -1 : prev === "next" ? 1 : 0;
  return {
    first,
    last,
    kind: "relative",
    value: null,
    bareMonth: month,
    plainMonth: direction === 0 && prev !== "this",
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
    if (otherSeasonIn(ctx, i)) return null;
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

/**
 * "The ferrymen fish in the summer and mend their nets in the winter": a time of year set against
 * another in the same sentence, with no verb in the past between them, tells a habit, not when
 * something happened ("the mill shut in the winter and reopened in the spring" tells two).
 * ("fall" counts only after "the", as the season.)
 */
function otherSeasonIn(ctx: Ctx, i: number): boolean {
  const { firstToken, lastToken } = sentenceOf(ctx.doc, i);
  for (let k = firstToken; k < lastToken; k++) {
    const word = w(ctx, k);
    if (k === i || !SEASONS.has(word) || word === w(ctx, i)) continue;
    if (word === "fall" && w(ctx, k - 1) !== "the") continue;
    const [from, to] = k < i ? [k, i] : [i, k];
    for (let j = from + 1; j < to; j++) if (pastVerb(w(ctx, j), w(ctx, j - 1))) return false;
    return true;
  }
  return false;
}
/** A verb in the past: "was", "had", "reopened", "fell" (not a participle after "is" or "be"). */
function pastVerb(word: string, before: string): boolean {
  if (/^(was|were|had|did)$/.test(word)) return true;
  if (/^(is|are|be|been|being|was|were|has|have|had)$/.test(before)) return false;
  return (word.length > 4 && /^[a-z]+ed$/.test(word)) || isIrregularPastForm(word);
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
  // "a fortnight later": two weeks.
  const units = count.value * (UNIT_MULTIPLES.get(w(ctx, unitAt)) ?? 1);
  unitAt++;
  const direction = w(ctx, unitAt) === "later" ? 1 : w(ctx, unitAt) === "earlier" ? -1 : 0;
  if (direction && Number.isInteger(units)) {
    // "two days later", "a year earlier": counted from the date told just before.
    const k = direction * units;
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
  // "was suspended for a month after he posted the comment": a length governed by "for" is how
  // long something lasted, and "after" opens the clause of what caused it; nothing is counted.
  let governor = i - 1;
  while (governor > i - 4 && w(ctx, governor) !== "for" && DURATION_HEDGES.has(w(ctx, governor))) governor--;
  const lasting = w(ctx, governor) === "for";
  if ((relation === "after" || relation === "before") && Number.isInteger(units) && !lasting) {
    // "a week after the Skripal poisoning": counted from the date of the event it names.
    const k = (relation === "after" ? 1 : -1) * units;
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

/** Possessive pronouns that are never objects: "his last year", "its next week". */
const OWNERS = new Set(["his", "its", "their", "our", "my", "your"]);
