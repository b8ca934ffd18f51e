// The one place where the trained tagger's spans meet the rule-based candidates. Rules that
// rest on strong evidence (the gazetteer, designators, titles, acronyms) win; where the rules
// only guessed from the shape of a run, or found a capitalised word they could not type, the
// tagger decides; spans only the tagger found are added.
import type { Doc } from "../../core/doc.js";
import type { EntityType } from "../../core/schema.js";
import type { Candidate, Evidence } from "./candidates.js";
import { FUNCTION_WORDS, GENERIC_CAPITALS, MONTHS, WEEKDAYS, DEMONYMS } from "./lexicon.js";

export interface TaggerSpan {
  start: number;
  end: number;
  type: "PER" | "ORG" | "LOC" | "MISC";
}

const STRONG: ReadonlySet<Evidence> = new Set(["gazetteer", "designator", "title", "acronym"]);
const TYPE_OF: Record<TaggerSpan["type"], EntityType | null> = {
  PER: "person",
  ORG: "organization",
  LOC: "location",
  MISC: null,
};

export function combineCandidates(doc: Doc, rules: Candidate[], tagged: TaggerSpan[]): Candidate[] {
  if (!tagged.length) return rules;
  const out: Candidate[] = [];
  const sortedTags = [...tagged].sort((a, b) => a.start - b.start);
  // Two-pointer overlap search: both lists are in text order.
  let j = 0;
  for (const c of rules) {
    while (j < sortedTags.length && sortedTags[j].end <= c.start) j++;
    if (STRONG.has(c.evidence)) {
      out.push(c);
      continue;
    }
    const tag = j < sortedTags.length && sortedTags[j].start < c.end ? sortedTags[j] : null;
    if (!tag) {
      // The tagger saw no name here: keep only what the rules are fairly sure of.
      if (c.evidence === "given-name" || c.evidence === "context" || c.type === null) out.push(c);
      continue;
    }
    const type = TYPE_OF[tag.type];
    if (type === null) continue; // a law, event or nationality
    out.push({ ...c, type, evidence: c.type === type ? c.evidence : "tagger" });
  }
  // Spans only the tagger found.
  let k = 0;
  const ruleSorted = [...rules].sort((a, b) => a.start - b.start);
  for (const t of sortedTags) {
    while (k < ruleSorted.length && ruleSorted[k].end <= t.start) k++;
    if (k < ruleSorted.length && ruleSorted[k].start < t.end) continue;
    const type = TYPE_OF[t.type];
    if (!type || !plausibleName(doc.text.slice(t.start, t.end))) continue;
    out.push({
      start: t.start,
      end: t.end,
      nameStart: t.start,
      nameEnd: t.end,
      type,
      canonical: null,
      honorific: null,
      evidence: "tagger",
      postnominal: null,
      headline: false,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

function plausibleName(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  return !words.every(
    (w) => FUNCTION_WORDS.has(w) || GENERIC_CAPITALS.has(w) || MONTHS.has(w) || WEEKDAYS.has(w) || DEMONYMS.has(w),
  );
}
