// One process extracting generated articles with no database and no queue, for the workers
// benchmark's ceiling: how much faster two such processes finish than one on this machine.
//   node dist/scripts/bench/extract-loop.js CORPUS_DIR COUNT   → prints the milliseconds it took
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../../src/extract/index.js";
import type { GeneratedArticle } from "../generate-corpus.js";

const [dir, countArg] = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .slice(0, Number(countArg));
const articles = files.map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as GeneratedArticle);
extract(articles[0].text); // load the models before the clock starts
const t0 = performance.now();
for (const a of articles) extract(a.text, { id: a.id, source: a.source, published: a.published });
console.log(String(performance.now() - t0));
