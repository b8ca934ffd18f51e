// Extractions made again through a PostgreSQL store's job queue: the API's POST and `casefile
// rebuild --extract --queue` enqueue one job per article for the team's `casefile worker`s
// (the server extracts nothing itself), a worker makes them with the loop `rebuild --extract`
// runs and refreshes the case once the queue is drained, a job taken twice extracts once, and
// GET answers the run's progress from the queue, so a restarted server still shows it. On any
// store a POST with no body at all reads as `{}`, behind the same origin and token checks.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import PgBoss from "pg-boss";
import { extract } from "../../src/extract/index.js";
import { extractionBuild } from "../../src/extract/build-id.js";
import type { ExtractOptions } from "../../src/core/schema.js";
import {
  DEFAULT_QUEUE_SETTINGS,
  enqueueExtractAgain,
  EXTRACT_QUEUE,
  JobQueue,
  queueSchema,
  type ExtractOutcome,
} from "../../src/ingest/queue.js";
import { createServer } from "../../src/server/index.js";
import { readStoredCase } from "../../src/store/case/refresh.js";
import { openStore } from "../../src/store/index.js";
import { openPostgresStore, type PostgresStore } from "../../src/store/postgres/store.js";
import { runCli } from "../cli/run.js";
import { POSTGRES } from "../store/engines.js";
import { ARTICLES, CASE, extractionOf, olderCase } from "./fixtures.js";

const TOKEN = "a-token-for-the-queued-runs";
const RUNS = `/api/cases/${CASE}/extractions`;
/** A POST with no body at all, as `curl -X POST` sends it: no Content-Type, nothing after the headers. */
function bare(app: FastifyInstance, headers: Record<string, string>) {
  return app.inject({ method: "POST", url: RUNS, headers });
}

const bearer = { authorization: `Bearer ${TOKEN}` };

/** One worker that takes every job there is, then returns; what it said of each article. */
async function drain(queue: JobQueue, store: PostgresStore): Promise<ExtractOutcome[]> {
  const seen: ExtractOutcome[] = [];
  await queue.work(store, {
    extract,
    exitWhenIdleSeconds: 0,
    pollingSeconds: 0.05,
    onExtractJob: (o) => seen.push(o),
  });
  return seen;
}

/** Counts pg-boss's starts and stops made during `during(…)` (not the test's own worker's), until `restore()`. */
function countBossStarts() {
  const { start, stop } = PgBoss.prototype;
  let counting = false;
  const counted = {
    starts: 0,
    stops: 0,
    async during<T>(fn: () => Promise<T>): Promise<T> {
      counting = true;
      try {
        return await fn();
      } finally {
        counting = false;
      }
    },
    restore() {
      Object.assign(PgBoss.prototype, { start, stop });
    },
  };
  PgBoss.prototype.start = function (this: PgBoss) {
    if (counting) counted.starts++;
    return start.call(this);
  };
  PgBoss.prototype.stop = function (this: PgBoss, options?: PgBoss.StopOptions) {
    if (counting) counted.stops++;
    return stop.call(this, options);
  };
  return counted;
}

describe("extractions made again through the job queue (postgres)", { skip: POSTGRES.skip }, () => {
  test("a POST enqueues the articles, a worker makes them, and a restarted server shows the run", async () => {
    const { location, cleanup } = POSTGRES.newLocation();
    const store = await openPostgresStore(location);
    let app = createServer({ store, token: TOKEN });
    let queue: JobQueue | null = null;
    try {
      await olderCase(store);
      const started = await bare(app, bearer);
      assert.equal(started.statusCode, 202, started.body);
      assert.deepEqual(started.json().run, { state: "running", total: 2, done: 0, message: null });
      const jobs = (await app.inject({ url: "/api/jobs", headers: bearer })).json();
      assert.deepEqual([jobs.queued, jobs.active, jobs.completed], [2, 0, 0], "one job per article, for the workers");
      assert.equal(await store.countOtherBuild(CASE, extractionBuild()), 2, "the server extracted nothing itself");
      assert.equal((await bare(app, bearer)).json().run.total, 2, "a second POST while the run waits adds no jobs");

      await app.close();
      app = createServer({ store, token: TOKEN });
      const after = (await app.inject({ url: RUNS, headers: bearer })).json();
      assert.deepEqual(
        after.run,
        { state: "running", total: 2, done: 0, message: null },
        "the run outlives the server",
      );

      queue = await JobQueue.open(location);
      const made = await drain(queue, store);
      assert.deepEqual(
        made.map((o) => [o.job.document, o.replaced]),
        [
          [ARTICLES[0].id, true],
          [ARTICLES[1].id, true],
        ],
        "oldest first, each replaced",
      );
      const ended = (await app.inject({ url: RUNS, headers: bearer })).json();
      assert.deepEqual(ended.run, { state: "done", total: 2, done: 2, message: null });
      assert.equal(ended.otherBuild, 0);
      const first = await store.getDocument(CASE, ARTICLES[0].id);
      assert.deepEqual(first?.extraction.quotes, extractionOf(ARTICLES[0]).quotes);
      assert.ok(first?.extraction.quotes.length, "the quotes the older build missed are found");
      const quotes = await readStoredCase(store, CASE, (s) => s.quoteCount());
      assert.ok(quotes !== undefined, "the worker refreshed the stored case once the queue was drained");

      // A job taken twice (or enqueued again by hand) finds its article made by this build: skipped.
      await queue.enqueueExtractions(CASE, [ARTICLES[0].id], false);
      assert.deepEqual(
        (await drain(queue, store)).map((o) => o.replaced),
        [false],
      );
      const again = (await app.inject({ url: RUNS, headers: bearer })).json();
      assert.deepEqual(again.run, { state: "done", total: 1, done: 1, message: null }, "the latest run is answered");
    } finally {
      await queue?.close();
      await app.close();
      await store.close();
      await cleanup();
    }
  });

  test("two POSTs at once, on two servers, and the command beside them enqueue one run", async () => {
    const { location, cleanup } = POSTGRES.newLocation();
    const store = await openPostgresStore(location);
    const apps = [createServer({ store, token: TOKEN }), createServer({ store, token: TOKEN })];
    try {
      await olderCase(store);
      // Each server checks for a run under way and enqueues one; the command does the same.
      const [first, second] = await Promise.all([
        bare(apps[0], bearer),
        bare(apps[1], bearer),
        enqueueExtractAgain(store, CASE, false),
      ]);
      for (const answer of [first, second]) {
        assert.equal(answer.statusCode, 202, answer.body);
        assert.deepEqual(answer.json().run, { state: "running", total: 2, done: 0, message: null });
      }
      const [row] = (
        await store.connectionPool.query(
          `SELECT count(DISTINCT data->>'run')::int AS runs, count(*)::int AS jobs FROM "${queueSchema(store.schema)}".job WHERE name = $1`,
          [EXTRACT_QUEUE],
        )
      ).rows as { runs: number; jobs: number }[];
      assert.deepEqual(row, { runs: 1, jobs: 2 }, "one run, one job per article");
    } finally {
      await Promise.all(apps.map((a) => a.close()));
      await store.close();
      await cleanup();
    }
  });

  test("an article that fails its last try fails the run, and is on the dead-letter list", async () => {
    const { location, cleanup } = POSTGRES.newLocation();
    const store = await openPostgresStore(location);
    const app = createServer({ store, token: TOKEN });
    const queue = await JobQueue.onStore(store);
    try {
      await olderCase(store);
      const ids = [ARTICLES[0].id, ARTICLES[1].id];
      await queue.enqueueExtractions(CASE, ids, false, { ...DEFAULT_QUEUE_SETTINGS, retryLimit: 0 });
      const failing = (text: string, options: ExtractOptions) => {
        if (options.id === ARTICLES[1].id) throw new Error("the extractor gave up on this one");
        return extract(text, options);
      };
      await queue.work(store, { extract: failing, exitWhenIdleSeconds: 0, pollingSeconds: 0.05 });
      const run = (await app.inject({ url: RUNS, headers: bearer })).json().run;
      assert.deepEqual(run, {
        state: "failed",
        total: 2,
        done: 1,
        message: "1 of 2 articles failed: the extractor gave up on this one",
      });
      const dead = await queue.deadLetters();
      assert.deepEqual(
        dead.map((d) => [d.queue, d.case, d.document, d.file]),
        [[EXTRACT_QUEUE, CASE, ARTICLES[1].id, "extract again"]],
      );
      assert.equal(await store.countOtherBuild(CASE, extractionBuild()), 1, "the other article was made");
    } finally {
      await queue.close();
      await app.close();
      await store.close();
      await cleanup();
    }
  });

  test("a server starts pg-boss once for the POSTs that enqueue runs, and stops it when it closes", async () => {
    const { location, cleanup } = POSTGRES.newLocation();
    const store = await openPostgresStore(location);
    const app = createServer({ store, token: TOKEN });
    const counted = countBossStarts();
    let worker: JobQueue | null = null;
    try {
      await olderCase(store);
      const first = await counted.during(() => bare(app, bearer));
      assert.equal(first.statusCode, 202, first.body);
      worker = await JobQueue.open(location);
      assert.equal((await drain(worker, store)).length, 2);
      const all = { method: "POST" as const, url: RUNS, headers: bearer, payload: { all: true } };
      const second = await counted.during(() => app.inject(all));
      assert.equal(second.statusCode, 202, second.body);
      assert.deepEqual(second.json().run, { state: "running", total: 3, done: 0, message: null }, "a second run");
      assert.deepEqual([counted.starts, counted.stops], [1, 0], "one start for both POSTs, kept while serving");
      await counted.during(() => app.close());
      assert.deepEqual([counted.starts, counted.stops], [1, 1], "stopped by the server's close");
    } finally {
      counted.restore();
      await worker?.close();
      await app.close();
      await store.close();
      await cleanup();
    }
  });

  test("casefile rebuild --extract --queue enqueues the articles for the workers", async () => {
    const { location, cleanup } = POSTGRES.newLocation();
    const store = await openPostgresStore(location);
    const dir = mkdtempSync(join(tmpdir(), "casefile-queued-"));
    let queue: JobQueue | null = null;
    try {
      await olderCase(store);
      const r = runCli(dir, "rebuild", "--extract", "--queue", "--store", location, "--case", CASE);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /2 articles of case "harbour" enqueued to extract again/);
      assert.equal(await store.countOtherBuild(CASE, extractionBuild()), 2, "nothing extracted by the command");
      queue = await JobQueue.open(location);
      assert.deepEqual((await queue.counts()).waiting, 2);
      const all = () => runCli(dir, "rebuild", "--extract", "all", "--queue", "--store", location, "--case", CASE);
      const early = all();
      assert.equal(early.code, 0, early.err);
      assert.match(early.out, /still under way \(0 of 2 articles done\): nothing enqueued/, "one run at a time");
      assert.deepEqual(
        (await drain(queue, store)).map((o) => [o.job.document, o.replaced]),
        [ARTICLES[0], ARTICLES[1]].map((a) => [a.id, true]),
        "the run's articles in ingest order",
      );
      const later = all();
      assert.equal(later.code, 0, later.err);
      assert.match(later.out, /3 articles of case "harbour" enqueued/, "all: every article, once the run is done");
      assert.equal((await drain(queue, store)).length, 3);
    } finally {
      await queue?.close();
      await store.close();
      await cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test("on a SQLite store a POST with no body starts a run; the origin and token checks still hold", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-bare-"));
  const store = await openStore(join(dir, "case.db"));
  const app = createServer({ store, token: TOKEN });
  try {
    await olderCase(store);
    assert.equal((await bare(app, {})).statusCode, 401, "no token");
    const foreign = await bare(app, { ...bearer, origin: "https://elsewhere.example" });
    assert.equal(foreign.statusCode, 403, "a write only from the server's own page");
    const started = await bare(app, bearer);
    assert.equal(started.statusCode, 202, started.body);
    assert.equal(started.json().run.state, "running");
    const form = await app.inject({
      method: "POST",
      url: RUNS,
      headers: { ...bearer, "content-type": "application/x-www-form-urlencoded" },
      payload: "",
    });
    assert.equal(form.statusCode, 415, "a form's body is still refused");
    const add = await app.inject({ method: "POST", url: `/api/cases/${CASE}/documents`, headers: bearer });
    assert.equal(add.statusCode, 400, "adding an article still needs its body");
  } finally {
    await app.close();
    await store.close();
  }
  try {
    const queued = runCli(dir, "rebuild", "--extract", "--queue", "--store", join(dir, "case.db"), "--case", CASE);
    assert.equal(queued.code, 1);
    assert.match(queued.err, /the job queue lives in a PostgreSQL store/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
