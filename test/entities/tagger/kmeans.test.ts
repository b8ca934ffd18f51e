// The word classes from word vectors (scripts/ner/kmeans.ts): made-up vectors in two plain
// groups, so what the clustering must do is known without any real embedding file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { hierarchicalKMeans, normalizeRows, sphericalKMeans } from "../../../scripts/ner/kmeans.js";
import { clusterable, readWordClusters } from "../../../scripts/ner/embedding-clusters.js";
import { seededRandom } from "../../../src/extract/entities/tagger/hash.js";

/** Four directions (x, −x, y, −y), each with a few slightly shaken copies: rows 4i … 4i + 3 point the same way. */
function fourGroups(): { x: Float32Array; d: number } {
  const d = 3;
  const dirs = [
    [1, 0, 0],
    [-1, 0, 0],
    [0, 1, 0],
    [0, -1, 0],
  ];
  const rand = seededRandom(7);
  const x = new Float32Array(16 * d);
  dirs.forEach((v, g) => {
    for (let c = 0; c < 4; c++)
      for (let j = 0; j < d; j++) x[(g * 4 + c) * d + j] = v[j] * (1 + c) + (rand() - 0.5) * 0.1;
  });
  normalizeRows(x, d);
  return { x, d };
}

test("rows pointing the same way share a class, whatever their length", () => {
  const { x, d } = fourGroups();
  const members = Int32Array.from({ length: 16 }, (_, i) => i);
  const cls = sphericalKMeans(x, d, members, 4, 20, seededRandom(1));
  for (let g = 0; g < 4; g++)
    for (let c = 1; c < 4; c++) assert.equal(cls[g * 4 + c], cls[g * 4], `row ${g * 4 + c} with row ${g * 4}`);
  assert.equal(new Set(cls).size, 4);
});

test("a finer level splits each coarse class, and the same seed gives the same classes", () => {
  const { x, d } = fourGroups();
  const run = () => hierarchicalKMeans(x, d, { levels: [2, 4, 8], iterations: 10, seed: 3 });
  const [coarse, mid, fine] = run();
  for (let i = 0; i < 16; i++) {
    assert.equal(Math.floor(mid[i] / 2), coarse[i]);
    assert.equal(Math.floor(fine[i] / 2), mid[i]);
  }
  // x and −x never fall in one class at the middle level, where there is one class per direction.
  assert.notEqual(mid[0], mid[4]);
  assert.deepEqual(run(), [coarse, mid, fine]);
  assert.throws(() => hierarchicalKMeans(x, d, { levels: [3, 4], iterations: 1, seed: 1 }), /multiple/);
});

test("only words with a letter and no digit are clustered; the written file reads back", () => {
  assert.deepEqual(["harbour", "1996", "g7", ",", "n't", "zürich"].filter(clusterable), ["harbour", "n't", "zürich"]);
  const dir = mkdtempSync(join(tmpdir(), "clusters-"));
  const file = join(dir, "c.tsv.gz");
  writeFileSync(file, gzipSync("# a comment\nharbour\t1 3 12\nquay\t1 3 13\n"));
  assert.deepEqual(
    [...readWordClusters(file)],
    [
      ["harbour", "1 3 12"],
      ["quay", "1 3 13"],
    ],
  );
});
