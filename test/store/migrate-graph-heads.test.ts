// A store written by the release whose graph rows kept no edge as drawn (schema version 16, made
// with main 42972e9's code by test/fixtures/store/make-store-v5.mjs, see README.md there) opens with
// today's code and migrates (migration 17: each edge's row keeps the edge as a drawing shows it,
// `head_json`, before its JSON; the stored case file is built again by the store's first writer).
// A drawing of the heaviest nodes reads those heads, not the edges' sentences: with every edge's
// JSON emptied it still draws what the whole case draws; and a refresh after a change leaves the
// rows a whole write gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { indexCase } from "../../src/casefile/queries.js";
import { freshStoredCase, refreshCase } from "../../src/store/case/refresh.js";
import { storedGraph } from "../../src/server/case-views.js";
import { graphView } from "../../src/server/queries.js";
import { assertFerryKept, withMigratedFixture } from "./migrated-fixture.js";
import { caseRows } from "./case-rows.js";
import { GRAPH_COLUMNS } from "./graph-read.js";

test("a store made before the graph's edges kept their drawn form opens, migrates, and draws from those heads", async () => {
  await withMigratedFixture("store-v16.db", 16, "ferry", async (store, file) => {
    await assertFerryKept(store, file);
    const columns = (await store.sql.all<{ name: string }>("PRAGMA table_info(case_graph)")).map((c) => c.name);
    assert.deepEqual(columns, GRAPH_COLUMNS);
    assert.ok(file.graph.nodes.length > 2 && file.graph.edges.length > 0, "the fixture has a graph");
    const heads = await store.sql.all<{ part: string; head_json: string | null }>(
      "SELECT part, head_json FROM case_graph ORDER BY part, ord",
    );
    const whole = { ...indexCase(file), name: "ferry", revision: 0 };
    // (Kept without the numbers of the milestones an edge ends at since migration 21.)
    const unnumbered = (x: unknown) => JSON.stringify(x).replace(/(ev:[a-z_]+:)[1-9]\d*"/g, '$1"');
    assert.deepEqual(
      heads.filter((h) => h.part === "edge").map((h) => h.head_json),
      graphView(whole, file.graph.nodes.length).edges.map(unnumbered),
      "each edge as drawn",
    );
    assert.ok(
      heads.filter((h) => h.part === "node").every((h) => h.head_json === null),
      "a node is drawn from its JSON",
    );
    const stored = (await freshStoredCase(store, "ferry"))!;
    assert.deepEqual(await stored.graph(), file.graph);
    const limits = [1, 2, file.graph.nodes.length];
    const drawn = await Promise.all(limits.map(async (limit) => (await storedGraph(stored, limit))?.json));
    for (const [i, limit] of limits.entries())
      assert.equal(drawn[i], JSON.stringify(graphView(whole, limit)), `the ${limit} heaviest nodes`);
    // The drawing reads no edge's JSON (its sentences): emptied, the drawing is the same.
    const rows = await caseRows(store, "ferry");
    await store.sql.run("UPDATE case_graph SET json = '{}' WHERE part = 'edge'");
    for (const [i, limit] of limits.entries())
      assert.equal((await storedGraph(stored, limit))?.json, drawn[i], `the ${limit} heaviest nodes, from the heads`);
    await refreshCase(store, "ferry", { force: true });
    assert.deepEqual(await caseRows(store, "ferry"), rows);
    await store.removeDocument("ferry", "ferry-1");
    await refreshCase(store, "ferry");
    const after = await caseRows(store, "ferry");
    await refreshCase(store, "ferry", { force: true });
    assert.deepEqual(after, await caseRows(store, "ferry"));
  });
});
