// The tagger's model: hashed feature weights per label, label-to-label transition scores, and
// the name lists and word clusters its features read. Decoding is first-order Viterbi with the
// BIO constraints built in (an I- label only continues its own type).
//
// On disk (gzip): "CFNER2\n", a JSON header, then per stage its scale, transitions (float32) and
// the non-zero rows of its weight table as delta-coded row numbers (uint32) and int16 values,
// then the gazetteer and clusters as text, then (if any) the compact word-class table
// (classtable.ts). Weights are kept as int16 in memory too, so a tagger costs ~2 bytes a weight.

import { gunzipSync, gzipSync } from "node:zlib";
import { ClassTable } from "./classtable.js";
import { Gazetteer } from "./gazetteer.js";
import { addRows, DenseRows, PackedRows } from "./rows.js";

export const LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"] as const;
export const NUM_LABELS = LABELS.length;

/** allowed[prev * L + cur]; prev = L is the sentence start. */
export const ALLOWED: Uint8Array = (() => {
  const L = NUM_LABELS;
  const a = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++)
    for (let c = 0; c < L; c++) {
      const cur = LABELS[c];
      if (!cur.startsWith("I-")) a[p * L + c] = 1;
      else if (p < L && LABELS[p] !== "O" && LABELS[p].slice(2) === cur.slice(2)) a[p * L + c] = 1;
    }
  return a;
})();

export interface ModelHeader {
  version: 2;
  bits: number;
  labels: string[];
  trainedOn: string;
  /** epochs of each stage's training */
  epochs: number[];
  /** features of the contexts of a word's other occurrences in the document (absent: off) */
  contextAgg?: boolean;
  /** which word-class features the model reads (features.ts `ClassFeatures` bits; absent: all) */
  classFeatures?: number;
  /** which levels of the class table (indices, coarse = 0; absent: all) */
  classLevels?: number[];
}

/** One stage's weights: (1 << bits) rows × L int16 (real weight = value × scale), transitions (L + 1) × L. */
export interface WeightTable {
  weights: Int16Array;
  scale: number;
  transitions: Float32Array;
}

/**
 * Emission scores (n × L) of a sentence's features under one weight table, written to `out`
 * or, with `accumulate`, added to it.
 */
export function emissions(
  table: WeightTable,
  bits: number,
  feats: Int32Array,
  offsets: Int32Array,
  n: number,
  out: Float64Array,
  accumulate: boolean,
): void {
  rowSums(table.weights, NUM_LABELS, 0, table.scale, bits, feats, offsets, n, out, accumulate);
}

/**
 * The core of `emissions` over a table whose rows may hold more than one stage's weights:
 * row r's weights for the wanted stage are w[r * stride + at … + L).
 */
export function rowSums(
  w: Int16Array,
  stride: number,
  at: number,
  scale: number,
  bits: number,
  feats: Int32Array,
  offsets: Int32Array,
  n: number,
  out: Float64Array,
  accumulate: boolean,
): void {
  const L = NUM_LABELS;
  const sums = new Int32Array(n * L);
  addRows(new DenseRows(w, stride, bits), feats, offsets, n, sums, at, L);
  for (let o = 0; o < n * L; o++) out[o] = (accumulate ? out[o] : 0) + sums[o] * scale;
}

/**
 * Two stages' weights side by side in one row (18 values, 36 bytes), so one memory fetch serves
 * both (the tagger sums them in `FeatureExtractor.scores`).
 */
export function interleave(a: Int16Array, b: Int16Array): Int16Array {
  const L = NUM_LABELS;
  const rows = a.length / L;
  const out = new Int16Array(rows * 2 * L);
  for (let r = 0, i = 0, o = 0; r < rows; r++, i += L, o += 2 * L)
    for (let l = 0; l < L; l++) {
      out[o + l] = a[i + l];
      out[o + L + l] = b[i + l];
    }
  return out;
}

/** One stage's weights out of a table made by `interleave` (stage 0 or 1). */
export function deinterleave(joint: Int16Array, stage: number): Int16Array {
  const L = NUM_LABELS;
  const rows = joint.length / (2 * L);
  const out = new Int16Array(rows * L);
  for (let r = 0, o = 0, i = stage * L; r < rows; r++, o += L, i += 2 * L)
    for (let l = 0; l < L; l++) out[o + l] = joint[i + l];
  return out;
}

/** Quantises real-valued weights to int16 with one scale for the table. */
export function quantize(real: Float32Array | Float64Array, transitions: Float32Array): WeightTable {
  let maxAbs = 0;
  for (let i = 0; i < real.length; i++) maxAbs = Math.max(maxAbs, Math.abs(real[i]));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const weights = new Int16Array(real.length);
  for (let i = 0; i < real.length; i++) weights[i] = Math.round(real[i] / scale);
  return { weights, scale, transitions };
}

export class Model {
  constructor(
    readonly header: ModelHeader,
    /** stage 1 labels sentences alone; stage 2 (if any) also reads stage 1's labels across the document */
    readonly tables: WeightTable[],
    readonly gazetteer: Gazetteer,
    readonly clusters: Map<string, string>,
    private packed: PackedRows | null = null,
    /** word classes from pre-trained word vectors, as a compact table (null: none) */
    readonly classTable: ClassTable | null = null,
  ) {}

  /**
   * The weights the tagger reads: every stage's side by side in one row (see `interleave`; 18
   * values, 36 bytes, for two stages, so one memory fetch serves both), non-zero rows only.
   */
  rows(): PackedRows {
    if (!this.packed) {
      const [a, b] = this.tables;
      const dense = b ? interleave(a.weights, b.weights) : a.weights;
      this.packed = PackedRows.fromDense(dense, NUM_LABELS * this.tables.length, this.header.bits);
    }
    return this.packed;
  }

  serialize(): Buffer {
    const L = NUM_LABELS;
    const u32 = (n: number): Buffer => {
      const b = Buffer.alloc(4);
      b.writeUInt32LE(n);
      return b;
    };
    const f64 = (x: number): Buffer => {
      const b = Buffer.alloc(8);
      b.writeDoubleLE(x);
      return b;
    };
    const parts: Buffer[] = [Buffer.from("CFNER2\n", "latin1")];
    const header = Buffer.from(JSON.stringify(this.header), "utf8");
    parts.push(u32(header.length), header, u32(this.tables.length));
    for (const t of this.tables) {
      const rows = t.weights.length / L;
      const nz: number[] = [];
      for (let r = 0; r < rows; r++) {
        for (let l = 0; l < L; l++)
          if (t.weights[r * L + l] !== 0) {
            nz.push(r);
            break;
          }
      }
      const idx = new Uint32Array(nz.length);
      const vals = new Int16Array(nz.length * L);
      let prev = 0;
      nz.forEach((r, k) => {
        idx[k] = r - prev;
        prev = r;
        vals.set(t.weights.subarray(r * L, r * L + L), k * L);
      });
      parts.push(
        f64(t.scale),
        Buffer.from(t.transitions.buffer, t.transitions.byteOffset, t.transitions.byteLength),
        u32(nz.length),
        Buffer.from(idx.buffer),
        Buffer.from(vals.buffer),
      );
    }
    const gaz = Buffer.from(this.gazetteer.serialize(), "utf8");
    const cl = Buffer.from([...this.clusters].map(([w, p]) => `${w}\t${p}`).join("\n"), "utf8");
    parts.push(u32(gaz.length), gaz, u32(cl.length), cl);
    // Older readers stop after the clusters; a file without a class table ends there too.
    if (this.classTable) {
      const table = this.classTable.serialize();
      parts.push(u32(table.length), table);
    }
    return gzipSync(Buffer.concat(parts), { level: 9 });
  }

  static deserialize(file: Buffer): Model {
    const raw = gunzipSync(file);
    if (raw.toString("latin1", 0, 7) !== "CFNER2\n") throw new Error("not a Casefile NER model (bad magic)");
    let pos = 7;
    const u32 = (): number => {
      const v = raw.readUInt32LE(pos);
      pos += 4;
      return v;
    };
    // Typed arrays need aligned memory: copy each section out of the decompressed buffer.
    const copy = (bytes: number): ArrayBuffer => {
      const ab = new ArrayBuffer(bytes);
      new Uint8Array(ab).set(raw.subarray(pos, pos + bytes));
      pos += bytes;
      return ab;
    };
    const headerLen = u32();
    const header = JSON.parse(raw.toString("utf8", pos, pos + headerLen)) as ModelHeader;
    pos += headerLen;
    if (header.version !== 2 || header.labels.join() !== LABELS.join())
      throw new Error("unsupported NER model version");
    const L = NUM_LABELS;
    const stages = u32();
    const read: { scale: number; transitions: Float32Array; rows: Uint32Array; values: Int16Array }[] = [];
    for (let s = 0; s < stages; s++) {
      const scale = raw.readDoubleLE(pos);
      pos += 8;
      const transitions = new Float32Array(copy((L + 1) * L * 4));
      const n = u32();
      const rows = new Uint32Array(copy(n * 4));
      for (let k = 1; k < n; k++) rows[k] += rows[k - 1]; // stored as deltas
      read.push({ scale, transitions, rows, values: new Int16Array(copy(n * L * 2)) });
    }
    // Only the packed rows are built; the full tables are made from them if ever asked for.
    const packed = PackedRows.fromStages(
      header.bits,
      L,
      read.map((r) => r.rows),
      read.map((r) => r.values),
    );
    let dense: Int16Array | null = null;
    const tables: WeightTable[] = read.map(({ scale, transitions }, s) => {
      let own: Int16Array | null = null;
      return {
        get weights(): Int16Array {
          dense ??= packed.dense();
          return (own ??= stages === 1 ? dense : deinterleave(dense, s));
        },
        scale,
        transitions,
      };
    });
    const gazLen = u32();
    const gazetteer = Gazetteer.parse(raw.toString("utf8", pos, pos + gazLen));
    pos += gazLen;
    const clLen = u32();
    const clusters = new Map<string, string>();
    for (const line of raw.toString("utf8", pos, pos + clLen).split("\n")) {
      const tab = line.indexOf("\t");
      if (tab > 0) clusters.set(line.slice(0, tab), line.slice(tab + 1));
    }
    pos += clLen;
    let classTable: ClassTable | null = null;
    if (pos + 4 <= raw.length) {
      const tableLen = u32();
      classTable = ClassTable.deserialize(raw.subarray(pos, pos + tableLen));
      pos += tableLen;
    }
    return new Model(header, tables, gazetteer, clusters, packed, classTable);
  }
}

/**
 * Predecessors each label may follow, as a range [lo, hi) of label indices: ALLOWED is
 * contiguous per label in this label order (an I- label follows only its B- and I-, which sit
 * side by side; every other label follows any), so Viterbi visits only the allowed ones.
 */
const PREV_RANGE: Int32Array = (() => {
  const L = NUM_LABELS;
  const r = new Int32Array(2 * L);
  for (let c = 0; c < L; c++) {
    let lo = -1;
    let hi = -1;
    for (let p = 0; p < L; p++)
      if (ALLOWED[p * L + c]) {
        if (lo < 0) lo = p;
        else if (hi !== p) throw new Error(`ALLOWED is not contiguous for ${LABELS[c]}`);
        hi = p + 1;
      }
    r[2 * c] = lo;
    r[2 * c + 1] = hi;
  }
  return r;
})();

/**
 * Best label sequence under emission scores (n × L) and transitions ((L+1) × L), respecting
 * ALLOWED. Writes label indices into `out`. Ties go to the lowest predecessor index.
 */
export function viterbi(
  emissions: Float64Array,
  transitions: Float32Array | Float64Array,
  n: number,
  out: Int32Array,
  work: ViterbiWork,
): void {
  if (n === 0) return;
  const L = NUM_LABELS;
  work.ensure(n);
  const score = work.score;
  const back = work.back;
  // The transitions as doubles, read once per sentence rather than converted per use.
  const trans = work.trans;
  for (let k = 0; k < (L + 1) * L; k++) trans[k] = transitions[k];
  for (let c = 0; c < L; c++)
    score[c] = ALLOWED[L * L + c] ? trans[L * L + c] + emissions[c] : Number.NEGATIVE_INFINITY;
  const range = PREV_RANGE;
  for (let i = 1, prev = 0, at = L; i < n; i++, prev += L, at += L) {
    for (let c = 0; c < L; c++) {
      const hi = range[2 * c + 1];
      let arg = range[2 * c];
      let best = score[prev + arg] + trans[arg * L + c];
      for (let p = arg + 1; p < hi; p++) {
        const s = score[prev + p] + trans[p * L + c];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[at + c] = best + emissions[at + c];
      back[at + c] = arg;
    }
  }
  let best = Number.NEGATIVE_INFINITY;
  let arg = 0;
  for (let c = 0, at = (n - 1) * L; c < L; c++)
    if (score[at + c] > best) {
      best = score[at + c];
      arg = c;
    }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
}

export class ViterbiWork {
  readonly trans = new Float64Array((NUM_LABELS + 1) * NUM_LABELS);
  score = new Float64Array(128 * NUM_LABELS);
  back = new Int32Array(128 * NUM_LABELS);
  ensure(n: number): void {
    if (this.score.length < n * NUM_LABELS) {
      this.score = new Float64Array(2 * n * NUM_LABELS);
      this.back = new Int32Array(2 * n * NUM_LABELS);
    }
  }
}
