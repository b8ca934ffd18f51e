// GET and POST /api/cases/:case/extractions: how many of a case's articles another build of the
// extractor made (an older release), counted once per store revision however many pages ask, and
// a run that makes them again in the background, as `casefile rebuild --extract` does, behind the
// same token as adding an article (on a team store: an editor's). SQLite always; PostgreSQL when
// $CASEFILE_TEST_PG names a database, where the run is jobs for the store's workers (one drains
// the queue here; extractions-queue.test.ts tests the queue's side).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { FastifyInstance } from "fastify";
import type { ExtractOptions } from "../../src/core/schema.js";
import { extract } from "../../src/extract/index.js";
import { extractionBuild } from "../../src/extract/build-id.js";
import { createServer } from "../../src/server/index.js";
import { openStore, type Store } from "../../src/store/index.js";
import { JobQueue } from "../../src/ingest/queue.js";
import type { PostgresStore } from "../../src/store/postgres/store.js";
import { ENGINES, POSTGRES } from "../store/engines.js";
import { ARTICLES, CASE, extractionOf, olderCase } from "./fixtures.js";

const TOKEN = "a-token-long-enough-for-these-runs";
/** Polls until `ready` holds (a run moves on in the background). */
async function until<T>(read: () => Promise<T>, ready: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 2000; i++) {
    const v = await read();
    if (ready(v)) return v;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("the run did not move on");
}

type Call = (
  method: "GET" | "POST",
  path: string,
  body?: unknown,
  token?: string | null,
) => Promise<Awaited<ReturnType<FastifyInstance["inject"]>>>;

function caller(app: FastifyInstance): Call {
  return (method, path, body, token = TOKEN) =>
    app.inject({
      method,
      url: path,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
}

const RUNS = `/api/cases/${CASE}/extractions`;

/** On a PostgreSQL store, a `casefile worker` that makes the run's jobs and returns once the queue is empty. */
async function workersOf(store: Store): Promise<void> {
  if (!("connectionPool" in store)) return; // SQLite: the server makes the run itself
  const queue = await JobQueue.onStore(store as PostgresStore);
  try {
    await queue.work(store as PostgresStore, { extract, exitWhenIdleSeconds: 0, pollingSeconds: 0.05 });
  } finally {
    await queue.close();
  }
}

for (const engine of ENGINES) {
  describe(`the extractions of another build through the API (${engine.name})`, { skip: engine.skip }, () => {
    test("are counted once per revision, made again in the background, and then the case shows them", async () => {
      const { location, cleanup } = engine.newLocation();
      const store = await openStore(location);
      const app = createServer({ store, token: TOKEN });
      try {
        await olderCase(store);
        await store.addDocument("quay", ARTICLES[2], extractionOf(ARTICLES[2]));
        const counted: string[] = [];
        const count = store.countOtherBuild.bind(store);
        store.countOtherBuild = async (name, build) => {
          counted.push(name);
          return count(name, build);
        };
        const call = caller(app);
        assert.equal((await call("GET", RUNS, undefined, null)).statusCode, 401);
        assert.equal((await call("POST", RUNS, {}, null)).statusCode, 401, "a run needs the token, as adding does");
        assert.equal((await call("POST", "/api/cases/no-such-case/extractions", {})).statusCode, 404);
        assert.equal((await call("POST", RUNS, { every: true })).statusCode, 400);
        const foreign = await app.inject({
          method: "POST",
          url: RUNS,
          headers: {
            authorization: `Bearer ${TOKEN}`,
            origin: "https://elsewhere.example",
            "content-type": "application/json",
          },
          payload: "{}",
        });
        assert.equal(foreign.statusCode, 403, "a write only from the server's own page, as adding one");

        const before = await call("GET", RUNS);
        assert.equal(before.statusCode, 200);
        assert.deepEqual(before.json(), {
          build: extractionBuild(),
          otherBuild: 2,
          command: `casefile rebuild --extract${engine.name === "postgres" ? " --queue" : ""} --case ${CASE}`,
          run: null,
          queue: engine.name === "postgres",
        });
        // The list of cases and the page ask again at the same revision: nothing is counted again.
        await call("GET", RUNS);
        const cases = (await call("GET", "/api/cases")).json() as { name: string; otherBuild: number }[];
        assert.deepEqual(
          cases.map((c) => [c.name, c.otherBuild]),
          [
            [CASE, 2],
            ["quay", 0],
          ],
        );
        assert.deepEqual(counted, [CASE, "quay"], "each case counted once at this revision");
        const quotesBefore = (await call("GET", `/api/cases/${CASE}`)).json().counts.quotes as number;

        const started = await call("POST", RUNS, {});
        assert.equal(started.statusCode, 202);
        assert.equal(started.json().run.state, "running");
        await workersOf(store);
        const ended = await until(
          async () => (await call("GET", RUNS)).json(),
          (s) => s.run.state !== "running",
        );
        assert.deepEqual(ended.run, { state: "done", total: 2, done: 2, message: null });
        assert.equal(ended.otherBuild, 0);
        const first = await store.getDocument(CASE, ARTICLES[0].id);
        assert.deepEqual(first?.extraction.quotes, extractionOf(ARTICLES[0]).quotes);
        assert.ok(first?.extraction.quotes.length, "the first article's quotes are found again");
        const after = (await call("GET", `/api/cases/${CASE}`)).json().counts.quotes as number;
        assert.ok(after > quotesBefore, `the overview counts the quotes found again (${quotesBefore} → ${after})`);
        const listed = (await call("GET", "/api/cases")).json() as { name: string; otherBuild: number; note: null }[];
        assert.deepEqual(listed[0], { ...listed[0], otherBuild: 0, note: null });

        const all = await call("POST", RUNS, { all: true });
        assert.equal(all.statusCode, 202);
        await workersOf(store);
        const again = await until(
          async () => (await call("GET", RUNS)).json(),
          (s) => s.run.state !== "running",
        );
        assert.deepEqual(again.run, { state: "done", total: 3, done: 3, message: null }, "all: every article");
        const doc = (await app.inject({ url: "/openapi.json" })).json();
        assert.ok(doc.paths["/api/cases/{case}/extractions"].post, "/openapi.json describes the run");
      } finally {
        await app.close();
        await store.close();
        await cleanup();
      }
    });

    test("a POST when no article is left to make answers a run done with 0 articles, and starts none", async () => {
      const { location, cleanup } = engine.newLocation();
      const store = await openStore(location);
      const app = createServer({ store, token: TOKEN });
      try {
        // One article, made by this build: nothing to make again (another run made them meanwhile).
        await store.addDocument(CASE, ARTICLES[2], extractionOf(ARTICLES[2]));
        const call = caller(app);
        const answered = await call("POST", RUNS, {});
        assert.equal(answered.statusCode, 200, answered.body);
        assert.deepEqual(answered.json().run, { state: "done", total: 0, done: 0, message: null });
        assert.equal(answered.json().otherBuild, 0);
        const after = (await call("GET", RUNS)).json();
        assert.equal(after.run, null, "nothing started, nothing enqueued: no run to follow");
        if (engine.name === "postgres") assert.equal((await call("GET", "/api/jobs")).json().queued, 0);
      } finally {
        await app.close();
        await store.close();
        await cleanup();
      }
    });

    test("a run holds nothing up: its progress is answered while an article is being extracted", async () => {
      const { location, cleanup } = engine.newLocation();
      const store = await openStore(location);
      const held: (() => void)[] = [];
      const slow = async (text: string, options: ExtractOptions) => {
        await new Promise<void>((resolve) => held.push(resolve));
        return extract(text, options);
      };
      const { ExtractionRuns } = await import("../../src/server/extractions.js");
      const runs = new ExtractionRuns(store, slow);
      try {
        await olderCase(store);
        runs.start(CASE, false);
        const state = () => runs.state(CASE);
        await until(state, (s) => held.length === 1 && s.run?.total === 2);
        assert.deepEqual((await state()).run, { state: "running", total: 2, done: 0, message: null });
        runs.start(CASE, true); // one run per case: this one is already under way
        held.shift()?.();
        await until(state, (s) => s.run?.done === 1 && held.length === 1);
        assert.equal((await state()).otherBuild, 1, "each article is stored as soon as it is made");
        held.shift()?.();
        const done = await until(state, (s) => s.run?.state !== "running");
        assert.deepEqual(done.run, { state: "done", total: 2, done: 2, message: null });
        assert.equal(done.otherBuild, 0);
      } finally {
        for (const release of held) release();
        await runs.close();
        await store.close();
        await cleanup();
      }
    });
  });
}

test(
  "on a team store a reader may see the count but only an editor starts a run",
  { skip: POSTGRES.skip },
  async () => {
    const { location, cleanup } = POSTGRES.newLocation();
    const store = (await openStore(location)) as PostgresStore;
    const app = createServer({ store });
    try {
      await olderCase(store);
      await store.addUser("ray", "reader", "reader-token-0002");
      await store.addUser("eve", "editor", "editor-token-0002");
      const call = caller(app);
      assert.equal((await call("GET", RUNS, undefined, "reader-token-0002")).json().otherBuild, 2);
      const refused = await call("POST", RUNS, {}, "reader-token-0002");
      assert.equal(refused.statusCode, 403);
      assert.equal((await call("GET", RUNS, undefined, "reader-token-0002")).json().run, null, "nothing started");
      assert.equal((await call("POST", RUNS, {}, "editor-token-0002")).statusCode, 202);
      await workersOf(store);
      const ended = await until(
        async () => (await call("GET", RUNS, undefined, "editor-token-0002")).json(),
        (s) => s.run.state !== "running",
      );
      assert.equal(ended.otherBuild, 0);
    } finally {
      await app.close();
      await store.close();
      await cleanup();
    }
  },
);
