// Holidays as dates: "on Christmas Eve", "over the Thanksgiving weekend", "last New Year's Day".
// Names and calendar rules are data in src/lexicon/holidays.json, built from WordNet's days
// (a fixed date such as Dec 24, or a weekday of a month such as the fourth Thursday in November);
// the year comes from the publication date and the tense, as for a weekday.
import { isUpperCode } from "../../core/doc.js";
import holidays from "../../lexicon/holidays.json" with { type: "json" };
import { addDays, dayNumber, daysInMonth, weekday } from "./calendar.js";
import { MONTH_PREPOSITIONS, YEAR_PREPOSITIONS } from "./lexicon.js";
import { type Atom, type Ctx, type Day } from "./atoms.js";
import { isCapitalised } from "./chrono.js";

/** Each holiday's name (lower case, split as the tokenizer splits it) → its calendar rule. */
const DAYS: ReadonlyMap<string, readonly number[]> = new Map(Object.entries(holidays.days));
/** Names WordNet also knows in a sense that is no day ("thanksgiving", giving thanks). */
const AMBIGUOUS: ReadonlySet<string> = new Set(holidays.ambiguous);
const LONGEST = Math.max(...[...DAYS.keys()].map((k) => k.split(" ").length));
/** A stretch around the holiday: it is dated by the holiday's month. */
const STRETCHES = new Set(["weekend", "holiday", "holidays", "break", "season", "week", "period"]);
const YEAR = /^(1[89]\d\d|20\d\d)$/;
const QUOTES = new Set(['"', "'", "\u201c", "\u2018"]);
/** Words before a day besides those before a month or a year ("on", "over", "at"). */
const PREPOSITIONS = new Set(["on", "over", "at", "around"]);

/** A time expression's text names a holiday ("Christmas Eve", "last New Year's Day", "the Labor Day weekend"). */
export function namesHoliday(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/'s\b/g, " 's")
    .replace(/s'(?=\s|$)/g, "s '")
    .split(/\s+/);
  if (/^(last|next|this)$/.test(words[0])) words.shift();
  if (STRETCHES.has(words[words.length - 1]) || YEAR.test(words[words.length - 1])) words.pop();
  return DAYS.has(words.join(" "));
}

/** The day a holiday falls on in `year`: [month, day] or [month, weekday, nth] (nth -1: the last). */
export function holidayIn(year: number, rule: readonly number[]): Day {
  const [month, dayOrWeekday, nth] = rule;
  if (nth === undefined) return { year, month, day: dayOrWeekday };
  if (nth > 0) {
    const first: Day = { year, month, day: 1 };
    return addDays(first, ((dayOrWeekday - weekday(first) + 7) % 7) + 7 * (nth - 1));
  }
  const last: Day = { year, month, day: daysInMonth(year, month) };
  return addDays(last, -((weekday(last) - dayOrWeekday + 7) % 7));
}

/**
 * A holiday named at token `i`, written with capitals as a name ("Christmas Eve", "Labor Day",
 * "New Year's Day"). Not a holiday inside a longer name ("Christmas Island", "Epiphany Pre-School"),
 * one of a place or people before it ("Ukraine's Independence Day", "Orthodox Christmas"), nor a
 * title in quotation marks; a name WordNet also knows in another sense not at a sentence's start.
 */
export function holidayAt(ctx: Ctx, i: number): Atom | null {
  if (!isCapitalised(ctx, i)) return null;
  const { words, doc } = ctx;
  const sentence = doc.tokens.sentence[i];
  let name = "";
  let rule: readonly number[] | undefined;
  let last = i;
  for (let k = i, key = ""; k < i + LONGEST && k < words.length && doc.tokens.sentence[k] === sentence; k++) {
    key = (key ? key + " " : "") + words[k].replace("\u2019", "'");
    const found = DAYS.get(key);
    if (found) [name, rule, last] = [key, found, k + 1];
  }
  if (!rule) return null;
  const capital = (k: number) => k < words.length && isUpperCode(doc.text.charCodeAt(doc.tokens.start[k]));
  const opens = i === doc.sentences[sentence].firstToken;
  const prev = words[i - 1] ?? "";
  if (capital(last) && doc.tokens.sentence[last] === sentence) return null;
  if (!opens && (capital(i - 1) || /^['\u2019]s?$/.test(prev) || QUOTES.has(prev))) return null;
  if (opens && AMBIGUOUS.has(name)) return null;
  const stretch = STRETCHES.has(words[last] ?? "");
  // "on Christmas Eve", "before Labor Day", "the Thanksgiving weekend": the day itself, or a stretch
  // around it. Not a name that only describes a thing ("Christmas trees", "a Labor Day party").
  if (!stretch && !PREPOSITIONS.has(prev) && !MONTH_PREPOSITIONS.has(prev) && !YEAR_PREPOSITIONS.has(prev)) return null;
  const holiday = rule;
  let first = i;
  let direction = 0;
  if (prev === "last" || prev === "next" || prev === "this") {
    first = i - 1;
    direction = prev === "last" ? -1 : prev === "next" ? 1 : 0;
  }
  if (YEAR.test(words[last] ?? "")) {
    const value = holidayIn(Number(words[last]), holiday);
    return { first, last: last + 1, kind: "date", value };
  }
  return {
    first,
    last: stretch ? last + 1 : last,
    kind: "relative",
    value: null,
    relative: (p, future) => {
      const day = nearest(p, holiday, direction || (future || soon(p, holiday) ? 1 : -1), direction === 0);
      if (!stretch) return day;
      // "the Christmas holidays", "the Thanksgiving weekend": the holiday's month names them.
      return { year: day.year, month: day.month };
    },
  };
}

/** The holiday falls within a week after `p`: a story told just before it leads up to it ("left early to start the Labor Day holiday"). */
function soon(p: Day, rule: readonly number[]): boolean {
  const next = nearest(p, rule, 1, true);
  return dayNumber(next) - dayNumber(p) <= IMMINENT_DAYS;
}
const IMMINENT_DAYS = 7;

/** The holiday's day nearest `p` in `direction` (-1 before, +1 after), `p` itself counting when `inclusive`. */
function nearest(p: Day, rule: readonly number[], direction: number, inclusive: boolean): Day {
  const same = holidayIn(p.year, rule);
  const cmp = same.month - p.month || same.day - p.day;
  if (cmp === 0 && inclusive) return same;
  if (direction < 0) return cmp < 0 ? same : holidayIn(p.year - 1, rule);
  return cmp > 0 ? same : holidayIn(p.year + 1, rule);
}
