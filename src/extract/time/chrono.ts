// The calendar dates chrono-node is certain of (a named month, a numeric date), read sentence by
// sentence in chunks so that one gigantic sentence stays linear.
import { casual as chronoCasual, type ParsedResult } from "chrono-node/en";
import { tokenAtOrAfter } from "../../core/doc.js";
import type { PartialDate } from "./calendar.js";
import { AMBIGUOUS_MONTH_ABBREVIATIONS, MONTHS } from "./lexicon.js";
import type { Atom, Ctx } from "./atoms.js";

const CHUNK = 800;

// ---------------------------------------------------------------------------------------------
// chrono-node: calendar dates with a month

const NUMERIC_DATE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/;
/** A month's name or abbreviation as a whole word ("market", "mayor" and "decision" do not count). */
const MONTH_WORD =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

const NUMERIC_DATE_INSIDE = /\d[-/.]\d/;

export function chronoAtoms(ctx: Ctx): Atom[] {
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
          const a = beforeAside(ctx, r, base) ?? fromChrono(ctx, r, base) ?? retryDatePart(ctx, r, base);
          if (a) out.push(a);
        }
      }
      from = to;
    }
  }
  return out;
}

/**
 * "- four months after", "— two weeks later": a period counted from an event, not a date. An en
 * or em dash may be written without spaces ("May 3, 2014–two days after the vote"). So is "-- the
 * day" that names what falls on the date before the dash ("on 4 June -- the day the fair opens").
 */
const SHIFT_ASIDE =
  /(?:\s[-–—]+|[–—])\s*(?:(?:[a-z]+|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|later|earlier|ago)|the\s+day)\b/i;

/**
 * "In May 2013 - four months after she left office - the agency replied": chrono reads the date
 * and the period after the dash as a range, counting the period from its reference date. The
 * aside is no end: the date is what comes before the dash.
 */
function beforeAside(ctx: Ctx, r: ParsedResult, base: number): Atom | null {
  if (!r.end) return null;
  const m = SHIFT_ASIDE.exec(r.text);
  if (!m) return null;
  let results: ParsedResult[] = [];
  try {
    results = chronoCasual.parse(r.text.slice(0, m.index), new Date(Date.UTC(2000, 0, 1, 12)));
  } catch {
    return null;
  }
  const first = results[0];
  return first && !first.end ? fromChrono(ctx, first, base + r.index + first.index) : null;
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
  let hasYear = c.isCertain("year");
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
  // "CPI July +0.4 pct", "output June - 7.8", "jobless July 10.8 pct" (read "July 10" up to the
  // decimal point): a signed or decimal figure right after a month in a table is a change or a
  // level, not a day.
  if (monthWord && figureAfter(ctx.words, first + span.indexOf(monthWord) + 1)) return null;
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
  // "In March, 40 of the staff …": two bare digits after a month are a count, not a year ('40).
  const twoDigits = hasYear && /^\d\d$/.test(span[span.length - 1] ?? "") && !/['’]$/.test(ctx.words[last - 2] ?? "");
  if (twoDigits && !hasDay) return null;
  // "Aug 27 Aug 26" over two columns of figures: chrono reads "27 Aug 26", a day of the month
  // before it and a year ('26); the digits are two days of two months side by side.
  if (twoDigits && first > 0 && MONTHS.has(ctx.words[first - 1])) return null;
  // "On March 11, 40 people marched": so too after a day and a comma; the day stands without a year.
  if (twoDigits && ctx.words[last - 2] === "," && !r.end) {
    last -= 2;
    hasYear = false;
  }
  // "Pollster Aug 25 41.0 34.0": a year chrono read from the start of a decimal figure after the
  // day is that figure's; the day stands without a year.
  if (hasYear && hasDay && ctx.doc.tokens.start[last] < endOffset && figureAfter(ctx.words, last)) hasYear = false;
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

export function isCapitalised(ctx: Pick<Ctx, "doc">, token: number): boolean {
  const ch = ctx.doc.text.charCodeAt(ctx.doc.tokens.start[token]);
  return ch >= 65 && ch <= 90;
}

/** A signed or decimal figure at token k: "+0.4m", "+ 0.4", "- 7.8", "10.8". */
function figureAfter(words: string[], k: number): boolean {
  const next = /^[+-]$/.test(words[k] ?? "") ? (words[k + 1] ?? "") : (words[k] ?? "");
  return /^\+/.test(words[k] ?? "") || /^\d+[.,]\d/.test(next);
}
