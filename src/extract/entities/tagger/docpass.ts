// The document-level second pass: a name keeps one label throughout a document. The first pass
// labels each sentence on its own, so "Lewis" may be a person in one sentence and a place in
// the next, or go unlabelled in a headline; here every distinct name votes across the document.

import { spansOf, type LabelSpan } from "./spans.js";
import { normalizeWord } from "./gazetteer.js";

const MAX_NAME_WORDS = 8;

function keyOf(words: readonly string[], s: LabelSpan): string {
  let k = "";
  for (let i = s.start; i < s.end; i++) k += (i > s.start ? " " : "") + normalizeWord(words[i]).toLowerCase();
  return k;
}

function isCapitalised(w: string): boolean {
  const ch = w.charAt(0);
  return ch !== "" && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function relabel(labels: string[], start: number, end: number, type: string): void {
  for (let i = start; i < end; i++) labels[i] = (i === start ? "B-" : "I-") + type;
}

export interface DocPassOptions {
  /** relabel a name to the type it gets most often in the document */
  vote: boolean;
  /** label unlabelled capitalised occurrences of a name labelled elsewhere */
  propagate: boolean;
  /** a one-word name takes the type of a longer person's name it is part of ("Clinton" after "Bill Clinton") */
  partOfLonger: boolean;
  /** the first and last words of a person's full name are labelled where they stand alone */
  nameParts: boolean;
}

// Chosen on eng.testa: voting across a document cost more than it gained there.
export const DEFAULT_DOC_PASS: DocPassOptions = { vote: false, propagate: true, partOfLonger: true, nameParts: true };

type Counts = Map<string, number>;

export function documentPass(
  sentences: readonly (readonly string[])[],
  labelled: readonly string[][],
  opts: DocPassOptions = DEFAULT_DOC_PASS,
): string[][] {
  const labels = labelled.map((l) => l.slice());
  const spans = labels.map((l) => spansOf(l));
  const { votes, partType } = countNames(sentences, spans);
  if (opts.vote || opts.partOfLonger) relabelByVotes(sentences, spans, labels, votes, partType, opts);
  // Parts of people's names join the names to propagate, unless they are names of their own.
  const known = new Map(votes);
  if (opts.nameParts)
    for (const [w, v] of partType) if (!known.has(w) && majority(v) === "PER") known.set(w, new Map([["PER", 1]]));
  if (opts.propagate && known.size > 0) propagate(sentences, labels, known);
  return labels;
}

/**
 * How often each name is labelled with each type (`votes`), and how often each first or last
 * word of a person's full name is so (`partType`).
 */
function countNames(
  sentences: readonly (readonly string[])[],
  spans: LabelSpan[][],
): { votes: Map<string, Counts>; partType: Map<string, Counts> } {
  const votes = new Map<string, Counts>();
  const partType = new Map<string, Counts>();
  spans.forEach((ss, si) => {
    for (const s of ss) {
      const key = keyOf(sentences[si], s);
      let v = votes.get(key);
      if (!v) votes.set(key, (v = new Map()));
      v.set(s.type, (v.get(s.type) ?? 0) + 1);
      if (s.end - s.start > 1 && s.type === "PER") {
        for (let i = s.start; i < s.end; i += s.end - s.start - 1) {
          const w = normalizeWord(sentences[si][i]).toLowerCase();
          if (!isCapitalised(sentences[si][i])) continue;
          let p = partType.get(w);
          if (!p) partType.set(w, (p = new Map()));
          p.set(s.type, (p.get(s.type) ?? 0) + 1);
        }
      }
    }
  });
  return { votes, partType };
}

/** The type with the most votes, or null on a tie or with none. */
function majority(v: Counts | undefined): string | null {
  if (!v) return null;
  let best: string | null = null;
  let bestN = 0;
  let tie = false;
  for (const [t, n] of v) {
    if (n > bestN) {
      best = t;
      bestN = n;
      tie = false;
    } else if (n === bestN) tie = true;
  }
  return tie ? null : best;
}

/** Relabels each span to its name's majority type, and a one-word name to the type of the longer name it is part of. */
function relabelByVotes(
  sentences: readonly (readonly string[])[],
  spans: LabelSpan[][],
  labels: string[][],
  votes: Map<string, Counts>,
  partType: Map<string, Counts>,
  opts: DocPassOptions,
): void {
  spans.forEach((ss, si) => {
    for (const s of ss) {
      const key = keyOf(sentences[si], s);
      let type = opts.vote ? majority(votes.get(key)) : null;
      if (opts.partOfLonger && s.end - s.start === 1) {
        // Only when the word is not, on its own, more often something else ("Chechnya" in a
        // mislabelled "Lebed Chechnya" stays a place).
        const part = partType.get(key);
        const longer = majority(part);
        const alone = votes.get(key);
        if (longer && part && (alone?.get(s.type) ?? 0) <= (part.get(longer) ?? 0)) type = longer;
      }
      if (type && type !== s.type) relabel(labels[si], s.start, s.end, type);
    }
  });
}

/** Labels unlabelled capitalised occurrences of the known names, longest match first. */
function propagate(sentences: readonly (readonly string[])[], labels: string[][], known: Map<string, Counts>): void {
  const prefixes = new Set<string>();
  for (const key of known.keys()) {
    let at = key.indexOf(" ");
    while (at > 0) {
      prefixes.add(key.slice(0, at));
      at = key.indexOf(" ", at + 1);
    }
  }
  sentences.forEach((words, si) => {
    const l = labels[si];
    for (let i = 0; i < words.length; i++) {
      if (l[i] !== "O" || !isCapitalised(words[i])) continue;
      let key = normalizeWord(words[i]).toLowerCase();
      let bestEnd = -1;
      let bestType: string | null = null;
      for (let j = i; j < words.length && j - i < MAX_NAME_WORDS;) {
        if (l[j] !== "O") break;
        const t = majority(known.get(key));
        if (t && isCapitalised(words[j])) {
          bestEnd = j + 1;
          bestType = t;
        }
        if (!prefixes.has(key) || ++j >= words.length) break;
        key += " " + normalizeWord(words[j]).toLowerCase();
      }
      if (bestType && bestEnd > i && (bestEnd >= words.length || l[bestEnd] === "O" || l[bestEnd].startsWith("B-"))) {
        relabel(l, i, bestEnd, bestType);
        i = bestEnd - 1;
      }
    }
  });
}
