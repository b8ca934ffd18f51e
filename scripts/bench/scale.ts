// `npm run bench -- --only scale`: how the stored case file scales with the number of articles
// (issue 13). One store grows through the sizes in CASEFILE_SCALE_SIZES (default 2000,10000,50000
// generated articles, made by scripts/generate-corpus.ts from the dev set or the bundled
// examples); at each size it prints the ingest rate of that stage, the time to bring the stored
// case file up to date after the stage's last batch of articles (what each `casefile ingest` of a
// batch pays) and for a full rebuild, the entity grouping after that batch done over every
// document and with the case's grouping before it kept (src/casefile/incremental.ts), the p50/p99
// of the query commands' reads of the stored case, and the peak RSS of one `casefile people
// --json` process.
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
import { entityFacts, selectQuotes } from "../../src/casefile/queries.js";
import type { CaseInput } from "../../src/casefile/types.js";
import type { Extraction } from "../../src/core/schema.js";
import { projectPath } from "../../src/core/paths.js";
import { ExtractPool } from "../../src/ingest/pool.js";
import { TERMINAL_PAGE } from "../../src/cli/case-query.js";
import { freshStoredCase, refreshCase } from "../../src/store/case/refresh.js";
import { entityIndex, speakerIndex } from "../../src/store/case/views.js";
import { openStore, type Store } from "../../src/store/index.js";
import { generateArticles, loadSourceArticles } from "../generate-corpus.js";

const CASE = "scale";
const RUNS = 30;
/** Articles in the batch whose refresh is timed at each size. */
const BATCH = 100;
/** Rows in the page the paged reads ask for: what `people` and `timeline` show on a terminal. */
const PAGE = TERMINAL_PAGE;

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

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timeIt(fn: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  await fn(); // warm the statements and the page cache
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
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
      const people = await stored.entities("person");
      const name = people[0]?.name ?? "";
      const speaker = (await stored.quotes()).find((q) => q.quote.speaker)?.quote.speakerName ?? name;
      const q = {
        people: await timeIt(() => stored.entities("person")),
        show: await timeIt(async () => {
          const index = await entityIndex(stored, name);
          const e = index.file.entities[0];
          return e ? entityFacts(index, e) : null;
        }),
        quotes: await timeIt(async () => selectQuotes(await speakerIndex(stored, speaker), { speaker })),
        // What `casefile timeline` reads: the milestones, and how many reports are kept off it.
        timeline: await timeIt(() => Promise.all([stored.milestones("timeline"), stored.milestoneCount("reports")])),
        contradictions: await timeIt(() => stored.contradictions()),
        // The page a terminal shows by default (or `--limit 100`), with the count its note gives.
        peoplePage: await timeIt(() =>
          Promise.all([stored.entities("person", { limit: PAGE }), stored.entityCount("person")]),
        ),
        timelinePage: await timeIt(() =>
          Promise.all([
            stored.milestones("timeline", undefined, { limit: PAGE }),
            stored.milestoneCount("timeline"),
            stored.milestoneCount("reports"),
          ]),
        ),
      };
      const proc = queryProcessRss(storeFile);
      const mb = statSync(storeFile).size / 1048576;
      const f = (x: { p50: number; p99: number }) => `${x.p50.toFixed(1)} / ${x.p99.toFixed(1)}`;
      rows.push([
        String(size),
        rate.toFixed(0),
        (perBatch.ms / 1000).toFixed(1),
        (rebuild.ms / 1000).toFixed(1),
        `${(grouping.full / 1000).toFixed(2)} / ${(grouping.kept / 1000).toFixed(2)} s (${grouping.regrouped} regrouped; kept one made in ${(grouping.load / 1000).toFixed(1)} s)`,
        f(q.people),
        f(q.show),
        f(q.quotes),
        f(q.timeline),
        f(q.contradictions),
        f(q.peoplePage),
        f(q.timelinePage),
        proc ? `${proc.ms.toFixed(0)} ms, ${proc.rssMb.toFixed(0)} MB` : "failed",
        mb.toFixed(0),
      ]);
      console.log(
        `${size} articles: ${people.length} people, show "${name}", quotes --speaker "${speaker}"; ` +
          `ingest ${rate.toFixed(0)} articles/s, refresh after a batch ${(perBatch.ms / 1000).toFixed(1)} s, ` +
          `rebuild ${(rebuild.ms / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await store.close();
  }
  const header = [
    "articles",
    "ingest articles/s (this stage)",
    `refresh after ${BATCH} articles s`,
    "rebuild s",
    `entity grouping after the batch: every document / kept grouping + the batch`,
    "people (every row: --json, piped or --all) p50/p99 ms",
    "show NAME",
    "quotes --speaker",
    "timeline (every row)",
    "contradictions",
    `people on a terminal (first ${PAGE} and the count)`,
    `timeline on a terminal (first ${PAGE} and the counts)`,
    "`casefile people --json` process: wall, peak RSS",
    "store MB",
  ];
  console.log("");
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map(() => " ---: |").join("")}`);
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
}
