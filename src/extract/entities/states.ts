// US states as news copy abbreviates them (AP style): after a town and a comma ("Salem, Ore."),
// after a party letter ("Sen. Jane Roe (R-Miss.)") or alone in brackets after a name ("Tom Lee
// (Ariz.)"), and initials with full stops anywhere ("in N.H. and Iowa"). The abbreviations come
// from src/lexicon/us-states.json (us-states-normalize, MIT); outside those places a word such as
// "Miss." or "Ind." is read as usual, and no name at all right before a capitalised word of its
// sentence ("said Del. Ann Roe", a delegate).
import { type Doc, STATE_ABBREVIATIONS as ABBREVIATIONS, sentenceAt } from "../../core/doc.js";
import type { Candidate } from "./run.js";
import states from "../../lexicon/us-states.json" with { type: "json" };

const NAMES: ReadonlySet<string> = new Set(ABBREVIATIONS.values());

/** Whether `name` is a US state's full name ("Ohio"). */
export function isStateName(name: string): boolean {
  return NAMES.has(name);
}

/** A party letter and hyphen before the state: "R-Miss.", "D-Calif.". */
const PARTY = /^[DRI]-/;

/**
 * The location a candidate names when it is an abbreviated US state where news copy writes one,
 * with its full name as canonical and its full stop in the mention; otherwise null.
 */
export function usState(doc: Doc, c: Candidate): Candidate | null {
  const postal = postalState(doc, c);
  if (postal) return postal;
  // The full stop is after the candidate ("Ore" + "."), or inside it when the abbreviation is
  // read as one word ("N.Y.").
  const own = doc.text[c.end - 1] === ".";
  if (c.evidence === "gazetteer" || (!own && doc.text[c.end] !== ".")) return null;
  const end = own ? c.end : c.end + 1;
  const written = doc.text.slice(c.start, c.end);
  const party = PARTY.test(written);
  const start = party ? c.start + 2 : c.start;
  const name = ABBREVIATIONS.get(doc.text.slice(start, end));
  if (!name) return null;
  const before = doc.text.slice(Math.max(0, c.start - 40), c.start);
  const after = doc.text.slice(end, end + 1);
  const inBrackets = /\(\s*$/.test(before) && /^[),]/.test(after);
  const afterTown = /\p{Lu}[\p{L}'’.-]*,\s*$/u.test(before);
  // Initials with full stops ("N.H.", "S.C.") spell no word: the state wherever they stand.
  const initials = /^\p{Lu}\.\p{Lu}\.$/u.test(doc.text.slice(start, end));
  if (!party && !inBrackets && !afterTown && !initials) return null;
  return {
    ...c,
    start,
    end,
    nameStart: start,
    nameEnd: end,
    type: "location",
    canonical: name,
    evidence: "gazetteer",
  };
}

/**
 * "said Del. Ann Roe", "the former Ore. Gov. Tom Vale": a candidate that is a state's abbreviation
 * written with its full stop right before a capitalised word of its sentence, and not after a town,
 * a party letter or a bracket, is no name (a delegate's title, or the state an office belongs to).
 */
export function isAbbreviationBeforeName(doc: Doc, c: Candidate): boolean {
  if (c.type === "location" || doc.text[c.end] !== "." || !ABBREVIATIONS.has(`${doc.text.slice(c.start, c.end)}.`))
    return false;
  if (/[,(]\s*$/.test(doc.text.slice(Math.max(0, c.start - 3), c.start))) return false;
  const next = /^\.\s+(\p{Lu})/u.exec(doc.text.slice(c.end, c.end + 4));
  return next !== null && sentenceAt(doc, c.start) === sentenceAt(doc, c.end + next[0].length - 1);
}

/**
 * "Salem, Ore.": the word written before a comma and an abbreviated state is a town, whatever it
 * looks like alone ("Orlando, Fla.", "Austin, Tex." are no people). `candidates` are in text order,
 * states already read by `usState`.
 */
export function townsBeforeStates(doc: Doc, candidates: Candidate[]): Candidate[] {
  return candidates.map((c, k) => {
    const next = candidates[k + 1];
    if (!next || c.type === "location" || next.type !== "location") return c;
    // The state as `usState` reads it after a town: its abbreviation, right after the comma.
    if (!ABBREVIATIONS.has(doc.text.slice(next.start, next.end))) return c;
    if (!/^,\s*$/.test(doc.text.slice(c.end, next.start))) return c;
    return { ...c, type: "location", evidence: "context" };
  });
}

const POSTAL: ReadonlyMap<string, string> = new Map(Object.entries(states.postal));

/**
 * "Ann Vell, of Dover, NH, spoke first": a state's postal code (src/lexicon/us-states.json), in
 * capitals right after a town's name and a comma and before no further word of its line, is that state, no
 * body's initials.
 */
function postalState(doc: Doc, c: Candidate): Candidate | null {
  const name = POSTAL.get(doc.text.slice(c.start, c.end));
  if (!name || /^[^\S\n]*[\p{L}\d]/u.test(doc.text.slice(c.end, c.end + 8))) return null;
  if (!/\p{Lu}[\p{L}'’.-]*,\s*$/u.test(doc.text.slice(Math.max(0, c.start - 40), c.start))) return null;
  return { ...c, type: "location", canonical: name, evidence: "gazetteer" };
}

/**
 * The US state a dateline's region names: its full name ("Ohio"), its AP abbreviation with or
 * without the full stop ("Ore.", "Ore") or its postal code ("OR"); null for anything else.
 */
export function stateNamed(region: string): string | null {
  if (NAMES.has(region)) return region;
  return ABBREVIATIONS.get(region) ?? ABBREVIATIONS.get(`${region}.`) ?? POSTAL.get(region) ?? null;
}
