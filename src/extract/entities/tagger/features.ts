// Features of each word in a sentence, as hashed integers. What a word is on its own (its form,
// lower case, shape, affixes) is computed once per distinct word and cached; context features
// combine the cached values of neighbours by integer mixing, so tagging builds no strings.

import { hashString, mix } from "./hash.js";
import type { ClassTable } from "./classtable.js";
import { Gazetteer, normalizeWord } from "./gazetteer.js";
import { addRows, type PackedRows } from "./rows.js";

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
  /** weight sums of the features that depend on this word alone (see `FeatureExtractor.scores`) */
  blocks: Int32Array | null;
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

/** Which word-class features a model reads (a bit set; all of them unless a model says otherwise). */
export const enum ClassFeatures {
  /** the word's own classes */
  Own = 1,
  /** the word's own classes × how it is capitalised and whether it starts the sentence */
  Cap = 2,
  /** the classes of the words at ±1 */
  Near = 4,
  /** the classes of the words at ±2 */
  Far = 8,
  All = 15,
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
  /** the weight table the cached `WordInfo.blocks` were summed from */
  private blockTable: BlockTable | null = null;
  constructor(
    readonly gazetteer: Gazetteer,
    /** word (normalised, digits as 0) → its class numbers at each granularity, space-separated */
    readonly clusters: Map<string, string> = new Map(),
    /** word classes as a compact table (the GloVe classes); read after `clusters` */
    readonly classTable: ClassTable | null = null,
    /** which class features to give (`ClassFeatures` bits) */
    readonly classFeatures: number = ClassFeatures.All,
    /** which of the table's levels to read (indices, coarse = 0); null: all */
    readonly classLevels: readonly number[] | null = null,
  ) {}

  /** Class hashes of a word: its own spelling, else its Capitalised form (for ALL CAPS), else lower case. */
  private clusterOf(form: string, lower: string): Int32Array | null {
    let ids = this.clusters.get(form);
    if (ids === undefined && form.length > 1) ids = this.clusters.get(form[0] + lower.slice(1));
    if (ids === undefined) ids = this.clusters.get(lower);
    const own = ids === undefined ? null : Int32Array.from(ids.split(" "), (id, k) => mix(k + 1, hashString(id)));
    let table = this.classTable ? this.classTable.features(form, lower) : null;
    const levels = this.classLevels;
    if (table && levels) table = Int32Array.from(levels, (k) => table![k]);
    if (!own || !table) return own ?? table;
    const both = new Int32Array(own.length + table.length);
    both.set(own);
    both.set(table, own.length);
    return both;
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
      clusters: this.clusters.size > 0 || this.classTable ? this.clusterOf(digitsAsZero, lower) : null,
      blocks: null,
    };
    if (this.cache.size > 100_000) this.cache.clear(); // bound memory on endless input
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
    const infos = this.sentenceInfos(words, buf);
    const put = buf.put;
    for (let i = 0; i < n; i++) {
      const own = !drop || drop[i] === 0;
      ownFeatures(put, infos[i], i === 0, own, this.classFeatures);
      for (let d = -2; d <= 2; d++) if (d !== 0) givenFeatures(put, infos[i + d] ?? null, d, this.classFeatures);
      contextFeatures(put, infos, i, own, doc, buf);
      buf.endWord();
    }
  }

  /**
   * The emission sums of every word of `words` under a weight table of `rows.stride` int16
   * values a row (9 for one stage, 18 for two side by side, see model.ts `interleave`), written
   * to `acc` (n × stride): the sums of the rows of `extract`'s features, to the unit. The features
   * of a word alone and those it gives its neighbours at ±1 and ±2 (its spelling, shape,
   * affixes, word classes) are summed once per distinct word and kept with it, so each word of
   * a sentence reads only its pair, list and document features from the table: a dozen rows
   * instead of forty or more, and the word classes cost nothing per word.
   */
  scores(
    words: readonly string[],
    doc: DocContext | null,
    rows: PackedRows,
    buf: FeatureBuffer,
    acc: Int32Array,
  ): void {
    const table = this.tableFor(rows);
    const { stride } = rows;
    const n = words.length;
    buf.reset(n);
    const infos = this.sentenceInfos(words, buf);
    const edges = table.edges;
    const put = buf.put;
    for (let i = 0; i < n; i++) {
      const at = i * stride;
      const own = this.blocksOf(infos[i], table);
      const self = i === 0 ? stride : 0;
      const m2 = i > 1 ? this.blocksOf(infos[i - 2], table) : edges;
      const m1 = i > 0 ? this.blocksOf(infos[i - 1], table) : edges;
      const p1 = i + 1 < n ? this.blocksOf(infos[i + 1], table) : edges;
      const p2 = i + 2 < n ? this.blocksOf(infos[i + 2], table) : edges;
      for (let l = 0; l < stride; l++)
        acc[at + l] = own[self + l] + m2[2 * stride + l] + m1[3 * stride + l] + p1[4 * stride + l] + p2[5 * stride + l];
      contextFeatures(put, infos, i, true, doc, buf);
      buf.endWord();
    }
    // The pair, list and document features' rows, all hashed first so their reads overlap.
    addRows(rows, buf.feats, buf.offsets, n, acc);
  }

  /** The cached word information of a sentence, with its name-list matches in `buf`. */
  private sentenceInfos(words: readonly string[], buf: FeatureBuffer): WordInfo[] {
    const n = words.length;
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
    return infos;
  }

  /** The row-summing state for one weight table; a new table empties the word cache's sums. */
  private tableFor(rows: PackedRows): BlockTable {
    const t = this.blockTable;
    if (t && t.rows === rows) return t;
    for (const wi of this.cache.values()) wi.blocks = null;
    const { stride } = rows;
    const table: BlockTable = { rows, edges: new Int32Array(6 * stride) };
    // What the sentence's edges give a word at ±1 and ±2, in the blocks' places.
    let at = 0;
    const put: Sink = (template, value) => addRow(table.edges, at, table, mix(template, value));
    for (const [d, block] of GIVEN_BLOCKS) {
      at = block * stride;
      givenFeatures(put, null, d, this.classFeatures);
    }
    return (this.blockTable = table);
  }

  /**
   * A word's six blocks of `stride` sums: its own features away from and at the sentence start,
   * then what it gives the word two after, one after, one before and two before it.
   */
  private blocksOf(wi: WordInfo, table: BlockTable): Int32Array {
    if (wi.blocks) return wi.blocks;
    const { stride } = table.rows;
    const blocks = new Int32Array(6 * stride);
    let at = 0;
    const put: Sink = (template, value) => addRow(blocks, at, table, mix(template, value));
    ownFeatures(put, wi, false, true, this.classFeatures);
    at = stride;
    ownFeatures(put, wi, true, true, this.classFeatures);
    for (const [d, block] of GIVEN_BLOCKS) {
      at = block * stride;
      givenFeatures(put, wi, d, this.classFeatures);
    }
    return (wi.blocks = blocks);
  }
}

/** Receives one feature as (template, value). */
type Sink = (template: number, value: number) => void;

interface BlockTable {
  rows: PackedRows;
  /** `WordInfo.blocks` of the missing neighbours beyond a sentence's ends */
  edges: Int32Array;
}

/** Adds the weight row of hashed feature `h` to `acc[at … at + stride)`. */
function addRow(acc: Int32Array, at: number, table: BlockTable, h: number): void {
  const { values, stride } = table.rows;
  const r = table.rows.offset(h);
  for (let l = 0; l < stride; l++) acc[at + l] += values[r + l];
}

/** Offset of a neighbour (the word two before, one before, one after, two after) → its block. */
const GIVEN_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [-2, 2],
  [-1, 3],
  [1, 4],
  [2, 5],
];

const BOS = 0x5eed;
const EOS = 0x0e05;

/** What a word says by itself: spelling, shape, affixes, position × capitalisation, classes. */
function ownFeatures(put: Sink, w: WordInfo, first: boolean, own: boolean, classes: number): void {
  put(F.Bias, 0);
  if (own) {
    put(F.Word, w.word);
    put(F.Lower, w.low);
  }
  put(F.Shape, w.shape);
  put(F.Short, w.short);
  for (let k = 0; k < 8; k++) put(F.Affix, w.affixes[k]);
  put(F.First, (first ? 1 : 0) * 8 + w.cap);
  const cl = w.clusters;
  if (!cl) return;
  // Word classes (learned from unlabelled text or word vectors): a name never seen labelled
  // shares them with names that were.
  if (classes & ClassFeatures.Own) for (let k = 0; k < cl.length; k++) put(F.Cluster, cl[k]);
  if ((classes & ClassFeatures.Cap) === 0) return;
  // Classes from lower-cased text give "may" the month and "May" the name one class, so the class
  // is also read with how the word is written here ("The harbour authority of Vale said").
  for (let k = 0; k < cl.length; k++) put(F.ClusterCap, mix(cl[k], (first ? 4 : 0) + w.cap));
}

/**
 * What word `n` (null beyond the sentence's edge) tells the word `d` places before it
 * (d = −1: n is its left neighbour; 2: n is two to its right): its lower case, shapes and classes.
 */
function givenFeatures(put: Sink, n: WordInfo | null, d: number, classes: number): void {
  const end = d < 0 ? BOS : EOS;
  const low = n ? n.low : end;
  if (d === -2) put(F.LowerM2, low);
  else if (d === 2) put(F.LowerP2, low);
  else if (d === -1) {
    put(F.LowerM1, low);
    put(F.ShortM1, n ? n.short : end);
    put(F.ShapeM1, n ? n.shape : end);
  } else {
    put(F.LowerP1, low);
    put(F.ShortP1, n ? n.short : end);
    put(F.ShapeP1, n ? n.shape : end);
  }
  const cl = n ? n.clusters : null;
  if (!cl || (classes & (d === -1 || d === 1 ? ClassFeatures.Near : ClassFeatures.Far)) === 0) return;
  const template = d === -2 ? F.ClusterM2 : d === -1 ? F.ClusterM1 : d === 1 ? F.ClusterP1 : F.ClusterP2;
  for (let k = 0; k < cl.length; k++) put(template, cl[k]);
}

/** Features of word i that join it with its neighbours, its name-list matches and its document. */
function contextFeatures(
  put: Sink,
  infos: readonly WordInfo[],
  i: number,
  own: boolean,
  doc: DocContext | null,
  buf: FeatureBuffer,
): void {
  const n = infos.length;
  const w = infos[i];
  const m1 = i > 0 ? infos[i - 1] : null;
  const m2 = i > 1 ? infos[i - 2] : null;
  const p1 = i + 1 < n ? infos[i + 1] : null;
  const p2 = i + 2 < n ? infos[i + 2] : null;
  const lm1 = m1 ? m1.low : BOS;
  const lp1 = p1 ? p1.low : EOS;
  const sm1 = m1 ? m1.short : BOS;
  const sp1 = p1 ? p1.short : EOS;
  if (own) put(F.BigramM1, mix(lm1, w.low));
  if (own) put(F.BigramP1, mix(w.low, lp1));
  put(F.ShortTri, mix(mix(sm1, w.short), sp1));
  put(F.WordM1Short, mix(lm1, w.short));
  put(F.ShortWordP1, mix(w.short, lp1));
  put(F.CapContext, (m1 ? m1.cap : 7) * 64 + w.cap * 8 + (p1 ? p1.cap : 7));
  const gaz = buf.gazCodesView;
  const gazCount = buf.gazCountsView;
  const gc = gazCount[i];
  for (let k = 0; k < gc; k++) put(F.Gaz, gaz[i * 8 + k]);
  if (i > 0) for (let k = 0; k < gazCount[i - 1]; k++) put(F.GazM1, gaz[(i - 1) * 8 + k] >> 2);
  if (i + 1 < n) for (let k = 0; k < gazCount[i + 1]; k++) put(F.GazP1, gaz[(i + 1) * 8 + k] >> 2);
  if (doc && w.hasLetter && w.cap !== 0) {
    put(F.DocLowerSeen, (doc.lowerSeen.has(w.lower) ? 1 : 0) * 8 + w.cap);
    if (w.cap === 2 || i === 0) put(F.DocTitleSeen, (doc.titleSeen.has(w.lower) ? 1 : 0) * 8 + w.cap);
  }
  const agg = doc?.agg && w.hasLetter && w.cap !== 0 ? doc.agg.get(w.lower) : undefined;
  if (agg && agg.size > 0) {
    // The contexts of the word's other occurrences: each seen more often than here.
    const o0 = m2 ? mix(1, m2.low) : 0;
    const o1 = m1 ? mix(2, m1.low) : 0;
    const o3 = p1 ? mix(4, p1.low) : 0;
    const o4 = p2 ? mix(5, p2.low) : 0;
    for (const [h, c] of agg) {
      const seenHere = (h === o0 ? 1 : 0) + (h === o1 ? 1 : 0) + (h === o3 ? 1 : 0) + (h === o4 ? 1 : 0);
      if (c > seenHere) put(F.CtxAgg, h);
    }
  }
}

/** Reusable storage for one sentence's features (grows, never shrinks). */
export class FeatureBuffer {
  /** `push` as a free-standing function */
  readonly put = (template: number, value: number): void => this.push(template, value);
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

  /** the name-list codes `gazCodes` last handed out, 8 slots a word */
  get gazCodesView(): Int32Array {
    return this.gaz;
  }

  /** how many of each word's 8 slots `gazCounts` last filled */
  get gazCountsView(): Uint8Array {
    return this.gazN;
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
