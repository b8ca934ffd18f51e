// A store written by the release before each row's digest was kept (schema version 10, made with
// main bdd70f6's code by test/fixtures/store/make-store-v5.mjs; see README.md there) opens with
// today's code and migrates (migration 11: the `hash` columns; migration 12, entities keyed by
// id, drops the stored case file, which opening the store for writing builds again), and a
// refresh after a change leaves the rows a whole write gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { freshStoredCase, refreshCase } from "../../src/store/case/refresh.js";
import { assertFerryKept, withMigratedFixture } from "./migrated-fixture.js";
import { caseRows } from "./case-rows.js";

test("a store made before the rows' digests opens, migrates, and refreshes its case file row by row", async () => {
  await withMigratedFixture("store-v10.db", 10, "ferry", async (store, file) => {
    await assertFerryKept(store, file);
    const before = await caseRows(store, "ferry");
    assert.ok(
      !before.case_entities.some((r) => r.includes('["hash",null]')),
      "the case file built on opening has its digests",
    );
    await store.removeDocument("ferry", "ferry-3");
    await refreshCase(store, "ferry");
    const rows = await caseRows(store, "ferry");
    await refreshCase(store, "ferry", { force: true });
    assert.deepEqual(rows, await caseRows(store, "ferry"));
    assert.ok(await freshStoredCase(store, "ferry"));
  });
});
