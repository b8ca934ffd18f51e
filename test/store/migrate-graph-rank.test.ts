// A store written by the release that kept the graph twice (schema version 15, made with main
// 7fe2f5e's code by test/fixtures/store/make-store-v5.mjs, see README.md there: the graph in
// `case_graph` and again among the views as "graph-node" and "graph-edge") opens with today's
// code and migrates (migration 16: `case_graph` with each row's rank, no graph among the views,
// the digest before the JSON in both; the stored case file is built again by the store's first writer);
// the graph is read whole and as its heaviest nodes from `case_graph` alone, and a refresh after a
// change leaves the rows a whole write gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { indexCase } from "../../src/casefile/queries.js";
import { freshStoredCase, refreshCase } from "../../src/store/case/refresh.js";
import { storedGraph } from "../../src/server/case-views.js";
import { graphView } from "../../src/server/queries.js";
import { assertFerryKept, withMigratedFixture } from "./migrated-fixture.js";
import { caseRows } from "./case-rows.js";
import { GRAPH_COLUMNS } from "./graph-read.js";

test("a store made when the graph was kept twice opens, migrates, and keeps it once with its ranks", async () => {
  await withMigratedFixture("store-v15.db", 15, "ferry", async (store, file) => {
    await assertFerryKept(store, file);
    const columns = (await store.sql.all<{ name: string }>("PRAGMA table_info(case_graph)")).map((c) => c.name);
    // (Migration 17 adds each edge as drawn, `head_json`: migrate-graph-heads.test.ts; migration 21
    // keys a row by its place, `ord`: migrate-graph-order.test.ts.)
    assert.deepEqual(columns, GRAPH_COLUMNS);
    const indexes = (await store.sql.all<{ name: string }>("PRAGMA index_list(case_graph)")).map((i) => i.name);
    assert.ok(indexes.includes("case_graph_rank"), "the heaviest nodes are read on an index");
    const viewColumns = (await store.sql.all<{ name: string }>("PRAGMA table_info(case_views)")).map((c) => c.name);
    assert.deepEqual(
      viewColumns,
      ["case_id", "view", "seq", "rank", "hash", "json"],
      "a view's digest before its JSON",
    );
    const views = await store.sql.all<{ view: string }>("SELECT DISTINCT view FROM case_views ORDER BY view");
    assert.deepEqual(
      views.map((v) => v.view).filter((v) => !v.startsWith("account:") && !v.startsWith("subject-side:")),
      ["account-order", "brief-model", "overview", "subject"],
      "no graph among the views (each actor's account and each side of a subject a view of its own)",
    );
    assert.ok(file.graph.nodes.length > 2 && file.graph.edges.length > 0, "the fixture has a graph");
    const stored = (await freshStoredCase(store, "ferry"))!;
    assert.deepEqual(await stored.graph(), file.graph);
    const whole = { ...indexCase(file), name: "ferry", revision: 0 };
    for (const limit of [1, 2, file.graph.nodes.length])
      assert.equal(
        (await storedGraph(stored, limit))?.json,
        JSON.stringify(graphView(whole, limit)),
        `the ${limit} heaviest nodes`,
      );
    await store.removeDocument("ferry", "ferry-1");
    await refreshCase(store, "ferry");
    const rows = await caseRows(store, "ferry");
    await refreshCase(store, "ferry", { force: true });
    assert.deepEqual(rows, await caseRows(store, "ferry"));
  });
});
