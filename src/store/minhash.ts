// Near-duplicate detection for syndicated copies: the same wire story in two outlets, perhaps
// with another dateline, a trimmed ending or a changed headline. Each text becomes a set of
// word 5-shingles; a MinHash signature of that set is cut into bands (locality-sensitive
// hashing), so candidates are found with a few lookups in an in-memory `BandIndex`, screened
// on their signatures, then confirmed on the exact shingle sets. Everything is one linear pass
// over the text.

export const SHINGLE_WORDS = 5;
// 16 bands of 4 rows: a copy sharing 70% of its shingles is found 99% of the time, one
// sharing 50% two times in three, an unrelated text practically never.
export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
export const ROWS_PER_BAND = SIGNATURE_SIZE / BANDS;
/** Texts with fewer shingles than this are too short to call copies of each other. */
export const MIN_SHINGLES = 12;

/**
 * A copy shares at least this share of the shorter text's shingles with the original, and
 * the shorter is at least `MIN_LENGTH_RATIO` of the longer (a one-paragraph brief quoted
 * inside a long feature is not a syndicated copy of it).
 */
export const MIN_CONTAINMENT = 0.8;
export const MIN_LENGTH_RATIO = 0.4;

/** Hashes of the word 5-shingles of a text, sorted and deduplicated. Words are lower-cased letters and digits. */
export function shingles(text: string): Uint32Array {
  let words = new Uint32Array(Math.max(16, text.length >> 3));
  let n = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
      inWord = true;
    } else if (inWord) {
      if (n === words.length) {
        const grown = new Uint32Array(n * 2);
        grown.set(words);
        words = grown;
      }
      words[n++] = h >>> 0;
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  const count = Math.max(0, n - SHINGLE_WORDS + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let s = 0x9e3779b9;
    for (let k = 0; k < SHINGLE_WORDS; k++) s = mix32(s ^ words[i + k]);
    out[i] = s >>> 0;
  }
  out.sort();
  let m = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[m++] = out[i];
  return out.subarray(0, m);
}

/** The MinHash signature of a shingle set: for each of SIGNATURE_SIZE hash functions, the minimum. */
export function signature(shingleSet: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let j = 0; j < shingleSet.length; j++) {
    const x = shingleSet[j];
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix32(x ^ SEEDS[i]) >>> 0;
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** One key per band: texts sharing any key are candidates. Keys are 30-bit (small integers in V8). */
export function bandKeys(sig: Uint32Array): Int32Array {
  const keys = new Int32Array(BANDS);
  for (let b = 0; b < BANDS; b++) {
    let h = mix32(0x5bd1e995 ^ Math.imul(b + 1, 0x27d4eb2d));
    for (let r = 0; r < ROWS_PER_BAND; r++) h = mix32(h ^ sig[b * ROWS_PER_BAND + r]);
    keys[b] = h & 0x3fffffff;
  }
  return keys;
}

/** Share of equal values in two signatures: an estimate of the Jaccard similarity of the sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/**
 * Whether two sets of the given sizes with that estimated Jaccard similarity may be copies:
 * a loose screen (the estimate wobbles by ±0.06) before the exact comparison.
 */
export function mayBeNearDuplicate(jaccard: number, sizeA: number, sizeB: number): boolean {
  const small = Math.min(sizeA, sizeB);
  const large = Math.max(sizeA, sizeB);
  if (small === 0 || small / large < MIN_LENGTH_RATIO) return false;
  const common = (jaccard / (1 + jaccard)) * (sizeA + sizeB);
  return common / small >= MIN_CONTAINMENT - 0.2;
}

/**
 * Band key → the first document that had it. Held in memory by the writer (16 small integers a
 * document) so that finding candidates costs no random writes to an on-disk index.
 */
export class BandIndex {
  private readonly first = new Map<number, number>();

  add(keys: Int32Array, document: number): void {
    for (let i = 0; i < keys.length; i++) if (!this.first.has(keys[i])) this.first.set(keys[i], document);
  }

  /** Documents sharing a band with these keys, most shared bands first, at most `limit`. */
  candidates(keys: Int32Array, limit: number): number[] {
    const counts = new Map<number, number>();
    for (let i = 0; i < keys.length; i++) {
      const d = this.first.get(keys[i]);
      if (d !== undefined) counts.set(d, (counts.get(d) ?? 0) + 1);
    }
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([d]) => d);
  }
}

export interface Overlap {
  jaccard: number;
  /** Share of the smaller set found in the larger. */
  containment: number;
  lengthRatio: number;
}

/** Exact overlap of two shingle sets (sorted, as `shingles` returns them). */
export function overlap(a: Uint32Array, b: Uint32Array): Overlap {
  const small = Math.min(a.length, b.length);
  if (small === 0) return { jaccard: 0, containment: 0, lengthRatio: 0 };
  let common = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return {
    jaccard: common / (a.length + b.length - common),
    containment: common / small,
    lengthRatio: small / Math.max(a.length, b.length),
  };
}

export function isNearDuplicate(o: Overlap): boolean {
  return o.containment >= MIN_CONTAINMENT && o.lengthRatio >= MIN_LENGTH_RATIO;
}

/** A stored document's fingerprint: its MinHash signature and how many shingles it has. */
export interface Fingerprint {
  signature: Uint32Array;
  shingles: number;
}

/**
 * The two steps every near-duplicate decision takes, whichever store makes it: `screen` (cheap,
 * from the fingerprints alone) before `similarity` (exact, from both texts' shingle sets).
 */
export const nearDuplicate = {
  screen(a: Fingerprint, b: Fingerprint): boolean {
    return mayBeNearDuplicate(estimateJaccard(a.signature, b.signature), a.shingles, b.shingles);
  },
  /** The Jaccard similarity (to 0.001) when the two texts are copies of one another, else null. */
  similarity(a: Uint32Array, b: Uint32Array): number | null {
    const o = overlap(a, b);
    return isNearDuplicate(o) ? Math.round(o.jaccard * 1000) / 1000 : null;
  },
};

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Beyond ASCII: letters of any script count; punctuation and spaces in the General
  // Punctuation block and the typographic quotes do not.
  return !(c >= 0x2000 && c <= 0x206f) && c !== 0xa0 && c !== 0xab && c !== 0xbb && c !== 0x3000;
}

/** A 32-bit finaliser (murmur3 fmix32): every input bit affects every output bit. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

const SEEDS = (() => {
  const seeds = new Uint32Array(SIGNATURE_SIZE);
  let s = 0x2545f491;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    s = mix32(s + 0x9e3779b9);
    seeds[i] = s >>> 0;
  }
  return seeds;
})();
