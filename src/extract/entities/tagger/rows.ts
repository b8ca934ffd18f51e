// The tagger's weights as it reads them at run time: only the rows of the hashed table that hold
// a non-zero weight (under a tenth of them for the shipped model), found through a bitmap of the
// stored rows with a running count every 32 rows. The full table is tens of megabytes read at
// random; the stored rows and the bitmap are a few, so far more of the reads hit the cache.

/** Set bits of a 32-bit value. */
function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export class PackedRows implements RowSource {
  private readonly shift: number;

  private constructor(
    /** int16 values a row (9 for one stage, 18 for two side by side) */
    readonly stride: number,
    /** the full table has 1 << bits rows, addressed by a hashed feature's top bits */
    readonly bits: number,
    /** per 32 rows of the full table: [stored rows before them, bitmap of which are stored] */
    private readonly index: Int32Array,
    /** one row of zeros (what an absent row reads), then the stored rows in order */
    readonly values: Int16Array,
  ) {
    this.shift = 32 - bits;
  }

  /** Offset in `values` of the row of hashed feature `h` (0, a row of zeros, when it is absent). */
  offset(h: number): number {
    const r = h >>> this.shift;
    const w = (r >>> 5) << 1;
    const bit = r & 31;
    const m = this.index[w + 1];
    const k = this.index[w] + popcount(m & ((1 << bit) - 1)) + 1;
    return ((m >>> bit) & 1) * k * this.stride;
  }

  /** The non-zero rows of a full table of (1 << bits) rows × stride. */
  static fromDense(weights: Int16Array, stride: number, bits: number): PackedRows {
    const rows = 1 << bits;
    if (weights.length !== rows * stride) throw new Error("weight table size does not match its bits and stride");
    const stored: number[] = [];
    for (let r = 0; r < rows; r++)
      for (let l = 0, at = r * stride; l < stride; l++)
        if (weights[at + l] !== 0) {
          stored.push(r);
          break;
        }
    const packed = PackedRows.withRows(stride, bits, [Uint32Array.from(stored)]);
    stored.forEach((r, k) => packed.values.set(weights.subarray(r * stride, (r + 1) * stride), (k + 1) * stride));
    return packed;
  }

  /**
   * Several stages' stored rows side by side, `width` values each: stage s's rows `rows[s]`
   * (full-table row numbers) with `values[s]` (width per row) fill row places s × width on.
   */
  static fromStages(
    bits: number,
    width: number,
    rows: readonly Uint32Array[],
    values: readonly Int16Array[],
  ): PackedRows {
    const stride = width * rows.length;
    const packed = PackedRows.withRows(stride, bits, rows);
    rows.forEach((rs, s) => {
      const vs = values[s];
      for (let k = 0; k < rs.length; k++)
        packed.values.set(vs.subarray(k * width, (k + 1) * width), packed.offset(rs[k] << packed.shift) + s * width);
    });
    return packed;
  }

  /** An empty table (all rows zero) with a place for every row in any of `rows`. */
  private static withRows(stride: number, bits: number, rows: readonly Uint32Array[]): PackedRows {
    const words = Math.max(1, (1 << bits) >>> 5);
    const index = new Int32Array(2 * words);
    for (const rs of rows) for (const r of rs) index[((r >>> 5) << 1) + 1] |= 1 << (r & 31);
    let count = 0;
    for (let w = 0; w < words; w++) {
      index[2 * w] = count;
      count += popcount(index[2 * w + 1]);
    }
    return new PackedRows(stride, bits, index, new Int16Array((count + 1) * stride));
  }

  /** The full table again: (1 << bits) rows × stride. */
  dense(): Int16Array {
    const { stride } = this;
    const out = new Int16Array((1 << this.bits) * stride);
    for (let w = 0, from = stride; w < this.index.length / 2; w++)
      for (let m = this.index[2 * w + 1], bit = 0; m !== 0; m >>>= 1, bit++) {
        if ((m & 1) === 0) continue;
        out.set(this.values.subarray(from, from + stride), ((w << 5) + bit) * stride);
        from += stride;
      }
    return out;
  }
}

/** Rows of a weight table as `addRows` reads them. */
export interface RowSource {
  readonly values: Int16Array;
  readonly stride: number;
  /** offset in `values` of the row of hashed feature h */
  offset(h: number): number;
}

/** A full table (training's, updated in place): a hashed feature's row is its top `bits` bits. */
export class DenseRows implements RowSource {
  private readonly shift: number;
  constructor(
    readonly values: Int16Array,
    readonly stride: number,
    bits: number,
  ) {
    this.shift = 32 - bits;
  }

  offset(h: number): number {
    return (h >>> this.shift) * this.stride;
  }
}

/**
 * Adds to each word's `acc` row (from i × width) values `from … from + width` of the table rows
 * of its hashed features `feats[offsets[i] … offsets[i + 1])`: the whole row, or one stage's
 * half of a two-stage row.
 */
export function addRows(
  table: RowSource,
  feats: Int32Array,
  offsets: Int32Array,
  n: number,
  acc: Int32Array,
  from = 0,
  width = table.stride,
): void {
  if (width % 9 === 0)
    for (let part = 0; part < width; part += 9) addRows9(table, feats, offsets, n, acc, from + part, part, width);
  else {
    const w = table.values;
    for (let i = 0; i < n; i++)
      for (let k = offsets[i], end = offsets[i + 1]; k < end; k++) {
        const r = table.offset(feats[k]) + from;
        for (let l = 0, at = i * width; l < width; l++) acc[at + l] += w[r + l];
      }
  }
}

/**
 * `addRows` for nine values of each row (one stage's labels), added to `acc[i × accStride +
 * accAt …]`. Integer sums, so their order is free: they are taken in locals, which keeps the
 * table reads independent of each other.
 */
function addRows9(
  table: RowSource,
  feats: Int32Array,
  offsets: Int32Array,
  n: number,
  acc: Int32Array,
  from: number,
  accAt: number,
  accStride: number,
): void {
  const w = table.values;
  for (let i = 0, at = accAt; i < n; i++, at += accStride) {
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0,
      s7 = 0,
      s8 = 0;
    for (let k = offsets[i], end = offsets[i + 1]; k < end; k++) {
      const r = table.offset(feats[k]) + from;
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
    acc[at] += s0;
    acc[at + 1] += s1;
    acc[at + 2] += s2;
    acc[at + 3] += s3;
    acc[at + 4] += s4;
    acc[at + 5] += s5;
    acc[at + 6] += s6;
    acc[at + 7] += s7;
    acc[at + 8] += s8;
  }
}
