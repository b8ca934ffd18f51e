// Word classes as a compact table: each word's finest class, keyed by a 32-bit hash of its
// spelling, in two typed arrays (sorted hashes, class numbers) that load without parsing text.
// The coarser levels need no storage: the classes are a hierarchy whose every class at one level
// splits into the same number of classes at the next ("a class's parent is its number divided by
// 4"), so a coarser class is the finest one divided. 200,000 words cost 1.2 MB of memory.
//
// Hashing instead of keeping the words has two costs, both small and deterministic: two listed
// words whose hashes collide keep the first one's class (the more frequent, in a frequency-ordered
// list), and an unlisted word whose hash equals a listed one's gets that class (about one
// unlisted word in 20,000 for a 200,000-word table).

import { hashString, mix } from "./hash.js";

export class ClassTable {
  /** hashed class numbers per level, coarse to fine: what the tagger's class features read */
  private readonly featureIds: Int32Array[];

  constructor(
    /** the words' `hashString` values as unsigned numbers, ascending */
    readonly keys: Uint32Array,
    /** each key's class at the finest level */
    readonly finest: Uint16Array,
    /** classes per level, coarse to fine; each level's count divides the next's */
    readonly levels: readonly number[],
    /** written before a class number when it is hashed ("g" for the GloVe classes) */
    readonly prefix = "g",
  ) {
    if (keys.length !== finest.length) throw new Error("class table: keys and classes differ in length");
    const top = levels[levels.length - 1] ?? 0;
    for (let k = 0; k < levels.length; k++)
      if (levels[k] <= 0 || top % levels[k] !== 0) throw new Error(`class table: bad levels ${levels.join(",")}`);
    // Level k's features as the string-keyed classes hashed them (`mix(k + 1, hash("g12"))`), so a
    // model trained on either form reads the same weights.
    this.featureIds = levels.map((size, k) => {
      const ids = new Int32Array(size);
      for (let c = 0; c < size; c++) ids[c] = mix(k + 1, hashString(prefix + c));
      return ids;
    });
  }

  get size(): number {
    return this.keys.length;
  }

  /**
   * A table from `word → class numbers, coarse to fine, space-separated` (as
   * scripts/ner/embedding-clusters.ts writes them), in the list's order.
   */
  static fromEntries(entries: Iterable<[string, string]>, prefix = "g"): ClassTable {
    const rows: number[][] = [];
    const byKey = new Map<number, number>();
    for (const [word, ids] of entries) {
      const nums = ids.split(" ").map(Number);
      if (nums.length !== (rows[0]?.length ?? nums.length) || nums.some((n) => !Number.isInteger(n) || n < 0))
        throw new Error(`class table: bad classes "${ids}" for "${word}"`);
      rows.push(nums);
      const key = hashString(word) >>> 0;
      if (!byKey.has(key)) byKey.set(key, nums[nums.length - 1]);
    }
    // Classes per level: the highest number + 1, rounded up to a multiple of the level above.
    const levels: number[] = [];
    for (let k = 0; k < (rows[0]?.length ?? 0); k++) {
      let most = 1;
      for (const r of rows) most = Math.max(most, r[k] + 1);
      levels.push(k === 0 ? most : Math.ceil(most / levels[k - 1]) * levels[k - 1]);
    }
    const top = levels[levels.length - 1];
    for (const r of rows)
      r.forEach((c, k) => {
        if (Math.floor(r[r.length - 1] / (top / levels[k])) !== c)
          throw new Error(`class table: classes ${r.join(" ")} are not a hierarchy of levels ${levels.join(",")}`);
      });
    const keys = Uint32Array.from(byKey.keys()).sort();
    const finest = Uint16Array.from(keys, (k) => byKey.get(k)!);
    return new ClassTable(keys, finest, levels, prefix);
  }

  /** The finest class of a spelling, or −1. */
  classOf(word: string): number {
    const key = hashString(word) >>> 0;
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid];
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else return this.finest[mid];
    }
    return -1;
  }

  /**
   * The hashed class numbers of a word at every level (for the tagger's features): its own
   * spelling, else its Capitalised form (for ALL CAPS), else its lower case; null when unlisted.
   */
  features(form: string, lower: string): Int32Array | null {
    let c = this.classOf(form);
    if (c < 0 && form.length > 1) c = this.classOf(form[0] + lower.slice(1));
    if (c < 0 && lower !== form) c = this.classOf(lower);
    if (c < 0) return null;
    const top = this.levels[this.levels.length - 1];
    const out = new Int32Array(this.levels.length);
    for (let k = 0; k < out.length; k++) out[k] = this.featureIds[k][Math.floor(c / (top / this.levels[k]))];
    return out;
  }

  /** levels, then keys as ascending deltas and the classes (little-endian; the model gzips it). */
  serialize(): Buffer {
    const n = this.keys.length;
    const prefix = Buffer.from(this.prefix, "utf8");
    const head = Buffer.alloc(12 + 4 * this.levels.length);
    head.writeUInt32LE(this.levels.length, 0);
    this.levels.forEach((l, k) => head.writeUInt32LE(l, 4 + 4 * k));
    head.writeUInt32LE(prefix.length, 4 + 4 * this.levels.length);
    head.writeUInt32LE(n, 8 + 4 * this.levels.length);
    const deltas = new Uint32Array(n);
    for (let i = 0, prev = 0; i < n; i++) {
      deltas[i] = this.keys[i] - prev;
      prev = this.keys[i];
    }
    const classes = Uint16Array.from(this.finest);
    return Buffer.concat([head, prefix, Buffer.from(deltas.buffer), Buffer.from(classes.buffer)]);
  }

  static deserialize(raw: Buffer): ClassTable {
    let pos = 0;
    const u32 = (): number => {
      const v = raw.readUInt32LE(pos);
      pos += 4;
      return v;
    };
    const nLevels = u32();
    const levels: number[] = [];
    for (let k = 0; k < nLevels; k++) levels.push(u32());
    const prefixLen = u32();
    const n = u32();
    const prefix = raw.toString("utf8", pos, pos + prefixLen);
    pos += prefixLen;
    if (pos + 6 * n > raw.length) throw new Error("class table: truncated");
    // Copied into aligned arrays (little-endian, as model.ts reads its weights), then summed.
    const keys = new Uint32Array(n);
    new Uint8Array(keys.buffer).set(raw.subarray(pos, pos + 4 * n));
    pos += 4 * n;
    for (let i = 1; i < n; i++) keys[i] += keys[i - 1];
    const finest = new Uint16Array(n);
    new Uint8Array(finest.buffer).set(raw.subarray(pos, pos + 2 * n));
    return new ClassTable(keys, finest, levels, prefix);
  }
}
