// The shapes the time stage builds: an atom (a time expression in the making), the chain that
// counts it from an earlier date, and the per-document context the rules read.
import type { Doc } from "../../core/doc.js";
import type { TimeExpression } from "../../core/schema.js";
import type { PartialDate } from "./calendar.js";

export type Day = Required<PartialDate>;

/** A time expression while it is being built: token range plus what is known so far. */
export interface Atom {
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
  /** A month named with nothing to fix its year ("in March", not "last March"): a year told before it in its sentence may. */
  plainMonth?: boolean;
  /** Counted from an event the words [from, to) name ("after the Skripal poisoning"). */
  eventAnchor?: { chain: Chain; from: number; to: number };
}

export interface Chain {
  days?: number;
  months?: number;
  years?: number;
  /** "in July a year earlier", "on 3 May the previous year": the month and day in the year counted. */
  month?: number;
  day?: number;
  /** "two weeks later" is about a fortnight: only as precise as the month it falls in. */
  approximate?: boolean;
}

export interface Ctx {
  doc: Doc;
  words: string[];
  published: Day | null;
  /** The sentence the rules are reading, or -1. */
  sentence: number;
}

export function overlaps(taken: Uint8Array, a: Atom): boolean {
  for (let i = a.first; i < a.last; i++) if (taken[i]) return true;
  return false;
}
export function mark(taken: Uint8Array, a: Atom): void {
  for (let i = a.first; i < a.last; i++) taken[i] = 1;
}
