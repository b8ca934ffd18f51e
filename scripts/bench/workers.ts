// Team ingestion benchmark: generated articles (the dev set rewritten by scripts/generate-corpus.ts)
// enqueued on a PostgreSQL store and ingested by 1, 2 and 4 `casefile worker` processes; prints
// throughput and the scaling ratio, checks that each resulting case equals the case a serial
// ingest of the same articles into SQLite gives, and compares query latencies on the two stores.
//   node dist/scripts/bench.js --only workers [--articles N] [--workers 1,2]  (default 20,000; 1, 2, 4)
// Needs $CASEFILE_BENCH_PG or $CASEFILE_TEST_PG (a database it may create schemas in) and the
// shared dev set; skips, saying so, without them. Each run gets a schema of its own, dropped after.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { CaseFile } from "../../src/casefile/types.js";
import { JobQueue } from "../../src/ingest/queue.js";
import { loadCase, openStore } from "../../src/store/index.js";
import { openPostgresStore } from "../../src/store/postgres/store.js";
import { loadSourceArticles, writeCorpus } from "../generate-corpus.js";
import { sharedPath, tempDir } from "../lib/shared.js";
import { table } from "../lib/table.js";
import { compareLatency, latencyTable } from "./latency.js";

const CLI = fileURLToPath(new URL("../../src/cli/main.js", import.meta.url));
/** The worker counts to run ($CASEFILE_BENCH_WORKERS, e.g. "1,2"; default 1, 2 and 4). */
export function workerCounts(): number[] {
  const given = (process.env.CASEFILE_BENCH_WORKERS ?? "")
    .split(",")
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  return given.length && given[0] === 1 ? given : [1, 2, 4];
}
const SEED = 1;
const CASE = "bench";

export function articleCount(): number {
  const n = Number(process.env.CASEFILE_BENCH_ARTICLES ?? 20000);
  return Number.isInteger(n) && n > 0 ? n : 20000;
}

/** What must be equal between two builds of one case: entities, quotes, timeline, contradictions. */
export function caseDigest(c: CaseFile): string {
  return JSON.stringify(caseParts(c));
}

/** The first part where two cases differ, down to the first differing value, or null. */
export function caseDifference(a: CaseFile, b: CaseFile): string | null {
  return firstDifference(caseParts(a), caseParts(b), "");
}

function firstDifference(x: unknown, y: unknown, path: string): string | null {
  if (JSON.stringify(x) === JSON.stringify(y)) return null;
  if (x && y && typeof x === "object" && typeof y === "object") {
    const keys = Array.isArray(x) ? [...Array(Math.max(x.length, (y as unknown[]).length)).keys()] : Object.keys(x);
    for (const key of keys) {
      const found = firstDifference(
        (x as Record<string, unknown>)[key],
        (y as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (found) return found;
    }
  }
  if (typeof x === "string" && typeof y === "string" && x.startsWith("{") && y.startsWith("{"))
    return firstDifference(JSON.parse(x), JSON.parse(y), `${path}(json)`);
  return `${path.slice(1)}: ${JSON.stringify(x)?.slice(0, 300)} vs ${JSON.stringify(y)?.slice(0, 300)}`;
}

function caseParts(c: CaseFile): object {
  const entities = c.entities
    .map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases.map((a) => JSON.stringify(a)).sort(),
      documents: [...e.documents].sort(),
      independent: e.independentDocuments,
      mentions: e.mentionCount,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const quotes = c.quotes.map((q) => JSON.stringify(q)).sort();
  const timeline = c.timeline.map((t) => JSON.stringify(t)).sort();
  const contradictions = c.contradictions.map((t) => JSON.stringify(t)).sort();
  return { entities, quotes, timeline, contradictions, documents: c.documents.length };
}

function cli(args: string[]): { ms: number; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`casefile ${args[0]} failed: ${r.stderr}`);
  return { ms: performance.now() - t0, stdout: r.stdout };
}

function location(base: string, schema: string): string {
  const url = new URL(base);
  url.searchParams.set("schema", schema);
  return url.toString();
}

async function dropSchema(base: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS "${schema}_jobs" CASCADE`);
  } finally {
    await client.end();
  }
}

/** Starts `n` workers on the queue and waits for them to empty it; the wall time of the ingest. */
async function ingestWithWorkers(store: string, n: number): Promise<number> {
  const t0 = performance.now();
  const exits: Promise<number>[] = [];
  for (let i = 0; i < n; i++) {
    const child = spawn(process.execPath, [CLI, "worker", "--store", store, "--exit-when-idle", "1"], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    exits.push(new Promise((resolve) => child.once("exit", (code) => resolve(code ?? 1))));
  }
  // The ingest ends when the queue is empty, not when the workers have noticed it (their idle wait).
  const queue = await JobQueue.open(store);
  let done = 0;
  try {
    for (;;) {
      await new Promise((r) => setTimeout(r, 200));
      if (await queue.idle()) {
        done = performance.now();
        break;
      }
    }
  } finally {
    await queue.close();
  }
  const codes = await Promise.all(exits);
  if (codes.some((c) => c !== 0)) throw new Error(`a worker exited with ${codes.join(", ")}`);
  return done - t0;
}

const EXTRACT_LOOP = fileURLToPath(new URL("./extract-loop.js", import.meta.url));

/**
 * How far the machine runs two extractions side by side: `count` articles extracted by one
 * process, then by two at once (each its own `count`), with no database, no queue and no I/O.
 * One Node process already keeps more than one core busy (the garbage collector's and the
 * compiler's threads: 4.9 s of CPU in 3.3 s of wall time for 600 articles here), so two bare
 * extractors on two cores run 1.1–1.4× one, while two copies of a plain arithmetic loop run 2.0×.
 * Workers can scale past this figure, because one worker leaves a core idle while it waits for
 * the database; it says how much of the two-worker ratio the machine itself allows.
 */
async function extractionCeiling(corpus: string, count: number): Promise<{ one: number; two: number }> {
  const once = (): Promise<number> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [EXTRACT_LOOP, corpus, String(count)], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      let out = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      child.once("exit", (code) =>
        code === 0 ? resolve(Number(out)) : reject(new Error(`extract-loop exited ${code}`)),
      );
    });
  const one = await once();
  const [a, b] = await Promise.all([once(), once()]);
  // Throughput of two against one: twice the articles in the time the slower of the two took.
  return { one, two: (2 * one) / Math.max(a, b) };
}

export async function run(): Promise<void> {
  const base = process.env.CASEFILE_BENCH_PG || process.env.CASEFILE_TEST_PG;
  if (!base) {
    console.log("(set CASEFILE_BENCH_PG=postgres://… (or CASEFILE_TEST_PG) to run the workers benchmark; skipped)");
    return;
  }
  const dev = sharedPath("data", "dev");
  if (!dev) {
    console.log("(../shared/data/dev is absent: the workers benchmark generates its articles from it; skipped)");
    return;
  }
  const n = articleCount();
  const tmp = tempDir("bench-workers");
  const schemas: string[] = [];
  try {
    const corpus = join(tmp.path, "corpus");
    writeCorpus(loadSourceArticles(dev), corpus, n, SEED);
    console.log(
      `${n} generated articles (seed ${SEED}), ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(2)} at start (the machine is shared)`,
    );

    // The reference: one process, extraction in its own thread, into SQLite.
    const serialDb = join(tmp.path, "serial.db");
    const serial = cli(["ingest", corpus, "--store", serialDb, "--case", CASE, "--workers", "0"]);
    const sqlite = await openStore(serialDb, { readonly: true });
    const referenceCase = await loadCase(sqlite, CASE);
    const reference = caseDigest(referenceCase);

    const ceiling = await extractionCeiling(corpus, Math.min(n, 600));
    console.log(
      `extraction alone: ${Math.min(n, 600)} articles extracted by one process in ${(ceiling.one / 1000).toFixed(1)} s; ` +
        `two processes at once (no database, no queue) ${ceiling.two.toFixed(2)}× one`,
    );

    const rows: string[][] = [];
    const seconds = new Map<number, number>();
    let lastStore: string | null = null;
    for (const workers of workerCounts()) {
      const schema = `bench_${randomBytes(4).toString("hex")}`;
      schemas.push(schema);
      const store = location(base, schema);
      const enqueue = cli(["ingest", "--queue", corpus, "--store", store, "--case", CASE]);
      const ms = await ingestWithWorkers(store, workers);
      seconds.set(workers, ms / 1000);
      const pgStore = await openPostgresStore(store);
      let same: string;
      try {
        const stored = (await pgStore.listDocuments(CASE)).length;
        const built = await loadCase(pgStore, CASE);
        same = caseDigest(built) === reference ? `yes (${stored} documents)` : `NO (${stored} documents)`;
        const difference = caseDifference(referenceCase, built);
        if (difference) console.log(`${workers} workers: the case differs from the serial one in ${difference}`);
      } finally {
        await pgStore.close();
      }
      rows.push([
        String(workers),
        (enqueue.ms / 1000).toFixed(1),
        (ms / 1000).toFixed(1),
        (n / (ms / 1000)).toFixed(1),
        workers === 1 ? "1.00" : ((seconds.get(1) as number) / (ms / 1000)).toFixed(2),
        same,
      ]);
      lastStore = store;
    }
    console.log(
      `serial ingest into SQLite (one process, no extractor threads): ${(serial.ms / 1000).toFixed(1)} s, ${(n / (serial.ms / 1000)).toFixed(1)} articles/s`,
    );
    console.log(
      table(["workers", "enqueue s", "ingest s", "articles/s", "× one worker", "case equals the serial one"], rows),
    );

    // Query latencies on the last PostgreSQL store and the serial SQLite one.
    const pgStore = await openPostgresStore(lastStore as string);
    try {
      const latency = await compareLatency(sqlite, pgStore, CASE, { rebuild: n <= 5000 });
      console.log(`\nquery latency on ${n} articles, median ms (after one untimed run):`);
      console.log(latencyTable(latency));
    } finally {
      await pgStore.close();
      await sqlite.close();
    }
  } finally {
    for (const s of schemas) await dropSchema(base, s).catch(() => undefined);
    tmp.cleanup();
  }
}
