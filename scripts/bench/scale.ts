// `npm run bench -- --only scale`: how the stored case file scales with the number of articles
// (issue 13). One store grows through the sizes in CASEFILE_SCALE_SIZES (default 2000,10000,50000
// generated articles, made by scripts/generate-corpus.ts from the dev set or the bundled
// examples); at each size it prints the ingest rate of that stage, the time to bring the stored
// case file up to date after the stage's last batch of articles (what each `casefile ingest` of a
// batch pays) and for a full rebuild, the entity grouping after that batch done over every
// document and with the case's grouping before it kept (src/casefile/incremental.ts), the p50/p99
// of the query commands' reads of the stored case, the read of `GET …/accounts` (every account
// and the subjects kept), and the peak RSS of one `casefile people --json` process; after each
// size, the table of the sizes done so far.
//
//   CASEFILE_SCALE_SIZES=2000,10000 node dist/scripts/bench.js --only scale
import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { resolveEntities } from "../../src/casefile/entities.js";
import { IncrementalEntities } from "../../src/casefile/incremental.js";
import type { CaseInput } from "../../src/casefile/types.js";
import type { Extraction } from "../../src/core/schema.js";
import { projectPath } from "../../src/core/paths.js";
import { ExtractPool } from "../../src/ingest/pool.js";
import { storedAccounts, SUBJECTS_KEPT } from "../../src/server/case-views.js";
import { freshStoredCase, refreshCase, type RefreshResult } from "../../src/store/case/refresh.js";
import { openStore, type Store } from "../../src/store/index.js";
import { generateArticles, loadSourceArticles } from "../generate-corpus.js";
import {
  CASE_QUERY_LABELS,
  CASE_QUERY_NAMES,
  caseQuerySubjects,
  timeCaseQueries,
  timeIt,
  timeWholeLists,
  WHOLE_LIST_LABELS,
  WHOLE_LIST_NAMES,
} from "./case-queries.js";

const CASE = "scale";
const RUNS = 30;
/** Timed reads of each whole list (each reads every row of the list). */
const WHOLE_RUNS = 5;
/** Articles in the batch whose refresh is timed at each size. */
const BATCH = 100;
/** The phases of a refresh, in the order `RefreshResult.phases` lists them. */
const PHASES = "read / entities / quotes / timeline / contradictions / graph / views / write";

function sizes(): number[] {
  const raw = process.env.CASEFILE_SCALE_SIZES ?? "2000,10000,50000";
  const list = raw
    .split(",")
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  if (list.length === 0) throw new Error(`CASEFILE_SCALE_SIZES="${raw}" holds no size; write e.g. 2000,10000`);
  return [...new Set(list)].sort((a, b) => a - b);
}

function sourceDir(): string {
  const dev = projectPath("..", "shared", "data", "dev");
  if (existsSync(dev) && readdirSync(dev).some((f) => f.endsWith(".json"))) return dev;
  return projectPath("examples");
}

/** Adds generated articles `from`..`to` (exclusive) with extraction in worker threads; returns articles/s. */
async function grow(
  store: Store,
  articles: Iterator<ReturnType<typeof generateArticles> extends Generator<infer T> ? T : never>,
  count: number,
): Promise<number> {
  const pool = new ExtractPool(Math.min(4, Math.max(1, availableParallelism())));
  const t0 = performance.now();
  const window: Promise<unknown>[] = [];
  let chain: Promise<unknown> = Promise.resolve();
  try {
    for (let i = 0; i < count; i++) {
      const next = articles.next();
      if (next.done) break;
      const a = next.value;
      const doc = {
        id: a.id,
        source: a.source,
        outlet: a.outlet,
        published: a.published,
        title: a.title,
        text: a.text,
      };
      const extraction = pool.extract(a.text, { id: a.id, source: a.source, published: a.published });
      // stored in input order, one transaction per document
      chain = chain.then(async () => store.addDocument(CASE, doc, await extraction));
      window.push(chain);
      if (window.length >= 16) await window.shift();
    }
    await chain;
  } finally {
    await pool.close();
  }
  return count / ((performance.now() - t0) / 1000);
}

/**
 * Grouping the case's entities after the last batch, two ways: every document again (what a
 * refresh does, `resolveEntities`), and with the grouping of the case before the batch kept
 * (`IncrementalEntities`: the batch's documents added, then the case entities read). Both must
 * give the same entities. `load` is what making the kept grouping of the case before the batch cost.
 */
async function groupingAfterBatch(
  store: Store,
  batch: number,
): Promise<{ full: number; kept: number; load: number; regrouped: number }> {
  const inputs: CaseInput[] = [];
  for await (const d of store.iterateExtractions(CASE)) inputs.push(d);
  const docs = inputs.map((i) => ({ document: i.document, extraction: i.extraction as Extraction }));
  const head = docs.slice(0, docs.length - batch);
  const engine = new IncrementalEntities();
  let t0 = performance.now();
  engine.addAll(head);
  engine.resolution([]);
  const load = performance.now() - t0;
  const before = engine.stats.regrouped;
  t0 = performance.now();
  for (const d of docs.slice(head.length)) engine.add(d.document, d.extraction);
  const kept = engine.resolution([]);
  const keptMs = performance.now() - t0;
  t0 = performance.now();
  const full = resolveEntities(docs, []);
  const fullMs = performance.now() - t0;
  if (JSON.stringify(kept.entities) !== JSON.stringify(full.entities))
    throw new Error("the kept grouping gave other entities than a full one");
  return { full: fullMs, kept: keptMs, load, regrouped: engine.stats.regrouped - before };
}

function queryProcessRss(storeFile: string): { ms: number; rssMb: number } | null {
  const cli = fileURLToPath(new URL("../../src/cli/main.js", import.meta.url));
  const t0 = performance.now();
  const r = spawnSync(
    "/usr/bin/time",
    ["-f", "%M", process.execPath, cli, "people", "--json", "--store", storeFile, "--case", CASE],
    {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    },
  );
  if (r.status !== 0) return null;
  const kb = Number(r.stderr.trim().split("\n").pop());
  return { ms: performance.now() - t0, rssMb: kb / 1024 };
}

export async function run(): Promise<void> {
  const list = sizes();
  const dir = projectPath(".bench", "scale");
  mkdirSync(dir, { recursive: true });
  const storeFile = join(dir, "scale.db");
  for (const s of ["", "-wal", "-shm"]) rmSync(storeFile + s, { force: true });
  const src = sourceDir();
  console.log(`generated articles from ${src}; sizes ${list.join(", ")}; ${RUNS} timed runs per query`);
  const articles = generateArticles(loadSourceArticles(src), list[list.length - 1], 13);
  const store = await openStore(storeFile);
  const header = [
    "articles",
    "ingest articles/s (this stage)",
    `refresh after ${BATCH} articles s`,
    "rebuild s",
    `refresh after ${BATCH} by phase s (${PHASES})`,
    "rebuild by phase s",
    `entity grouping after the batch: every document / kept grouping + the batch`,
    ...CASE_QUERY_NAMES.map((n, i) => (i === 0 ? `${CASE_QUERY_LABELS[n]} p50/p99 ms` : CASE_QUERY_LABELS[n])),
    ...WHOLE_LIST_NAMES.map((n, i) =>
      i === 0 ? `${WHOLE_LIST_LABELS[n]}: rows, p50 ms of ${WHOLE_RUNS}, rows/s` : WHOLE_LIST_LABELS[n],
    ),
    `GET …/accounts (${SUBJECTS_KEPT} subjects): MB, p50 ms of ${WHOLE_RUNS}`,
    "`casefile people --json` process: wall, peak RSS",
    "store MB",
  ];
  const rows: string[][] = [];
  let have = 0;
  try {
    for (const size of list) {
      // The stage less one batch, brought up to date; then one batch and the refresh it costs
      // (what `casefile ingest` of a batch pays after storing it), then a full rebuild.
      const batch = Math.min(BATCH, size - have);
      const t0 = performance.now();
      await grow(store, articles, size - have - batch);
      const stageMs = performance.now() - t0;
      await refreshCase(store, CASE);
      const t1 = performance.now();
      await grow(store, articles, batch);
      const rate = (size - have) / ((stageMs + performance.now() - t1) / 1000);
      have = size;
      const perBatch = await refreshCase(store, CASE);
      const rebuild = await refreshCase(store, CASE, { force: true });
      const grouping = await groupingAfterBatch(store, batch);
      const stored = await freshStoredCase(store, CASE);
      if (!stored) throw new Error("the stored case is not up to date after a refresh");
      const subjects = await caseQuerySubjects(stored);
      const q = await timeCaseQueries(stored, subjects, RUNS);
      const whole = await timeWholeLists(stored, subjects, WHOLE_RUNS);
      // The accounts' answer as the route makes it: every account and the subjects kept.
      const accounts = await storedAccounts(stored, SUBJECTS_KEPT);
      const accountsMs = (await timeIt(() => storedAccounts(stored, SUBJECTS_KEPT), WHOLE_RUNS)).p50;
      const proc = queryProcessRss(storeFile);
      const mb = statSync(storeFile).size / 1048576;
      const f = (x: { p50: number; p99: number }) => `${x.p50.toFixed(1)} / ${x.p99.toFixed(1)}`;
      const byPhase = (r: RefreshResult) => r.phases.map((p) => (p.ms / 1000).toFixed(1)).join(" / ");
      rows.push([
        String(size),
        rate.toFixed(0),
        (perBatch.ms / 1000).toFixed(1),
        (rebuild.ms / 1000).toFixed(1),
        byPhase(perBatch),
        byPhase(rebuild),
        `${(grouping.full / 1000).toFixed(2)} / ${(grouping.kept / 1000).toFixed(2)} s (${grouping.regrouped} regrouped; kept one made in ${(grouping.load / 1000).toFixed(1)} s)`,
        ...CASE_QUERY_NAMES.map((n) => f(q[n])),
        ...WHOLE_LIST_NAMES.map(
          (n) => `${whole[n].rows} rows, ${whole[n].ms.toFixed(0)} ms, ${whole[n].rowsPerSecond.toFixed(0)} rows/s`,
        ),
        accounts ? `${(accounts.bytes().length / 1048576).toFixed(1)} MB, ${accountsMs.toFixed(0)} ms` : "not kept",
        proc ? `${proc.ms.toFixed(0)} ms, ${proc.rssMb.toFixed(0)} MB` : "failed",
        mb.toFixed(0),
      ]);
      console.log(
        `${size} articles: ${subjects.people} people, show "${subjects.name}" and "${subjects.middle}", ` +
          `quotes --speaker "${subjects.speaker}"; ` +
          `ingest ${rate.toFixed(0)} articles/s, refresh after a batch ${(perBatch.ms / 1000).toFixed(1)} s, ` +
          `rebuild ${(rebuild.ms / 1000).toFixed(1)} s; by phase (s): ` +
          perBatch.phases
            .map((p, i) => `${p.phase} ${(p.ms / 1000).toFixed(1)} / ${(rebuild.phases[i].ms / 1000).toFixed(1)}`)
            .join(", "),
      );
      // The table so far after each size, so that a run stopped at a larger size keeps the smaller ones' reads.
      console.log("");
      console.log(`| ${header.join(" | ")} |`);
      console.log(`|${header.map(() => " ---: |").join("")}`);
      for (const r of rows) console.log(`| ${r.join(" | ")} |`);
      console.log("");
    }
  } finally {
    await store.close();
  }
}
