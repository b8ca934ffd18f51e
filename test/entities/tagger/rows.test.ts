import { test } from "node:test";
import assert from "node:assert/strict";
import { seededRandom } from "../../../src/extract/entities/tagger/hash.js";
import { ALLOWED, interleave, NUM_LABELS, viterbi, ViterbiWork } from "../../../src/extract/entities/tagger/model.js";
import { addRows, PackedRows } from "../../../src/extract/entities/tagger/rows.js";

/** A table of (1 << bits) rows × stride with about `share` of its rows non-zero. */
function sparseTable(bits: number, stride: number, share: number, seed: number): Int16Array {
  const rand = seededRandom(seed);
  const w = new Int16Array((1 << bits) * stride);
  for (let r = 0; r < 1 << bits; r++)
    if (rand() < share) for (let l = 0; l < stride; l++) w[r * stride + l] = Math.floor(rand() * 65535) - 32767;
  // A stored row may hold zeros too, as long as one value is not.
  if (1 << bits > 3) w.fill(0, 3 * stride, 4 * stride - 1).fill(5, 4 * stride - 1, 4 * stride);
  return w;
}

test("the packed table reads every row of the full table, absent rows as zeros, and gives it back whole", () => {
  for (const [bits, stride] of [
    [4, 9],
    [7, 18],
    [12, 18],
  ]) {
    const dense = sparseTable(bits, stride, 0.2, bits);
    const packed = PackedRows.fromDense(dense, stride, bits);
    for (let r = 0; r < 1 << bits; r++) {
      // A hashed feature's row is its top bits; the low bits must not matter.
      const h = (r << (32 - bits)) | ((r * 7919) & ((1 << (32 - bits)) - 1));
      const at = packed.offset(h);
      assert.deepEqual(
        Array.from(packed.values.subarray(at, at + stride)),
        Array.from(dense.subarray(r * stride, (r + 1) * stride)),
        `bits ${bits}, row ${r}`,
      );
    }
    assert.deepEqual(packed.dense(), dense);
    assert.ok(packed.values.length < dense.length / 2, "only the non-zero rows are stored");
  }
  assert.throws(() => PackedRows.fromDense(new Int16Array(10), 9, 4));
});

test("two stages' stored rows packed side by side equal their interleaved full table packed", () => {
  const bits = 10;
  const L = NUM_LABELS;
  const a = sparseTable(bits, L, 0.1, 1);
  const b = sparseTable(bits, L, 0.1, 2);
  const stored = (w: Int16Array) => {
    const rows: number[] = [];
    for (let r = 0; r < 1 << bits; r++) if (w.subarray(r * L, (r + 1) * L).some((v) => v !== 0)) rows.push(r);
    const values = new Int16Array(rows.length * L);
    rows.forEach((r, k) => values.set(w.subarray(r * L, (r + 1) * L), k * L));
    return { rows: Uint32Array.from(rows), values };
  };
  const [sa, sb] = [stored(a), stored(b)];
  const packed = PackedRows.fromStages(bits, L, [sa.rows, sb.rows], [sa.values, sb.values]);
  const joint = interleave(a, b);
  assert.deepEqual(packed.dense(), joint);
  assert.deepEqual(packed.values, PackedRows.fromDense(joint, 2 * L, bits).values);
});

test("summing packed rows per word equals summing the full table's rows, whole or one stage's half", () => {
  const bits = 8;
  for (const [stride, from, width] of [
    [9, 0, 9],
    [18, 0, 18],
    [18, 9, 9],
    [18, 4, 5],
  ]) {
    const dense = sparseTable(bits, stride, 0.3, stride + from);
    const packed = PackedRows.fromDense(dense, stride, bits);
    const rand = seededRandom(stride);
    const offsets = Int32Array.from([0, 3, 3, 10]);
    const feats = Int32Array.from({ length: 10 }, () => Math.floor(rand() * 2 ** 32) | 0);
    const acc = Int32Array.from({ length: 3 * width }, (_, k) => k);
    const want = acc.slice();
    for (let i = 0; i < 3; i++)
      for (let k = offsets[i]; k < offsets[i + 1]; k++) {
        const r = (feats[k] >>> (32 - bits)) * stride + from;
        for (let l = 0; l < width; l++) want[i * width + l] += dense[r + l];
      }
    addRows(packed, feats, offsets, 3, acc, from, width);
    assert.deepEqual(acc, want, `stride ${stride}, values ${from} to ${from + width}`);
  }
});

test("Viterbi finds the best allowed label sequence, as trying every sequence does", () => {
  const L = NUM_LABELS;
  const rand = seededRandom(11);
  const work = new ViterbiWork();
  for (let round = 0; round < 30; round++) {
    const n = 1 + (round % 4);
    const em = Float64Array.from({ length: n * L }, () => rand() * 10 - 5);
    const trans = Float32Array.from({ length: (L + 1) * L }, () => rand() * 6 - 3);
    let best = Number.NEGATIVE_INFINITY;
    let bestSeq: number[] = [];
    const seq = new Array<number>(n).fill(0);
    for (let code = 0; code < L ** n; code++) {
      let c = code;
      for (let i = 0; i < n; i++, c = Math.floor(c / L)) seq[i] = c % L;
      let ok = true;
      let s = 0;
      for (let i = 0; i < n && ok; i++) {
        const prev = i === 0 ? L : seq[i - 1];
        ok = ALLOWED[prev * L + seq[i]] === 1;
        s += trans[prev * L + seq[i]] + em[i * L + seq[i]];
      }
      if (ok && s > best) {
        best = s;
        bestSeq = seq.slice();
      }
    }
    const out = new Int32Array(n);
    viterbi(em, trans, n, out, work);
    assert.deepEqual(Array.from(out), bestSeq, `round ${round}`);
  }
});
