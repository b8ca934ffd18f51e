// The channel of a statement, from the phrases of src/lexicon/channels.json (this project, MIT;
// its `_about` says where the words come from). A phrase counts only in the attribution, never
// inside the quoted content: 'She said "the letter was forged"' names no channel.
import lexicon from "../../lexicon/channels.json" with { type: "json" };
import type { Channel, TextSpan } from "../../core/schema.js";
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

/** The channel the attribution names, with the words that name it; null when it names none. */
export function channelIn(f: Frame): { channel: Channel; cue: TextSpan } | null {
  let best: { channel: Channel; rank: number; first: number; last: number } | null = null;
  for (let i = f.first; i < f.last; i++) {
    if (inContent(f, i)) continue;
    for (const p of BY_FIRST.get(f.words[i]) ?? []) {
      if (i + p.words.length > f.last) continue;
      let ok = true;
      for (let k = 1; k < p.words.length && ok; k++) ok = f.words[i + k] === p.words[k] && !inContent(f, i + k);
      if (!ok) continue;
      if (!best || p.rank < best.rank) best = { channel: p.channel, rank: p.rank, first: i, last: i + p.words.length };
      break;
    }
  }
  if (!best) return null;
  const start = f.doc.tokens.start[best.first];
  const end = f.doc.tokens.end[best.last - 1];
  return { channel: best.channel, cue: { start, end, text: f.doc.text.slice(start, end) } };
}

/** A name that reads as a news outlet's ("The Daily Courier", "Radio North"). */
export function isMediaName(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((w) => MEDIA.has(w));
}
