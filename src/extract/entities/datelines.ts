// A dateline opens a story or one of its paragraphs in wire copy: "HARTWELL, Ga. (AP) —",
// "ORLAN, Vexia —", "TALVERN 2024-05-11" on a line of its own. Its town, written in capitals, is
// where the report was filed: a place, whatever the word would be read as alone (an acronym, a
// body the tagger reads). The dateline is told by its shape, not by a list of towns: the start of
// a line, words in capitals, then a comma and a region (a US state as src/lexicon/us-states.json
// writes it, or a place the gazetteer holds), then a dash, an agency in brackets and a dash, or a
// date in figures that ends the line.
import type { Doc } from "../../core/doc.js";
import { lookupGazetteer } from "./gazetteer.js";
import { spansTagged, type TaggerSpan } from "./combine.js";
import { bareCandidate, readInstead, type Candidate } from "./run.js";
import { stateNamed } from "./states.js";

const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}'’.&-]*`;
/** Line start, the town (four words in capitals at most), an optional comma and region, then the dateline's end. */
const DATELINE = new RegExp(
  String.raw`(?<=^|\n)[^\S\n]*(${CAPS_WORD}(?: ${CAPS_WORD}){0,3})(?: ?, (\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}))?` +
    String.raw` (?:\(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?\) )?(?:(?:—|–|--?)[^\S\n]+(?!\p{Lu}{2,}\s+\p{Lu}{2,}\s)|\d{4}-\d{2}-\d{2}[^\S\n]*(?:\n|$))`,
  "gu",
);

/** The canonical name of a dateline's region, or null when it is no place the lexicons hold. */
function regionName(region: string): string | null {
  const state = stateNamed(region);
  if (state) return state;
  const hit = lookupGazetteer(region);
  return hit?.type === "location" ? hit.name : null;
}

/**
 * The candidates with every dateline's town read as a location, and its region as one where no
 * other reading holds it. A town without a region counts only when the tagger reads those very
 * words as a place: "SAILING — VELL WINS" is a heading's topic, "RTRS — Tarvo Mines …" a wire's credit.
 */
export function datelinePlaces(doc: Doc, candidates: Candidate[], tagged: readonly TaggerSpan[]): Candidate[] {
  const text = doc.text;
  const lines = [...text.matchAll(DATELINE)];
  if (!lines.length) return candidates;
  const startingAt = new Map<number, Candidate[]>();
  for (const c of candidates) startingAt.set(c.start, [...(startingAt.get(c.start) ?? []), c]);
  const taggedPlaces = spansTagged(tagged, "LOC");
  const places: Candidate[] = [];
  for (const m of lines) {
    const town = m[1];
    const start = m.index + m[0].indexOf(town);
    const end = start + town.length;
    const region = m[2] ? regionName(m[2]) : null;
    if (m[2] ? !region : !taggedPlaces.has(`${start}:${end}`)) continue;
    const held = startingAt.get(start)?.find((c) => c.end === end);
    if (held?.type === "location") places.push(held);
    else if (held?.type === null) places.push({ ...held, type: "location" });
    else if (held) places.push({ ...held, type: "location", evidence: "context", canonical: null });
    else places.push(bareCandidate(start, end, "location", "context", null));
    if (m[2] && region) {
      const rs = text.indexOf(m[2], end);
      const re = rs + m[2].length;
      const kept = startingAt.get(rs)?.find((c) => c.end >= re - 1 && c.type === "location");
      places.push(kept ?? bareCandidate(rs, re, "location", "gazetteer", region));
    }
  }
  return readInstead(candidates, places);
}
