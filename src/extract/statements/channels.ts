// The channel of a statement, from the phrases of src/lexicon/channels.json (this project, MIT;
// its `_about` says where the words come from). A phrase counts only in the attribution, never
// inside the quoted content: 'She said "the letter was forged"' names no channel.
import lexicon from "../../lexicon/channels.json" with { type: "json" };
import type { Channel, TextSpan } from "../../core/schema.js";
import { tokenAtOrAfter } from "../../core/doc.js";
import { inContent, type Frame } from "./frame.js";

interface Phrase {
  channel: Channel;
  rank: number;
  words: string[];
}

const ORDER = lexicon.order as Channel[];
const PHRASES: Phrase[] = Object.entries(lexicon.channels as Record<string, string[]>).flatMap(([channel, list]) =>
  list.map((p) => ({ channel: channel as Channel, rank: ORDER.indexOf(channel as Channel), words: p.split(" ") })),
);
/** First word → phrases starting with it, longest first. */
const BY_FIRST = new Map<string, Phrase[]>();
for (const p of PHRASES) {
  const list = BY_FIRST.get(p.words[0]) ?? [];
  list.push(p);
  list.sort((a, b) => b.words.length - a.words.length);
  BY_FIRST.set(p.words[0], list);
}
const MEDIA = new Set(lexicon.mediaWords);
const CUE_VERBS = new Set(lexicon.cueVerbs);
/** How far from the cue or the speaker's words a channel phrase may stand, in tokens. */
const REACH = 20;

/** The channel the attribution names, with the words that name it; null when it names none. */
export function channelIn(f: Frame): { channel: Channel; cue: TextSpan } | null {
  let best: { channel: Channel; rank: number; first: number; last: number } | null = null;
  const { start } = f.doc.tokens;
  // The cue anchors the attribution; the speaker's words too when they stand beside it ("Mr Vale, in a letter, said").
  const cueAt = f.cue ? tokenAtOrAfter(f.doc, f.cue.start) : -1;
  const speakerAt = f.speaker ? tokenAtOrAfter(f.doc, f.speaker.start) : -1;
  const anchors = [cueAt, speakerAt].filter((a) => a >= 0 && (cueAt < 0 || Math.abs(a - cueAt) <= REACH));
  const near = (i: number) => anchors.some((a) => Math.abs(a - i) <= REACH);
  const ownCue = (i: number) => f.cue !== null && start[i] >= f.cue.start && start[i] < f.cue.end;
  const interviewRank = ORDER.indexOf("interview");
  const statementRank = ORDER.indexOf("statement");
  for (let i = f.first; i < f.last; i++) {
    if (inContent(f, i) || !near(i)) continue;
    // "said on Radio North", "speaking on the Evening Show": an outlet's programme is an interview.
    if (f.words[i] === "on" && (!best || interviewRank < best.rank)) {
      const outlet = namedPhrase(f, i + 1);
      if (outlet && isMediaName(f.doc.text.slice(start[i + 1], f.doc.tokens.end[outlet - 1])))
        best = { channel: "interview", rank: interviewRank, first: i, last: outlet };
    }
    // "stated in an April release", "in a joint release": a release the speaker put out is a statement.
    const release = releaseAt(f, i);
    if (release >= 0 && (!best || statementRank < best.rank))
      best = { channel: "statement", rank: statementRank, first: release, last: i + 1 };
    for (const p of BY_FIRST.get(f.words[i]) ?? []) {
      if (CUE_VERBS.has(p.words[0]) && !ownCue(i)) continue;
      if (i + p.words.length > f.last) continue;
      let ok = true;
      for (let k = 1; k < p.words.length && ok; k++) ok = f.words[i + k] === p.words[k] && !inContent(f, i + k);
      if (!ok) continue;
      if (!best || p.rank < best.rank) best = { channel: p.channel, rank: p.rank, first: i, last: i + p.words.length };
      break;
    }
  }
  if (!best) return null;
  const from = start[best.first];
  const to = f.doc.tokens.end[best.last - 1];
  return { channel: best.channel, cue: { start: from, end: to, text: f.doc.text.slice(from, to) } };
}

/** Where "in a (word) release" starts when token `i` is its "release", or -1 ("his release from jail" is none). */
function releaseAt(f: Frame, i: number): number {
  if (f.words[i] !== "release") return -1;
  for (let a = i - 1; a >= Math.max(f.first + 1, i - 2); a--)
    if ((f.words[a] === "a" || f.words[a] === "an") && f.words[a - 1] === "in" && !inContent(f, a - 1)) return a - 1;
  return -1;
}

/** The end (exclusive) of a run of capitalised words starting at `i` ("BBC's Politics Live"), or null. */
function namedPhrase(f: Frame, i: number): number | null {
  let j = i;
  while (j < f.last && j - i < 6 && !inContent(f, j)) {
    const w = f.doc.text.slice(f.doc.tokens.start[j], f.doc.tokens.end[j]);
    if (/^\p{Lu}/u.test(w) || ((w === "'s" || w === "’s") && j > i)) j++;
    else break;
  }
  return j > i ? j : null;
}

/** A name that reads as a news outlet's ("The Daily Courier", "Radio North"). */
export function isMediaName(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((w) => MEDIA.has(w));
}
