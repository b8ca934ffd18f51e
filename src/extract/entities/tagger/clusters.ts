// Word classes learned from unlabelled text by the exchange algorithm (Kneser & Ney 1993; Martin,
// Liermann & Ney 1998): words are moved one at a time to the class that most raises the
// likelihood of a class-bigram model of the text. Words used alike ("Monday"/"Tuesday",
// "Clinton"/"Yeltsin") end up together, so a name never seen in labelled data still shares
// features with ones that were. The tagger reads each word's class at a few granularities.
//
// Deterministic: words are visited in a fixed order (frequency, then spelling); ties keep the
// lower class number.

/** Fixed class numbers: sentence boundaries and rare words each have a class of their own. */
const BOUNDARY = 0;

function xlogx(x: number): number {
  return x > 0 ? x * Math.log(x) : 0;
}

export interface ClusterOptions {
  classes: number;
  /** words seen fewer times are not clustered */
  minCount: number;
  iterations: number;
  log?: (line: string) => void;
}

/** Word bigrams as adjacency lists: for word a, its right neighbours rightWord[rightStart[a] … rightStart[a+1]). */
interface Bigrams {
  /** word → id (2 … V − 1); id 0 is the boundary, id 1 stands for every rare word */
  id: Map<string, number>;
  V: number;
  uni: Float64Array;
  rightStart: Int32Array;
  rightWord: Int32Array;
  rightCount: Float64Array;
  leftStart: Int32Array;
  leftWord: Int32Array;
  leftCount: Float64Array;
}

/** The state the exchange moves words in: each word's class, class-bigram and class counts. */
interface Classes {
  K: number;
  cls: Int32Array;
  cb: Float64Array;
  cn: Float64Array;
}

/**
 * Classes of the words of `sentences` (each a list of words). Returns word → class number
 * (1 … classes − 1) for every word seen at least `minCount` times.
 */
export function exchangeClusters(sentences: Iterable<readonly string[]>, opts: ClusterOptions): Map<string, number> {
  const g = countBigrams(sentences, opts.minCount);
  const c = initialClasses(g, opts.classes);
  const scratch = new Neighbours(opts.classes);
  for (let it = 1; it <= opts.iterations; it++) {
    let moved = 0;
    for (let w = 2; w < g.V; w++) if (moveWord(g, c, scratch, w)) moved++;
    opts.log?.(`exchange clustering (${c.K} classes): iteration ${it}, ${moved} of ${g.V - 2} words moved`);
    if (moved === 0) break;
  }
  const out = new Map<string, number>();
  for (const [w, i] of g.id) out.set(w, c.cls[i]);
  return out;
}

/** Vocabulary (frequency, then spelling) and word bigrams, as sorted adjacency lists built from a hash of pair counts. */
function countBigrams(sentences: Iterable<readonly string[]>, minCount: number): Bigrams {
  const counts = new Map<string, number>();
  const corpus: string[][] = [];
  for (const s of sentences) {
    corpus.push(s as string[]);
    for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const vocab = [...counts].filter(([, n]) => n >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const id = new Map<string, number>(vocab.map(([w], i) => [w, i + 2]));
  const V = vocab.length + 2;
  const uni = new Float64Array(V);
  const pairs = new Map<number, number>();
  const pairKey = (a: number, b: number): number => a * V + b;
  for (const s of corpus) {
    let prev = BOUNDARY;
    uni[BOUNDARY]++;
    for (const w of s) {
      const cur = id.get(w) ?? 1;
      uni[cur]++;
      const k = pairKey(prev, cur);
      pairs.set(k, (pairs.get(k) ?? 0) + 1);
      prev = cur;
    }
    const k = pairKey(prev, BOUNDARY);
    pairs.set(k, (pairs.get(k) ?? 0) + 1);
  }
  return { id, V, uni, ...adjacency(pairs, V) };
}

/** Pair counts keyed a·V + b as right- and left-neighbour lists. */
function adjacency(pairs: Map<number, number>, V: number): Omit<Bigrams, "id" | "V" | "uni"> {
  const rightStart = new Int32Array(V + 1);
  const leftStart = new Int32Array(V + 1);
  for (const k of pairs.keys()) {
    rightStart[Math.floor(k / V) + 1]++;
    leftStart[(k % V) + 1]++;
  }
  for (let i = 0; i < V; i++) {
    rightStart[i + 1] += rightStart[i];
    leftStart[i + 1] += leftStart[i];
  }
  const rightWord = new Int32Array(pairs.size);
  const rightCount = new Float64Array(pairs.size);
  const leftWord = new Int32Array(pairs.size);
  const leftCount = new Float64Array(pairs.size);
  const rFill = rightStart.slice(0, V);
  const lFill = leftStart.slice(0, V);
  for (const [k, n] of pairs) {
    const a = Math.floor(k / V);
    const b = k % V;
    rightWord[rFill[a]] = b;
    rightCount[rFill[a]++] = n;
    leftWord[lFill[b]] = a;
    leftCount[lFill[b]++] = n;
  }
  pairs.clear();
  return { rightStart, rightWord, rightCount, leftStart, leftWord, leftCount };
}

/** Initial classes: the boundary and rare words fixed in classes 0 and 1; the rest round-robin. */
function initialClasses(g: Bigrams, K: number): Classes {
  const cls = new Int32Array(g.V);
  cls[BOUNDARY] = 0;
  cls[1] = 1;
  for (let w = 2; w < g.V; w++) cls[w] = 2 + ((w - 2) % (K - 2));
  const cb = new Float64Array(K * K);
  const cn = new Float64Array(K);
  for (let a = 0; a < g.V; a++) {
    cn[cls[a]] += g.uni[a];
    for (let k = g.rightStart[a]; k < g.rightStart[a + 1]; k++) cb[cls[a] * K + cls[g.rightWord[k]]] += g.rightCount[k];
  }
  return { K, cls, cb, cn };
}

/** One word's neighbour counts by class (right R, left Lc), with the classes touched so they can be cleared. */
class Neighbours {
  readonly R: Float64Array;
  readonly Lc: Float64Array;
  readonly touchedR: number[] = [];
  readonly touchedL: number[] = [];
  self = 0;
  constructor(K: number) {
    this.R = new Float64Array(K);
    this.Lc = new Float64Array(K);
  }
  /** Counts w's neighbours by class, leaving out w's bigrams with itself (counted in `self`). */
  fill(g: Bigrams, cls: Int32Array, w: number): void {
    const { R, Lc, touchedR, touchedL } = this;
    this.self = 0;
    for (let k = g.rightStart[w]; k < g.rightStart[w + 1]; k++) {
      const v = g.rightWord[k];
      if (v === w) {
        this.self += g.rightCount[k];
        continue;
      }
      const d = cls[v];
      if (R[d] === 0) touchedR.push(d);
      R[d] += g.rightCount[k];
    }
    for (let k = g.leftStart[w]; k < g.leftStart[w + 1]; k++) {
      const u = g.leftWord[k];
      if (u === w) continue;
      const d = cls[u];
      if (Lc[d] === 0) touchedL.push(d);
      Lc[d] += g.leftCount[k];
    }
  }
  clear(): void {
    for (const d of this.touchedR) this.R[d] = 0;
    for (const d of this.touchedL) this.Lc[d] = 0;
    this.touchedR.length = 0;
    this.touchedL.length = 0;
  }
}

/** Adds (sign 1) or takes out (sign −1) word w, whose neighbours `n` holds, to or from class c. */
function shift(c: Classes, n: Neighbours, uniW: number, to: number, sign: number): void {
  const { K, cb, cn } = c;
  for (const d of n.touchedR) cb[to * K + d] += sign * n.R[d];
  for (const d of n.touchedL) cb[d * K + to] += sign * n.Lc[d];
  cb[to * K + to] += sign * n.self;
  cn[to] += sign * uniW;
}

/** Moves word w to the class that most raises the likelihood; true when it changed class. */
function moveWord(g: Bigrams, c: Classes, n: Neighbours, w: number): boolean {
  const from = c.cls[w];
  n.fill(g, c.cls, w);
  shift(c, n, g.uni[w], from, -1);
  const best = bestClass(c, n, g.uni[w], from);
  shift(c, n, g.uni[w], best, 1);
  c.cls[w] = best;
  n.clear();
  return best !== from;
}

/** The class whose likelihood gain for a word with neighbours `n` and count `uniW` is highest; ties keep the lower. */
function bestClass(c: Classes, n: Neighbours, uniW: number, from: number): number {
  const { K, cb, cn } = c;
  const { R, Lc, touchedR, touchedL, self } = n;
  let best = from;
  let bestGain = Number.NEGATIVE_INFINITY;
  for (let k = 2; k < K; k++) {
    let gain = 0;
    for (const d of touchedR) {
      if (d === k) continue;
      const x = cb[k * K + d];
      gain += xlogx(x + R[d]) - xlogx(x);
    }
    for (const d of touchedL) {
      if (d === k) continue;
      const x = cb[d * K + k];
      gain += xlogx(x + Lc[d]) - xlogx(x);
    }
    const diag = cb[k * K + k];
    gain += xlogx(diag + R[k] + Lc[k] + self) - xlogx(diag);
    gain -= 2 * (xlogx(cn[k] + uniW) - xlogx(cn[k]));
    if (gain > bestGain + 1e-9) {
      bestGain = gain;
      best = k;
    }
  }
  return best;
}
