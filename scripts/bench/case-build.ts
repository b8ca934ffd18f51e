// Where a refresh of the stored case file spends its time and memory (issue 13), phase by phase,
// as `refreshCase` (src/store/case/refresh.ts) runs them: reading the stored extractions, building
// the case, computing the answers about the whole case (src/server/case-views.ts) and writing the
// tables. After each phase it prints the time (wall and this process's CPU: on a shared machine
// only the CPU seconds compare between runs), the RSS (and the peak so far) and the heap after a
// garbage collection; then the size of each list's JSON and a sha256 of the built case file's
// JSON and of the answers', so two builds of Casefile can be checked to build the same case from
// the same store.
//
//   node --expose-gc dist/scripts/bench/case-build.js STORE [--case scale] [--write [--whole]]
//
// Without --write the store is opened read-only and nothing is written (the phases up to the
// views); with it the tables are written as a refresh writes them, only the rows that differ
// from the stored ones (the store is changed), or with --whole every row, as `casefile rebuild`
// writes them; it then prints how many rows of each list were written, kept and removed.
import { createHash, type Hash } from "node:crypto";
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

/**
 * Feeds `JSON.stringify(value)` to `hash` an array element or an object member at a time (the
 * same bytes, so the same digest, without the whole list's JSON in memory at once, which would
 * be the bench's own peak); returns its length in UTF-16 units, as `.length` of the whole JSON.
 */
function hashJson(value: unknown, hash: Hash): number {
  const put = (s: string) => (hash.update(s), s.length);
  if (Array.isArray(value)) {
    let n = put("[");
    for (const [i, v] of value.entries()) {
      if (i > 0) n += put(",");
      n += v === undefined || typeof v === "function" ? put("null") : hashJson(v, hash);
    }
    return n + put("]");
  }
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    let n = put("{");
    let first = true;
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || typeof v === "function") continue;
      n += put(`${first ? "" : ","}${JSON.stringify(k)}:`);
      first = false;
      n += hashJson(v, hash);
    }
    return n + put("}");
  }
  return put(JSON.stringify(value));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = argv.indexOf("--case");
  const caseName = at >= 0 ? (argv[at + 1] ?? "") : "scale";
  const write = argv.includes("--write");
  const whole = argv.includes("--whole");
  const path = argv.find((a, i) => !a.startsWith("--") && argv[i - 1] !== "--case");
  if (!path)
    throw new Error("usage: node --expose-gc dist/scripts/bench/case-build.js STORE [--case NAME] [--write [--whole]]");
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run node with --expose-gc");
  const store = await openStore(path, { readonly: !write });
  // The kernel's high-water mark: a timer cannot sample inside the long synchronous steps.
  const peakRss = () => process.resourceUsage().maxRSS * 1024;
  let t = performance.now();
  let cpu = process.cpuUsage();
  const phase = (name: string) => {
    const rss = process.memoryUsage().rss;
    const peak = peakRss();
    gc();
    const m = process.memoryUsage();
    const now = performance.now();
    const used = process.cpuUsage(cpu);
    console.log(
      `${name}: ${((now - t) / 1000).toFixed(1)} s (CPU ${((used.user + used.system) / 1e6).toFixed(1)} s), rss ${mb(rss)} MB (peak so far ${mb(peak)} MB), ` +
        `after gc heap ${mb(m.heapUsed)} MB, external ${mb(m.external)} MB`,
    );
    t = performance.now();
    cpu = process.cpuUsage();
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
      const size = hashJson(v, sha);
      console.log(`  ${k}: ${mb(size)} MB of JSON`);
    }
    console.log(`  the answers: ${mb(views.reduce((n, r) => n + r[3].length, 0))} MB of JSON`);
    console.log(`sha256 of the case file's JSON: ${sha.digest("hex")}`);
    // The answers' JSON in the order written (a view kept in parts hashes as the one value it is).
    const answers = createHash("sha256");
    for (const r of views) answers.update(r[3]);
    console.log(`sha256 of the answers' JSON: ${answers.digest("hex")}`);
    phase("case file's JSON hashed");
    if (write) {
      const caseId = await store.caseId(caseName);
      if (caseId === null) throw new Error(`no case "${caseName}"`);
      const changes = await caseChanges(store, caseId);
      t = performance.now();
      cpu = process.cpuUsage();
      const written = await store.sql.transaction((tx) => writeCase(tx, caseId, changes, file, views, { whole }));
      phase(whole ? "written whole" : "written (the rows that changed)");
      for (const w of written)
        console.log(
          `  ${w.table}: ${w.written} written, ${w.kept} kept, ${w.removed} removed; ${w.indexed} index rows written`,
        );
    }
    console.log(`peak RSS ${mb(peakRss())} MB`);
  } finally {
    await store.close();
  }
}

if (isMain(import.meta.url))
  main().catch((e: unknown) => {
    console.error(`case-build: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
