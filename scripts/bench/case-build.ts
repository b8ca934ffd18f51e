// Where a refresh of the stored case file spends its time and memory (issue 13), phase by phase,
// as `refreshCase` (src/store/case/refresh.ts) runs them: reading the stored extractions, building
// the case, computing the answers about the whole case (src/server/case-views.ts) and writing the
// tables. After each phase it prints the time, the RSS (and the peak so far) and the heap after a
// garbage collection; then the size of each list's JSON and a sha256 of the built case file's
// JSON, so two builds of Casefile can be checked to build the same case from the same store.
//
//   node --expose-gc dist/scripts/bench/case-build.js STORE [--case scale] [--write]
//
// Without --write the store is opened read-only and nothing is written (the phases up to the
// views); with it the tables are written as a refresh writes them (the store is changed).
import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import { buildCase } from "../../src/casefile/build.js";
import type { CaseInput } from "../../src/casefile/types.js";
import { caseViewRows } from "../../src/server/case-views.js";
import { overridesFromStore } from "../../src/store/case.js";
import { caseChanges } from "../../src/store/case/refresh.js";
import { writeCase } from "../../src/store/case/tables.js";
import { openStore } from "../../src/store/index.js";
import { isMain } from "../lib/main.js";

const mb = (bytes: number) => (bytes / 1048576).toFixed(0);

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = argv.indexOf("--case");
  const caseName = at >= 0 ? (argv[at + 1] ?? "") : "scale";
  const write = argv.includes("--write");
  const path = argv.find((a, i) => !a.startsWith("--") && argv[i - 1] !== "--case");
  if (!path) throw new Error("usage: node --expose-gc dist/scripts/bench/case-build.js STORE [--case NAME] [--write]");
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run node with --expose-gc");
  const store = await openStore(path, { readonly: !write });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  let t = performance.now();
  const phase = (name: string) => {
    const rss = process.memoryUsage().rss;
    peak = Math.max(peak, rss);
    gc();
    const m = process.memoryUsage();
    const now = performance.now();
    console.log(
      `${name}: ${((now - t) / 1000).toFixed(1)} s, rss ${mb(rss)} MB (peak so far ${mb(peak)} MB), ` +
        `after gc heap ${mb(m.heapUsed)} MB, external ${mb(m.external)} MB`,
    );
    t = performance.now();
  };
  try {
    phase("start");
    const inputs: CaseInput[] = [];
    const texts = new Map<string, string>();
    for await (const d of store.iterateExtractions(caseName)) {
      inputs.push(d);
      texts.set(d.document.id, d.document.text);
    }
    phase(`${inputs.length} stored extractions read`);
    const file = buildCase(inputs, overridesFromStore(await store.listOverrides(caseName)));
    phase("case built (extractions still held)");
    inputs.length = 0;
    phase("extractions dropped");
    const views = caseViewRows(file, texts, caseName);
    texts.clear();
    phase(`answers about the whole case computed (${views.length} rows)`);
    const sha = createHash("sha256");
    for (const [k, v] of Object.entries(file)) {
      const json = JSON.stringify(v);
      sha.update(json);
      console.log(`  ${k}: ${mb(json.length)} MB of JSON`);
    }
    console.log(`  the answers: ${mb(views.reduce((n, r) => n + r[3].length, 0))} MB of JSON`);
    console.log(`sha256 of the case file's JSON: ${sha.digest("hex")}`);
    if (write) {
      const caseId = await store.caseId(caseName);
      if (caseId === null) throw new Error(`no case "${caseName}"`);
      const changes = await caseChanges(store, caseId);
      t = performance.now();
      await store.sql.transaction((tx) => writeCase(tx, caseId, changes, file, views));
      phase("written");
    }
    console.log(`peak RSS ${mb(peak)} MB`);
  } finally {
    clearInterval(timer);
    await store.close();
  }
}

if (isMain(import.meta.url))
  main().catch((e: unknown) => {
    console.error(`case-build: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
