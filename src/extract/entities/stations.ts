// A radio station named by its call sign. Australia's stations are called by a figure for
// their state and two or three capitals ("4KX", "2VR"), which no run of Capitalised words holds;
// the text shows what such letters are when a sentence that writes them talks of broadcasting ("talkback
// radio 4KX", "4KX began broadcasting in 1930"), and then every time it writes them they name
// that station, also after its frequency on the AM dial ("1116 4KX").
import type { Doc } from "../../core/doc.js";
import { bareCandidate, type Candidate } from "./run.js";

/** A call sign's shape: a figure from 1 to 9 and two or three capitals ("4KX", "2VRB"), no ordinal in capitals ("1ST"). */
const CALL_SIGN = /^[1-9](?!ST$|ND$|RD$|TH$)[A-Z]{2,3}$/;
/**
 * Words of broadcasting that show capitals with a figure to be a station ("radio", "broadcast",
 * "FM"); not "station" alone ("the 4WD outside the police station") nor "AM" ("at 9 AM").
 */
const BROADCASTING =
  /(?<![\p{L}\p{N}])(?:[Rr]adio|[Bb]roadcast(?:s|ing|er|ers)?|[Tt]alk-?back|[Aa]irwaves|FM)(?![\p{L}\p{N}])/u;
/** A frequency on the AM dial in kilohertz right before the call sign ("1116 4KX"); years (1930) lie above it. */
const FREQUENCY = /(?<![\p{L}\p{N}.,$£€])(\d{3,4}) $/u;
const AM_LOW = 531;
const AM_HIGH = 1710;

/** The candidates with a station for each call sign that the text shows to be one, in text order. */
export function stationsByCallSign(doc: Doc, candidates: Candidate[]): Candidate[] {
  const { text } = doc;
  const { start, end } = doc.tokens;
  const found = new Map<string, number[]>();
  const stations = new Set<string>();
  for (const s of doc.sentences) {
    let broadcasting: boolean | null = null; // read once a sentence, and only where a call sign stands
    for (let t = s.firstToken; t < s.lastToken; t++) {
      const c = text.charCodeAt(start[t]);
      if (c < 49 || c > 57 || end[t] - start[t] > 4) continue; // a figure from 1 to 9 opens it
      const w = text.slice(start[t], end[t]);
      if (!CALL_SIGN.test(w)) continue;
      const at = found.get(w);
      if (at) at.push(t);
      else found.set(w, [t]);
      broadcasting ??= BROADCASTING.test(text.slice(s.start, s.end));
      if (broadcasting) stations.add(w);
    }
  }
  if (stations.size === 0) return candidates;
  const added: Candidate[] = [];
  for (const sign of stations)
    for (const t of found.get(sign) ?? []) {
      const m = FREQUENCY.exec(text.slice(Math.max(0, start[t] - 6), start[t]));
      const dial = m !== null && Number(m[1]) >= AM_LOW && Number(m[1]) <= AM_HIGH;
      const from = dial ? start[t] - m[0].length : start[t];
      added.push(bareCandidate(from, end[t], "organization", "context", sign));
    }
  // A call sign no run of words holds; the overlap check walks both lists in text order.
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  added.sort((a, b) => a.start - b.start);
  const kept: Candidate[] = [];
  let k = 0;
  for (const a of added) {
    while (k < sorted.length && sorted[k].end <= a.start) k++;
    if (k >= sorted.length || sorted[k].start >= a.end) kept.push(a);
  }
  return kept.length ? [...sorted, ...kept].sort((a, b) => a.start - b.start) : candidates;
}
