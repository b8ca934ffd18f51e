// Features of each word in a sentence, as hashed integers. What a word is on its own (its form,
// lower case, shape, affixes) is computed once per distinct word and cached; context features
// combine the cached values of neighbours by integer mixing, so tagging builds no strings.

import { hashString, mix } from "./hash.js";
import { Gazetteer, normalizeWord } from "./gazetteer.js";

/** What one distinct word contributes, whatever its context. */
interface WordInfo {
  lower: string;
  /** the gazetteer's `wordCode` of `lower` */
  gazCode: number;
  word: number;
  low: number;
  shape: number;
  short: number;
  affixes: Int32Array;
  /** 0 lower/other, 1 Capitalised, 2 ALLCAPS, 3 digit-initial/other */
  cap: number;
  /** hashed word-class numbers, one per granularity */
  clusters: Int32Array | null;
  hasLetter: boolean;
}

const enum F {
  Bias = 1,
  Word,
  Lower,
  Shape,
  Short,
  Affix,
  LowerM2,
  LowerM1,
  LowerP1,
  LowerP2,
  ShortM1,
  ShortP1,
  ShapeM1,
  ShapeP1,
  BigramM1,
  BigramP1,
  ShortTri,
  First,
  Gaz,
  GazM1,
  GazP1,
  DocLowerSeen,
  DocTitleSeen,
  WordM1Short,
  ShortWordP1,
  CapContext,
  Cluster,
  ClusterM1,
  ClusterP1,
  DocCapRatio,
  CtxAgg,
  ClusterM2,
  ClusterP2,
  ClusterCap,
}

/** Distinct contexts kept per word of a document for context aggregation. */
const AGG_MAX = 40;

/** What the rest of the document says about a word's capitalisation. */
export interface DocContext {
  /** lower-case words that appear written in lower case somewhere */
  lowerSeen: Set<string>;
  /** lower-case forms of words written Capitalised (not ALL CAPS) away from a sentence start */
  titleSeen: Set<string>;
  /**
   * Context aggregation (Ratinov & Roth 2009), when the model uses it: per word written
   * Capitalised somewhere in the document (key: lower case), the hashed (offset, lower-cased
   * word) pairs at ±1 and ±2 around each of its occurrences, in any case, with how often each
   * was seen. A Capitalised word gets as features the pairs seen at its other occurrences.
   */
  agg?: Map<string, Map<number, number>>;
}

export function documentContext(sentences: readonly (readonly string[])[]): DocContext {
  const lowerSeen = new Set<string>();
  const titleSeen = new Set<string>();
  for (const words of sentences) {
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const c = w.charCodeAt(0);
      if (c >= 97 && c <= 122) {
        if (w === w.toLowerCase()) lowerSeen.add(w);
      } else if (i > 0 && w.length > 1 && w !== w.toLowerCase() && w !== w.toUpperCase()) {
        const prev = words[i - 1];
        // After a quote or colon a capital is a sentence start too.
        if (prev !== '"' && prev !== ":" && prev !== "``" && prev !== "-")
          titleSeen.add(normalizeWord(w).toLowerCase());
      }
    }
  }
  return { lowerSeen, titleSeen };
}

function shapeOf(w: string, collapse: boolean): string {
  let out = "";
  let last = "";
  for (let i = 0; i < w.length && out.length < 12; i++) {
    const c = w.charCodeAt(i);
    let s: string;
    if (c >= 65 && c <= 90) s = "X";
    else if (c >= 97 && c <= 122) s = "x";
    else if (c >= 48 && c <= 57) s = "d";
    else if (c > 127) {
      const ch = w[i];
      s = ch !== ch.toLowerCase() ? "X" : ch !== ch.toUpperCase() ? "x" : ch;
    } else s = w[i];
    if (collapse && s === last) continue;
    out += s;
    last = s;
  }
  return out;
}

function capClass(w: string): number {
  if (w.length === 0) return 0;
  const c = w.charCodeAt(0);
  const ch = w[0];
  const isUpper = (c >= 65 && c <= 90) || (c > 127 && ch !== ch.toLowerCase());
  if (!isUpper) return c >= 48 && c <= 57 ? 3 : 0;
  return w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase() ? 2 : 1;
}

/** The form a word is clustered and looked up under: ASCII quotes and dashes, digits as 0. */
export function clusterForm(raw: string): string {
  const norm = normalizeWord(raw);
  let out = "";
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    out += c >= 48 && c <= 57 ? "0" : norm[i];
  }
  return out;
}

export class FeatureExtractor {
  private readonly cache = new Map<string, WordInfo>();
  constructor(
    readonly gazetteer: Gazetteer,
    /** word (normalised, digits as 0) → its class numbers at each granularity, space-separated */
    readonly clusters: Map<string, string> = new Map(),
  ) {}

  /** Class hashes of a word: its own spelling, else its Capitalised form (for ALL CAPS), else lower case. */
  private clusterOf(form: string, lower: string): Int32Array | null {
    let ids = this.clusters.get(form);
    if (ids === undefined && form.length > 1) ids = this.clusters.get(form[0] + lower.slice(1));
    if (ids === undefined) ids = this.clusters.get(lower);
    if (ids === undefined) return null;
    return Int32Array.from(ids.split(" "), (id, k) => mix(k + 1, hashString(id)));
  }

  private info(raw: string): WordInfo {
    let wi = this.cache.get(raw);
    if (wi) return wi;
    const norm = normalizeWord(raw);
    let digitsAsZero = "";
    let hasLetter = false;
    for (let i = 0; i < norm.length; i++) {
      const c = norm.charCodeAt(i);
      digitsAsZero += c >= 48 && c <= 57 ? "0" : norm[i];
      if (!hasLetter && norm[i].toLowerCase() !== norm[i].toUpperCase()) hasLetter = true;
    }
    const lower = digitsAsZero.toLowerCase();
    const affixes = new Int32Array(8);
    for (let k = 1; k <= 4; k++) {
      affixes[k - 1] = mix(k, hashString(k <= lower.length ? lower.slice(0, k) : lower + "$"));
      affixes[k + 3] = mix(k + 10, hashString(k <= lower.length ? lower.slice(-k) : "^" + lower));
    }
    const lowerForm = norm.toLowerCase();
    wi = {
      lower: lowerForm,
      gazCode: this.gazetteer.wordCode(lowerForm),
      word: hashString(digitsAsZero),
      low: hashString(lower),
      shape: hashString(shapeOf(norm, false)),
      short: hashString(shapeOf(norm, true)),
      affixes,
      cap: capClass(norm),
      hasLetter,
      clusters: this.clusters.size > 0 ? this.clusterOf(digitsAsZero, lower) : null,
    };
    if (this.cache.size > 200_000) this.cache.clear(); // bound memory on endless input
    this.cache.set(raw, wi);
    return wi;
  }

  /**
   * Fills `ctx.agg` (see DocContext.agg). Only words written Capitalised somewhere in the
   * document are aggregated (their lower-case occurrences count too); each keeps at most
   * AGG_MAX distinct contexts, the first seen.
   */
  contextAggregation(sentences: readonly (readonly string[])[], ctx: DocContext): void {
    const agg = new Map<string, Map<number, number>>();
    const docInfos: WordInfo[][] = sentences.map((words) => {
      const infos: WordInfo[] = new Array(words.length);
      for (let i = 0; i < words.length; i++) {
        const w = (infos[i] = this.info(words[i]));
        if (w.hasLetter && w.cap !== 0 && !agg.has(w.lower)) agg.set(w.lower, new Map());
      }
      return infos;
    });
    for (const infos of docInfos) {
      const n = infos.length;
      for (let i = 0; i < n; i++) {
        const m = infos[i].hasLetter ? agg.get(infos[i].lower) : undefined;
        if (!m) continue;
        for (let d = -2; d <= 2; d++) {
          const j = i + d;
          if (d === 0 || j < 0 || j >= n) continue;
          const h = mix(d + 3, infos[j].low);
          const c = m.get(h);
          if (c !== undefined) m.set(h, c + 1);
          else if (m.size < AGG_MAX) m.set(h, 1);
        }
      }
    }
    ctx.agg = agg;
  }

  /**
   * Writes the features of every word of `words` into `out` (hashed, 32-bit) and the start of
   * each word's run into `offsets` (n + 1 entries). Returns the number of features. In training,
   * `drop` marks words whose own spelling is hidden (word dropout), so that the weights also learn
   * to read a name from its shape, affixes, neighbours and lists, as they must on unseen names.
   */
  extract(words: readonly string[], doc: DocContext | null, buf: FeatureBuffer, drop?: Uint8Array): void {
    const n = words.length;
    buf.reset(n);
    const infos: WordInfo[] = new Array(n);
    for (let i = 0; i < n; i++) infos[i] = this.info(words[i]);
    // Gazetteer codes per token, at most 8 each.
    const gaz = buf.gazCodes(n);
    const gazCount = buf.gazCounts(n);
    const lower: string[] = new Array(n);
    const codes = buf.wordCodes(n);
    for (let i = 0; i < n; i++) {
      lower[i] = infos[i].lower;
      codes[i] = infos[i].gazCode;
    }
    this.gazetteer.matchCoded(lower, codes, (t, code) => {
      if (gazCount[t] < 8) gaz[t * 8 + gazCount[t]++] = code;
    });
    const BOS = 0x5eed;
    const EOS = 0x0e05;
    for (let i = 0; i < n; i++) {
      const w = infos[i];
      const m1 = i > 0 ? infos[i - 1] : null;
      const m2 = i > 1 ? infos[i - 2] : null;
      const p1 = i + 1 < n ? infos[i + 1] : null;
      const p2 = i + 2 < n ? infos[i + 2] : null;
      const lm1 = m1 ? m1.low : BOS;
      const lp1 = p1 ? p1.low : EOS;
      const sm1 = m1 ? m1.short : BOS;
      const sp1 = p1 ? p1.short : EOS;
      buf.push(F.Bias, 0);
      const own = !drop || drop[i] === 0;
      if (own) {
        buf.push(F.Word, w.word);
        buf.push(F.Lower, w.low);
      }
      buf.push(F.Shape, w.shape);
      buf.push(F.Short, w.short);
      for (let k = 0; k < 8; k++) buf.push(F.Affix, w.affixes[k]);
      buf.push(F.LowerM2, m2 ? m2.low : BOS);
      buf.push(F.LowerM1, lm1);
      buf.push(F.LowerP1, lp1);
      buf.push(F.LowerP2, p2 ? p2.low : EOS);
      buf.push(F.ShortM1, sm1);
      buf.push(F.ShortP1, sp1);
      buf.push(F.ShapeM1, m1 ? m1.shape : BOS);
      buf.push(F.ShapeP1, p1 ? p1.shape : EOS);
      if (own) buf.push(F.BigramM1, mix(lm1, w.low));
      if (own) buf.push(F.BigramP1, mix(w.low, lp1));
      buf.push(F.ShortTri, mix(mix(sm1, w.short), sp1));
      buf.push(F.WordM1Short, mix(lm1, w.short));
      buf.push(F.ShortWordP1, mix(w.short, lp1));
      buf.push(F.First, (i === 0 ? 1 : 0) * 8 + w.cap);
      buf.push(F.CapContext, (m1 ? m1.cap : 7) * 64 + w.cap * 8 + (p1 ? p1.cap : 7));
      const gc = gazCount[i];
      for (let k = 0; k < gc; k++) buf.push(F.Gaz, gaz[i * 8 + k]);
      if (i > 0) for (let k = 0; k < gazCount[i - 1]; k++) buf.push(F.GazM1, gaz[(i - 1) * 8 + k] >> 2);
      if (i + 1 < n) for (let k = 0; k < gazCount[i + 1]; k++) buf.push(F.GazP1, gaz[(i + 1) * 8 + k] >> 2);
      if (doc && w.hasLetter && w.cap !== 0) {
        buf.push(F.DocLowerSeen, (doc.lowerSeen.has(w.lower) ? 1 : 0) * 8 + w.cap);
        if (w.cap === 2 || i === 0) buf.push(F.DocTitleSeen, (doc.titleSeen.has(w.lower) ? 1 : 0) * 8 + w.cap);
      }
      const agg = doc?.agg && w.hasLetter && w.cap !== 0 ? doc.agg.get(w.lower) : undefined;
      if (agg && agg.size > 0) {
        // The contexts of the word's other occurrences: each seen more often than here.
        const o0 = m2 ? mix(1, m2.low) : 0;
        const o1 = m1 ? mix(2, m1.low) : 0;
        const o3 = p1 ? mix(4, p1.low) : 0;
        const o4 = p2 ? mix(5, p2.low) : 0;
        for (const [h, c] of agg) {
          const own = (h === o0 ? 1 : 0) + (h === o1 ? 1 : 0) + (h === o3 ? 1 : 0) + (h === o4 ? 1 : 0);
          if (c > own) buf.push(F.CtxAgg, h);
        }
      }
      if (this.clusters.size > 0) clusterFeatures(buf, w, i === 0, m1, p1, m2, p2);
      buf.endWord();
    }
  }
}

/**
 * The word classes of a word and of its neighbours at ±1 and ±2 (classes learned from unlabelled
 * text or word vectors: a name never seen labelled shares them with names that were).
 */
function clusterFeatures(
  buf: FeatureBuffer,
  w: WordInfo,
  first: boolean,
  m1: WordInfo | null,
  p1: WordInfo | null,
  m2: WordInfo | null,
  p2: WordInfo | null,
): void {
  const push = (template: number, info: WordInfo | null) => {
    const cl = info ? info.clusters : null;
    if (cl) for (let k = 0; k < cl.length; k++) buf.push(template, cl[k]);
  };
  push(F.Cluster, w);
  push(F.ClusterM1, m1);
  push(F.ClusterP1, p1);
  push(F.ClusterM2, m2);
  push(F.ClusterP2, p2);
  // Classes from lower-cased text give "may" the month and "May" the name one class, so the class
  // is also read with how the word is written here ("The harbour authority of Vale said").
  const cl = w.clusters;
  if (cl) for (let k = 0; k < cl.length; k++) buf.push(F.ClusterCap, mix(cl[k], (first ? 4 : 0) + w.cap));
}

/** Reusable storage for one sentence's features (grows, never shrinks). */
export class FeatureBuffer {
  feats = new Int32Array(4096);
  offsets = new Int32Array(129);
  private gaz = new Int32Array(1024);
  private gazN = new Uint8Array(128);
  private codes = new Int32Array(128);
  private size = 0;
  private word = 0;

  reset(n: number): void {
    if (this.offsets.length < n + 1) this.offsets = new Int32Array(2 * n + 1);
    this.size = 0;
    this.word = 0;
    this.offsets[0] = 0;
  }

  gazCodes(n: number): Int32Array {
    if (this.gaz.length < n * 8) this.gaz = new Int32Array(n * 16);
    return this.gaz;
  }

  wordCodes(n: number): Int32Array {
    if (this.codes.length < n) this.codes = new Int32Array(2 * n);
    return this.codes;
  }

  gazCounts(n: number): Uint8Array {
    if (this.gazN.length < n) this.gazN = new Uint8Array(2 * n);
    this.gazN.fill(0, 0, n);
    return this.gazN;
  }

  push(template: number, value: number): void {
    if (this.size === this.feats.length) {
      const bigger = new Int32Array(this.feats.length * 2);
      bigger.set(this.feats);
      this.feats = bigger;
    }
    this.feats[this.size++] = mix(template, value);
  }

  endWord(): void {
    this.offsets[++this.word] = this.size;
  }

  get count(): number {
    return this.size;
  }
}
