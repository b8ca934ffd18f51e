// A store written by the release whose graph rows were keyed by their positions (schema version 20,
// made with main 3d87491's code by test/fixtures/store/make-store-v5.mjs, see README.md there) opens
// with today's code and migrates (migration 21: `case_graph` keyed by each row's place in its
// list's order, `ord`, with its rank by weight as a text and its milestone's number left off and
// counted when read; no edge links in `case_links`; the stored case file is built again by the
// store's first writer); the graph is read whole, drawn and listed on entity pages as the whole
// case gives it, and a refresh after a change leaves the rows a whole write gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { freshStoredCase, refreshCase } from "../../src/store/case/refresh.js";
import { assertFerryKept, withMigratedFixture } from "./migrated-fixture.js";
import { caseRows } from "./case-rows.js";
import { assertGraphRead, GRAPH_COLUMNS } from "./graph-read.js";

test("a store made before a graph row was keyed by its place opens, migrates, and reads its graph with its ids", async () => {
  await withMigratedFixture("store-v20.db", 20, "ferry", async (store, file) => {
    await assertFerryKept(store, file);
    const columns = (await store.sql.all<{ name: string }>("PRAGMA table_info(case_graph)")).map((c) => c.name);
    assert.deepEqual(columns, GRAPH_COLUMNS);
    const indexes = (await store.sql.all<{ name: string }>("PRAGMA index_list(case_graph)")).map((i) => i.name);
    for (const name of ["case_graph_rank", "case_graph_source", "case_graph_target"])
      assert.ok(indexes.includes(name), `the graph is read on ${name}`);
    const rows = await store.sql.all<{ part: string; ord: string; rank: string; milestone: string | null }>(
      "SELECT part, ord, rank, milestone FROM case_graph",
    );
    assert.ok(
      rows.length > 2 && rows.every((r) => /^\d+$/.test(r.ord) && /^\d+$/.test(r.rank)),
      "a place and a rank are digits only",
    );
    assert.ok(
      rows.some((r) => r.part === "node" && r.milestone !== null),
      "a milestone's node names its place on the timeline",
    );
    const links = await store.sql.all("SELECT * FROM case_links WHERE kind = 'edge'");
    assert.deepEqual(links, [], "no edge links: an entity's edges are found by their ends");
    await assertGraphRead((await freshStoredCase(store, "ferry"))!, file, "ferry");
    await store.removeDocument("ferry", "ferry-1");
    await refreshCase(store, "ferry");
    const refreshed = await caseRows(store, "ferry");
    await refreshCase(store, "ferry", { force: true });
    assert.deepEqual(refreshed, await caseRows(store, "ferry"));
  });
});
