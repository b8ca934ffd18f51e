// Hierarchical spherical k-means over word vectors (cosine similarity, unit-length centroids):
// the words are split into K1 groups, each group into K2 / K1 subgroups, and so on, so a word's
// class at a coarse level is the parent of its class at a finer one. Words used alike in a large
// corpus ("Mandiant"/"Symantec", "Ashford"/"Dorking") share their classes, which is what lets a
// feature-based tagger read names it never saw labelled (Turian, Ratinov & Bengio 2010; Ratinov &
// Roth 2009 used Brown clusters' path prefixes in the same way).
//
// Deterministic: k-means++ seeding from a seeded generator, ties keep the lower class number.

import { seededRandom } from "../../src/extract/entities/tagger/hash.js";

export interface KMeansOptions {
  /** class counts per level, each a multiple of the one before (e.g. 64, 256, 1024) */
  levels: number[];
  /** iterations of the first level; lower levels use half as many (they split small groups) */
  iterations: number;
  seed: number;
  log?: (line: string) => void;
}

/** Scales each row of an n × d matrix to unit length (rows of zeros stay zero). */
export function normalizeRows(x: Float32Array, d: number): void {
  for (let o = 0; o < x.length; o += d) {
    let s = 0;
    for (let j = 0; j < d; j++) s += x[o + j] * x[o + j];
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let j = 0; j < d; j++) x[o + j] *= inv;
  }
}

function dot(x: Float32Array, a: number, c: Float32Array, b: number, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) s += x[a + j] * c[b + j];
  return s;
}

/**
 * Spherical k-means of the rows `members` of the unit-length matrix x (n × d) into k classes.
 * Returns each member's class (0 … k − 1), in the order of `members`.
 */
export function sphericalKMeans(
  x: Float32Array,
  d: number,
  members: Int32Array,
  k: number,
  iterations: number,
  rand: () => number,
): Int32Array {
  const m = members.length;
  const assign = new Int32Array(m);
  if (m <= k) {
    for (let i = 0; i < m; i++) assign[i] = i;
    return assign;
  }
  const cent = new Float32Array(k * d);
  // k-means++: each next centre drawn with probability growing with its distance (1 − cos) to the nearest chosen.
  const near = new Float64Array(m).fill(2);
  let pick = Math.floor(rand() * m);
  for (let c = 0; c < k; c++) {
    cent.set(x.subarray(members[pick] * d, members[pick] * d + d), c * d);
    let total = 0;
    for (let i = 0; i < m; i++) {
      const dist = Math.max(0, 1 - dot(x, members[i] * d, cent, c * d, d));
      if (dist < near[i]) near[i] = dist;
      total += near[i];
    }
    let r = rand() * total;
    pick = m - 1;
    for (let i = 0; i < m; i++) {
      r -= near[i];
      if (r <= 0) {
        pick = i;
        break;
      }
    }
  }
  const count = new Int32Array(k);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < m; i++) {
      const a = members[i] * d;
      let best = 0;
      let bestSim = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        const s = dot(x, a, cent, c * d, d);
        if (s > bestSim) {
          bestSim = s;
          best = c;
        }
      }
      if (it === 0 || assign[i] !== best) moved++;
      assign[i] = best;
    }
    cent.fill(0);
    count.fill(0);
    for (let i = 0; i < m; i++) {
      const c = assign[i];
      count[c]++;
      const a = members[i] * d;
      for (let j = 0; j < d; j++) cent[c * d + j] += x[a + j];
    }
    for (let c = 0; c < k; c++) {
      // An emptied class takes a member of the largest class, so every class number is used.
      if (count[c] === 0) {
        let big = 0;
        for (let o = 1; o < k; o++) if (count[o] > count[big]) big = o;
        const i = assign.indexOf(big);
        assign[i] = c;
        count[big]--;
        count[c] = 1;
        cent.set(x.subarray(members[i] * d, members[i] * d + d), c * d);
      }
    }
    normalizeRows(cent, d);
    if (moved === 0) break;
  }
  return assign;
}

/**
 * Classes of every row of x (n × d, unit length) at each level of `opts.levels`: out[l][i] is
 * row i's class at level l, and out[l][i] / (levels[l] / levels[l − 1]) is its class at level l − 1.
 */
export function hierarchicalKMeans(x: Float32Array, d: number, opts: KMeansOptions): Int32Array[] {
  const n = x.length / d;
  const rand = seededRandom(opts.seed);
  const out: Int32Array[] = [];
  let parent = new Int32Array(n);
  let parents = 1;
  opts.levels.forEach((k, level) => {
    if (k % parents !== 0) throw new Error(`level ${k} is not a multiple of ${parents}`);
    const branch = k / parents;
    const cls = new Int32Array(n);
    const groups: number[][] = Array.from({ length: parents }, () => []);
    for (let i = 0; i < n; i++) groups[parent[i]].push(i);
    const iterations = level === 0 ? opts.iterations : Math.max(1, Math.ceil(opts.iterations / 2));
    groups.forEach((g, p) => {
      const members = Int32Array.from(g);
      const sub = sphericalKMeans(x, d, members, branch, iterations, rand);
      for (let i = 0; i < members.length; i++) cls[members[i]] = p * branch + sub[i];
    });
    opts.log?.(`level ${level + 1}: ${k} classes`);
    out.push(cls);
    parent = cls;
    parents = k;
  });
  return out;
}
