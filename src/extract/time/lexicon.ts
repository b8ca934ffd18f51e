// Words of the calendar as news copy writes them. Month and weekday names are data in
// src/lexicon/calendar.json (English month and day names; this project, MIT).
import calendar from "../../lexicon/calendar.json" with { type: "json" };

/** Month names and abbreviations → 1–12, from src/lexicon/calendar.json (the one copy). */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  calendar.months.flatMap((forms, k) => forms.map((f) => [f, k + 1] as [string, number])),
);

/** Full month names only. */
export const MONTH_NAMES: readonly string[] = calendar.months.map((forms) => forms[0]);

/** Month abbreviations that are ordinary words too: only a month with a following full stop. */
export const AMBIGUOUS_MONTH_ABBREVIATIONS = new Set(["jan", "mar", "may", "jun", "jul", "aug", "sep", "oct", "dec"]);

/** 0 = Sunday, as `Date.getUTCDay`. Only full names: "Sun" and "Sat" are names and verbs too. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(calendar.weekdays.map((forms, k) => [forms[0], k]));

/**
 * "said Thurdsay", "on Wedensday": the long weekday names with two neighbouring letters swapped or
 * one letter dropped, as typed in haste. Only names of seven letters or more: a slip in a short
 * one makes another word ("Sunday" without its y is the Sunda Strait).
 */
export const MISTYPED_WEEKDAYS: ReadonlyMap<string, number> = new Map(
  [...WEEKDAYS].flatMap(([name, day]) => {
    if (name.length < 7) return [];
    const slips = new Set<string>();
    for (let k = 0; k + 1 < name.length; k++) slips.add(name.slice(0, k) + name[k + 1] + name[k] + name.slice(k + 2));
    for (let k = 1; k < name.length; k++) slips.add(name.slice(0, k) + name.slice(k + 1));
    slips.delete(name);
    return [...slips].map((slip) => [slip, day] as [string, number]);
  }),
);

/** Weekday names with their abbreviations ("Wed", "Thurs"), for readers that only need to know a word is one. */
export const WEEKDAY_FORMS: ReadonlySet<string> = new Set(calendar.weekdays.flat());

/** Stretches of the calendar named by "last", "this" or "next" ("last week", "this weekend"). */
export const PERIODS: ReadonlySet<string> = new Set(["week", "weekend", "month", "year"]);

export const PARTS_OF_DAY = new Set(["morning", "afternoon", "evening", "night", "lunchtime", "overnight"]);

/** First month of each season (northern hemisphere, as in UK and US copy). */
export const SEASONS: ReadonlyMap<string, number> = new Map([
  ["spring", 3],
  ["summer", 6],
  ["autumn", 9],
  ["fall", 9],
  ["winter", 12],
]);

/** Words after which a bare year ("in 2021") is a date rather than a count. */
export const YEAR_PREPOSITIONS = new Set([
  "in",
  "since",
  "by",
  "from",
  "between",
  "until",
  "till",
  "through",
  "throughout",
  "during",
  "before",
  "after",
  "early",
  "late",
  "mid",
  "around",
  "circa",
  "of",
]);

/** Words after which a bare month name ("in March", "late July") is the month, not a verb or noun. */
export const MONTH_PREPOSITIONS = new Set([
  "in",
  "between",
  "since",
  "by",
  "from",
  "until",
  "till",
  "through",
  "during",
  "before",
  "after",
  "early",
  "late",
  "mid",
  "last",
  "this",
  "next",
  "of",
  // "was set for March", "scheduled for June": the month an appointment is fixed for ("voted for
  // May" is read as the surname in monthAt).
  "for",
]);

/** Connectors between the two ends of a range. */
export const RANGE_CONNECTORS = new Set(["and", "to", "until", "till", "through", "-", "–", "—"]);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["a", 1],
  ["an", 1],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["thirteen", 13],
  ["fourteen", 14],
  ["fifteen", 15],
  ["sixteen", 16],
  ["seventeen", 17],
  ["eighteen", 18],
  ["nineteen", 19],
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["several", 3],
  ["few", 3],
  ["couple", 2],
  ["dozen", 12],
  ["half", 0.5],
]);

export const DURATION_UNITS: ReadonlyMap<string, "day" | "week" | "month" | "year" | "hour" | "decade"> = new Map([
  ["day", "day"],
  ["days", "day"],
  ["week", "week"],
  ["weeks", "week"],
  ["month", "month"],
  ["months", "month"],
  ["year", "year"],
  ["years", "year"],
  ["decade", "decade"],
  ["decades", "decade"],
  ["hour", "hour"],
  ["hours", "hour"],
  ["fortnight", "week"],
  ["fortnights", "week"],
] as const);

/** Unit words that stand for more than one of the unit they map to: a fortnight is two weeks. */
export const UNIT_MULTIPLES: ReadonlyMap<string, number> = new Map([
  ["fortnight", 2],
  ["fortnights", 2],
]);

/** Words before a duration that make it one ("more than a year", "almost four months"). */
export const DURATION_HEDGES = new Set([
  "more",
  "than",
  "over",
  "about",
  "almost",
  "nearly",
  "around",
  "up",
  "to",
  "at",
  "least",
  "some",
  "roughly",
  "for",
]);

/**
 * Words that put a clause in the future: scheduled events resolve a weekday or month forwards.
 * Checked backwards from the expression, the nearest of these or of PAST_MARKERS wins.
 */
export const FUTURE_MARKERS = new Set([
  "will",
  "'ll",
  "’ll",
  "shall",
  "due",
  "expected",
  "scheduled",
  "slated",
  "set",
  "upcoming",
  "next",
  "tomorrow",
  "plans",
  "plan",
  "planned",
  // "awaiting trial in November": what is awaited lies ahead.
  "awaiting",
  "awaits",
  "await",
  "going",
  // "voters expect her to win Monday's debate", "hoping Saturday's vote will": a hope or an
  // expectation in the present looks ahead.
  "expect",
  "expects",
  "hope",
  "hopes",
  "hoping",
  // "if Democrats win the White House in November": a condition in the present is still to be met.
  "if",
  // A timetable in the present simple: "the trial begins in January", "the consultation closes
  // on Friday" tell what is fixed to come.
  "begins",
  "starts",
  "opens",
  "resumes",
  "reopens",
  "commences",
  "closes",
  "ends",
  "expires",
  // "takes effect on 1 January", "the vote takes place on Friday".
  "takes",
  "take",
  "won't",
  "won’t",
  "wo",
]);

export const PAST_MARKERS = new Set([
  "said",
  "told",
  "was",
  "were",
  "had",
  "did",
  "announced",
  "added",
  "warned",
  "last",
  "ago",
  "earlier",
  "stated",
  "confirmed",
  "revealed",
]);

/** Words and marks that end the phrase a date or an event is stated in ("…, and", "… which"). */
export const PHRASE_ENDS = new Set([
  ",",
  ".",
  ";",
  ":",
  "—",
  "–",
  "(",
  ")",
  "and",
  "but",
  "when",
  "while",
  "which",
  "who",
]);
