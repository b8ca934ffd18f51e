// The compact word-class table and the tagger's cached per-word scoring. Words, classes and
// sentences are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ClassTable } from "../../../src/extract/entities/tagger/classtable.js";
import {
  ClassFeatures,
  documentContext,
  FeatureBuffer,
  FeatureExtractor,
} from "../../../src/extract/entities/tagger/features.js";
import { Gazetteer } from "../../../src/extract/entities/tagger/gazetteer.js";
import { hashString, mix, seededRandom } from "../../../src/extract/entities/tagger/hash.js";
import { rowSums } from "../../../src/extract/entities/tagger/model.js";
import { PackedRows } from "../../../src/extract/entities/tagger/rows.js";

/** Classes as scripts/ner/embedding-clusters.ts writes them: lower case, coarse to fine (parent = class / 4). */
const ENTRIES: Array<[string, string]> = [
  ["harbour", "1 4 17"],
  ["quay", "1 5 21"],
  ["vogel", "2 9 38"],
  ["haddad", "2 9 39"],
  ["monday", "0 3 12"],
];

test("the class table gives each level's class from the finest one, for any casing, and nothing for unlisted words", () => {
  const table = ClassTable.fromEntries(ENTRIES);
  assert.deepEqual(table.levels, [3, 12, 48]);
  assert.equal(table.size, 5);
  assert.equal(table.classOf("quay"), 21);
  assert.equal(table.classOf("Quay"), -1);
  // The features are what the string-keyed classes hashed: level k's class c as mix(k + 1, hash("g" + c)).
  const expect = (ids: string) => Int32Array.from(ids.split(" "), (id, k) => mix(k + 1, hashString("g" + id)));
  assert.deepEqual(table.features("Vogel", "vogel"), expect("2 9 38"));
  assert.deepEqual(table.features("HARBOUR", "harbour"), expect("1 4 17"));
  assert.equal(table.features("Tarnex", "tarnex"), null);
  const loaded = ClassTable.deserialize(table.serialize());
  assert.deepEqual(loaded.keys, table.keys);
  assert.deepEqual(loaded.finest, table.finest);
  assert.deepEqual(loaded.levels, table.levels);
  assert.deepEqual(loaded.features("Haddad", "haddad"), expect("2 9 39"));
});

test("classes that are not a hierarchy (a finer class under two parents) are refused", () => {
  assert.throws(() => ClassTable.fromEntries([...ENTRIES, ["pier", "0 5 21"]]), /not a hierarchy/);
  assert.throws(
    () =>
      ClassTable.fromEntries([
        ["quay", "1 5"],
        ["pier", "1"],
      ]),
    /bad classes/,
  );
});

test("scoring with per-word cached sums equals summing the rows of every feature, for one stage and two", () => {
  const bits = 12;
  const rand = seededRandom(5);
  const gazetteer = new Gazetteer();
  gazetteer.add("Port Vale", "organization");
  gazetteer.add("Monday", "calendar");
  const table = ClassTable.fromEntries(ENTRIES);
  const sentences = [
    ["Vogel", "met", "Port", "Vale", "officials", "at", "the", "harbour", "on", "Monday", "."],
    ["HADDAD", "said", ":", "the", "quay", "is", "closed"],
    ["Monday"],
    ["Harbour", "Vale"],
  ];
  const ctx = documentContext(sentences);
  // All class features; then only the neighbours' classes, at the finest level alone.
  const extractors = [
    new FeatureExtractor(gazetteer, new Map(), table),
    new FeatureExtractor(gazetteer, new Map(), table, ClassFeatures.Near | ClassFeatures.Far, [2]),
  ];
  for (const [stride, fx] of [9, 18].flatMap((st) => extractors.map((fx) => [st, fx] as const))) {
    // Most rows zero, as in a trained table: the tagger stores only the others.
    const weights = new Int16Array((1 << bits) * stride);
    for (let r = 0; r < 1 << bits; r++)
      if (rand() < 0.3) for (let l = 0; l < stride; l++) weights[r * stride + l] = Math.floor(rand() * 2001) - 1000;
    const rows = PackedRows.fromDense(weights, stride, bits);
    const buf = new FeatureBuffer();
    for (let round = 0; round < 2; round++)
      for (const words of sentences) {
        const n = words.length;
        const sums = new Int32Array(n * stride);
        fx.scores(words, ctx, rows, new FeatureBuffer(), sums);
        fx.extract(words, ctx, buf);
        for (const half of stride === 18 ? [0, 9] : [0]) {
          const want = new Float64Array(n * 9);
          rowSums(weights, stride, half, 1, bits, buf.feats, buf.offsets, n, want, false);
          const got = Float64Array.from({ length: n * 9 }, (_, k) => sums[Math.floor(k / 9) * stride + half + (k % 9)]);
          assert.deepEqual(
            got,
            want,
            `stride ${stride}, stage ${half / 9 + 1}, round ${round + 1}: ${words.join(" ")}`,
          );
        }
      }
  }
});
