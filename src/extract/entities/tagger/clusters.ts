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

/**
 * Classes of the words of `sentences` (each a list of words). Returns word → class number
 * (1 … classes − 1) for every word seen at least `minCount` times.
 */
export function exchangeClusters(sentences: Iterable<readonly string[]>, opts: ClusterOptions): Map<string, number> {
  const K = opts.classes;
  // Vocabulary: id 0 is the boundary, id 1 stands for every rare word.
  const counts = new Map<string, number>();
  const corpus: string[][] = [];
  for (const s of sentences) {
    corpus.push(s as string[]);
    for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const vocab = [...counts].filter(([, n]) => n >= opts.minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const id = new Map<string, number>(vocab.map(([w], i) => [w, i + 2]));
  const V = vocab.length + 2;
  const uni = new Float64Array(V);
  // Word bigrams, as sorted adjacency lists built from a hash of pair counts.
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

  // Initial classes: the boundary and rare words fixed in classes 0 and 1; the rest round-robin.
  const cls = new Int32Array(V);
  cls[BOUNDARY] = 0;
  cls[1] = 1;
  for (let w = 2; w < V; w++) cls[w] = 2 + ((w - 2) % (K - 2));
  const cb = new Float64Array(K * K);
  const cn = new Float64Array(K);
  for (let a = 0; a < V; a++) {
    cn[cls[a]] += uni[a];
    for (let k = rightStart[a]; k < rightStart[a + 1]; k++) cb[cls[a] * K + cls[rightWord[k]]] += rightCount[k];
  }
  const R = new Float64Array(K);
  const Lc = new Float64Array(K);
  const touchedR: number[] = [];
  const touchedL: number[] = [];
  for (let it = 1; it <= opts.iterations; it++) {
    let moved = 0;
    for (let w = 2; w < V; w++) {
      const from = cls[w];
      // Neighbour counts by class, leaving out w's bigrams with itself.
      let self = 0;
      for (let k = rightStart[w]; k < rightStart[w + 1]; k++) {
        const v = rightWord[k];
        if (v === w) {
          self += rightCount[k];
          continue;
        }
        const d = cls[v];
        if (R[d] === 0) touchedR.push(d);
        R[d] += rightCount[k];
      }
      for (let k = leftStart[w]; k < leftStart[w + 1]; k++) {
        const u = leftWord[k];
        if (u === w) continue;
        const d = cls[u];
        if (Lc[d] === 0) touchedL.push(d);
        Lc[d] += leftCount[k];
      }
      // Take w out of its class.
      for (const d of touchedR) cb[from * K + d] -= R[d];
      for (const d of touchedL) cb[d * K + from] -= Lc[d];
      cb[from * K + from] -= self;
      cn[from] -= uni[w];
      let best = from;
      let bestGain = Number.NEGATIVE_INFINITY;
      for (let c = 2; c < K; c++) {
        let gain = 0;
        for (const d of touchedR) {
          if (d === c) continue;
          const x = cb[c * K + d];
          gain += xlogx(x + R[d]) - xlogx(x);
        }
        for (const d of touchedL) {
          if (d === c) continue;
          const x = cb[d * K + c];
          gain += xlogx(x + Lc[d]) - xlogx(x);
        }
        const diag = cb[c * K + c];
        gain += xlogx(diag + R[c] + Lc[c] + self) - xlogx(diag);
        gain -= 2 * (xlogx(cn[c] + uni[w]) - xlogx(cn[c]));
        if (gain > bestGain + 1e-9) {
          bestGain = gain;
          best = c;
        }
      }
      // Put w into the best class.
      for (const d of touchedR) cb[best * K + d] += R[d];
      for (const d of touchedL) cb[d * K + best] += Lc[d];
      cb[best * K + best] += self;
      cn[best] += uni[w];
      if (best !== from) moved++;
      cls[w] = best;
      for (const d of touchedR) R[d] = 0;
      for (const d of touchedL) Lc[d] = 0;
      touchedR.length = 0;
      touchedL.length = 0;
    }
    opts.log?.(`exchange clustering (${K} classes): iteration ${it}, ${moved} of ${V - 2} words moved`);
    if (moved === 0) break;
  }
  const out = new Map<string, number>();
  for (const [w, i] of id) out.set(w, cls[i]);
  return out;
}
