// Stage-2 features: what the first pass said about the same word elsewhere in the document.
// A surname labelled as a person in a full sentence is a person in the results table too, and
// an all-capitals headline word gets the type its ordinary-case mentions got (Ratinov & Roth's
// "prediction aggregation"). Stage 2 also sees stage 1's own labels around each word.

import { FeatureBuffer } from "./features.js";
import { normalizeWord } from "./gazetteer.js";
import { mix } from "./hash.js";

const enum A {
  Stack = 101,
  StackM1,
  StackP1,
  Other,
  Majority,
  Part,
  OtherCount,
  StackM2,
  StackP2,
  StackTri,
  Reliable,
}

/** Entity type (0 none, 1 PER, 2 ORG, 3 LOC, 4 MISC) of a label index. */
function typeOf(label: number): number {
  return label === 0 ? 0 : ((label - 1) >> 1) + 1;
}

function isCapitalised(w: string): boolean {
  const ch = w.charAt(0);
  return ch !== "" && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Per distinct capitalised word of a document: types it got (as a whole-entity word and as part of a longer one). */
interface WordStats {
  types: Int32Array;
  parts: Int32Array;
  /** types where the word stood Capitalised (not ALL CAPS) away from the sentence start */
  reliable: Int32Array;
}

function isReliable(words: readonly string[], i: number): boolean {
  const w = words[i];
  return i > 0 && w.length > 1 && w !== w.toUpperCase() && /^[\p{L}]/u.test(words[i - 1]);
}

/**
 * Stage-2 features of every sentence of one document, given stage 1's label indices.
 * Calls `sink(sentenceIndex, buffer)` with each sentence's features (the buffer is reused).
 */
export function aggregateFeatures(
  sentences: readonly (readonly string[])[],
  labels: readonly Int32Array[],
  sink: (sentence: number, buf: FeatureBuffer) => void,
  buf: FeatureBuffer = new FeatureBuffer(),
): void {
  const stats = new Map<string, WordStats>();
  const keys: (string | null)[][] = [];
  const multi: Uint8Array[] = [];
  sentences.forEach((words, si) => {
    const l = labels[si];
    const k: (string | null)[] = new Array(words.length);
    const m = new Uint8Array(words.length);
    for (let i = 0; i < words.length; i++) {
      // Inside an entity of more than one word?
      const t = typeOf(l[i]);
      if (t !== 0) {
        const startsHere = l[i] % 2 === 1;
        const continues = i + 1 < words.length && l[i + 1] !== 0 && l[i + 1] % 2 === 0;
        m[i] = !startsHere || continues ? 1 : 0;
      }
      if (!isCapitalised(words[i])) {
        k[i] = null;
        continue;
      }
      const key = normalizeWord(words[i]).toLowerCase();
      k[i] = key;
      let st = stats.get(key);
      if (!st)
        stats.set(key, (st = { types: new Int32Array(5), parts: new Int32Array(5), reliable: new Int32Array(5) }));
      st.types[t]++;
      if (m[i]) st.parts[t]++;
      if (isReliable(words, i)) st.reliable[t]++;
    }
    keys.push(k);
    multi.push(m);
  });
  const others = new Int32Array(5);
  sentences.forEach((words, si) => {
    const n = words.length;
    const l = labels[si];
    buf.reset(n);
    for (let i = 0; i < n; i++) {
      const t = typeOf(l[i]);
      buf.push(A.Stack, l[i]);
      buf.push(A.StackM1, i > 0 ? l[i - 1] : 15);
      buf.push(A.StackP1, i + 1 < n ? l[i + 1] : 15);
      buf.push(A.StackM2, i > 1 ? l[i - 2] : 15);
      buf.push(A.StackP2, i + 2 < n ? l[i + 2] : 15);
      buf.push(A.StackTri, ((i > 0 ? l[i - 1] : 15) * 16 + l[i]) * 16 + (i + 1 < n ? l[i + 1] : 15));
      const key = keys[si][i];
      const st = key === null ? undefined : stats.get(key);
      if (st) {
        let total = 0;
        let best = -1;
        for (let x = 0; x < 5; x++) {
          others[x] = st.types[x] - (x === t ? 1 : 0);
          total += others[x];
          if (others[x] > 0) buf.push(A.Other, x);
          if (others[x] > 0 && (best < 0 || others[x] > others[best])) best = x;
        }
        if (total > 0) {
          buf.push(A.Majority, mix(best, t));
          buf.push(A.OtherCount, Math.min(total, 3));
        }
        const own = isReliable(words, i);
        for (let x = 1; x < 5; x++) {
          const p = st.parts[x] - (x === t && multi[si][i] ? 1 : 0);
          if (p > 0) buf.push(A.Part, x);
        }
        for (let x = 0; x < 5; x++) if (st.reliable[x] - (own && x === t ? 1 : 0) > 0) buf.push(A.Reliable, x);
      }
      buf.endWord();
    }
    sink(si, buf);
  });
}
