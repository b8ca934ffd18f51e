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
import { lowerWords, type Doc } from "../../core/doc.js";
import type { TimeExpression } from "../../core/schema.js";
import { isValidDay, parseDay } from "./calendar.js";
import { type Atom, type Ctx, type Day, overlaps, mark } from "./atoms.js";
import { chronoAtoms } from "./chrono.js";
import { ruleAtoms } from "./rules.js";
import { attachRelativeYear, mergeRanges, resolve, resolveEventAnchors, toExpression } from "./resolve.js";

export interface TimeOptions {
  published?: string | null;
}

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

export { isFutureContext } from "./resolve.js";
