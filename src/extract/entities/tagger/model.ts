// The tagger's model: hashed feature weights per label, label-to-label transition scores, and
// the name lists and word clusters its features read. Decoding is first-order Viterbi with the
// BIO constraints built in (an I- label only continues its own type).
//
// On disk (gzip): "CFNER1\n", a JSON header, the transitions (float32), then the non-zero rows of
// the weight table as delta-coded row numbers (uint32) and int16 values, then the gazetteer and
// clusters as text. Weights are kept as int16 in memory too, so a tagger costs ~2 bytes a weight.

import { gunzipSync, gzipSync } from "node:zlib";
import { Gazetteer } from "./gazetteer.js";

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
  version: 1;
  bits: number;
  labels: string[];
  scale: number;
  trainedOn: string;
  epochs: number;
}

export class Model {
  constructor(
    readonly header: ModelHeader,
    /** (1 << bits) rows × NUM_LABELS, int16; real weight = value * scale */
    readonly weights: Int16Array,
    /** (L + 1) × L, real-valued; row L is the sentence start */
    readonly transitions: Float32Array,
    readonly gazetteer: Gazetteer,
    readonly clusters: Map<string, string>,
  ) {}

  get shift(): number {
    return 32 - this.header.bits;
  }

  /** Emission scores (n × L) of a sentence's features. */
  emissions(feats: Int32Array, offsets: Int32Array, n: number, out: Float64Array): void {
    const L = NUM_LABELS;
    const w = this.weights;
    const shift = this.shift;
    const scale = this.header.scale;
    for (let i = 0; i < n; i++) {
      let s0 = 0,
        s1 = 0,
        s2 = 0,
        s3 = 0,
        s4 = 0,
        s5 = 0,
        s6 = 0,
        s7 = 0,
        s8 = 0;
      for (let k = offsets[i]; k < offsets[i + 1]; k++) {
        const r = (feats[k] >>> shift) * L;
        s0 += w[r];
        s1 += w[r + 1];
        s2 += w[r + 2];
        s3 += w[r + 3];
        s4 += w[r + 4];
        s5 += w[r + 5];
        s6 += w[r + 6];
        s7 += w[r + 7];
        s8 += w[r + 8];
      }
      const o = i * L;
      out[o] = s0 * scale;
      out[o + 1] = s1 * scale;
      out[o + 2] = s2 * scale;
      out[o + 3] = s3 * scale;
      out[o + 4] = s4 * scale;
      out[o + 5] = s5 * scale;
      out[o + 6] = s6 * scale;
      out[o + 7] = s7 * scale;
      out[o + 8] = s8 * scale;
    }
  }

  serialize(): Buffer {
    const L = NUM_LABELS;
    const rows = this.weights.length / L;
    const nz: number[] = [];
    for (let r = 0; r < rows; r++) {
      for (let l = 0; l < L; l++)
        if (this.weights[r * L + l] !== 0) {
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
      vals.set(this.weights.subarray(r * L, r * L + L), k * L);
    });
    const header = Buffer.from(JSON.stringify({ ...this.header, rowsStored: nz.length }), "utf8");
    const gaz = Buffer.from(this.gazetteer.serialize(), "utf8");
    const cl = Buffer.from([...this.clusters].map(([w, p]) => `${w}\t${p}`).join("\n"), "utf8");
    const u32 = (n: number): Buffer => {
      const b = Buffer.alloc(4);
      b.writeUInt32LE(n);
      return b;
    };
    const raw = Buffer.concat([
      Buffer.from("CFNER1\n", "latin1"),
      u32(header.length),
      header,
      Buffer.from(this.transitions.buffer, this.transitions.byteOffset, this.transitions.byteLength),
      u32(nz.length),
      Buffer.from(idx.buffer),
      Buffer.from(vals.buffer),
      u32(gaz.length),
      gaz,
      u32(cl.length),
      cl,
    ]);
    return gzipSync(raw, { level: 9 });
  }

  static deserialize(file: Buffer): Model {
    const raw = gunzipSync(file);
    if (raw.toString("latin1", 0, 7) !== "CFNER1\n") throw new Error("not a Casefile NER model (bad magic)");
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
    if (header.version !== 1 || header.labels.join() !== LABELS.join())
      throw new Error("unsupported NER model version");
    const L = NUM_LABELS;
    const transitions = new Float32Array(copy((L + 1) * L * 4));
    const n = u32();
    const idx = new Uint32Array(copy(n * 4));
    const vals = new Int16Array(copy(n * L * 2));
    const weights = new Int16Array((1 << header.bits) * L);
    let r = 0;
    for (let k = 0; k < n; k++) {
      r += idx[k];
      weights.set(vals.subarray(k * L, k * L + L), r * L);
    }
    const gazLen = u32();
    const gazetteer = Gazetteer.parse(raw.toString("utf8", pos, pos + gazLen));
    pos += gazLen;
    const clLen = u32();
    const clusters = new Map<string, string>();
    for (const line of raw.toString("utf8", pos, pos + clLen).split("\n")) {
      const tab = line.indexOf("\t");
      if (tab > 0) clusters.set(line.slice(0, tab), line.slice(tab + 1));
    }
    return new Model(header, weights, transitions, gazetteer, clusters);
  }
}

/**
 * Best label sequence under emission scores (n × L) and transitions ((L+1) × L), respecting
 * ALLOWED. Writes label indices into `out`.
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
  for (let c = 0; c < L; c++)
    score[c] = ALLOWED[L * L + c] ? transitions[L * L + c] + emissions[c] : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < L; c++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + c]) continue;
        const s = score[(i - 1) * L + p] + transitions[p * L + c];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + c] = best + emissions[i * L + c];
      back[i * L + c] = arg;
    }
  }
  let best = Number.NEGATIVE_INFINITY;
  let arg = 0;
  for (let c = 0; c < L; c++)
    if (score[(n - 1) * L + c] > best) {
      best = score[(n - 1) * L + c];
      arg = c;
    }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
}

export class ViterbiWork {
  score = new Float64Array(128 * NUM_LABELS);
  back = new Int32Array(128 * NUM_LABELS);
  ensure(n: number): void {
    if (this.score.length < n * NUM_LABELS) {
      this.score = new Float64Array(2 * n * NUM_LABELS);
      this.back = new Int32Array(2 * n * NUM_LABELS);
    }
  }
}
