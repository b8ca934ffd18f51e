// The server's cache of built case files: built once per store revision, rebuilt when the store
// changes, and while a rebuild is under way an older view is served, marked stale.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildCase } from "../../src/casefile/index.js";
import { CaseCache, buildFromStore, indexCase, workerBuilder, type CaseBuilder } from "../../src/server/case-cache.js";
import type { RouteContext } from "../../src/server/http.js";
import { documentDetail } from "../../src/server/routes/documents.js";
import { accountsAnswer, briefAnswer } from "../../src/server/accounts.js";
import { caseOverview, graphView } from "../../src/server/queries.js";
import { loadCase } from "../../src/store/index.js";
import { createServer } from "../../src/server/index.js";
import { refreshCase } from "../../src/store/case/refresh.js";
import { ARTICLES, CASE, addArticles, tempStore } from "./fixtures.js";

test("a case is built once per store revision and rebuilt after a change", async () => {
  const t = await tempStore();
  try {
    await addArticles(t.store, CASE, ARTICLES.slice(0, 2));
    let builds = 0;
    const builder: CaseBuilder = async (name) => {
      builds++;
      return await buildFromStore(t.store, name, buildCase);
    };
    const cache = new CaseCache(t.store, builder);
    const first = await cache.get(CASE);
    assert.ok(first && !first.stale);
    assert.equal(first.view.file.documents.length, 2);
    await cache.get(CASE);
    assert.equal(builds, 1, "the same revision is not rebuilt");

    await addArticles(t.store, CASE, ARTICLES.slice(2));
    const second = await cache.get(CASE);
    assert.equal(builds, 2);
    assert.equal(second?.view.file.documents.length, 3);
    assert.equal(await cache.get("no-such-case"), null);
  } finally {
    await t.cleanup();
  }
});

test("while a rebuild is under way, the older view is served and marked stale", async () => {
  const t = await tempStore();
  try {
    await addArticles(t.store, CASE, ARTICLES.slice(0, 1));
    let release: (() => void) | null = null;
    let builds = 0;
    const builder: CaseBuilder = async (name) => {
      builds++;
      if (builds > 1) await new Promise<void>((resolve) => (release = resolve));
      return await buildFromStore(t.store, name, buildCase);
    };
    // Wait for no time at all before falling back to the older view.
    const cache = new CaseCache(t.store, builder, 0);
    assert.equal((await cache.get(CASE))?.view.file.documents.length, 1);

    await addArticles(t.store, CASE, ARTICLES.slice(1, 2));
    const during = await cache.get(CASE);
    assert.ok(during?.stale, "the answer says it is stale");
    assert.equal(during.view.file.documents.length, 1);
    const again = await cache.get(CASE);
    assert.ok(again?.stale);
    assert.equal(builds, 2, "one rebuild at a time");

    assert.ok(release, "the rebuild started");
    (release as () => void)();
    await new Promise((resolve) => setImmediate(resolve));
    const after = await cache.get(CASE);
    assert.ok(after && !after.stale);
    assert.equal(after.view.file.documents.length, 2);
  } finally {
    await t.cleanup();
  }
});

test("the worker thread builds the same case file from its own connection", async () => {
  const t = await tempStore();
  const worker = workerBuilder(t.path);
  try {
    await addArticles(t.store, CASE, ARTICLES);
    const built = await worker.builder(CASE);
    const here = await buildFromStore(t.store, CASE, buildCase);
    assert.equal(built.revision, await t.store.revision());
    assert.deepEqual(built.file, here.file);
    // The worker takes one request after another on the same connection.
    const other = await worker.builder("no-such-case");
    assert.equal(other.file.documents.length, 0);
  } finally {
    await worker.close();
    await t.cleanup();
  }
});

test("the cache keeps the views of the few cases asked for last", async () => {
  const t = await tempStore();
  try {
    const names = Array.from({ length: CaseCache.MAX_VIEWS + 2 }, (_, i) => `case-${i}`);
    for (const n of names) await addArticles(t.store, n, ARTICLES.slice(0, 1));
    const built: string[] = [];
    const cache = new CaseCache(t.store, async (name) => {
      built.push(name);
      return await buildFromStore(t.store, name, buildCase);
    });
    for (const n of names) await cache.get(n);
    await cache.get(names[names.length - 1]);
    assert.equal(built.length, names.length, "a case asked for last is kept");
    await cache.get(names[0]);
    assert.equal(built.length, names.length + 1, "the least recently used case was let go and is built again");
  } finally {
    await t.cleanup();
  }
});

test("once the stored case is up to date, lists, entity pages, the overview, brief, accounts and graph are read from its tables: the case is not built", async () => {
  const t = await tempStore();
  try {
    await addArticles(t.store, CASE, ARTICLES);
    await refreshCase(t.store, CASE);
    let builds = 0;
    const app = createServer({
      store: t.store,
      buildCase: (inputs, overrides) => {
        builds++;
        return buildCase(inputs, overrides);
      },
    });
    const get = async (path: string) => {
      const r = await app.inject({ method: "GET", url: `/api/cases/${CASE}${path}` });
      assert.equal(r.statusCode, 200, `${path}: ${r.body}`);
      return JSON.parse(r.body);
    };
    const people = await get("/entities?type=person&limit=2");
    assert.equal(people.items.length, 2);
    assert.ok(people.total > 2);
    assert.equal((await get(`/entities/${encodeURIComponent("Margaret Hale")}`)).entity.name, "Margaret Hale");
    for (const path of [
      "/entities?q=hale",
      "/quotes?limit=3",
      "/quotes?speaker=Okafor",
      "/quotes?organization=Harbour%20Trust",
      "/speakers",
      "/timeline?limit=5",
      "/timeline/reports?entity=Hale",
      "/contradictions",
      "/search?q=Okafor",
      "/documents",
    ])
      await get(path);
    // An article with its spans names each span's case entity, as the whole case does.
    const whole = indexCase(CASE, 0, await loadCase(t.store, CASE));
    for (const a of ARTICLES)
      assert.deepEqual(
        await get(`/documents/${a.id}`),
        JSON.parse(JSON.stringify(await documentDetail({ store: t.store } as RouteContext, whole, a.id))),
      );
    // The answers about the whole case are the views the refresh computed, byte for byte what
    // the whole case gives.
    const raw = async (path: string) => (await app.inject({ method: "GET", url: `/api/cases/${CASE}${path}` })).body;
    const view = indexCase(CASE, await t.store.revision(), await loadCase(t.store, CASE));
    assert.equal(await raw(""), JSON.stringify(caseOverview(view)));
    assert.equal(await raw("/brief"), JSON.stringify(await briefAnswer(view, t.store)));
    for (const n of [0, 2, 10])
      assert.equal(await raw(`/accounts?subjects=${n}`), JSON.stringify(accountsAnswer(view, n)));
    for (const limit of [1, 4, 150])
      assert.equal(await raw(`/graph?limit=${limit}`), JSON.stringify(graphView(view, limit)));
    assert.equal(builds, 0, "no request built the case from its articles");
    await app.close();
  } finally {
    await t.cleanup();
  }
});
