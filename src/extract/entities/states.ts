// US states as news copy abbreviates them (AP style): after a town and a comma ("Salem, Ore."),
// after a party letter ("Sen. Jane Roe (R-Miss.)") or alone in brackets after a name ("Tom Lee
// (Ariz.)"). The abbreviations come from src/lexicon/us-states.json (us-states-normalize, MIT);
// outside those three places a word such as "Miss." or "Ind." is read as usual.
import type { Doc } from "../../core/doc.js";
import states from "../../lexicon/us-states.json" with { type: "json" };
import type { Candidate } from "./run.js";

const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries(states.abbreviations));

/** A party letter and hyphen before the state: "R-Miss.", "D-Calif.". */
const PARTY = /^[DRI]-/;

/**
 * The location a candidate names when it is an abbreviated US state where news copy writes one,
 * with its full name as canonical and its full stop in the mention; otherwise null.
 */
export function usState(doc: Doc, c: Candidate): Candidate | null {
  if (c.evidence === "gazetteer" || doc.text[c.end] !== ".") return null;
  const written = doc.text.slice(c.start, c.end);
  const party = PARTY.test(written);
  const start = party ? c.start + 2 : c.start;
  const name = ABBREVIATIONS.get(doc.text.slice(start, c.end + 1));
  if (!name) return null;
  const before = doc.text.slice(Math.max(0, c.start - 40), c.start);
  const after = doc.text.slice(c.end + 1, c.end + 2);
  const inBrackets = /\(\s*$/.test(before) && /^[),]/.test(after);
  const afterTown = /\p{Lu}[\p{L}'’.-]*,\s*$/u.test(before);
  if (!party && !inBrackets && !afterTown) return null;
  return {
    ...c,
    start,
    end: c.end + 1,
    nameStart: start,
    nameEnd: c.end + 1,
    type: "location",
    canonical: name,
    evidence: "gazetteer",
  };
}
