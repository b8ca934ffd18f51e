// Which time expressions date a happening: dates said twice, dates that name a thing ("the 2014
// elections") and the reference periods of figures ("$2 billion last year").
import type { TimeExpression } from "../../core/schema.js";
import { DURATION_UNITS, MONTHS } from "../time/lexicon.js";
import currencyNouns from "../../lexicon/currency-nouns.json" with { type: "json" };
import { type Doc, firstAfter, firstAtOrAfter, perDoc, sentenceOf } from "../../core/doc.js";
import { isIrregularPastForm, isPresentVerbForm } from "../quotes/verb-forms.js";

/**
 * "was arrested a few weeks later, on 3 May": a vague relative date restated at once by a
 * precise one (a comma, then "on" or "in") is that date; only the precise one dates the event.
 * A date repeated in brackets is the same date told twice; only the first dates the event.
 */
export function restatedTimes(words: string[], times: TimeExpression[], timeTokens: [number, number][]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k + 1 < times.length; k++) {
    const [, end] = timeTokens[k];
    const [next, nextEnd] = timeTokens[k + 1];
    // "on Saturday (July 19)", "last year (2023)": a date in brackets right after another says it
    // again; the first one, where the sentence puts it, dates the event.
    if (times[k].value && words[end] === "(" && next === end + 1 && words[nextEnd] === ")") out.add(k + 1);
    if (times[k].kind !== "relative" || !times[k + 1].value || words[end] !== ",") continue;
    if (next === end + 1 || (next === end + 2 && (words[end + 1] === "on" || words[end + 1] === "in"))) out.add(k);
  }
  return out;
}

const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"]);

/**
 * "at this year's levels", "the 2014 elections", "log 512 of 4 May": a period in the possessive, a
 * bare year between a determiner and a noun, or a day after a record's number tells which thing
 * is meant, not when something happened. So does a span of years written as one ("the 1980-84
 * drought", "the island's 2001-03 census"), also after a name in the possessive.
 */
export function describesNoun(doc: Doc, words: string[], time: TimeExpression, tf: number, timeEnd: number): boolean {
  const next = words[timeEnd] ?? "";
  // "cut emissions 80 percent from 2005 levels": a baseline year of a measure.
  if (/^\d{4}$/.test(time.text) && BASELINES.has(next)) return true;
  // "quoting log 512 of 4 May", "incident 1032 of Friday": a record's number and its day name
  // the record someone is asked to quote, not a happening.
  // "March 23 of this year" is a day, its year told after it.
  const noun = words[tf - 3] ?? "";
  if (words[tf - 1] === "of" && /^\d+$/.test(words[tf - 2] ?? "") && /^[a-z]+$/.test(noun) && !MONTHS.has(noun))
    return true;
  // A day in the possessive names a happening ("Sunday's vote"); a year or month, a period.
  if (next === "'s" || next === "\u2019s") return !!time.value && time.value.length <= 7;
  // "Bosnia's 1992-95 war", "the bloody 1992-95 war": a span after a possessive, or after a
  // determiner and one word describing it, names the thing as well.
  const described =
    DETERMINERS.has(words[tf - 2] ?? "") &&
    /^[a-z]+$/.test(words[tf - 1] ?? "") &&
    !/^(and|or|but|to|in|on|at|for|with|by|of|from|when|as|while)$/.test(next);
  if (YEAR_SPAN.test(time.text) && (/^['\u2019]s$/.test(words[tf - 1] ?? "") || described) && /^[a-z]/i.test(next))
    return true;
  return (
    (/^\d{4}$/.test(time.text) || YEAR_SPAN.test(time.text)) &&
    DETERMINERS.has(words[tf - 1] ?? "") &&
    /^[a-z]/i.test(next) &&
    timeEnd < doc.tokens.count
  );
}

/** A span of years in one: "1980-84", "2001–2003". */
const YEAR_SPAN = /^\d{4}[-\u2013](\d{2}|\d{4})$/;

const BASELINES = new Set(["level", "levels", "baseline", "prices", "figures", "rates", "values", "dollars"]);

const AMOUNTS = new Set(["%", "percent", "cent", "cents", "billion", "million", "thousand", "bn", "m", "points"]);

/**
 * "earnings for the quarter ended June 30", "the six months ending March 31", "in the week that
 * ended on Friday", "results for the year to June 30": the last day of a reporting period names
 * the period and is no happening; nor does it date the report. A period is a unit of the
 * calendar (the time stage's duration units), a quarter, a half or a "period".
 */
export function periodEnd(words: string[], tf: number): boolean {
  let k = words[tf - 1] === "on" ? tf - 2 : tf - 1;
  const to = words[k] === "to";
  if (!to && words[k] !== "ended" && words[k] !== "ending") return false;
  k--;
  if (!to && (words[k] === "that" || words[k] === "which")) k--;
  if (!to && words[k] === ",") k--;
  const head = (words[k] ?? "").replace(/^half-/, "");
  if (!DURATION_UNITS.has(head) && head !== "quarter" && head !== "half" && head !== "period") return false;
  // "the year to June 30", "the six months to March": after "to", only a period named with "the".
  return !to || words[k - 1] === "the" || words[k - 2] === "the";
}

/** "$2 billion last year", "up 3% in 2023": the date is the reference period of a figure. */
export function periodOfFigure(words: string[], tf: number): boolean {
  if (comparedWith(words, tf)) return true;
  let k = tf - 1;
  // "up eight points from March", "up 3% since January": a change is measured from a baseline.
  if (/^(in|for|during|from|since)$/.test(words[k] ?? "")) k--;
  // "80 cents per share last year", "$70 a barrel in 2023", "2.1 tonnes per hectare this year": a
  // rate's unit comes after the amount, and the amount may be counted in a unit of its own.
  if (/^[a-z]+$/.test(words[k] ?? "") && /^(per|a|an)$/.test(words[k - 1] ?? "")) {
    k -= 2;
    if (/^[a-z]+$/.test(words[k] ?? "") && /^\d[\d.,]*$/.test(words[k - 1] ?? "")) k--;
  }
  // "5 million euros last year", "300 rupees in 2023": an amount written with its currency's name.
  if (currency(words[k] ?? "")) k--;
  if (!AMOUNTS.has(words[k] ?? "") && !/^\d[\d.,]*$/.test(words[k] ?? "")) return false;
  // "fined the bank £5 million in 2023", "bought the flat for $2 million in 2021": a sum paid or
  // taken in an act is no figure's period; the date is the act's.
  for (let j = k - 1; j >= 0 && j >= k - 7; j--) {
    if (/^(,|;|:|\.|and|but|which|who)$/.test(words[j])) break;
    if (TRANSACTIONS.has(words[j])) return false;
  }
  return true;
}

/**
 * "turnout was lower than in 2012", "$40 million more than last year", "up 2% compared with a month
 * earlier", "versus Monday's close": the date a figure is compared with is its baseline, no
 * happening. After "more than" or "less than" only with an amount before it: "more than a year
 * ago" alone is when something happened.
 */
function comparedWith(words: string[], tf: number): boolean {
  if (comparedClause(words, tf)) return true;
  const prev = words[tf - 1] ?? "";
  if (prev === "versus" || prev === "vs" || prev === "vs.") return true;
  if ((prev === "with" || prev === "to") && words[tf - 2] === "compared") return true;
  if (/^(in|on|during|for)$/.test(prev) && words[tf - 2] === "than") return true;
  if (prev !== "than") return false;
  const degree = words[tf - 2] ?? "";
  if (/^(more|less|fewer)$/.test(degree)) return amount(words[tf - 3] ?? "");
  // A comparative: "higher", "lower", "better" (not "rather" or "other").
  return /^[a-z]{2,}er$/.test(degree) && degree !== "rather" && degree !== "other";
}

/**
 * "carried fewer bales than the mill did in 2031", "fewer ferries than there were last year", "higher
 * than Tom Vale had in May": a clause after "than" that only repeats the comparison with its subject
 * and an auxiliary (no verb of its own) dates the baseline, not a happening.
 */
function comparedClause(words: string[], tf: number): boolean {
  const j = /^(in|on|during|for|at)$/.test(words[tf - 1] ?? "") ? tf - 2 : tf - 1;
  if (!COMPARED_AUXILIARIES.has(words[j] ?? "")) return false;
  for (let m = j - 1; m >= 0 && m >= j - 4; m--) {
    if (words[m] === "than") return m < j - 1;
    if (!/^[a-z][a-z.'’-]*$/.test(words[m])) return false;
  }
  return false;
}
const COMPARED_AUXILIARIES = new Set(["did", "do", "does", "was", "were", "is", "are", "had", "has", "have"]);

/** An amount's last word: a number, a unit of amounts or a currency ("12", "percent", "euros"). */
function amount(w: string): boolean {
  return AMOUNTS.has(w) || /^\d[\d.,]*$/.test(w) || currency(w);
}

const CURRENCIES: ReadonlySet<string> = new Set(currencyNouns.words);

/** A unit of money, one or several: "euro", "euros", "yen", "pesos". */
function currency(w: string): boolean {
  return CURRENCIES.has(w) || (w.endsWith("s") && CURRENCIES.has(w.slice(0, -1)));
}

/** Verbs of paying, taking and handing over money, in the past. */
const TRANSACTIONS = new Set(
  "fined paid sold bought purchased spent stole stolen awarded donated lent borrowed invested seized transferred received raised won".split(
    " ",
  ),
);

/** Words that count many of a thing: "dozens of", "hundreds of". */
export const MANY: ReadonlySet<string> = new Set(["dozens", "scores", "hundreds", "thousands", "millions", "tens"]);

/**
 * A plural noun counted, at token `k`: after "dozens of" or "thousands of", or after a figure of
 * ten or more ("40 shootings"); "two attacks" may be two happenings told one by one. A figure after
 * a month is its day, which names the happenings ("the Oct. 12 bombings", "the May 30 attacks").
 */
export function counted(words: string[], k: number): boolean {
  if (k < 1 || !/^[a-z]+s$/.test(words[k] ?? "")) return false;
  if (words[k - 1] === "of" && MANY.has(words[k - 2] ?? "")) return true;
  // "killed in the 2019 bombings": a year after a determiner names when they fell, no count.
  if (namingYear(words, k - 1)) return false;
  const n = Number((words[k - 1] ?? "").replace(/,/g, ""));
  const month = words[k - 2] === "." ? words[k - 3] : words[k - 2];
  return /^\d/.test(words[k - 1] ?? "") && Number.isInteger(n) && n >= 10 && !MONTHS.has(month ?? "");
}

/**
 * A year between a determiner or a possessive and the noun it names at token `k`: "the 2012
 * attacks", "her 2019 trial", "Vexa's 2021 hack".
 */
export function namingYear(words: string[], k: number): boolean {
  return /^(1[89]\d\d|20\d\d)$/.test(words[k] ?? "") && NAMING_DETERMINERS.test(words[k - 1] ?? "");
}
const NAMING_DETERMINERS = /^(the|a|an|his|her|its|their|our|my|your|this|that|['’]s)$/;

/**
 * "… — Dana Reyes (@danareyes) March 3, 2031": the line a copied social-media post ends with, its
 * author's handle in brackets and then the day it was posted, labels the post; it tells of no
 * happening. Nor does a date inside markup ('<post datetime="2031-03-03">'): a tag is no prose.
 */
export function postLabel(doc: Doc, time: TimeExpression): boolean {
  const text = doc.text;
  if (/\(@\w{1,30}\)\s*$/.test(text.slice(Math.max(0, time.start - 40), time.start))) return true;
  const { opens, closes, breaks } = markupMarks(doc);
  const open = opens[firstAfter(opens, time.start, (x) => x) - 1] ?? -1;
  if (open < 0 || !/^<\/?[a-z]/i.test(text.slice(open, open + 2))) return false;
  const closed = closes[firstAtOrAfter(closes, open, (x) => x)] ?? -1;
  return closed >= time.end && !((breaks[firstAtOrAfter(breaks, open, (x) => x)] ?? Infinity) < time.start);
}

/**
 * Where a document's angle brackets and line breaks stand, in order, found once per document: a
 * search back for the "<" before each date, and on for its ">", read a long text without markup
 * from end to end for every date in it.
 */
const markupMarks = perDoc((doc) => {
  const marks = (c: string) => {
    const out: number[] = [];
    for (let i = doc.text.indexOf(c); i >= 0; i = doc.text.indexOf(c, i + 1)) out.push(i);
    return out;
  };
  return { opens: marks("<"), closes: marks(">"), breaks: marks("\n") };
});

/** Nouns of a poll of opinion. */
const POLLS = new Set(["poll", "polls", "survey", "surveys"]);
/** Verbs of asking a poll's questions, as a poll's report tells them ("was conducted", "taken", "surveyed"). */
const FIELDWORK = new Set(["conducted", "taken", "fielded", "carried", "surveyed", "polled"]);

const MANNER =
  /^(out|online|by|telephone|phone|landlines?|cellphones?|between|from|on|in|during|over|via|early|late|mid)$/;

/**
 * "The poll was conducted May 2-5", "a survey of 900 voters, taken between June 1 and 4", "Ann
 * Roe's firm conducted its poll on Monday", "The poll surveyed 800 adults last week": the days a
 * poll asked its questions are its fieldwork, a detail of method like its margin of error, not a
 * happening of the story (the poll's publication is: "the poll, released Monday"). The date
 * follows a verb of fieldwork, with at most a few words of manner, of whom and of span between
 * ("online", "by telephone", "1,000 adults between"), and a poll is that verb's subject or object.
 */
export function pollFieldwork(doc: Doc, words: string[], tf: number): boolean {
  const floor = sentenceOf(doc, tf).firstToken;
  let v = tf - 1;
  while (v >= floor && v >= tf - 6 && !FIELDWORK.has(words[v])) v--;
  if (v < floor || !FIELDWORK.has(words[v])) return false;
  // The poll as the object: "conducted its poll", "took a new survey".
  const object = [v + 2, v + 3].find((k) => k < tf && POLLS.has(words[k]) && DETERMINERS.has(words[v + 1]));
  // Whom a verb of asking asked: "surveyed 800 adults".
  const asked = /^(surveyed|polled)$/.test(words[v]) && /^\d[\d,]*$/.test(words[v + 1]);
  // Between the verb (or its object) and the date: how and over what span ("online", "by
  // telephone", "from"), or those asked.
  for (let k = (object ?? v) + 1; k < tf; k++)
    if (!MANNER.test(words[k]) && !(asked && k <= v + 4 && /^[\d,]+$|^[a-z-]+$/.test(words[k]))) return false;
  if (words[v] === "carried" && words[v + 1] !== "out") return false;
  if (object !== undefined) return true;
  for (let k = v - 1; k >= floor && k >= v - 10; k--) {
    if (/^[;:.?!]$|^(that|which|who)$/.test(words[k])) return false;
    if (POLLS.has(words[k])) return true;
  }
  return false;
}

/**
 * "Thirty people have died so far this year", "more than 2,000 people have been held since
 * 1990", "Since 2019, 24 officers have been hurt", "has raised $4 million since May": a stretch up
 * to the story's present over which the clause counts is the period of a tally; no happening
 * took place on the day it opens. "So far" always tells such a stretch. After "since", the clause
 * (up to a comma; for "Since 2019, …" the clause after it) must hold a count: a figure of ten or
 * more that is no year and no length of time, a sum of money, or "dozens", "thousands" or
 * "twice". "Has worked there since 2019", "missing since Thursday" count nothing: the stretch
 * began with a happening on that day. The last day of a reporting period (`periodEnd`) tells no
 * happening either.
 */
export function tallyPeriod(doc: Doc, words: string[], tf: number, timeEnd: number): boolean {
  if (periodEnd(words, tf)) return true;
  if (words[tf - 1] === "far" && (words[tf - 2] === "so" || words[tf - 2] === "thus")) return true;
  if (words[tf - 1] !== "since") return false;
  const s = sentenceOf(doc, tf);
  let k = tf - 2;
  for (; k >= s.firstToken; k--) {
    // "An estimated 500 people, most of them villagers, have been killed since …": an aside set
    // off by commas before the verb; the count is in the subject before it.
    if (words[k] === "," && AUXILIARIES.has(words[k + 1] ?? "")) {
      let j = k - 1;
      while (j >= s.firstToken && j > k - 16 && words[j] !== "," && !CLAUSE_BREAKS.has(words[j])) j--;
      if (words[j] === ",") {
        k = j;
        continue;
      }
    }
    if (CLAUSE_BREAKS.has(words[k])) break;
    if (countAt(words, k)) return true;
  }
  // "Since 1993, 24 children have been hurt": the clause the opening date stands before.
  if (k !== tf - 2 || words[timeEnd] !== ",") return false;
  for (let j = timeEnd + 1; j < s.lastToken && j <= timeEnd + 8 && !CLAUSE_BREAKS.has(words[j]); j++)
    if (countAt(words, j)) return true;
  return false;
}

const AUXILIARIES = new Set(["have", "has", "had", "were", "was", "are", "is"]);
const CLAUSE_BREAKS = new Set([",", ";", ":", "—", "–", "\u2015", "(", ")", '"', "\u201c", "\u201d", "."]);
/** Words that measure a length of time. */
export const LENGTHS = /^(years?|months?|weeks?|days?|hours?|minutes?|decades?|nights?|seasons?|terms?)$/;

/** A count at token k: "24 children", "2,000 people", "$4 million", "dozens of", "twice". */
function countAt(words: string[], k: number): boolean {
  const w = words[k];
  if (MANY.has(w) || w === "twice") return true;
  const figure = /^[$£€]?(\d[\d,]*(?:\.\d+)?)$/.exec(w);
  if (!figure) return false;
  if (/^[$£€]/.test(w) || /^[$£€]$/.test(words[k - 1] ?? "")) return true;
  if (/^(1[5-9]|20)\d\d$/.test(w) || LENGTHS.test(words[k + 1] ?? "")) return false;
  return Number(figure[1].replace(/,/g, "")) >= 10;
}

/**
 * "Turnout was about 35 percent on Tuesday", "From 2001 to 2009, ferry fares grew 60%", "exports
 * fell by 4 per cent in May", "support slipped to 41 percent last week": a figure in percent that
 * the date's clause gives as a level (after a form of "be", "at" or "to") or as a change (after
 * "by", "up", "down" or "from", or right after a verb with no "of" after the figure) measures
 * something over the date's period, which is no happening. A percentage after a determiner names
 * a thing ("passed a 3 percent levy on Monday"); a share taken or that acts ("won 60 percent of the
 * seats", "54 percent of the voters backed the plan") is left to the clause's verb.
 */
export function percentFigure(doc: Doc, words: string[], tf: number, tl: number): boolean {
  const s = sentenceOf(doc, tf);
  for (let k = tf - 1; k >= s.firstToken && k >= tf - CLAUSE_REACH && !FIGURE_CLAUSE_END.has(words[k]); k--)
    if (percentAt(words, k) && measuredPercent(words, k)) return true;
  // "In 2009, fares rose 6%": the clause an opening date stands before.
  let k = words[tl] === "," && tf - s.firstToken <= 1 ? tl + 1 : tl;
  for (const end = Math.min(s.lastToken, tl + CLAUSE_REACH); k < end && !FIGURE_CLAUSE_END.has(words[k]); k++)
    if (percentAt(words, k) && measuredPercent(words, k)) return true;
  return false;
}

/** How far from a date its clause is read for a figure. */
const CLAUSE_REACH = 15;
const FIGURE_CLAUSE_END = new Set([
  ",",
  ";",
  ":",
  ".",
  "(",
  ")",
  "—",
  "–",
  "--",
  '"',
  "\u201c",
  "\u201d",
  "and",
  "but",
  "while",
  "whereas",
  "although",
  "because",
  "which",
  "who",
  "when",
]);

/** The number of a percentage at token k ("35%", "35 %", "35 percent", "35 per cent"), or -1. */
function percentEnd(words: string[], k: number): number {
  const w = words[k] ?? "";
  if (/^\d[\d.,]*%$/.test(w)) return k;
  if (!/^\d[\d.,]*$/.test(w)) return -1;
  if (words[k + 1] === "%" || words[k + 1] === "percent") return k + 1;
  return words[k + 1] === "per" && words[k + 2] === "cent" ? k + 2 : -1;
}
function percentAt(words: string[], k: number): boolean {
  return percentEnd(words, k) >= 0;
}

/** Words that hedge a figure: "about 35 percent", "more than 40%". */
const HEDGES = new Set(
  "about nearly almost roughly around some just only over under barely approximately than more less fewer".split(" "),
);

/** Whether the percentage at token k is a level or a change (see `percentFigure`). */
function measuredPercent(words: string[], k: number): boolean {
  let j = k - 1;
  for (;;) {
    if (HEDGES.has(words[j] ?? "")) j--;
    else if (words[j] === "least" && words[j - 1] === "at") j -= 2;
    // "down an average of 30 percent"
    else if (words[j] === "of" && words[j - 1] === "average") j -= words[j - 2] === "an" ? 3 : 2;
    else break;
  }
  const w = words[j] ?? "";
  if (/^(by|to|from|at|up|down|was|were|is|are|been|be)$/.test(w)) return true;
  const verb = /^[a-z]{3,}ed$/.test(w) || isIrregularPastForm(w) || isPresentVerbForm(w);
  return verb && words[percentEnd(words, k) + 1] !== "of";
}
