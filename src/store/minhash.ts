// Near-duplicate detection for syndicated copies: the same wire story in two outlets, perhaps
// with another dateline, a trimmed ending or a changed headline. Each text becomes a set of
// word 5-shingles; a MinHash signature of that set is cut into bands (locality-sensitive
// hashing), so candidates are found with a few index lookups, then confirmed on the exact
// shingle sets. Everything is one linear pass over the text.

export const SHINGLE_WORDS = 5;
export const SIGNATURE_SIZE = 128;
export const BANDS = 32;
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

/** Hashes of the word 5-shingles of a text, deduplicated. Words are lower-cased letters and digits. */
export function shingles(text: string): Uint32Array {
  const words: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word = isWordChar(c);
    if (word) {
      h = Math.imul(h ^ lower(c), 0x01000193);
      inWord = true;
    } else if (inWord) {
      words.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) words.push(h >>> 0);
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let s = 0x9e3779b9;
    for (let k = 0; k < SHINGLE_WORDS; k++) s = mix32(s ^ words[i + k]);
    set.add(s >>> 0);
  }
  return Uint32Array.from(set);
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

/** One key per band: texts sharing any key are candidates. Keys fit in a safe integer. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = mix32(0x5bd1e995 ^ b);
    for (let r = 0; r < ROWS_PER_BAND; r++) h = mix32(h ^ sig[b * ROWS_PER_BAND + r]);
    // band number in the high bits so equal rows in different bands never collide
    keys.push(b * 0x100000000 + (h >>> 0));
  }
  return keys;
}

export interface Overlap {
  jaccard: number;
  /** Share of the smaller set found in the larger. */
  containment: number;
  lengthRatio: number;
}

/** Exact overlap of two shingle sets. */
export function overlap(a: Uint32Array, b: Uint32Array): Overlap {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length === 0) return { jaccard: 0, containment: 0, lengthRatio: 0 };
  const set = new Set(large);
  let common = 0;
  for (let i = 0; i < small.length; i++) if (set.has(small[i])) common++;
  return {
    jaccard: common / (a.length + b.length - common),
    containment: common / small.length,
    lengthRatio: small.length / large.length,
  };
}

export function isNearDuplicate(o: Overlap): boolean {
  return o.containment >= MIN_CONTAINMENT && o.lengthRatio >= MIN_LENGTH_RATIO;
}

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Beyond ASCII: letters of any script count; punctuation and spaces in the General
  // Punctuation block and the typographic quotes do not.
  return !(c >= 0x2000 && c <= 0x206f) && c !== 0xa0 && c !== 0xab && c !== 0xbb && c !== 0x3000;
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
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
