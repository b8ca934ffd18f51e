// A transcript names who speaks in capitals before a colon at the start of a paragraph ("VALLOW:",
// "ANN VALLOW:", "MS VALLOW:"). Such a label is the person of that name the text writes in full
// ("Ann Vallow"), or, written with a given name of its own ("ANN VALLOW:"), that person whether or
// not the prose names her; not the body or the acronym its capitals would suggest.
import type { Doc } from "../../core/doc.js";
import { isGivenName } from "./names.js";
import { bareCandidate, readInstead, type Candidate } from "./run.js";

/** A paragraph's start, an optional form of address, one or two words in capitals, then a colon. */
const LABEL = /(?<=^|\n)[^\S\n]*(?:(?:MRS?|MS|DR)\.? )?(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)?):/gu;

/**
 * The candidates with each transcript label read as the one person the text names in full whose
 * name ends in the label's words; a label that fits no such person, or more than one, is left as it was.
 */
export function transcriptLabels(doc: Doc, candidates: Candidate[]): Candidate[] {
  const text = doc.text;
  const labels = [...text.matchAll(LABEL)];
  if (!labels.length) return candidates;
  // Each full name under its own words and the surname alone, in capitals as a label writes them.
  const byLabel = new Map<string, Set<string>>();
  const index = (name: string) => {
    const words = name.toUpperCase().split(" ");
    for (const key of [words.join(" "), words.slice(-2).join(" "), words[words.length - 1]])
      byLabel.set(key, (byLabel.get(key) ?? new Set()).add(name));
  };
  for (const c of candidates) {
    const name = c.type === "person" ? (c.fullName ?? text.slice(c.nameStart, c.nameEnd)) : "";
    if (name.includes(" ")) index(name);
  }
  const people: Candidate[] = [];
  for (const m of labels) {
    const label = m[1];
    const written = label.split(" ").map((w) => w[0] + w.slice(1).toLowerCase());
    if (written.length === 2 && isGivenName(written[0])) index(written.join(" "));
    const named = byLabel.get(label);
    if (named?.size !== 1) continue;
    const start = m.index + m[0].lastIndexOf(label);
    const person = bareCandidate(start, start + label.length, "person", "context", null);
    people.push({ ...person, fullName: [...named][0] });
  }
  return readInstead(candidates, people);
}
